// The snippet configurator on demo/configurator.html: its own markup, mounted here, drives
// a live widget and writes the snippet that reproduces it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { feedSource } from '../../src/index.js';
import { mountConfigurator } from '../../demo/configurator.js';
import { snippet } from '../../demo/snippet.js';
import { part, settled, text } from '../helpers.js';

describe('snippet()', () => {
  it('writes the pinned script tag, the tokens and the element, escaping what was typed', () => {
    const written = snippet({
      tag: 'qw-event-card',
      attributes: [['feed', 'https://example.org/feed.json?a=1&b="2"'], ['event', ''], ['compact', false], ['show-filter', true], ['lang', 'en']],
      tokens: [['--qw-color-accent', '#7a2e8c'], ['--qw-radius', ''], ['--qw-font-family', 'x; } body { display: none']],
      version: '1.2.3',
    });
    expect(written).to.equal(
      [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/quartier-widgets@1.2.3/dist/quartier-widgets.js"></script>',
        '<style>',
        '  qw-event-card {',
        '    --qw-color-accent: #7a2e8c;',
        '    --qw-font-family: x  body  display: none;',
        '  }',
        '</style>',
        '<qw-event-card feed="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;" show-filter lang="en"></qw-event-card>',
        '',
      ].join('\n'),
    );
  });

  it('leaves the style block out when no token is set', () => {
    expect(snippet({ tag: 'qw-calendar', attributes: [['feed', '/f.json']], tokens: [['--qw-radius', '']], version: '1.0.0' })).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/quartier-widgets@1.0.0/dist/quartier-widgets.js"></script>\n<qw-calendar feed="/f.json"></qw-calendar>\n',
    );
  });
});

describe('the configurator page', () => {
  it('loads dist/quartier-widgets.js and no source module, and its preview renders', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Snippet erstellen" src="/demo/configurator.html" style="width: 1000px; height: 600px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('#preview > *')?.shadowRoot?.querySelector('[part~="base"], [part~="empty"]'), 'the preview did not render', {
      timeout: 10000,
    });
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/quartier-widgets.js');
    expect(loaded.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
  });

  async function mounted(): Promise<HTMLElement> {
    const page = await (await fetch('/demo/configurator.html')).text();
    const main = new DOMParser().parseFromString(page, 'text/html').querySelector('#configurator')!;
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(document.importNode(main, true));
    await mountConfigurator(root.querySelector('#configurator')!, { feedSource, version: '0.1.0' });
    return root;
  }
  const choose = async (root: HTMLElement, id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === 'on';
    else field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
  };
  const preview = (root: HTMLElement) => root.querySelector('#preview')!.firstElementChild as HTMLElement;
  const code = (root: HTMLElement) => root.querySelector('#snippet')!.textContent!;

  it('shows the chosen widget live and the snippet for it, with the feed\'s items to pick from', async () => {
    const root = await mounted();
    const items = [...root.querySelectorAll<HTMLOptionElement>('#item option')].map((o) => o.value);
    expect(items).to.include.members(['', 'kommunalkonferenz-2017', 'beispiel-abgesagt']);

    await choose(root, 'item', 'kommunalkonferenz-2017');
    await choose(root, 'lang', 'en');
    await choose(root, 'use-accent', 'on');
    await choose(root, 'accent', '#7a2e8c');
    const card = preview(root);
    expect(card.localName).to.equal('qw-event-card');
    await settled(card);
    expect(text(part(card, 'title'))).to.equal('Bundesweite Kommunalkonferenz „Integration vor Ort leben“');
    expect(getComputedStyle(card.shadowRoot!.querySelector('a')!).color).to.equal('rgb(122, 46, 140)');
    expect(code(root)).to.include(`<qw-event-card feed="${location.origin}/demo/sample-feed.json" event="kommunalkonferenz-2017" lang="en"></qw-event-card>`);
    expect(code(root)).to.include('--qw-color-accent: #7a2e8c;');

    await choose(root, 'widget', 'qw-calendar');
    await choose(root, 'show-filter', 'on');
    await choose(root, 'programme', 'soziale-stadt');
    expect(preview(root).localName).to.equal('qw-calendar');
    expect(root.querySelector<HTMLElement>('#item')!.closest<HTMLElement>('[data-for]')!.hidden).to.equal(true);
    expect(code(root)).to.include(`<qw-calendar feed="${location.origin}/demo/sample-feed.json" programme="soziale-stadt" show-filter lang="en"></qw-calendar>`);
  });

  it('is usable by keyboard and passes axe', async () => {
    const root = await mounted();
    root.querySelector<HTMLSelectElement>('#widget')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => preview(root).localName === 'qw-deadline-countdown', 'the widget did not change by keyboard');
    expect(code(root)).to.include('<qw-deadline-countdown');
    await expect(root.querySelector('form')).to.be.accessible();
  });

  it('copies the snippet, or selects it when the clipboard is refused', async () => {
    const root = await mounted();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const status = () => root.querySelector('#copy-status')!.textContent;
    try {
      let copied = '';
      clipboard.writeText = async (value: string) => {
        copied = value;
      };
      root.querySelector<HTMLButtonElement>('#copy')!.click();
      await waitUntil(() => status() === 'Kopiert.', 'no copy status');
      expect(copied).to.equal(code(root));

      clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      root.querySelector<HTMLButtonElement>('#copy')!.click();
      await waitUntil(() => status()!.startsWith('Der Code ist markiert'), 'no fallback status');
      expect(getSelection()!.toString().trim()).to.equal(code(root).trim());
    } finally {
      clipboard.writeText = original;
    }
  });
});
