// Stories in Component Story Format; each renders the real element on the demo's sample feed.
import { html } from 'lit';
import '../src/components/deadline-countdown/deadline-countdown.js';

const FEED = '/demo/sample-feed.json';
const CALL = 'difu-vielfalt-in-den-zentren';

export default {
  title: 'Widgets/Deadline countdown',
  component: 'qw-deadline-countdown',
};

export const Open = {
  render: () => html`<qw-deadline-countdown feed=${FEED} call=${CALL} now="2015-10-07T08:00"></qw-deadline-countdown>`,
};

export const ClosingSoon = {
  render: () => html`<qw-deadline-countdown feed=${FEED} call=${CALL} now="2015-10-15T12:00"></qw-deadline-countdown>`,
};

export const LastMinute = {
  render: () => html`<qw-deadline-countdown feed=${FEED} call=${CALL} now="2015-10-19T23:59:30"></qw-deadline-countdown>`,
};

export const Expired = {
  render: () => html`<qw-deadline-countdown feed=${FEED} call=${CALL} now="2015-10-20T09:00"></qw-deadline-countdown>`,
};

export const CompactEnglish = {
  render: () => html`<div style="max-width: 18rem">
    <qw-deadline-countdown lang="en" compact feed=${FEED} call=${CALL} now="2015-10-07T08:00"></qw-deadline-countdown>
  </div>`,
};

export const NothingOpen = {
  render: () => html`<qw-deadline-countdown feed=${FEED} now="2030-01-01"></qw-deadline-countdown>`,
};
