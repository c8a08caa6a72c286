import { expect } from '@open-wc/testing';
import { canonicalLink, resolveLink } from '../../src/feed/links.js';
import { seededRandom as random } from '../seeded-random.js';

/** What the reader kept before the shortcut: `new URL` for every link. */
function parsed(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Pieces the URL parser treats specially: case, IPv4 numbers, punycode, ports, users, dot
// segments plain and escaped, characters it escapes or drops, backslashes, non-ASCII.
const SCHEMES = ['https', 'http', 'HTTPS', 'Http', 'ftp', 'javascript', 'webcal'];
const SEPARATORS = ['://', '://', '://', ':/', ':', ':///', '://user@', '://a:b@'];
const LABELS = ['www', 'example', 'de', 'a', 'z9', 'a-b', '-a', 'a-', '1', '0x7f', '255', '08', 'xn--bcher-kva', 'xn--a', 'Example', 'müller', 'a_b', ''];
const PORTS = ['', '', '', '', ':80', ':443', ':8080', ':'];
const PATH_PIECES = ['/', '/', 'termine', 'a', '.', '..', '%2e', '%2E', '%41', '%c3%bc', '%', '?', '#', '=', '&', "'", ' ', '\\', '\t', 'ü', '~', '@', ':', ';', '+', '$', '!', '*', '(', ')', ',', '"', '<', '>', '`', '{', '}', '|', '^', '[', ']', '_', '-'];

/** Mostly links as feeds write them, each with a few of the special pieces mixed in. */
function generatedLink(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const usually = <T>(common: T, list: readonly T[]) => (next() < 0.85 ? common : pick(list));
  const labels = Array.from({ length: 1 + Math.floor(next() * 3) }, () => usually(pick(['www', 'example', 'de', 'stadt-dortmund']), LABELS));
  const path = Array.from({ length: Math.floor(next() * 8) }, () => usually(pick(['/', 'termine', '12', '-', '_', '.', '?', '=', '#']), PATH_PIECES)).join('');
  return `${usually('https', SCHEMES)}${usually('://', SEPARATORS)}${labels.join('.')}${usually('', PORTS)}${next() < 0.8 ? '/' : ''}${path}`;
}

describe('links from a feed', () => {
  it('keeps the common link as it is, and writes a bare host with its slash', () => {
    expect(canonicalLink('https://www.example.org/termine/12?tag=wohnen#anmeldung')).to.equal('https://www.example.org/termine/12?tag=wohnen#anmeldung');
    expect(canonicalLink('https://www.difu.de')).to.equal('https://www.difu.de/');
    expect(resolveLink('  https://www.difu.de/a%20b ', undefined)).to.equal('https://www.difu.de/a%20b');
  });

  it('leaves what the parser changes to the parser', () => {
    for (const link of ['HTTPS://Example.org/', 'https://example.org:443/', 'https://1.2.3/', 'https://example.org/a/../b', 'https://example.org/%2e/b', 'https://bücher.de/', 'https://xn--a/', 'https://example.org?x', "https://example.org/?a='b'"]) {
      expect(canonicalLink(link), link).to.equal(undefined);
    }
    expect(resolveLink('HTTPS://Example.org:443/a/../b', undefined)).to.equal('https://example.org/b');
    expect(resolveLink('termine/12', 'https://www.example.org/feed.json')).to.equal('https://www.example.org/termine/12');
    expect(resolveLink('javascript:alert(1)', 'https://www.example.org/feed.json')).to.equal(undefined);
  });

  it('gives what new URL gives for 30,000 generated links, absolute and relative', () => {
    const next = random(2017);
    const differ: string[] = [];
    let shortcuts = 0;
    for (let i = 0; i < 30_000; i++) {
      const link = generatedLink(next);
      const value = next() < 0.1 ? link.replace(/^[a-zA-Z]+:\/*/, '') : link; // some relative, resolved against the feed
      if (canonicalLink(value.trim()) !== undefined) shortcuts++;
      const base = 'https://www.example.org/daten/feed.json';
      if (resolveLink(value, base) !== parsed(value, base)) differ.push(JSON.stringify(value));
    }
    expect(differ.slice(0, 20)).to.deep.equal([]);
    // The shortcut must be taken often enough for this comparison to mean something.
    expect(shortcuts).to.be.greaterThan(3000);
  });
});
