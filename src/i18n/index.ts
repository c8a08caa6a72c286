import { de } from './de.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/** Languages with a complete message file. Adding one: a file beside `de.ts` and a line here. */
const catalogs: Readonly<Record<string, Messages>> = { de, en };

export const DEFAULT_LANGUAGE = 'de';

export interface Language {
  /** The tag handed to `Intl` (keeps the region: `de-AT` writes "Jänner"). */
  readonly locale: string;
  readonly messages: Messages;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The first candidate tag with a message file; German when none has one. */
export function pickLanguage(...candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const locale = candidate ? canonical(candidate.trim()) : undefined;
    const messages = locale ? catalogs[locale.split('-')[0]!.toLowerCase()] : undefined;
    if (locale && messages) return { locale, messages };
  }
  return { locale: DEFAULT_LANGUAGE, messages: catalogs[DEFAULT_LANGUAGE]! };
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
