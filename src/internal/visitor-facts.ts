// The visitor's fact filters of the list and the calendar (`show-filter`): chips for "Kostenlos"
// and "Barrierefrei" (step-free) and a select of the events' languages. Part of the on-demand
// chunk of the visitor's controls (visitor-filters.ts); the filter itself is the filter
// model's (`ItemFilter`), so the bundle holds none of this.
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemFilter } from '../feed/filter.js';
import type { FeedEvent } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { languageName } from '../i18n/event-facts/language-names.js';
import { plural } from '../i18n/plural.js';

/** What the shown events offer: how many are free, how many step-free, and the languages they are held in. */
export interface FactCounts {
  readonly free: number;
  readonly stepFree: number;
  /** Primary language subtags (`tr` for `tr-TR`), lower case, each with how many events name it. */
  readonly languages: ReadonlyMap<string, number>;
}

/** Free as the filter means it: `price.free`, or a price of 0. */
const isFree = (event: FeedEvent) => !!event.price?.free || event.price?.amount === 0;

/** The primary subtag of a language tag, lower case: the select offers `tr` for `tr` and `tr-TR` alike. */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.trim().toLowerCase();

export function countFacts(events: readonly FeedEvent[]): FactCounts {
  let free = 0;
  let stepFree = 0;
  const languages = new Map<string, number>();
  for (const event of events) {
    if (isFree(event)) free++;
    if (event.accessibility?.includes('step-free')) stepFree++;
    for (const language of new Set(event.languages?.map(primaryLanguage))) {
      if (language) languages.set(language, (languages.get(language) ?? 0) + 1);
    }
  }
  return { free, stepFree, languages };
}

/** The visitor's choices as the filter model keeps them. */
export interface FactChoices {
  readonly free: boolean;
  readonly stepFree: boolean;
  /** A primary language subtag; empty for every language. */
  readonly language: string;
}

export const choicesOf = (facts: ItemFilter): FactChoices => ({
  free: !!facts.free,
  stepFree: !!facts.accessibility?.includes('step-free'),
  language: facts.eventLanguages?.[0] ?? '',
});

/** The filter of the choices: only what is chosen, so nothing chosen filters nothing. */
export function filterOf({ free, stepFree, language }: FactChoices): ItemFilter {
  const filter: { -readonly [K in keyof ItemFilter]: ItemFilter[K] } = {};
  if (free) filter.free = true;
  if (stepFree) filter.accessibility = ['step-free'];
  if (language) filter.eventLanguages = [language];
  return filter;
}

/** The select's languages by name in the widget's language, in its order; a chosen language the events lack stays, so it can be let go. */
export function languageOptions(counts: FactCounts, chosen: string, locale: string): { tag: string; name: string }[] {
  const tags = new Set(counts.languages.keys());
  if (chosen) tags.add(chosen);
  return [...tags].map((tag) => ({ tag, name: languageName(tag, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/**
 * Changes the choices as they are when the visitor acts (not as they were drawn); `announce`:
 * the number of results is said once the visitor pauses (the select, like the place select;
 * a chip's pressed state is heard by itself, like a topic chip's).
 */
export type ChooseFacts = (change: (current: FactChoices) => FactChoices, announce?: boolean) => void;

interface FactChip {
  readonly name: 'free' | 'step-free';
  readonly label: string;
  readonly count: number;
  readonly pressed: boolean;
  readonly toggle: (current: FactChoices) => FactChoices;
}

/** A fact chip: a toggle button like a topic chip (`part="chip"`), with its count. */
const chip = ({ name, label, count, pressed, toggle }: FactChip, language: Language, choose: ChooseFacts) =>
  html`<button part=${`chip chip-${name}`} aria-pressed=${pressed ? 'true' : 'false'} @click=${() => choose(toggle)}>
    <span>${label}</span><span part="chip-count" aria-hidden="true">${count}</span
    ><span class="visually-hidden">${plural(language.locale, language.messages.eventCount, count)}</span>
  </button>`;

/**
 * The chips "Kostenlos" and "Barrierefrei" in a labelled group ("Nur zeigen"), each shown
 * where a shown event qualifies or it is chosen; nothing when neither is.
 */
export function renderFactChips(
  counts: FactCounts,
  choices: FactChoices,
  language: Language,
  choose: ChooseFacts,
): TemplateResult | typeof nothing {
  const { messages } = language;
  const chips: FactChip[] = [
    { name: 'free', label: messages.freeChip, count: counts.free, pressed: choices.free, toggle: (c) => ({ ...c, free: !c.free }) },
    { name: 'step-free', label: messages.stepFreeChip, count: counts.stepFree, pressed: choices.stepFree, toggle: (c) => ({ ...c, stepFree: !c.stepFree }) },
  ];
  const shown = chips.filter((fact) => fact.count > 0 || fact.pressed);
  if (shown.length === 0) return nothing;
  return html`<div class="facts" part="fact-filter" role="group" aria-labelledby="facts-label">
    <span id="facts-label" part="filter-label">${messages.factFilterLabel}</span>
    <div class="chips">${shown.map((fact) => chip(fact, language, choose))}</div>
  </div>`;
}

/** The language select ("Sprache der Veranstaltung"), where the events name more than one language or one is chosen. */
export function renderLanguageSelect(
  counts: FactCounts,
  choices: FactChoices,
  language: Language,
  choose: ChooseFacts,
): TemplateResult | typeof nothing {
  if (counts.languages.size < 2 && !choices.language) return nothing;
  const { messages, locale } = language;
  const onChange = (e: Event) => choose((current) => ({ ...current, language: (e.target as HTMLSelectElement).value }), true);
  return html`<div class="select">
    <label for="event-language">${messages.eventLanguageLabel}</label>
    <select id="event-language" part="language-select" @change=${onChange}>
      <option value="" ?selected=${!choices.language}>${messages.allLanguages}</option>
      ${languageOptions(counts, choices.language, locale).map(
        ({ tag, name }) => html`<option value=${tag} ?selected=${tag === choices.language}>${name}</option>`,
      )}
    </select>
  </div>`;
}
