// Every language speaks every message, and the widgets render in each without a German word left over.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { de } from '../../src/i18n/de.js';
import { DEADLINE_ENTRY, FACT_WORDS } from '../../src/i18n/funding-words.js';
import { LANGUAGES, loadLanguage, pickLanguage, type Messages } from '../../src/i18n/index.js';
import { part, renderSettled, text } from '../helpers.js';

/** Paths of every leaf in a message file: `feedError.network`, `eventCount.other`, … */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [p, v] of leaves(inner, path ? `${path}.${key}` : key)) found.set(p, v);
    }
  } else found.set(path, value);
  return found;
}

async function messagesOf(code: string): Promise<Messages> {
  await loadLanguage(code).catch(() => undefined);
  const language = pickLanguage(code);
  expect(language.locale, `${code} did not load`).to.equal(code);
  return language.messages;
}

/** All text a widget shows, nested widgets (the summary's countdowns) included. */
function shownText(el: Element): string {
  const root = el.shadowRoot!;
  const nested = [...root.querySelectorAll('*')].filter((node) => node.shadowRoot).map(shownText);
  return [text(root), ...nested].join(' ');
}

const ON_DEMAND = LANGUAGES.filter((code) => code !== 'de');
const PLURAL_PATHS = ['eventCount', 'moreEvents'];

describe('language files', () => {
  it('offers German, English, Arabic, Turkish and Ukrainian', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['ar', 'de', 'en', 'tr', 'uk']);
  });

  for (const code of LANGUAGES) {
    it(`${code}: has every message German has, each a non-empty text`, async () => {
      const messages = await messagesOf(code);
      const wanted = [...leaves(de).keys()].filter((p) => !PLURAL_PATHS.some((plural) => p.startsWith(`${plural}.`)));
      const have = leaves(messages);
      const missing = wanted.filter((p) => !have.has(p));
      expect(missing, `missing in ${code}.ts`).to.deep.equal([]);
      for (const [path, value] of have) {
        if (typeof value === 'function') {
          const said = (value as (...args: string[]) => string)('«A»', 'year');
          expect(said, `${code}: ${path}`).to.be.a('string').and.include('«A»');
        } else if (typeof value === 'string') {
          expect(value.trim(), `${code}: ${path}`).not.to.equal('');
        }
      }
      for (const plural of PLURAL_PATHS) {
        expect(messages[plural as 'eventCount'].other, `${code}: ${plural}.other`).to.include('#');
      }
    });
  }

  it('the funding facts and the deadline entry (loaded with their chunks) speak every language', () => {
    expect(Object.keys(FACT_WORDS).sort()).to.deep.equal([...LANGUAGES].sort());
    expect(Object.keys(DEADLINE_ENTRY).sort()).to.deep.equal([...LANGUAGES].sort());
    const wanted = [...leaves(FACT_WORDS.de).keys()];
    for (const code of LANGUAGES) {
      const have = leaves(FACT_WORDS[code]);
      expect([...have.keys()], code).to.deep.equal(wanted);
      for (const [path, value] of have) {
        const said = typeof value === 'function' ? (value as (...args: string[]) => string)('«A»', '«B»') : value;
        expect(said, `${code}: ${path}`).to.be.a('string').and.not.equal('');
        if (code !== 'de') expect(said, `${code}: ${path} is German`).not.to.equal(leaves(FACT_WORDS.de).get(path));
      }
      expect(DEADLINE_ENTRY[code]!('«A»'), code).to.include('«A»');
    }
  });
});

