// Two calendars on one page (events and deadlines, or two months) are told apart by a screen reader's landmark list.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { settled } from '../../helpers.js';

describe('two calendars on one page', () => {
  for (const [what, second] of [
    ['the same month', '2017-03'],
    ['two months', '2017-04'],
  ] as const) {
    it(`showing ${what} pass axe, landmark-unique included`, async () => {
      const page = await fixture<HTMLElement>(html`<main>
        <qw-calendar feed="/demo/sample-feed.json" month="2017-03" now="2017-03-20"></qw-calendar>
        <qw-calendar feed="/demo/sample-feed.json" month=${second} now="2017-03-20"></qw-calendar>
      </main>`);
      for (const el of page.children) await settled(el);
      await expect(page).to.be.accessible();
    });
  }
});
