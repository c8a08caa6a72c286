/** Marks our element classes, so a second copy of the library can tell them from foreign ones. */
const OURS = Symbol.for('quartier-widgets.element');

/**
 * Registers a tag unless the page already has it: loading the script twice, or two
 * copies (or versions) of the library, must never throw. The first definition stays in
 * use; a tag that other code defined is left to it, with a warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor) {
  (constructor as unknown as Record<symbol, boolean>)[OURS] = true;
  const existing = customElements.get(tag) as unknown as Record<symbol, boolean> | undefined;
  if (!existing) customElements.define(tag, constructor);
  else if (!existing[OURS]) console.warn(`quartier-widgets: <${tag}> is already defined by other code on this page; that definition stays in use`);
}
