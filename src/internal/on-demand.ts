import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A module a widget needs only on some pages or only after a click (the list widget's body,
 * a dialog, the facts of a funding call), loaded with `import()` on first use so the script
 * tag stays small. The host renders without it until it arrives, then once more.
 *
 * In the script-tag bundle such a module becomes a chunk that takes Lit's template tag from
 * the bundle (see scripts/browser-bundle.mjs): it may import `html`, `svg`, `nothing`, the
 * directives `ifDefined`, `classMap` and `map` (not `repeat`), and plain helpers, but receives messages and formatters as arguments
 * (a chunk has its own copy of every other module, so it must not rely on their state).
 */
export class OnDemandController<Module> implements ReactiveController {
  /** The module once loaded; `undefined` before. */
  module: Module | undefined;
  /** The loading error, if the chunk could not be fetched (the host may say so). */
  error: unknown;
  #loading: Promise<Module | undefined> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importModule: () => Promise<Module>,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** Starts loading (once) and resolves with the module; the host updates when it arrives. */
  load(): Promise<Module | undefined> {
    this.#loading ??= this.importModule().then(
      (module) => {
        this.module = module;
        this.error = undefined;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.error = error;
        this.#loading = undefined;
        // Offline for a moment: asked again once the browser is back online, not in a loop.
        addEventListener('online', () => void this.load(), { once: true });
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  }
}
