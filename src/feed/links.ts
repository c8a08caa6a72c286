/**
 * Links from a feed, resolved against the feed's address. A feed carries a link for nearly
 * every item, and `new URL` costs microseconds each: thousands of them are a visible part of
 * a first visit. So a link already written as the URL parser would write it is kept as it
 * is; everything else goes through `new URL`. test/feed/links.test.ts holds the shortcut to
 * `new URL`'s result on generated links full of the parser's special cases.
 */

/**
 * Absolute http(s) links in the parser's own form: lower-case scheme and host of letters,
 * digits, dots and hyphens (the last label starting with a letter, so never an IPv4 number;
 * no punycode, no port, no user), then a path, query and fragment of characters the parser
 * keeps as they are.
 */
const CANONICAL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:\/[\w\-.~!$&()*+,;=:@/?#%]*)?$/;
/** A path segment `.` or `..` (also written `%2e`), which the parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/** The link as `new URL(link).href` writes it, when that can be known without parsing; else undefined. */
export function canonicalLink(link: string): string | undefined {
  if (!CANONICAL.test(link) || link.includes('xn--')) return undefined;
  const authorityEnd = link.indexOf('/', link.indexOf('//') + 2);
  if (authorityEnd < 0) return `${link}/`;
  const path = link.slice(authorityEnd).split(/[?#]/, 1)[0]!;
  return DOT_SEGMENT.test(path) ? undefined : link;
}

/** Resolves a link against the feed's URL; only http(s) links are kept. */
export function resolveLink(value: string, baseUrl: string | undefined): string | undefined {
  const trimmed = value.trim();
  const canonical = canonicalLink(trimmed);
  if (canonical !== undefined) return canonical;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
