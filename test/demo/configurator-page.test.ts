// The configurator page as a webmaster uses it, in a frame of its own with the built bundle:
// nothing overflows on a phone, and the snippet it writes, pasted into a page, draws what the
// preview drew.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { text } from '../helpers.js';

const WIDGETS = ['qw-event-card', 'qw-event-list', 'qw-deadline-countdown', 'qw-programme-summary', 'qw-calendar'];

/** The configurator page in a frame `width` px wide, once its preview has drawn. */
async function configurator(width: number): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Snippet erstellen" src="/demo/configurator.html" style=${`width: ${width}px; height: 800px; border: 0`}></iframe>`,
  );
  await waitUntil(() => drawn(frame.contentDocument), 'the preview did not draw', { timeout: 10000 });
  return frame.contentDocument!;
}

/** The widget once it shows content, an empty state or an error (not loading). */
const isDrawn = (widget: HTMLElement | null | undefined) =>
  widget?.shadowRoot?.querySelector('[part~="base"]:not(.placeholder *), [part~="empty"], [part~="error"]') ? widget : undefined;

/** The preview's widget once drawn. */
const drawn = (page: Document | null) => isDrawn(page?.querySelector<HTMLElement>('#preview > *'));

async function choose(page: Document, id: string, value: string) {
  const field = page.querySelector<HTMLInputElement>(`#${id}`)!; // of the frame's realm: no instanceof
  if (field.type === 'checkbox') field.checked = value === 'on';
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => drawn(page), `the preview did not draw after ${id}=${value}`, { timeout: 5000 });
}

/**
 * What sticks out of the page's column (the body's content box), or hides part of itself in a
 * sideways scroll: controls, labels, the code and the preview, by their boxes.
 */
