// Group 3: 20 widgets of all four kinds on one feed, from the one script tag: resolves,
// once every widget shows its content, with the time since navigation and the counts.
import '/dist/quartier-widgets.js';
import { countNodes } from './plain-grid.mjs';

const FEED = '/demo/sample-feed.json';
const NOW = '2015-10-05T09:00';
const WIDGETS = [
  ...['kommunalkonferenz-2017', 'beispiel-werkstatt', 'beispiel-fachtag', 'beispiel-herbst', 'beispiel-abgesagt'].map(
    (id) => `<qw-event-card event="${id}"></qw-event-card>`,
  ),
  ...Array.from({ length: 5 }, () => '<qw-deadline-countdown call="difu-vielfalt-in-den-zentren"></qw-deadline-countdown>'),
  ...['soziale-stadt', 'investitionspakt-soziale-integration', 'jugend-staerken-im-quartier', 'exwost-integration-und-stadtteilpolitik', 'nsp-projektaufruf-migration-und-stadt'].map(
    (id) => `<qw-programme-summary programme="${id}"></qw-programme-summary>`,
  ),
  ...['2015-10', '2015-11', '2015-09', '2015-10', '2015-12'].map((month) => `<qw-calendar month="${month}"></qw-calendar>`),
];

const meta = document.createElement('meta');
meta.name = 'quartier-feed';
meta.content = FEED;
document.head.append(meta);
const grid = document.createElement('div');
grid.className = 'widgets';
grid.innerHTML = WIDGETS.map((widget) => widget.replace('>', ` now="${NOW}">`)).join('');
document.body.append(grid);

const shown = (el) => el.shadowRoot?.querySelector('[part~="base"], [part~="empty"], [part~="error"]');


/** Requests for the feed so far (the benchmark asks once the network is quiet). */
window.feedRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(FEED)).length;

window.widgetsRendered = new Promise((resolve) => {
  const check = () => {
    const widgets = [...grid.children];
    if (!widgets.every(shown)) return requestAnimationFrame(check);
    const renderedAt = performance.now();
    resolve({
      widgets: widgets.length,
      errors: widgets.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).length,
      msToAllRendered: renderedAt,
      domNodes: countNodes(document),
    });
  };
  check();
});
