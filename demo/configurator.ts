// The snippet configurator: a form whose every change re-renders a live widget and the
// snippet that produces it. The live widget is built with DOM calls, never from the snippet's
// text, so nothing typed into the form runs as markup.
import type * as Library from '../src/index.js';
import type { Feed } from '../src/feed/schema.js';
import { feedAddressNotice, feedFacts, fillSampleMoment, formAttributes, isSampleFeed } from './configurator-form.js';
import { snippet, type SnippetOptions, type WidgetTag } from './snippet.js';

const ITEMS: Record<string, { list: (feed: Feed) => { id: string; label: string }[]; attribute: string; next?: string }> = {
  'qw-event-card': {
    list: (feed) => feed.events.map((e) => ({ id: e.id, label: e.title })),
    attribute: 'event',
    next: 'die jeweils nächste Veranstaltung',
  },
  'qw-deadline-countdown': {
    list: (feed) => feed.calls.map((c) => ({ id: c.id, label: c.title })),
    attribute: 'call',
    next: 'die jeweils nächste offene Frist',
  },
  'qw-programme-summary': {
    list: (feed) => feed.programmes.map((p) => ({ id: p.id, label: p.name })),
    attribute: 'programme',
  },
};

function options(select: HTMLSelectElement, entries: { id: string; label: string }[], keep: string) {
  select.replaceChildren(
    ...entries.map(({ id, label }) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = label;
      return option;
    }),
  );
  if (entries.some((entry) => entry.id === keep)) select.value = keep;
}

export interface ConfiguratorSetup {
  /** The feed reader of the bundle that defines the widgets: the page passes the built bundle's, so it loads no source module. */
  feedSource: typeof Library.feedSource;
  /** The package version the snippet pins; default: the one in package.json. */
  version?: string;
}

/** Wires up the configurator in `root` (the markup of demo/configurator.html). */
export async function mountConfigurator(root: HTMLElement, { feedSource, version }: ConfiguratorSetup) {
  const form = root.querySelector('form')!;
  const field = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const feedInput = field<HTMLInputElement>('feed');
  if (!feedInput.value) feedInput.value = new URL('/demo/sample-feed.json', location.href).href;
  const pinned = version ?? ((await (await fetch('/package.json')).json()) as { version: string }).version;
  const scriptInput = field<HTMLInputElement>('script');
  // Self-hosted, as the README leads with: the package is not on npm (and so not on a CDN) yet.
  if (!scriptInput.value) scriptInput.value = `/assets/quartier-widgets/${pinned}/quartier-widgets.js`;
  let feed: Feed | undefined;

  async function loadFeed() {
    feed = undefined;
    fillSampleMoment({ now: field('now'), month: field('month') }, isSampleFeed(feedInput.value, location.href));
    try {
      feed = (await feedSource(feedInput.value).refresh()).feed;
    } catch {
      feed = undefined;
    }
    fillLists();
  }

  function fillLists() {
    const tag = field<HTMLSelectElement>('widget').value;
    const item = ITEMS[tag];
    const itemSelect = field<HTMLSelectElement>('item');
    if (item) {
      const entries = feed ? item.list(feed) : [];
      options(itemSelect, item.next ? [{ id: '', label: item.next }, ...entries] : entries, itemSelect.value);
    }
    const programmes = feed ? feed.programmes.map((p) => ({ id: p.id, label: p.name })) : [];
    options(field('programme'), [{ id: '', label: 'alle' }, ...programmes], field<HTMLSelectElement>('programme').value);
  }

  /** The snippet's options, and the preview's attributes (the snippet's, with `now` even when it stays out of the code). */
  function current(): SnippetOptions & { previewAttributes: SnippetOptions['attributes'] } {
    const value = (id: string) => field<HTMLInputElement>(id).value;
    const tag = value('widget') as WidgetTag;
    const attributes = formAttributes(form, ITEMS[tag]?.attribute);
    const tokens: [string, string][] = [
      ['--qw-color-accent', field<HTMLInputElement>('use-accent').checked ? value('accent') : ''],
      ['--qw-radius', value('radius')],
      ['--qw-font-family', value('font')],
    ];
    return { tag, attributes: attributes.snippet, previewAttributes: attributes.preview, tokens, version: pinned, script: scriptInput.value.trim(), facts: feedFacts(feed, attributes.snippet) };
  }

  function render() {
    const tag = field<HTMLSelectElement>('widget').value;
    for (const group of root.querySelectorAll<HTMLElement>('[data-for]')) {
      group.hidden = !group.dataset.for!.split(' ').includes(tag);
    }
    const chosen = current();
    const widget = document.createElement(chosen.tag);
    for (const [name, value] of chosen.previewAttributes) {
      if (value === true) widget.setAttribute(name, '');
      else if (value) widget.setAttribute(name, value);
    }
    for (const [name, value] of chosen.tokens) if (value) widget.style.setProperty(name, value);
    field('preview').replaceChildren(widget);
    const code = snippet(chosen);
    field('snippet').textContent = code;
    field('preload-note').hidden = !code.startsWith('<link ');
    // A status region announces each change of its text: write it only when the notice changes.
    const notice = feedAddressNotice(feedInput.value);
    if (field('feed-notice').textContent !== notice) field('feed-notice').textContent = notice;
  }

  form.addEventListener('change', async (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'feed') await loadFeed();
    else if (target.id === 'widget') fillLists();
    render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  field('copy').addEventListener('click', async () => {
    const status = field('copy-status');
    try {
      await navigator.clipboard.writeText(field('snippet').textContent ?? '');
      status.textContent = 'Kopiert.';
    } catch {
      // Without clipboard access (an http page, a refused permission), select the code to copy by hand.
      getSelection()?.selectAllChildren(field('snippet'));
      status.textContent = 'Der Code ist markiert: kopieren Sie ihn mit Strg+C (⌘C).';
    }
  });

  await loadFeed();
  render();
}
