// <qw-event-list> in every state, on the demo's sample feed, with controls for its attributes and the theme.
import { html, nothing } from 'lit';
import '../src/components/event-list/event-list.js';
import { FEED, frame, frameArgs, frameArgTypes, MISSING_FEED, PENDING_FEED, pendingFeed, themeOf, type FrameArgs } from './story-frame.js';

interface Args extends FrameArgs {
  feed: string;
  now: string;
  limit: number | undefined;
  days: number | undefined;
  place: string;
  tags: string;
  hideCancelled: boolean;
  compact: boolean;
  showFilter: boolean;
  showSearch: boolean;
  showSubscribe: boolean;
  free: boolean;
  accessibility: string;
  eventLanguage: string;
}

export default {
  title: 'Widgets/Event list',
  component: 'qw-event-list',
  argTypes: {
    feed: { control: 'text' },
    now: { control: 'text' },
    limit: { control: 'number' },
    days: { control: 'number' },
    place: { control: 'text' },
    tags: { control: 'text' },
    hideCancelled: { name: 'hide-cancelled', control: 'boolean' },
    compact: { control: 'boolean' },
    showFilter: { name: 'show-filter', control: 'boolean' },
    showSearch: { name: 'show-search', control: 'boolean' },
    showSubscribe: { name: 'show-subscribe', control: 'boolean' },
    free: { control: 'boolean' },
    accessibility: { control: 'text' },
    eventLanguage: { name: 'event-language', control: 'text' },
    ...frameArgTypes,
  },
  args: { ...frameArgs, feed: FEED, now: '2015-10-01T12:00', limit: undefined, days: undefined, place: '', tags: '', hideCancelled: false, compact: false, showFilter: false, showSearch: false, showSubscribe: false, free: false, accessibility: '', eventLanguage: '' },
  render: (args: Args) =>
    frame(
      args,
      html`<qw-event-list
        feed=${args.feed}
        now=${args.now || nothing}
        limit=${args.limit ?? nothing}
        days=${args.days ?? nothing}
        place=${args.place || nothing}
        tags=${args.tags || nothing}
        ?hide-cancelled=${args.hideCancelled}
        ?compact=${args.compact}
        ?show-filter=${args.showFilter}
        ?show-search=${args.showSearch}
        ?show-subscribe=${args.showSubscribe}
        ?free=${args.free}
        accessibility=${args.accessibility || nothing}
        event-language=${args.eventLanguage || nothing}
        theme=${themeOf(args)}
      ></qw-event-list>`,
    ),
};

export const Upcoming = {};
export const FirstFive = { args: { limit: 5 } };
export const CompactSidebar = { args: { compact: true, limit: 3 } };
export const NextThirtyDays = { args: { days: 30 } };
// The visitor's filters: topic chips, places, the events' languages and the chips "Kostenlos" and "Barrierefrei".
export const WithVisitorFilters = { args: { showFilter: true } };
/** The search box and "Abonnieren": the sample feed names a calendar to subscribe to. */
export const WithSearchAndSubscribe = { args: { showSearch: true, showSubscribe: true } };
// `free` presets the filter: the visitor's chips and language narrow the free events further.
export const FreeWithVisitorFilters = { args: { showFilter: true, free: true } };
export const NothingAhead = { args: { now: '2030-01-01' } };
export const Loading = { args: { feed: PENDING_FEED }, beforeEach: pendingFeed };
export const FeedMissing = { args: { feed: MISSING_FEED } };
