// Test-runner commands for the accessibility tests, run in Node beside the browser:
// media features the stock `emulateMedia` cannot set (forced colours), re-recording
// the committed screen-reader transcripts, and (for the zone tests) the visitor's time zone.
import { mkdir, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const transcripts = fileURLToPath(new URL('./transcripts/', import.meta.url));

/** `--update-transcripts` on the command line: the transcript tests write what was spoken instead of comparing. */
export const updatingTranscripts = process.argv.includes('--update-transcripts');

export function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'a11y-media') {
        // DevTools' emulation: forced-colors: active repaints with system colours, as Windows high contrast does.
        // Every call sets the whole list, so features left out return to the browser's own.
        const page = session.browser.getPage(session.id);
        const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
        await page.emulateMediaFeatures(features);
        return true;
      }
      if (command === 'visitor-time-zone') {
        // The visitor's zone changed while the page is open (a laptop on a trip), as the operating system would change it.
        await session.browser.getPage(session.id).emulateTimezone(payload.timeZone);
        return true;
      }
      if (command === 'a11y-transcript-mode') return updatingTranscripts;
      if (command === 'a11y-write-transcript') {
        if (!updatingTranscripts) throw new Error('Transcripts are written only with --update-transcripts');
        const { name, text } = payload;
        if (!/^[\w-]+$/.test(name)) throw new Error(`Not a transcript name: ${name}`);
        await mkdir(transcripts, { recursive: true });
        await writeFile(`${transcripts}${name}.txt`, text);
        return true;
      }
      return undefined;
    },
  };
}
