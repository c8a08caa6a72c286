import { de } from './de.js';
import type { Messages } from './messages.js';

export type { Messages, PluralForms } from './messages.js';

/** German ships in every bundle: it is the language of the feeds' publishers and the fallback. */
const loaded: Record<string, Messages> = { de };

/**
 * Languages loaded on demand, each its own file (and its own small chunk of the
 * script-tag bundle), fetched the first time a widget needs it: on a first visit that
 * request runs beside the feed's, so it costs the visitor no wait of its own.
 * Adding a language: a file beside `de.ts` implementing `Messages`, and its line here.
 */
const onDemand: Readonly<Record<string, () => Promise<Messages>>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
  en: () => import('./en.js').then((module) => module.en),
  tr: () => import('./tr.js').then((module) => module.tr),
  uk: () => import('./uk.js').then((module) => module.uk),
};

const loading = new Map<string, Promise<void>>();
const unavailable = new Set<string>();

export const DEFAULT_LANGUAGE = 'de';

/** Every language a widget can speak: the bundled ones and those loaded on demand. */
export const LANGUAGES: readonly string[] = [...Object.keys(loaded), ...Object.keys(onDemand)];

export interface Language {
  /** The tag handed to `Intl` (keeps the region: `de-AT` writes "Jänner"). */
  readonly locale: string;
  readonly messages: Messages;
  /**
   * Set while the wanted language's file is still loading: `messages` are then the
   * default language's, and the promise settles when the file is there (or failed).
   */
  readonly pending?: Promise<void>;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Loads a language's file once; a file that fails to load is not asked for again on this page. */
export function loadLanguage(code: string): Promise<void> {
  const load = onDemand[code];
  let promise = loading.get(code);
  if (!load) return Promise.resolve();
  if (!promise) {
    promise = load().then(
      (messages) => {
        loaded[code] = messages;
      },
      (error: unknown) => {
        unavailable.add(code);
        console.warn(`quartier-widgets: the language file for '${code}' could not be loaded`, error);
      },
    );
    loading.set(code, promise);
  }
  return promise;
}

/** The first candidate tag with a message file; German when none has one. */
export function pickLanguage(...candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const locale = candidate ? canonical(candidate.trim()) : undefined;
    const code = locale?.split('-')[0]!.toLowerCase();
    if (!locale || !code) continue;
    const messages = loaded[code];
    if (messages) return { locale, messages };
    if (onDemand[code] && !unavailable.has(code)) {
      return { locale: DEFAULT_LANGUAGE, messages: loaded[DEFAULT_LANGUAGE]!, pending: loadLanguage(code) };
    }
  }
  return { locale: DEFAULT_LANGUAGE, messages: loaded[DEFAULT_LANGUAGE]! };
}

/** The `lang` of the element or its nearest ancestor, looking through shadow roots. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
