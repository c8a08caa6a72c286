import type { FeedLocation } from '../feed/schema.js';

/** The named entities that German CMS exports use; numeric ones are decoded in general. */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  euro: '€', ndash: '–', mdash: '—', hellip: '…', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  sbquo: '‚', laquo: '«', raquo: '»', copy: '©', reg: '®', middot: '·', bull: '•', sect: '§', deg: '°',
};

/** Converts HTML that some CMS exports put into DESCRIPTION to plain text; the feed holds text. */
export function htmlToText(value: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(value)) return value.trim();
  return value
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return HTML_ENTITIES[name] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * LOCATION is one line of text. A German address at its end (`…, Straße 1, 44135 Stadt`)
 * is split into the feed's fields; a web address alone means the event is online.
 */
export function readLocation(value: string): { location: FeedLocation; online: boolean } {
  const text = value.trim();
  if (/^https?:\/\/\S+$/i.test(text)) return { location: { url: text }, online: true };
  const address = /^(?:(.+?),\s*)?([^,]+?),\s*(\d{5})\s+([^,]+?)(?:,\s*(?:Deutschland|Germany))?$/.exec(text);
  if (address) {
    const [, name, street, postalCode, city] = address;
    return { location: { ...(name && { name }), address: street!, postalCode: postalCode!, city: city! }, online: false };
  }
  return { location: { name: text }, online: false };
}

/** A short stable id for an event without a UID, from what it shows. */
export function hashId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `ics-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
