// Screenshots of the widgets' main states at 320, 700 and 1280 px, light, dark and Arabic,
// compared with the baselines in test/visual/baselines/ (a changed baseline is a reviewed change).
// Re-record: npm run test:visual -- --update-visual-baseline
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/define.js';
import { mount, stateNamed, WIDGET_STATES, type WidgetState } from '../a11y/widgets.js';
import { useControlledTime } from '../clock.js';

/** The one font the pages use, from Debian's fonts-dejavu-core (Latin and Arabic), so every machine draws the same. */
const FONT = "'DejaVu Sans'";
const WIDTHS = [320, 700, 1280];
const SCHEMES = [
  { name: 'light', lang: 'de', theme: 'light' },
  { name: 'dark', lang: 'de', theme: 'dark' },
  { name: 'ar', lang: 'ar', theme: 'light' },
];

/** Renders a state on a page of the given width, in the pinned font, on the scheme's page colour. */
async function shoot(state: WidgetState, width: number, scheme: (typeof SCHEMES)[number], name: string) {
  await setViewport({ width, height: 900 });
  document.body.style.margin = '0';
  document.body.style.background = scheme.theme === 'dark' ? '#111' : '#fff';
  const style = `padding: 8px; font: 16px ${FONT}; --qw-font-family: ${FONT};`;
  const el = await mount(state, scheme.lang, style);
  el.setAttribute('theme', scheme.theme);
  el.parentElement!.setAttribute('dir', scheme.lang === 'ar' ? 'rtl' : 'ltr');
  await el.updateComplete;
  const dialog = el.shadowRoot!.querySelector('dialog');
  await visualDiff(dialog?.open ? dialog : el.parentElement!, name);
}

describe('screenshots', () => {
  // The countdown's time left stands still.
  useControlledTime('2015-10-07T06:00:00Z');
  after(() => setViewport({ width: 800, height: 600 }));

  it('are drawn in the pinned font, installed on this machine', async () => {
    // Where the font is missing, the two fallbacks give two different widths.
    const probe = await fixture<HTMLElement>(html`<p><span style="font: 16px ${FONT}, monospace">Schließen شهر</span><br /><span style="font: 16px ${FONT}, serif">Schließen شهر</span></p>`);
    const [a, b] = [...probe.querySelectorAll('span')].map((span) => span.getBoundingClientRect().width);
    expect(a, `${FONT} is not installed: apt-get install fonts-dejavu-core (scripts/ensure-browser.mjs does as root)`).to.equal(b);
  });

  for (const state of WIDGET_STATES.filter((s) => s.screenshot)) {
    // The dialog and the card with facts at the phone and desktop widths; the widgets at all three.
    const widths = state.name === 'calendar-day-list' || state.name === 'event-card-facts' ? [320, 1280] : WIDTHS;
    for (const width of widths) {
      for (const scheme of SCHEMES) {
        const name = `${state.name}-${scheme.name}-${width}`;
        it(name, () => shoot(state, width, scheme, name));
      }
    }
  }

  it('calendar-forced-colors-1280', async () => {
    await executeServerCommand('a11y-media', { 'forced-colors': 'active' });
    try {
      await shoot(stateNamed('calendar'), 1280, SCHEMES[0]!, 'calendar-forced-colors-1280');
    } finally {
      await executeServerCommand('a11y-media', {});
    }
  });
});
