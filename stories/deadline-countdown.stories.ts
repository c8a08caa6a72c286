// <qw-deadline-countdown> in every state, on the demo's sample feed, with controls for its attributes and the theme.
import { html, nothing } from 'lit';
import '../src/components/deadline-countdown/deadline-countdown.js';
import { FEED, frame, frameArgs, frameArgTypes, MISSING_FEED, PENDING_FEED, pendingFeed, themeOf, type FrameArgs } from './story-frame.js';

interface Args extends FrameArgs {
  feed: string;
  call: string;
  tags: string;
  now: string;
  soon: number;
  compact: boolean;
}

export default {
  title: 'Widgets/Deadline countdown',
  component: 'qw-deadline-countdown',
  argTypes: {
    feed: { control: 'text' },
    call: { control: 'text' },
    tags: { control: 'text' },
    now: { control: 'text' },
    soon: { control: { type: 'number', min: 0 } },
    compact: { control: 'boolean' },
    ...frameArgTypes,
  },
  args: { ...frameArgs, feed: FEED, call: 'difu-vielfalt-in-den-zentren', tags: '', now: '2015-10-07T08:00', soon: 7, compact: false },
  render: (args: Args) =>
    frame(
      args,
      html`<qw-deadline-countdown
        feed=${args.feed}
        call=${args.call || nothing}
        tags=${args.tags || nothing}
        now=${args.now || nothing}
        soon=${args.soon}
        ?compact=${args.compact}
        theme=${themeOf(args)}
      ></qw-deadline-countdown>`,
    ),
};

export const Open = {};
export const ClosingSoon = { args: { now: '2015-10-15T12:00' } };
export const LastHour = { args: { now: '2015-10-19T23:15' } };
export const Expired = { args: { now: '2015-10-20T08:00' } };
export const NotOpenYet = { args: { now: '2015-01-10' } };
export const Compact = { args: { compact: true, width: '20rem' } };
// The demo's rolling example call is always open: nothing is open among the Difu calls.
export const NothingOpen = { args: { call: '', tags: 'Difu', now: '2030-01-01' } };
export const Loading = { args: { feed: PENDING_FEED }, beforeEach: pendingFeed };
export const FeedMissing = { args: { feed: MISSING_FEED } };
export const English = { args: { lang: 'en' } };
export const Arabic = { args: { lang: 'ar' } };
export const Turkish = { args: { lang: 'tr' } };
export const Ukrainian = { args: { lang: 'uk' } };
export const Dark = { args: { theme: 'dark', now: '2015-10-15T12:00' } };
export const NarrowContainer = { args: { width: '20rem' } };
