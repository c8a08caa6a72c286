// An event's image holds its place before it loads (its width and height), so the card does
// not move the page when the picture arrives. The feed may only name https: images, which
// the test server cannot serve (and a failed image is drawn as its alt text): the test points
// the rendered <img> at a request the server holds open, as a slow image host would, then
// hands it a picture of the same size drawn in the page, and measures the shift of that load.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { part, settled } from '../helpers.js';

/** A PNG of the given size, as an object URL. */
async function picture(width: number, height: number): Promise<string> {
  const canvas = document.createElement('canvas');
  Object.assign(canvas, { width, height });
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return URL.createObjectURL(blob);
}

describe('layout shift of an event image', () => {
  it('an image with width and height moves nothing when it loads', async () => {
    const page = await fixture<HTMLElement>(html`<article style="max-width: 600px; font: 16px/1.5 sans-serif">
      <qw-event-card feed="/test/fixtures/event-facts.json" event="elterncafe" now="2017-03-01"></qw-event-card>
      <p id="after">Text der Seite unter der Karte.</p>
    </article>`);
    const card = page.querySelector('qw-event-card')!;
    await settled(card);
    const image = part(card, 'image') as HTMLImageElement;
    // Eager, so the picture loads even below the fold of the test page.
    image.loading = 'eager';
    image.src = `/api/hang?key=image-${Date.now()}`;
    // Two frames: the card with its image still loading is painted, so only the load is measured.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(image.complete).to.equal(false);
    const box = image.getBoundingClientRect();
    expect(box.height / box.width).to.be.closeTo(450 / 800, 0.01);
    const after = page.querySelector('#after')!;
    const before = after.getBoundingClientRect().top;
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    image.src = await picture(800, 450);
    await image.decode();
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    observer.disconnect();
    expect(image.naturalWidth).to.equal(800);
    expect(after.getBoundingClientRect().top).to.equal(before);
    expect(shift).to.equal(0);
  });
});
