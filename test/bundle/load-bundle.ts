// Loading the built script tag (dist/quartier-widgets.js) the way a partner site does, and
// collecting the page's uncaught errors meanwhile, for the bundle tests.

export const BUNDLE = '/dist/quartier-widgets.js';

/** Adds a module script to the page and resolves once it has run. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Within the enclosing `describe`: the page's uncaught errors, collected from its start to its end. */
export function collectErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  return errors;
}
