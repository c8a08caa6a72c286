// Stories in Component Story Format; each renders the real element on the demo's sample feed.
import { html } from 'lit';
import '../src/components/calendar/calendar.js';

const FEED = '/demo/sample-feed.json';

export default {
  title: 'Widgets/Calendar',
  component: 'qw-calendar',
};

export const Month = {
  render: () => html`<qw-calendar feed=${FEED} month="2015-10" now="2015-10-19T12:00"></qw-calendar>`,
};

export const WithTagChips = {
  render: () => html`<qw-calendar feed=${FEED} month="2015-10" show-filter></qw-calendar>`,
};

export const EnglishSundayFirst = {
  render: () => html`<qw-calendar lang="en-US" feed=${FEED} month="2015-10"></qw-calendar>`,
};

export const WithoutWeekNumbers = {
  render: () => html`<qw-calendar feed=${FEED} month="2015-10" hide-week-numbers></qw-calendar>`,
};

export const ColouredByTag = {
  render: () => html`
    <style>
      .coloured::part(tag-beteiligung) { --qw-calendar-event-color: #2e6b30; }
      .coloured::part(tag-innenstadt) { --qw-calendar-event-color: #7a2e8c; }
    </style>
    <qw-calendar class="coloured" feed=${FEED} month="2015-10"></qw-calendar>
  `,
};

export const NarrowContainer = {
  render: () => html`<div style="width: 20rem"><qw-calendar feed=${FEED} month="2015-10"></qw-calendar></div>`,
};

export const EmptyMonth = {
  render: () => html`<qw-calendar feed=${FEED} month="2016-01"></qw-calendar>`,
};

export const FeedMissing = {
  render: () => html`<qw-calendar feed="/demo/fehlt.json"></qw-calendar>`,
};
