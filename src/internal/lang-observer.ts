/**
 * One observer of `lang` attributes for every widget on the page, so a single-page
 * site's language switch (`<html lang>` or a wrapper's) re-renders them in the new
 * language. It watches the document only while a widget is connected.
 */
const watching = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Calls `widget.requestUpdate()` whenever any `lang` in the document changes, until `unwatchLang`. */
export function watchLang(widget: { requestUpdate(): void }) {
  watching.add(widget);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of watching) each.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLang(widget: { requestUpdate(): void }) {
  watching.delete(widget);
  if (watching.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
