// <qw-event-card> in every state, on the demo's sample feed, with controls for its attributes and the theme.
import { html, nothing } from 'lit';
import '../src/components/event-card/event-card.js';
import { FEED, frame, frameArgs, frameArgTypes, MISSING_FEED, PENDING_FEED, pendingFeed, themeOf, type FrameArgs } from './story-frame.js';

interface Args extends FrameArgs {
  feed: string;
  event: string;
  tags: string;
  now: string;
  headingLevel: number;
}

export default {
  title: 'Widgets/Event card',
  component: 'qw-event-card',
  argTypes: {
    feed: { control: 'text' },
    event: { control: 'select', options: ['kommunalkonferenz-2017', 'beispiel-abgesagt', 'beispiel-zeitumstellung', 'beispiel-aktionswoche', 'gibt-es-nicht', ''] },
    tags: { control: 'text' },
    now: { control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    ...frameArgTypes,
  },
  args: { ...frameArgs, feed: FEED, event: 'kommunalkonferenz-2017', tags: '', now: '', headingLevel: 3 },
  render: (args: Args) =>
    frame(
      args,
      html`<qw-event-card
        feed=${args.feed}
        event=${args.event || nothing}
        tags=${args.tags || nothing}
        now=${args.now || nothing}
        heading-level=${args.headingLevel}
        theme=${themeOf(args)}
      ></qw-event-card>`,
    ),
};

export const Scheduled = {};
export const Cancelled = { args: { event: 'beispiel-abgesagt' } };
export const AllDayOverSeveralDays = { args: { event: 'beispiel-aktionswoche' } };
export const NextEventWithTag = { args: { event: '', tags: 'Soziale Integration', now: '2017-03-01T09:00' } };
export const NothingUpcoming = { args: { event: '', now: '2030-01-01' } };
export const NotFound = { args: { event: 'gibt-es-nicht' } };
export const Loading = { args: { feed: PENDING_FEED }, beforeEach: pendingFeed };
export const FeedMissing = { args: { feed: MISSING_FEED } };
export const English = { args: { lang: 'en' } };
export const Arabic = { args: { lang: 'ar' } };
export const Turkish = { args: { lang: 'tr' } };
export const Ukrainian = { args: { lang: 'uk' } };
export const Dark = { args: { theme: 'dark' } };
export const Themed = { args: { accent: '#7a1f5c', radius: '0', fontFamily: 'Georgia, serif' } };
export const NarrowContainer = { args: { width: '20rem' } };
