// Looking into widgets as a checker does: every element in their shadow trees, what can be
// operated, what is drawn, and colour contrast.

/** Every element in a shadow-including tree below `root` (nested widgets included). */
export function deepElements(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child as HTMLElement);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return found;
}

/** Drawn on screen (not hidden, not in a closed dialog, not the screen-reader-only text). */
export const isDrawn = (el: HTMLElement) =>
  el.getClientRects().length > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden';

/** What a pointer or keyboard user operates: links, buttons, focusable cells. */
export const interactive = (root: Element) =>
  deepElements(root).filter((el) => el.matches('a[href], button, input, select, textarea, [tabindex], [role=button]') && isDrawn(el));

/** A short description of an element for failure messages. */
export const describe_ = (el: Element) =>
  `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

/** Parses a computed `rgb()`/`rgba()` colour. */
export function rgb(color: string): [number, number, number, number] {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

const luminance = ([r, g, b]: readonly number[]) => {
  const [R, G, B] = [r!, g!, b!].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour drawn behind an element: its own background or the first opaque one of its ancestors (across shadow roots). */
export function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const background = getComputedStyle(node).backgroundColor;
    if (rgb(background)[3] === 1) return background;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}

/** The background of the element's parent, what the element stands out against. */
export const backgroundAround = (el: Element) =>
  backgroundBehind(el.parentElement ?? (el.getRootNode() as ShadowRoot).host);

/** The WCAG text-spacing overrides (1.4.12), put into every shadow root below `el` and the page. */
export function applyTextSpacing(el: Element): () => void {
  const css = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`;
  const roots = [document, ...deepElements(el.parentElement!).flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []))];
  const sheets = roots.map((root) => {
    const style = document.createElement('style');
    style.textContent = css;
    (root === document ? document.head : (root as ShadowRoot)).append(style);
    return style;
  });
  return () => sheets.forEach((style) => style.remove());
}
