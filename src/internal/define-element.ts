/**
 * Registers a tag unless the page already has it: loading the script twice, or two
 * copies of the library, must never throw. The first definition stays in use.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
