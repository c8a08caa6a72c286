// Shared by the calendar pages: the plain-DOM floor, the end of a timed span (a painted
// frame) and the DOM node count.
import { DAY, SHOWN_MONTH, epochDay } from './events.mjs';

/**
 * Resolves once the frame holding the DOM changes so far has been produced: a task queued
 * from requestAnimationFrame runs after that frame's style, layout and paint.
 */
export const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Every node under `root`, shadow roots included. */
export function countNodes(root) {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    if (node.shadowRoot) count += countNodes(node.shadowRoot);
  }
  return count;
}

/** The floor: the same grid (week numbers, weekday headers, bars per day, three per day and "+N") by hand. */
export function renderPlain(container, events) {
  const first = epochDay(`${SHOWN_MONTH}-01`);
  const last = epochDay(new Date(Date.UTC(+SHOWN_MONTH.slice(0, 4), +SHOWN_MONTH.slice(5, 7), 0)).toISOString());
  const start = first - ((new Date(first * DAY).getUTCDay() + 6) % 7);
  const byDay = new Map();
  for (const event of events) {
    const from = Math.max(epochDay(event.start), first);
    const to = Math.min(event.end ? epochDay(event.end) : epochDay(event.start), last);
    for (let day = from; day <= to; day++) {
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(event);
    }
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.insertCell().textContent = 'KW';
  for (const name of ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']) head.insertCell().textContent = name;
  const body = table.createTBody();
  const yearStart = epochDay(`${SHOWN_MONTH.slice(0, 4)}-01-01`);
  for (let week = start; week <= last; week += 7) {
    const row = body.insertRow();
    // ISO week of the week's Thursday.
    const thursday = week + 3;
    row.insertCell().textContent = `KW ${Math.floor((thursday - yearStart) / 7) + 1}`;
    for (let day = week; day < week + 7; day++) {
      const cell = row.insertCell();
      cell.tabIndex = -1;
      const number = document.createElement('span');
      number.textContent = String(new Date(day * DAY).getUTCDate());
      cell.append(number);
      const list = day >= first && day <= last ? (byDay.get(day) ?? []) : [];
      const shown = list.length > 3 ? list.slice(0, 2) : list;
      for (const event of shown) {
        const bar = document.createElement('button');
        bar.className = 'bar';
        bar.textContent = event.title;
        cell.append(bar);
      }
      if (shown.length < list.length) {
        const more = document.createElement('button');
        more.textContent = `+${list.length - shown.length} weitere`;
        cell.append(more);
      }
    }
  }
  container.append(table);
  return () => table.remove();
}
