// Theming from outside: global tokens, component tokens and ::part reach inside every
// widget; light and dark schemes are readable (axe) and follow the visitor or the attribute.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { chipsShown, part, settled } from '../helpers.js';

const WIDGETS: Record<string, TemplateResult> = {
  'qw-event-card': html`<qw-event-card feed="/test/fixtures/events.json" event="konferenz" now="2017-03-01"></qw-event-card>`,
  'qw-deadline-countdown': html`<qw-deadline-countdown feed="/test/fixtures/calls.json" call="quartier-2017" now="2017-06-27"></qw-deadline-countdown>`,
  'qw-programme-summary': html`<qw-programme-summary feed="/test/fixtures/calls.json" programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`,
  'qw-calendar': html`<qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar>`,
};

async function themed(style: string, widget: TemplateResult, attributes = ''): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div><style>${style}</style>${widget}</div>`);
  const el = wrapper.querySelector<HTMLElement>('[feed]')!;
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name!, value!);
  }
  await settled(el);
  return el;
}

const computed = (el: Element | null, property: string) => getComputedStyle(el!).getPropertyValue(property);

describe('theming through tokens and parts', () => {
  for (const [tag, widget] of Object.entries(WIDGETS)) {
    it(`<${tag}>: the global tokens set at one ancestor change its computed style`, async () => {
      const el = await themed(
        `.themed { --qw-color-text: rgb(1, 2, 3); --qw-color-background: rgb(250, 240, 230);
          --qw-color-border: rgb(9, 8, 7); --qw-radius: 0px; --qw-font-family: Georgia, serif; --qw-font-size: 20px; }`,
        widget,
      );
      el.parentElement!.className = 'themed';
      const base = part(el, 'base')!;
      expect(computed(base, 'color')).to.equal('rgb(1, 2, 3)');
      expect(computed(base, 'background-color')).to.equal('rgb(250, 240, 230)');
      expect(computed(base, 'border-top-color')).to.equal('rgb(9, 8, 7)');
      expect(computed(base, 'border-top-left-radius')).to.equal('0px');
      expect(computed(base, 'font-family')).to.equal('Georgia, serif');
      expect(computed(base, 'font-size')).to.equal('20px');
    });

    it(`<${tag}>: ::part(title) and ::part(base) style it from the page`, async () => {
      const el = await themed(
        `${tag}::part(title) { color: rgb(200, 0, 0); letter-spacing: 3px; } ${tag}::part(base) { box-shadow: rgb(0, 0, 0) 0px 0px 4px 0px; }`,
        widget,
      );
      expect(computed(part(el, 'title'), 'color')).to.equal('rgb(200, 0, 0)');
      expect(computed(part(el, 'title'), 'letter-spacing')).to.equal('3px');
      expect(computed(part(el, 'base'), 'box-shadow')).to.equal('rgb(0, 0, 0) 0px 0px 4px 0px');
    });
  }

  it('a component token wins over the global token it falls back to', async () => {
    const el = await themed(
      `qw-event-card { --qw-color-background: rgb(1, 1, 1); --qw-event-card-background: rgb(2, 2, 2); }`,
      WIDGETS['qw-event-card']!,
    );
    expect(computed(part(el, 'base'), 'background-color')).to.equal('rgb(2, 2, 2)');
  });

  it('the accent colours the calendar\'s today and event bars, and links', async () => {
    const el = await themed(`qw-calendar { --qw-color-accent: rgb(0, 100, 0); --qw-color-on-accent: rgb(255, 255, 250); }`, WIDGETS['qw-calendar']!);
    const today = el.shadowRoot!.querySelector('[part~="day-today"] .day-number')!;
    expect(computed(today, 'background-color')).to.equal('rgb(0, 100, 0)');
    expect(computed(today, 'color')).to.equal('rgb(255, 255, 250)');
    const bar = el.shadowRoot!.querySelector('.event:not([part~="event-cancelled"])')!;
    expect(computed(bar, 'background-color')).to.equal('rgb(0, 100, 0)');
    const card = await themed(`qw-event-card { --qw-color-accent: rgb(0, 100, 0); }`, WIDGETS['qw-event-card']!);
    expect(computed(part(card, 'details-link'), 'color')).to.equal('rgb(0, 100, 0)');
  });
});

describe('light and dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const LIGHT_TEXT = 'rgb(27, 27, 27)';
  const DARK_TEXT = 'rgb(236, 236, 236)';
  const DARK_BACKGROUND = 'rgb(28, 28, 30)';

  // Most CMS pages declare no colour scheme: a dark widget would be a black box on a white page.
  it('stays light on a page that declares no colour scheme, or only light, for a visitor who prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const plain = await themed('', WIDGETS['qw-event-card']!);
    expect(computed(part(plain, 'base'), 'color')).to.equal(LIGHT_TEXT);
    const light = await themed(':root { color-scheme: light; }', WIDGETS['qw-event-card']!);
    expect(computed(part(light, 'base'), 'color')).to.equal(LIGHT_TEXT);
  });

  it('turns dark where the page supports dark and the visitor prefers it', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    try {
      const el = await themed('', WIDGETS['qw-event-card']!);
      expect(computed(part(el, 'base'), 'color')).to.equal(LIGHT_TEXT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(computed(part(el, 'base'), 'color')).to.equal(DARK_TEXT);
      expect(computed(part(el, 'base'), 'background-color')).to.equal(DARK_BACKGROUND);
    } finally {
      meta.remove();
    }
    const root = await themed(':root { color-scheme: light dark; }', WIDGETS['qw-event-card']!);
    expect(computed(part(root, 'base'), 'color')).to.equal(DARK_TEXT);
    const lightOnly = await themed(':root { color-scheme: light dark; } .light { color-scheme: light; }', WIDGETS['qw-event-card']!);
    lightOnly.parentElement!.className = 'light';
    expect(computed(part(lightOnly, 'base'), 'color')).to.equal(LIGHT_TEXT);
  });

  it('theme="dark" and theme="light" override the page and the preference', async () => {
    const dark = await themed('', WIDGETS['qw-event-card']!, 'theme=dark');
    expect(computed(part(dark, 'base'), 'color')).to.equal(DARK_TEXT);
    await emulateMedia({ colorScheme: 'dark' });
    const light = await themed(':root { color-scheme: light dark; }', WIDGETS['qw-event-card']!, 'theme=light');
    expect(computed(part(light, 'base'), 'color')).to.equal(LIGHT_TEXT);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [tag, widget] of Object.entries(WIDGETS)) {
      it(`<${tag}> passes axe, contrast included, in the ${scheme} scheme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await themed(':root { color-scheme: light dark; }', widget);
        expect(computed(part(el, 'base'), 'color')).to.equal(scheme === 'dark' ? DARK_TEXT : LIGHT_TEXT);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('prints black on white, without text that needs a background', async () => {
    await emulateMedia({ colorScheme: 'dark', media: 'print' });
    try {
      const el = await themed('', WIDGETS['qw-calendar']!);
      expect(computed(part(el, 'base'), 'color')).to.equal('rgb(0, 0, 0)');
      const today = el.shadowRoot!.querySelector('[part~="day-today"] .day-number')!;
      expect(computed(today, 'color')).to.equal('rgb(0, 0, 0)');
      expect(computed(part(el, 'navigation'), 'display')).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("prints the calendar and the list without the visitor's chips, search box and selects", async () => {
    for (const widget of [
      html`<qw-calendar feed="/test/fixtures/calendar-visitor.json" month="2017-03" now="2017-03-20" show-filter show-search></qw-calendar>`,
      html`<qw-event-list feed="/test/fixtures/calendar-visitor.json" now="2017-03-01" show-filter show-search></qw-event-list>`,
    ]) {
      const el = await themed('', widget);
      await chipsShown(el);
      const controls = [part(el, 'filter'), part(el, 'search')!.parentElement];
      expect(controls.map((node) => computed(node, 'display'))).to.not.include('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(controls.map((node) => computed(node, 'display'))).to.deep.equal(['none', 'none']);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }
  });
});
