// A single-page site switches its language by changing `lang` on <html> or a wrapper: the widgets follow.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { part, settled, text } from '../helpers.js';

const todayButton = (el: Element) => text(part(el, 'today'));

/** Waits until the widget has shown its content and nothing is left to update (its width measured too). */
async function quiet(el: Element) {
  await settled(el);
  await new Promise(requestAnimationFrame);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('a language switch at run time', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('re-renders a widget when <html lang> changes', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture(html`<qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar>`);
    await quiet(el);
    expect(todayButton(el)).to.equal(de.today);
    document.documentElement.lang = 'en';
    await waitUntil(() => todayButton(el) === en.today, `stayed "${todayButton(el)}"`);
    document.documentElement.lang = 'ar';
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'did not turn right to left');
  });

  it('follows the nearest lang: a wrapper that changes, not <html> when the wrapper has its own', async () => {
    document.documentElement.lang = 'de';
    const page = await fixture<HTMLElement>(html`<div lang="de"><qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar></div>`);
    const el = page.firstElementChild!;
    await quiet(el);
    page.lang = 'en';
    await waitUntil(() => todayButton(el) === en.today, `stayed "${todayButton(el)}"`);
    document.documentElement.lang = 'de';
    await quiet(el);
    expect(todayButton(el)).to.equal(en.today);
  });

  it('watches with one observer for all widgets on the page, not one per widget', async () => {
    const Original = window.MutationObserver;
    let langObservers = 0;
    window.MutationObserver = class extends Original {
      override observe(target: Node, options?: MutationObserverInit) {
        if (options?.attributeFilter?.includes('lang')) langObservers += 1;
        super.observe(target, options);
      }
    };
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <qw-event-card feed="/test/fixtures/events.json" event="konferenz" now="2017-03-01"></qw-event-card>
        <qw-event-card feed="/test/fixtures/events.json" event="konferenz" now="2017-03-01"></qw-event-card>
        <qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar>
        <qw-calendar feed="/demo/sample-feed.json" month="2017-04" now="2017-03-20"></qw-calendar>
      </div>`);
      for (const el of page.children) await quiet(el);
      expect(langObservers).to.equal(1);
      document.documentElement.lang = 'en';
      for (const el of page.querySelectorAll('qw-calendar')) await waitUntil(() => todayButton(el) === en.today);
    } finally {
      window.MutationObserver = Original;
    }
  });
});
