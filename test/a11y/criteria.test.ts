// WCAG 2.2 AA criteria that axe does not settle, each checked on every widget state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { settled } from '../helpers.js';
import { applyTextSpacing, backgroundAround, contrast, deepElements, describe_, interactive, isDrawn } from './inspect.js';
import { mount, stateNamed, WIDGET_STATES } from './widgets.js';

const media = (features: Record<string, string>) => executeServerCommand('a11y-media', features);

/**
 * Inside a box of its own that scrolls sideways (the calendar's row of chips on a phone):
 * reached by scrolling that box, or by Tab, which scrolls it; the box itself must fit.
 */
function inSidewaysScroller(node: Element): boolean {
  for (let box = node.parentElement; box; box = box.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return true;
  }
  return false;
}

/** Elements of a widget drawn beyond a horizontal range (screen-reader-only text aside). */
const beyond = (el: Element, left: number, right: number) =>
  deepElements(el)
    .filter(isDrawn)
    .filter((node) => !inSidewaysScroller(node))
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      return rect.width > 0 && (rect.left < left - 0.5 || rect.right > right + 0.5);
    })
    .map(describe_);

describe('2.5.8 target size (minimum): every target at least 24×24 CSS px', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  // Partner pages set small root sizes (62.5 % resets, 13 px themes); the targets must not shrink with them.
  for (const rootSize of ['16px', '13px']) {
    for (const state of WIDGET_STATES) {
      it(`${state.name}, page root font size ${rootSize}`, async () => {
        document.documentElement.style.fontSize = rootSize;
        const el = await mount(state, 'de', 'width: 1000px');
        const small = interactive(el)
          // Links inside a sentence or a block of text are excepted (they follow the text's line height).
          .filter((node) => !(node.localName === 'a' && getComputedStyle(node).display === 'inline' && node.closest('p, dd, li')))
          .map((node) => ({ node, rect: node.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width < 24 - 0.01 || rect.height < 24 - 0.01)
          .map(({ node, rect }) => `${describe_(node)} ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
        expect(small, 'targets under 24×24 px').to.deep.equal([]);
      });
    }
  }
});

describe('1.4.10 reflow: at 320 CSS px (1280 px at 400 % zoom) nothing scrolls sideways', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['de', 'ar']) {
    for (const state of WIDGET_STATES) {
      it(`${state.name} (${lang})`, async () => {
        const el = await mount(state, lang);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
        expect(beyond(el, 0, 320), 'elements beyond the viewport').to.deep.equal([]);
      });
    }
  }
});

describe('1.4.12 text spacing: the WCAG overrides clip and overlap nothing', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** Controls and headers whose text needs more room than their box gives it. */
  const clipped = (el: Element) =>
    deepElements(el)
      .filter((node) => node.matches('button, a, th, [part~=badge], [part~=state], [part~=status], .day-number') && isDrawn(node))
      .filter((node) => node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
      // A bar's title may end in an ellipsis at any spacing: its full title is its name, tooltip and dialog.
      .filter((node) => !node.matches('.bar'))
      .map(describe_);

  for (const width of [320, 1280]) {
    for (const state of WIDGET_STATES) {
      it(`${state.name} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const el = await mount(state, 'de');
        const undo = applyTextSpacing(el);
        try {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(clipped(el), 'text cut off in its box').to.deep.equal([]);
          expect(beyond(el, 0, width), 'elements beyond the viewport').to.deep.equal([]);
          // Each week number stays inside its column.
          for (const th of el.shadowRoot!.querySelectorAll<HTMLElement>('th[part~=week-number]')) {
            const label = th.querySelector('[aria-hidden]')!.getBoundingClientRect();
            const box = th.getBoundingClientRect();
            expect(label.right <= box.right + 0.5 && label.left >= box.left - 0.5, `"${th.textContent!.trim()}" spills out of its column`).to.equal(true);
          }
        } finally {
          undo();
        }
      });
    }
  }
});

describe('1.4.11 non-text contrast: bars, chips, focus ring and today at least 3:1, light and dark', () => {
  for (const theme of ['light', 'dark']) {
    it(`calendar (${theme})`, async () => {
      const el = await mount(stateNamed('calendar'), 'de', 'width: 1000px');
      el.setAttribute('theme', theme);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const low: string[] = [];
      const check = (what: string, a: string, b: string) => {
        const ratio = contrast(a, b);
        if (ratio < 3) low.push(`${what}: ${a} on ${b} = ${ratio.toFixed(2)}`);
      };
      const bar = root.querySelector<HTMLElement>('td:not(.outside) .bar:not([part~=event-cancelled])')!;
      check('event bar', getComputedStyle(bar).backgroundColor, backgroundAround(bar));
      const today = root.querySelector<HTMLElement>('[part~=day-today] .day-number')!;
      check("today's marker", getComputedStyle(today).backgroundColor, backgroundAround(today));
      const chip = root.querySelector<HTMLElement>('[part~=chip]')!;
      check('chip border', getComputedStyle(chip).borderTopColor, backgroundAround(chip));
      chip.click();
      await el.updateComplete;
      const pressed = root.querySelector<HTMLElement>('[part~=chip][aria-pressed=true]')!;
      check('pressed chip', getComputedStyle(pressed).backgroundColor, backgroundAround(pressed));
      const cell = root.querySelector<HTMLElement>('td[tabindex="0"]')!;
      cell.focus();
      await sendKeys({ press: 'ArrowRight' });
      const focused = root.activeElement as HTMLElement;
      expect(focused.localName).to.equal('td');
      check('focus ring on a day', getComputedStyle(focused).outlineColor, getComputedStyle(focused).backgroundColor === 'rgba(0, 0, 0, 0)' ? backgroundAround(focused) : getComputedStyle(focused).backgroundColor);
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(low).to.deep.equal([]);
    });
  }
});

describe('forced colours (Windows high contrast): edges and states stay visible', () => {
  afterEach(() => media({}));

  /** Whether an element draws an edge of its own: a border or an outline. */
  const edged = (node: Element) => {
    const style = getComputedStyle(node);
    const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && style.borderTopColor !== style.backgroundColor;
    const outline = parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none';
    return border || outline;
  };

  it('the calendar: bars, "+N", chips, today\'s marker, a pressed chip and the focus ring', async () => {
    await media({ 'forced-colors': 'active' });
    const el = await mount(stateNamed('calendar'), 'de', 'width: 1000px');
    const root = el.shadowRoot!;
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    const edgeless = [...root.querySelectorAll('.bar, [part~=chip], [part~=button], [part~=day-today] .day-number')]
      .filter((node) => !edged(node))
      .map(describe_);
    expect(edgeless, 'drawn without any edge').to.deep.equal([]);
    // A pressed chip differs from the others in more than its accessible state.
    const [first, second] = root.querySelectorAll<HTMLElement>('[part~=chip]');
    first!.click();
    await el.updateComplete;
    expect(getComputedStyle(first!).backgroundColor, 'a pressed chip looks pressed').to.not.equal(getComputedStyle(second!).backgroundColor);
    const highlight = Object.assign(document.createElement('div'), { style: 'forced-color-adjust: none; background: Highlight' });
    document.body.append(highlight);
    expect(getComputedStyle(first!).backgroundColor, "a pressed chip is filled with the system's highlight").to.equal(getComputedStyle(highlight).backgroundColor);
    highlight.remove();
    const cell = root.querySelector<HTMLElement>('td[tabindex="0"]')!;
    cell.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = root.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle, 'the focus ring').to.equal('solid');
    expect(getComputedStyle(focused).outlineColor).to.not.equal(getComputedStyle(focused).backgroundColor);
  });

  for (const name of ['countdown-open', 'countdown-soon', 'countdown-closed', 'event-card-cancelled']) {
    it(`the badge of ${name}`, async () => {
      await media({ 'forced-colors': 'active' });
      const el = await mount(stateNamed(name), 'de');
      const badge = el.shadowRoot!.querySelector('.badge')!;
      expect(edged(badge), `${describe_(badge)} has an edge`).to.equal(true);
    });
  }
});

describe('2.4.11 focus not obscured: every focus stop at least partly in view', () => {
  /** Whether some point of the element is the topmost thing drawn there. */
  const partlyVisible = (node: HTMLElement) => {
    const rect = node.getBoundingClientRect();
    const root = node.getRootNode() as ShadowRoot | Document;
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const x = rect.left + rect.width * fx;
        const y = rect.top + rect.height * fy;
        if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
        const hit = root.elementFromPoint(x, y);
        if (hit && (hit === node || node.contains(hit))) return true;
      }
    }
    return false;
  };

  it('tabbing forwards and back through the calendar under a sticky page header, and in its dialog', async () => {
    await setViewport({ width: 1000, height: 500 });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <header style="position: sticky; top: 0; z-index: 10; height: 80px; background: #ddd">Kopfzeile</header>
        <button>vorher</button>
        ${stateNamed('calendar').render('de')}
        <div style="height: 1200px"></div>
      </div>`);
      const el = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('qw-calendar')!;
      await settled(el);
      await el.updateComplete;
      const hidden: string[] = [];
      const stops: string[] = [];
      page.querySelector('button')!.focus();
      for (const key of [...Array(12).fill('Tab'), ...Array(12).fill('Shift+Tab')] as string[]) {
        if (key === 'Tab') await sendKeys({ press: 'Tab' });
        else {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        }
        const focused = el.shadowRoot!.activeElement as HTMLElement | null;
        if (!focused) continue;
        stops.push(describe_(focused));
        if (!partlyVisible(focused)) hidden.push(`${key}: ${describe_(focused)}`);
      }
      expect(stops.length, 'focus stops reached in the calendar').to.be.at.least(10);
      expect(hidden, 'focused and entirely hidden').to.deep.equal([]);
      // In the dialog: the modal dialog is drawn above the page, each control in view.
      const more = el.shadowRoot!.querySelector<HTMLElement>('[part~=more]')!;
      more.click();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open && el.shadowRoot!.activeElement?.matches('[part~=close]'), 'the day list did not open');
      const inDialog: string[] = [];
      for (let i = 0; i < 8; i++) {
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        if (!partlyVisible(focused)) inDialog.push(describe_(focused));
        await sendKeys({ press: 'Tab' });
      }
      expect(inDialog, 'focused and hidden in the dialog').to.deep.equal([]);
      dialog.close();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('2.3.3 / prefers-reduced-motion: nothing moves for a visitor who asks for less motion', () => {
  afterEach(() => media({}));

  for (const state of WIDGET_STATES) {
    it(state.name, async () => {
      await media({ 'prefers-reduced-motion': 'reduce' });
      const el = await mount(state, 'de', 'width: 1000px');
      const moving = deepElements(el)
        .filter((node) => {
          const style = getComputedStyle(node);
          const transition = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          return transition || style.animationName !== 'none' || style.scrollBehavior === 'smooth';
        })
        .map(describe_);
      expect(moving, 'elements with a transition or animation').to.deep.equal([]);
    });
  }
});
