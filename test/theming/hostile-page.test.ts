// A host page with aggressive global CSS, as CMS themes and resets write it: the widgets stay intact.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { part, settled, text } from '../helpers.js';

const HOSTILE_CSS = `
  html { font-size: 40px; }
  body { font-size: 16px; font-family: Verdana, sans-serif; color: #222; }
  *, *::before, *::after { box-sizing: content-box !important; }
  .page * { all: unset; }
  .page, .page div { display: flex !important; flex-direction: column; }
  div { padding: 7px; line-height: 0.8; text-transform: uppercase; letter-spacing: 0.2em; }
  article, section, p, ul, li, table, td, th, button, a, h1, h2, h3, dialog { all: unset !important; display: inline !important; }
  a { color: yellow !important; text-decoration: none !important; }
  button { background: red !important; border: 5px dotted lime !important; }
  [part], [role], .badge { display: none !important; }
  table { border-collapse: separate !important; border-spacing: 40px !important; }
`;

const WIDGETS: TemplateResult[] = [
  html`<qw-event-card feed="/test/fixtures/events.json" event="konferenz" now="2017-03-01"></qw-event-card>`,
  html`<qw-deadline-countdown feed="/test/fixtures/calls.json" call="quartier-2017" now="2017-06-27"></qw-deadline-countdown>`,
  html`<qw-programme-summary feed="/test/fixtures/calls.json" programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`,
  html`<qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar>`,
];

interface Shape {
  width: number;
  display: string;
  boxSizing: string;
  titleWeight: string;
  linkColor: string;
  text: string;
  overflows: boolean;
  columns: number[];
}

/** What a visitor would notice of a widget's layout. */
function shape(el: HTMLElement): Shape {
  const base = part(el, 'base') as HTMLElement;
  const link = el.shadowRoot!.querySelector('a');
  const columns = [...el.shadowRoot!.querySelectorAll('tbody tr:first-child td')].map((td) => Math.round(td.getBoundingClientRect().width));
  return {
    width: Math.round(base.getBoundingClientRect().width),
    display: getComputedStyle(base).display,
    boxSizing: getComputedStyle(base).boxSizing,
    titleWeight: getComputedStyle(part(el, 'title')!).fontWeight,
    linkColor: link ? getComputedStyle(link).color : '',
    text: text(el.shadowRoot),
    overflows: base.scrollWidth > base.clientWidth + 1,
    columns,
  };
}

async function render(widget: TemplateResult): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="page" style="width: 640px">${widget}</div>`);
  const el = page.firstElementChild as HTMLElement;
  await settled(el);
  // A calendar's width observer reports after the first layout, and may switch it to its list
  // then: compare what stays, not what was drawn before that report.
  await nextFrame();
  await nextFrame();
  return el;
}

describe('a host page with aggressive global CSS', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  for (const widget of WIDGETS) {
    it(`leaves <${widget.strings[0]!.slice(1).split(' ')[0]}> as it is on a plain page`, async () => {
      const plain = shape(await render(widget));
      style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      const el = await render(widget);
      const hostile = shape(el);
      expect(hostile.display).to.equal('grid');
      expect(hostile.boxSizing).to.equal('border-box');
      expect(hostile.titleWeight).to.equal('700');
      expect(hostile.linkColor).to.equal(plain.linkColor);
      expect(hostile.text).to.equal(plain.text);
      expect(hostile.overflows).to.equal(false);
      // It fills the page's column (the host itself was reset to inline), less the page's padding.
      expect(hostile.width).to.be.within(plain.width - 20, plain.width);
      expect(hostile.columns.length).to.equal(plain.columns.length);
      if (hostile.columns.length) expect(Math.max(...hostile.columns) - Math.min(...hostile.columns)).to.be.lessThan(3);
      // Text size comes from the page's body text, not from the huge root size.
      expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('16px');
      await expect(el).to.be.accessible();
    });
  }
});

// A theme that colours every element of the page, as some CMS themes and "accessibility" plugins do:
// the widget's own messages keep the widget's colours, readable in both schemes.
describe('a page that colours every element', () => {
  const PAINT_ALL = '* { color: red !important; background: rgb(255, 0, 0) !important; }';
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = PAINT_ALL;
    document.head.append(style);
  });
  afterEach(async () => {
    style.remove();
    await fetch('/api/mode?key=paint-all-loading');
    await fetch('/api/mode?key=paint-all-stale');
  });

  const colours = (el: Element | null) => {
    const { color, backgroundColor } = getComputedStyle(el!);
    return { color, backgroundColor };
  };
  const LIGHT = { color: 'rgb(27, 27, 27)', backgroundColor: 'rgb(255, 255, 255)' };

  it('does not reach the loading message', async () => {
    await fetch('/api/mode?key=paint-all-loading&mode=hold');
    const el = await fixture(html`<qw-event-card feed="/api/feed/events?key=paint-all-loading" now="2017-03-01"></qw-event-card>`);
    await waitUntil(() => part(el, 'loading'));
    expect(colours(part(el, 'loading'))).to.deep.equal(LIGHT);
  });

  it('does not reach the error message', async () => {
    const el = await fixture(html`<qw-event-card feed="/api/status/500" now="2017-03-01"></qw-event-card>`);
    await settled(el);
    expect(colours(part(el, 'error'))).to.deep.equal(LIGHT);
  });

  it('does not reach the empty message', async () => {
    const el = await fixture(html`<qw-event-card feed="/test/fixtures/events.json" event="gibt-es-nicht" now="2017-03-01"></qw-event-card>`);
    await settled(el);
    expect(colours(part(el, 'empty'))).to.deep.equal(LIGHT);
  });

  it('does not reach the notice above earlier data', async () => {
    const el = await fixture<HTMLElement & { refresh(): Promise<unknown> }>(
      html`<qw-event-card feed="/api/feed/events?key=paint-all-stale" event="konferenz" now="2017-03-01"></qw-event-card>`,
    );
    await settled(el);
    await fetch('/api/mode?key=paint-all-stale&mode=truncated');
    await el.refresh();
    await waitUntil(() => part(el, 'stale'));
    expect(getComputedStyle(part(el, 'stale')!).color).to.equal(LIGHT.color);
  });
});
