// Runs in the script-tag bundle only: hands lit-html to the chunks the widgets load on demand,
// so a chunk's `html` and directives use the bundle's copy instead of shipping a second one
// (see scripts/browser-bundle.mjs, which lists these names).
import { html, noChange, nothing, svg } from 'lit-html';

const key = Symbol.for('quartier-widgets.lit-html');
(globalThis as Record<symbol, unknown>)[key] ??= { html, noChange, nothing, svg };
