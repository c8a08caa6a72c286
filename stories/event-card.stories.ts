// Stories in Component Story Format: Storybook for web components (or any CSF reader)
// picks them up; each renders the real element on the demo's sample feed.
import { html } from 'lit';
import '../src/components/event-card/event-card.js';

const FEED = '/demo/sample-feed.json';

export default {
  title: 'Widgets/Event card',
  component: 'qw-event-card',
};

export const OneEvent = {
  render: () => html`<qw-event-card feed=${FEED} event="kommunalkonferenz-2017"></qw-event-card>`,
};

export const NextEventWithTag = {
  render: () => html`<qw-event-card feed=${FEED} tags="Soziale Integration" now="2017-03-01T09:00"></qw-event-card>`,
};

export const English = {
  render: () => html`<qw-event-card lang="en" feed=${FEED} event="kommunalkonferenz-2017"></qw-event-card>`,
};

export const Themed = {
  render: () => html`
    <qw-event-card
      feed=${FEED}
      event="kommunalkonferenz-2017"
      style="--qw-color-accent: #7a1f5c; --qw-radius: 0; --qw-event-card-background: #fbf7fa"
    ></qw-event-card>
  `,
};

export const NotFound = {
  render: () => html`<qw-event-card feed=${FEED} event="gibt-es-nicht"></qw-event-card>`,
};

export const FeedMissing = {
  render: () => html`<qw-event-card feed="/demo/fehlt.json"></qw-event-card>`,
};