function overflowing(page: Document): string[] {
  const body = page.body.getBoundingClientRect();
  const style = getComputedStyle(page.body);
  const left = body.left + parseFloat(style.paddingLeft);
  const right = body.right - parseFloat(style.paddingRight);
  const found: string[] = [];
  const root = page.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
  for (const node of page.querySelectorAll<HTMLElement>('input, select, button, label, pre, p, fieldset, #preview > *')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue; // hidden with its group
    const name = `${node.localName}#${node.id || node.getAttribute('for') || ''}`;
    if (box.left < left - 0.5 || box.right > right + 0.5) found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${left}–${right}`);
    if (node.localName === 'pre' && node.scrollWidth > node.clientWidth) found.push(`${name} hides ${node.scrollWidth - node.clientWidth} px in a sideways scroll`);
  }
  return found;
}

describe('the configurator page on a phone', () => {
  for (const width of [375, 320]) {
    it(`lets nothing overflow at ${width} px, for every widget`, async () => {
      const page = await configurator(width);
      for (const widget of WIDGETS) {
        await choose(page, 'widget', widget);
        // The longest item title the feed offers, where the widget has a choice.
        const item = page.querySelector<HTMLSelectElement>('#item')!;
        if (!item.closest<HTMLElement>('[data-for]')!.hidden && item.options.length > 1) {
          const longest = [...item.options].sort((a, b) => b.text.length - a.text.length)[0]!;
          await choose(page, 'item', longest.value);
        }
        expect(overflowing(page), `${widget} at ${width} px`).to.deep.equal([]);
      }
    });
  }
});

describe('the configurator page on a wide screen', () => {
  it('keeps the preview and the code beside the form, the code right below the preview', async () => {
    const page = await configurator(1280);
    const form = page.querySelector('form')!.getBoundingClientRect();
    const preview = page.querySelector('#preview')!.closest('section')!.getBoundingClientRect();
    const code = page.querySelector('#snippet')!.closest('section')!.getBoundingClientRect();
    expect(preview.left, 'preview beside the form').to.be.greaterThan(form.right);
    expect(preview.top, 'preview at the top').to.be.lessThan(form.top + 10);
    expect(code.top - preview.bottom, 'code below the preview').to.be.within(0, 64);
  });
});

describe('the snippet, pasted into a page', () => {
  /** Puts the snippet into a page of its own (with the local bundle for the CDN's) and returns its widget once drawn. */
  async function pasted(code: string, width: number): Promise<{ widget: HTMLElement; frame: HTMLIFrameElement }> {
    const markup = code
      .replace(/<script type="module" src="[^"]+">/, '<script type="module" src="/dist/quartier-widgets.js">')
      .replace(/(<link rel="modulepreload" href=")[^"]*\/chunks\//g, '$1/dist/chunks/');
    expect(markup).to.include('src="/dist/quartier-widgets.js"');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Partnerseite" style=${`width: ${width}px; height: 800px; border: 0`}></iframe>`);
    // A first visit: without the preview's copy of the feed (the frame shares this origin's
    // storage), the pasted widget draws only once its own request has been answered.
    localStorage.clear();
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body style="margin: 0">${markup}</body></html>`;
    const widget = () => isDrawn(frame.contentDocument?.querySelector<HTMLElement>('body > [feed]'));
    await waitUntil(widget, 'the pasted widget did not draw', { timeout: 10000 });
    return { widget: widget()!, frame };
  }

  /** The chunks a page fetched (their paths), in order. */
  const chunksOf = (frame: HTMLIFrameElement) =>
    frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/chunks/'));

  // A card or countdown without a chosen item shows the next one: its facts' chunk is then
  // not preloaded (only the widget knows which item it shows), so there the check is only
  // that nothing is preloaded for nothing.
  const CASES: { widget: string; more?: [id: string, value: string][]; next?: boolean }[] = [
    { widget: 'qw-event-list' },
    { widget: 'qw-calendar' },
    { widget: 'qw-event-card', next: true },
    { widget: 'qw-event-card', more: [['item', 'beispiel-fachtag']] },
    { widget: 'qw-deadline-countdown', next: true },
    { widget: 'qw-deadline-countdown', more: [['item', 'difu-vielfalt-in-den-zentren']] },
    { widget: 'qw-programme-summary' },
    { widget: 'qw-calendar', more: [['show-filter', 'on'], ['lang', 'en']] },
    { widget: 'qw-programme-summary', more: [['compact', 'on']] },
  ];
  for (const { widget, more = [], next = false } of CASES) {
    it(`is valid HTML that keeps an address with & and quotes, and draws what the preview drew (${widget}${more.map(([id, value]) => ` ${id}=${value}`).join('')})`, async () => {
      const page = await configurator(700);
      const feed = `${location.origin}/demo/sample-feed.json?quelle=amt&format="json"`;
      await choose(page, 'widget', widget);
      await choose(page, 'feed', feed);
      await waitUntil(() => drawn(page)?.getAttribute('feed') === feed, 'the preview did not take the new feed');
      await choose(page, 'now-in-snippet', 'on');
      await choose(page, 'lang', 'de');
      for (const [id, value] of more) await choose(page, id, value);
      const code = page.querySelector('#snippet')!.textContent!;

      // Parsed as HTML: one script and one widget, whose attributes are what the form said.
      const parsed = new DOMParser().parseFromString(code, 'text/html');
      const element = parsed.body.querySelector(widget);
      expect(element, code).not.to.equal(null);
      expect(element!.getAttribute('feed')).to.equal(feed);
      expect(element!.getAttribute('now'), code).to.equal('2015-10-05T09:00');
      expect(parsed.querySelectorAll('script').length).to.equal(1);
      const preload = [...parsed.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => `${link.rel} ${link.getAttribute('as')} ${link.crossOrigin} ${link.getAttribute('href')}`);
      expect(preload, 'the feed preloaded').to.deep.equal([`preload fetch anonymous ${feed}`]);
      expect(parsed.querySelectorAll('*:not(html, head, body, script, style, link)').length, 'nothing but the widget').to.equal(1);

      const preview = drawn(page)!;
      const { widget: result, frame } = await pasted(code, preview.getBoundingClientRect().width);
      // One request of the feed, the preload's: had the widget not taken its answer, it would have asked again.
      const requests = frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name === new URL(feed).href) as PerformanceResourceTiming[];
      expect(requests.map((entry) => entry.initiatorType)).to.deep.equal(['link']);
      const drewAsPreview = async (shown: HTMLElement) =>
        waitUntil(() => text(shown.shadowRoot) === text(preview.shadowRoot), `the pasted ${widget} drew "${text(shown.shadowRoot).slice(0, 80)}…", the preview "${text(preview.shadowRoot).slice(0, 80)}…"`, {
          timeout: 5000,
        });
      await drewAsPreview(result);
      expect(text(result.shadowRoot)).not.to.equal('');

      // The chunks, once the widget drew all the preview drew: each preloaded one fetched once
      // (the widget's import took the preloaded module), and the same set as the widget
      // fetches on a page without the preloads (none missing, none for nothing).
      const chunks = chunksOf(frame);
      const modules = [...parsed.querySelectorAll('link[rel="modulepreload"]')].map((link) => `/dist/chunks/${link.getAttribute('href')!.split('/chunks/')[1]}`);
      expect(chunks.length, `no chunk twice: ${chunks.join(', ')}`).to.equal(new Set(chunks).size);
      const bare = await pasted(code.replace(/<link rel="modulepreload"[^>]*>\n/g, ''), preview.getBoundingClientRect().width);
      await drewAsPreview(bare.widget);
      const needed = [...new Set(chunksOf(bare.frame))].sort();
      if (next) expect(modules.filter((module) => !needed.includes(module)), 'chunks preloaded for nothing').to.deep.equal([]);
      else expect([...modules].sort(), 'the preloaded chunks are those the widget fetches without them').to.deep.equal(needed);
      for (const module of modules) expect(chunks.filter((path) => path === module), `${module} fetched once`).to.have.length(1);
      if (!next) expect([...chunks].sort(), 'nothing fetched without a preload').to.deep.equal([...modules].sort());
    });
  }
});
