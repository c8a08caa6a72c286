/**
 * Styles of an on-demand chunk. A chunk cannot use Lit's `css`, and a strict Content Security
 * Policy refuses a `<style>` element in a template, so a chunk exports a constructed style
 * sheet and the widget adopts it into its shadow root when the chunk arrives.
 */

/** A constructed sheet from plain CSS text; named `css` so the build minifies it like Lit's. */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings.join(''));
  return sheet;
}

/** Adds `sheet` to the shadow root `root`, once. */
export function adoptSheet(root: Node, sheet: CSSStyleSheet) {
  if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
