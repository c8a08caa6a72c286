// What the configurator's form says, as plain functions: the attributes it sets (for the
// preview and for the snippet, which differ only in `now`) and the moment that shows the
// sample feed's data.

/** The demo's own feed, whose events and calls lie in 2015–2017. */
export const SAMPLE_FEED_PATH = '/demo/sample-feed.json';

/** A moment that shows the sample feed's data: an open call, a month full of events, more to come. */
export const SAMPLE_MOMENT: Readonly<Record<'now' | 'month', string>> = { now: '2015-10-05T09:00', month: '2015-10' };

export const isSampleFeed = (address: string, page: string) => {
  try {
    const url = new URL(address, page);
    return url.origin === new URL(page).origin && url.pathname === SAMPLE_FEED_PATH;
  } catch {
    return false;
  }
};

/**
 * Prefills `now` and `month` with the sample moment for the sample feed, and clears them again
 * (if they still hold it) for any other feed, whose data the sample moment would hide.
 */
export function fillSampleMoment(fields: Record<'now' | 'month', HTMLInputElement>, sample: boolean) {
  for (const name of ['now', 'month'] as const) {
    const field = fields[name];
    if (sample && !field.value) field.value = SAMPLE_MOMENT[name];
    else if (!sample && field.value === SAMPLE_MOMENT[name]) field.value = '';
  }
}

export type Attribute = readonly [name: string, value: string | boolean];

/**
 * The attributes set by the form's `[data-attribute]` controls that apply to the chosen widget
 * (those not in a hidden `[data-for]` group), in the form's order; `item` names the attribute
 * of the "Was es zeigt" select for this widget. `now` goes to the preview, and to the snippet
 * only when "now-in-snippet" is ticked: a pasted frozen clock would stop the widget in the past.
 */
export function formAttributes(form: HTMLFormElement, item: string | undefined): { preview: Attribute[]; snippet: Attribute[] } {
  const preview: Attribute[] = [];
  const snippet: Attribute[] = [];
  const nowInSnippet = form.querySelector<HTMLInputElement>('#now-in-snippet')!.checked;
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute], #now, #item')) {
    if (control.closest<HTMLElement>('[data-for]')?.hidden) continue;
    const name = control.id === 'item' ? item : control.id === 'now' ? 'now' : control.dataset.attribute;
    if (!name) continue;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value.trim();
    preview.push([name, value]);
    if (name !== 'now' || nowInSnippet) snippet.push([name, value]);
  }
  return { preview, snippet };
}
