// Every story renders its widget in the real browser: a story that throws, or whose widget
// does not reach the state the story is named for, fails here (Storybook's build checks only imports).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as calendar from '../../stories/calendar.stories.js';
import * as countdown from '../../stories/deadline-countdown.stories.js';
import * as card from '../../stories/event-card.stories.js';
import * as summary from '../../stories/programme-summary.stories.js';
import * as list from '../../stories/event-list.stories.js';

interface Story {
  args?: Record<string, unknown>;
  render?: (args: never) => TemplateResult;
  beforeEach?: () => (() => void) | void;
}
interface StoryModule {
  default: { component: string; args: Record<string, unknown>; render: (args: never) => TemplateResult };
  [name: string]: unknown;
}

const shown = (el: Element, part: string) => el.shadowRoot?.querySelector(`[part~="${part}"]`);

for (const module of [card, countdown, summary, calendar, list] as unknown as StoryModule[]) {
  const { component } = module.default;
  describe(`stories of <${component}>`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default') continue;
      const story = value as Story;
      it(name, async () => {
        const cleanup = story.beforeEach?.();
        try {
          const args = { ...module.default.args, ...story.args } as never;
          const wrapper = await fixture<HTMLElement>((story.render ?? module.default.render)(args));
          const el = wrapper.localName === component ? wrapper : wrapper.querySelector(component)!;
          expect(el, `no <${component}> rendered`).not.to.equal(null);
          const wanted = name === 'Loading' ? 'loading' : name === 'FeedMissing' ? 'error' : /NotFound|Nothing|Empty/.test(name) ? 'empty' : 'base';
          await waitUntil(() => shown(el, wanted), `<${component}> never showed part "${wanted}"`, { timeout: 5000 });
          await expect(el).to.be.accessible();
        } finally {
          cleanup?.();
        }
      });
    }
  });
}
