// <qw-programme-summary> in every state, on the demo's sample feed, with controls for its attributes and the theme.
import { html, nothing } from 'lit';
import '../src/components/programme-summary/programme-summary.js';
import { FEED, frame, frameArgs, frameArgTypes, MISSING_FEED, PENDING_FEED, pendingFeed, themeOf, type FrameArgs } from './story-frame.js';

interface Args extends FrameArgs {
  feed: string;
  programme: string;
  now: string;
  compact: boolean;
}

export default {
  title: 'Widgets/Programme summary',
  component: 'qw-programme-summary',
  argTypes: {
    feed: { control: 'text' },
    programme: {
      control: 'select',
      options: ['soziale-stadt', 'investitionspakt-soziale-integration', 'jugend-staerken-im-quartier', 'gibt-es-nicht'],
    },
    now: { control: 'text' },
    compact: { control: 'boolean' },
    ...frameArgTypes,
  },
  args: { ...frameArgs, feed: FEED, programme: 'soziale-stadt', now: '2017-03-01', compact: false },
  render: (args: Args) =>
    frame(
      args,
      html`<qw-programme-summary
        feed=${args.feed}
        programme=${args.programme || nothing}
        now=${args.now || nothing}
        ?compact=${args.compact}
        theme=${themeOf(args)}
      ></qw-programme-summary>`,
    ),
};

export const Running = {};
export const NotStartedYet = { args: { now: '2016-06-01' } };
export const Ended = { args: { now: '2022-01-01' } };
export const WithoutDates = { args: { programme: 'jugend-staerken-im-quartier' } };
export const Compact = { args: { compact: true, width: '20rem' } };
export const NotFound = { args: { programme: 'gibt-es-nicht' } };
export const Loading = { args: { feed: PENDING_FEED }, beforeEach: pendingFeed };
export const FeedMissing = { args: { feed: MISSING_FEED } };
export const English = { args: { lang: 'en' } };
export const Arabic = { args: { lang: 'ar' } };
export const Turkish = { args: { lang: 'tr' } };
export const Ukrainian = { args: { lang: 'uk' } };
export const Dark = { args: { theme: 'dark' } };
export const NarrowContainer = { args: { width: '20rem' } };