describe('widgets in the languages loaded on demand', () => {
  // German texts that another language must say differently: finding one in a widget means a fallback.
  const germanOnly = (messages: Messages) =>
    [...leaves(de)]
      .filter(([path, value]) => typeof value === 'string' && value.length > 3 && leaves(messages).get(path) !== value)
      .map(([, value]) => value as string);

  const words: Record<string, { card: string; countdown: string; summary: string; calendar: string }> = {
    en: { card: 'When', countdown: 'Application deadline', summary: 'Budget', calendar: 'Previous month' },
    tr: { card: 'Ne zaman', countdown: 'Son başvuru tarihi', summary: 'Bütçe', calendar: 'Önceki ay' },
    uk: { card: 'Коли', countdown: 'Кінцевий термін подання', summary: 'Бюджет', calendar: 'Попередній місяць' },
    ar: { card: 'متى', countdown: 'الموعد النهائي للتقديم', summary: 'الميزانية', calendar: 'الشهر السابق' },
  };

  for (const code of ON_DEMAND) {
    it(`${code}: every widget renders in it, without German left over, and passes axe`, async () => {
      const messages = await messagesOf(code);
      const widgets = [
        [await renderSettled(html`<qw-event-card lang=${code} feed="/test/fixtures/events.json" event="konferenz" now="2017-03-01"></qw-event-card>`), words[code]!.card],
        [await renderSettled(html`<qw-deadline-countdown lang=${code} feed="/test/fixtures/calls.json" call="quartier-2017" now="2017-03-01"></qw-deadline-countdown>`), words[code]!.countdown],
        [await renderSettled(html`<qw-programme-summary lang=${code} feed="/test/fixtures/calls.json" programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`), words[code]!.summary],
        [await renderSettled(html`<qw-calendar lang=${code} feed="/demo/sample-feed.json" month="2017-03" now="2017-03-01"></qw-calendar>`), words[code]!.calendar],
      ] as const;
      for (const [el, word] of widgets) {
        await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]'), `<${el.localName}> kept loading`);
        const shown = shownText(el) + ' ' + [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ');
        expect(shown, `<${el.localName} lang=${code}>`).to.include(word);
        const leftOver = germanOnly(messages).filter((german) => shown.includes(german));
        expect(leftOver, `German in <${el.localName} lang=${code}>`).to.deep.equal([]);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('loads a language file only when a widget asks for it, and formats with Intl in that language', async () => {
    const fetched = (code: string) =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/src/i18n/${code}.`)).length;
    const el = await renderSettled(html`<qw-event-card lang="uk-UA" feed="/test/fixtures/events.json" event="konferenz"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.match(/березня 2017/);
    expect(fetched('uk')).to.equal(1);
  });
});

describe('right to left', () => {
  it('an Arabic widget on a left-to-right page sets dir="rtl" on itself and lays out from the right', async () => {
    const el = await renderSettled(html`<qw-event-card lang="ar" feed="/test/fixtures/events.json" event="konferenz"></qw-event-card>`);
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'no dir="rtl"');
    const card = part(el, 'base')!.getBoundingClientRect();
    const title = part(el, 'title')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    const words = range.getBoundingClientRect();
    // The title's text hugs the card's right edge, far from its left one.
    expect(card.right - words.right).to.be.lessThan(words.left - card.left);
  });

  it('leaves a dir the page set, and takes its own back when the language changes', async () => {
    const own = await renderSettled(html`<qw-event-card lang="ar" dir="ltr" feed="/test/fixtures/events.json" event="konferenz"></qw-event-card>`);
    expect(own.getAttribute('dir')).to.equal('ltr');
    const el = await renderSettled(html`<qw-event-card lang="ar" feed="/test/fixtures/events.json" event="konferenz"></qw-event-card>`);
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'no dir="rtl"');
    el.setAttribute('lang', 'de');
    await waitUntil(() => !el.hasAttribute('dir'), 'dir stayed');
    expect(text(part(el, 'title'))).to.not.equal('');
  });

  it('an Arabic calendar in a right-to-left page keeps the page\'s direction and puts the week\'s first day on the right', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-15"></qw-calendar></div>`);
    const calendar = el.querySelector('qw-calendar')!;
    await waitUntil(() => calendar.shadowRoot?.querySelector('table'), 'no grid', { timeout: 5000 });
    expect(calendar.hasAttribute('dir')).to.equal(false);
    const headers = [...calendar.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().left);
    expect(headers[0]!).to.be.greaterThan(headers[headers.length - 1]!);
  });
});
