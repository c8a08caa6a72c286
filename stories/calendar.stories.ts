// <qw-calendar> in every state, on the demo's sample feed, with controls for its attributes and the theme.
import { html, nothing } from 'lit';
import '../src/components/calendar/calendar.js';
import { FEED, frame, frameArgs, frameArgTypes, MISSING_FEED, PENDING_FEED, pendingFeed, themeOf, type FrameArgs } from './story-frame.js';

interface Args extends FrameArgs {
  feed: string;
  month: string;
  now: string;
  firstDay: string;
  tags: string;
  showFilter: boolean;
  free: boolean;
  accessibility: string;
  eventLanguage: string;
  hideWeekNumbers: boolean;
}

export default {
  title: 'Widgets/Calendar',
  component: 'qw-calendar',
  argTypes: {
    feed: { control: 'text' },
    month: { control: 'text' },
    now: { control: 'text' },
    firstDay: { name: 'first-day', control: 'select', options: ['', 'monday', 'sunday', 'saturday'] },
    tags: { control: 'text' },
    showFilter: { name: 'show-filter', control: 'boolean' },
    free: { control: 'boolean' },
    accessibility: { control: 'text' },
    eventLanguage: { name: 'event-language', control: 'text' },
    hideWeekNumbers: { name: 'hide-week-numbers', control: 'boolean' },
    ...frameArgTypes,
  },
  args: { ...frameArgs, feed: FEED, month: '2015-10', now: '2015-10-19T12:00', firstDay: '', tags: '', showFilter: false, free: false, accessibility: '', eventLanguage: '', hideWeekNumbers: false },
  render: (args: Args) =>
    frame(
      args,
      html`<qw-calendar
        feed=${args.feed}
        month=${args.month || nothing}
        now=${args.now || nothing}
        first-day=${args.firstDay || nothing}
        tags=${args.tags || nothing}
        ?show-filter=${args.showFilter}
        ?free=${args.free}
        accessibility=${args.accessibility || nothing}
        event-language=${args.eventLanguage || nothing}
        ?hide-week-numbers=${args.hideWeekNumbers}
        theme=${themeOf(args)}
      ></qw-calendar>`,
    ),
};

export const Month = {};
// The month's topic chips, its places, its languages (German, Turkish, German Sign Language) and the chips "Kostenlos" and "Barrierefrei".
export const WithTagChips = { args: { showFilter: true } };
// `accessibility="step-free"` presets the filter: "Barrierefrei" counts every event, "Kostenlos" narrows them further.
export const StepFreeWithVisitorFilters = { args: { showFilter: true, accessibility: 'step-free' } };
export const WithoutWeekNumbers = { args: { hideWeekNumbers: true } };
export const ColouredByTag = {
  render: (args: Args) => html`<div>
    <style>
      .coloured::part(tag-beteiligung) { --qw-calendar-event-color: #2e6b30; }
      .coloured::part(tag-innenstadt) { --qw-calendar-event-color: #7a2e8c; }
    </style>
    ${frame(args, html`<qw-calendar class="coloured" feed=${args.feed} month=${args.month} now=${args.now} theme=${themeOf(args)}></qw-calendar>`)}
  </div>`,
};
export const EmptyMonth = { args: { month: '2016-01' } };
export const Loading = { args: { feed: PENDING_FEED }, beforeEach: pendingFeed };
export const FeedMissing = { args: { feed: MISSING_FEED } };
export const EnglishSundayFirst = { args: { lang: 'en-US' } };
export const Arabic = { args: { lang: 'ar' } };
export const Turkish = { args: { lang: 'tr' } };
export const Ukrainian = { args: { lang: 'uk' } };
export const Dark = { args: { theme: 'dark' } };
export const NarrowContainer = { args: { width: '20rem' } };
