// Stories in Component Story Format; each renders the real element on the demo's sample feed.
import { html } from 'lit';
import '../src/components/programme-summary/programme-summary.js';

const FEED = '/demo/sample-feed.json';

export default {
  title: 'Widgets/Programme summary',
  component: 'qw-programme-summary',
};

export const Running = {
  render: () => html`<qw-programme-summary feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`,
};

export const WithUpcomingEvent = {
  render: () => html`<qw-programme-summary feed=${FEED} programme="investitionspakt-soziale-integration" now="2017-03-01"></qw-programme-summary>`,
};

export const CompactEnglish = {
  render: () => html`<div style="max-width: 18rem">
    <qw-programme-summary lang="en" compact feed=${FEED} programme="soziale-stadt" now="2021-01-01"></qw-programme-summary>
  </div>`,
};

export const NotFound = {
  render: () => html`<qw-programme-summary feed=${FEED} programme="gibt-es-nicht"></qw-programme-summary>`,
};
