import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import type { FactMessages } from './messages.js';
import { tr } from './tr.js';
import { uk } from './uk.js';

export type { FactMessages } from './messages.js';

const byLanguage: Readonly<Record<string, FactMessages>> = { ar, de, en, tr, uk };

/** The facts' words for a locale (`de-AT` → German); German for a language without them. */
export const factMessages = (locale: string): FactMessages => byLanguage[locale.split('-')[0]!.toLowerCase()] ?? de;
