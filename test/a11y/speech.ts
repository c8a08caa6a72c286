// What a screen reader says, as a test artefact: the spoken phrases of a path through a widget,
// compared with a transcript committed in test/a11y/transcripts/, so a change in what is
// spoken shows in review. Re-record with: npm run test:transcripts -- --update-transcripts
import { Virtual, virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Reads a container from start to end, as a user moving the reading cursor with "next" hears it.
 * (The reader sees one shadow root at a time: start it on an element inside the widget.)
 */
export async function readThrough(container: Element): Promise<string[]> {
  await virtual.start({ container });
  try {
    const first = await virtual.lastSpokenPhrase();
    for (let i = 0; i < 1000; i++) {
      await virtual.next();
      // At the end the cursor wraps to the start.
      if ((await virtual.lastSpokenPhrase()) === first) return (await virtual.spokenPhraseLog()).slice(0, -1);
    }
    throw new Error('the reader did not come to the end within 1000 steps');
  } finally {
    await virtual.stop();
  }
}

/**
 * A path through a widget by keyboard: what is said after each step, under the step's label.
 * It listens in several containers at once (the widget and its dialog, which is outside it).
 */
export class SpokenPath {
  readonly lines: string[] = [];
  #readers: Virtual[] = [];

  /** Listens inside containers: phrases said on focus and by live regions there. */
  async listenIn(...containers: Element[]) {
    await this.stop();
    for (const container of containers) {
      const reader = new Virtual();
      await reader.start({ container });
      await reader.clearSpokenPhraseLog();
      this.#readers.push(reader);
    }
  }

  /**
   * Starts listening in a dialog that has just opened (the reader finds nothing to listen to in
   * a closed one): it says the dialog's name, as a screen reader does on entering it, and the
   * control that has the focus, which is focused again so the reader hears it.
   */
  async joinDialog(dialog: HTMLDialogElement) {
    const reader = new Virtual();
    await reader.start({ container: dialog });
    this.#readers.push(reader);
    const focused = (dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    if (focused && dialog.contains(focused)) {
      focused.blur();
      focused.focus();
    }
  }

  /** Runs a step (keys pressed, and waiting for what shows it is done), and keeps what was said meanwhile. */
  async step(label: string, action: () => Promise<unknown>): Promise<string[]> {
    for (const reader of this.#readers) await reader.clearSpokenPhraseLog();
    await action();
    const said: string[] = [];
    for (const reader of this.#readers) said.push(...(await reader.spokenPhraseLog()));
    this.lines.push(`> ${label}`, ...said);
    return said;
  }

  /** Adds phrases read some other way (a part read through with `readThrough`). */
  add(label: string, phrases: readonly string[]) {
    this.lines.push(`> ${label}`, ...phrases);
  }

  async stop() {
    for (const reader of this.#readers) await reader.stop();
    this.#readers = [];
  }
}

/**
 * Compares spoken phrases with the committed transcript `name` (one phrase a line), or writes
 * the transcript when the run has `--update-transcripts`.
 */
export async function expectTranscript(name: string, spoken: readonly string[]) {
  const text = `${spoken.join('\n')}\n`;
  if ((await executeServerCommand('a11y-transcript-mode')) === true) {
    await executeServerCommand('a11y-write-transcript', { name, text });
    return;
  }
  const response = await fetch(`/test/a11y/transcripts/${name}.txt`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`No transcript ${name}.txt; record it: npm run test:transcripts -- --update-transcripts`);
  const recorded = (await response.text()).replace(/\n$/, '').split('\n');
  expect(spoken, `what is spoken differs from test/a11y/transcripts/${name}.txt`).to.deep.equal(recorded);
}
