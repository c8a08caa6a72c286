/**
 * The facts applicants decide by, as label and text in the visitor's language: "Förderquote:
 * bis zu 90 %", "Antragsberechtigt: Kommunen mit 10.000 bis 50.000 Einwohnern". Numbers,
 * lists and country names come from `Intl`; the Länder from the table below.
 */
import type { FactWords } from '../i18n/funding-words.js';
import { listFormat, numberFormat } from '../time/intl-cache.js';
import type { FeedApplicant, FeedFundingFacts } from './schema.js';

export type FactKey = keyof FactWords['factLabels'];

export interface FactRow {
  readonly key: FactKey;
  readonly label: string;
  readonly value: string;
  /** A link for the value (the legal basis). */
  readonly url?: string;
}

/** The German Länder by their ISO 3166-2 codes, under their own names (there is no `Intl` name for a subdivision). */
const LAENDER: Readonly<Record<string, string>> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

/** Applicants a population range describes. */
const BY_POPULATION: readonly FeedApplicant[] = ['municipality', 'county'];

/** A range of numbers in one format: "10.000 bis 250.000 €", "bis zu 90 %", "ab 10.000". */
export function formatNumberRange(
  range: { readonly min?: number; readonly max?: number },
  format: Intl.NumberFormat,
  words: FactWords,
): string | undefined {
  const { min, max } = range;
  if (min === undefined && max === undefined) return undefined;
  if (min === undefined || max === undefined || min === max) {
    return min === max ? format.format(min!) : words.range(min === undefined ? undefined : format.format(min), max === undefined ? undefined : format.format(max));
  }
  // `Intl` writes the unit once ("10.000–250.000 €"); the dash between the ends becomes the language's word.
  const parts = format.formatRangeToParts(min, max);
  const between = parts.findIndex((part, i) => part.source === 'shared' && parts[i - 1]?.source === 'startRange');
  return parts.map((part, i) => (i === between ? ` ${words.rangeTo} ` : part.value)).join('');
}

/** A region in the visitor's language: "bundesweit" for DE, a Land by its name, a country from `Intl`. */
export function regionName(code: string, locale: string, words: FactWords): string {
  if (code === 'DE') return words.nationwide;
  if (LAENDER[code]) return LAENDER[code];
  if (code.length !== 2) return code;
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function applicantsText(facts: FeedFundingFacts, locale: string, words: FactWords): string | undefined {
  if (!facts.applicants?.length) return undefined;
  const list = (names: string[]) => listFormat(locale, { type: 'conjunction' }).format(names);
  const population = facts.population && formatNumberRange(facts.population, numberFormat(locale), words);
  if (!population) return list(facts.applicants.map((who) => words.applicants[who]));
  // "Kommunen und Landkreise mit 10.000 bis 50.000 Einwohnern, Vereine und Verbände"
  const sized = facts.applicants.filter((who) => BY_POPULATION.includes(who));
  const others = facts.applicants.filter((who) => !BY_POPULATION.includes(who));
  const first = sized.length > 0 ? [words.withPopulation(list(sized.map((who) => words.applicants[who])), population)] : [];
  return list([...first, ...others.map((who) => words.applicants[who])]);
}

/** The facts an item gives, in a fixed order; none when it gives none. */
export function fundingFactRows(facts: FeedFundingFacts, locale: string, words: FactWords): FactRow[] {
  const rows: FactRow[] = [];
  const add = (key: FactKey, value: string | undefined, url?: string) => {
    if (value) rows.push({ key, label: words.factLabels[key], value, ...(url && { url }) });
  };
  const list = (names: string[]) => (names.length ? listFormat(locale, { type: 'conjunction' }).format(names) : undefined);
  add('fundingType', list((facts.fundingType ?? []).map((type) => words.fundingType[type])));
  const rate = facts.fundingRate;
  add(
    'fundingRate',
    rate && formatNumberRange(
      { min: rate.min === undefined ? undefined : rate.min / 100, max: rate.max === undefined ? undefined : rate.max / 100 },
      numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      words,
    ),
  );
  const amount = facts.amount;
  add('amount', amount && formatNumberRange(amount, numberFormat(locale, { style: 'currency', currency: amount.currency, maximumFractionDigits: 0 }), words));
  add('applicants', applicantsText(facts, locale, words));
  add('regions', list((facts.regions ?? []).map((code) => regionName(code, locale, words))));
  add('legalBasis', facts.legalBasis?.title, facts.legalBasis?.url);
  return rows;
}
