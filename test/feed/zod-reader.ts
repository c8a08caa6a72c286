/**
 * The feed reader as it was before the widgets checked feeds with plain functions: it walks
 * the zod schema itself and asks zod about every value. Kept here, unchanged but for its
 * imports, as the oracle that test/feed/zod-reader.test.ts holds today's reader to.
 */
import { checkCall, checkEvent, checkProgramme, type ItemCheck } from '../../src/feed/item-checks.js';
import {
  callSchema,
  dateSchemas,
  DEFAULT_TIME_ZONE,
  eventSchema,
  FEED_VERSION,
  feedSchema,
  isLanguageTag,
  programmeSchema,
  rangeSchemas,
  secureUrlSchemas,
  urlSchemas,
  vitalSchemas,
  type Feed,
  type FeedCall,
  type FeedEvent,
  type FeedProgramme,
} from '../../src/feed/schema.js';
import { schemaDef as def, type AnySchema } from '../../src/feed/zod-adapter.js';
import { resolveLink } from '../../src/feed/links.js';

import type { FeedIssue, FeedList, FeedReadResult } from '../../src/feed/parse.js';

/** `fatal`: the item is skipped even when the field is optional (an impossible date). */
type WalkResult = { ok: true; value: unknown } | { ok: false; path: string; message: string; fatal?: boolean };

interface ItemContext {
  readonly baseUrl: string | undefined;
  readonly list?: FeedList;
  readonly index?: number;
  readonly id?: string;
  readonly issues: FeedIssue[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function report(ctx: ItemContext, action: FeedIssue['action'], path: string, message: string) {
  ctx.issues.push({ action, path, list: ctx.list, index: ctx.index, id: ctx.id, message });
}

function walk(schema: AnySchema, value: unknown, path: string, ctx: ItemContext): WalkResult {
  const { type, shape, element } = def(schema);
  if (type === 'object' && shape) {
    if (!isPlainObject(value)) return { ok: false, path, message: 'must be an object with named fields' };
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const fieldDef = def(field);
      const optional = fieldDef.type === 'optional';
      const raw = value[key];
      const fieldPath = `${path}.${key}`;
      // `null` is how many tools write "no value": treat it as absent, not as an error.
      if (raw === undefined || raw === null) {
        if (!optional) return { ok: false, path: fieldPath, message: 'is missing' };
        continue;
      }
      const result = walk(optional ? fieldDef.innerType! : field, raw, fieldPath, ctx);
      if (result.ok) out[key] = result.value;
      else if (optional && !result.fatal) report(ctx, 'field-dropped', result.path, result.message);
      else return result;
    }
    if (rangeSchemas.has(schema) && typeof out.min === 'number' && typeof out.max === 'number' && out.min > out.max) {
      return { ok: false, path, message: `min ${out.min} is more than max ${out.max}` };
    }
    return { ok: true, value: out };
  }
  if (type === 'array' && element) {
    if (!Array.isArray(value)) return { ok: false, path, message: 'must be a list, e.g. ["…", "…"]' };
    const out: unknown[] = [];
    for (const [i, entry] of value.entries()) {
      const result = walk(element, entry, `${path}[${i}]`, ctx);
      if (result.ok) out.push(result.value);
      // An impossible date in a list (a stage's or round's deadline) is as wrong as one in a field.
      else if (result.fatal) return result;
      else report(ctx, 'field-dropped', result.path, result.message);
    }
    return { ok: true, value: out };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A date in the right form that does not exist (2017-02-30) means the item's data is wrong, not just one field.
    const fatal = vitalSchemas.has(schema) || (dateSchemas.has(schema) && issue?.code === 'custom');
    return { ok: false, path, message: issue?.message ?? 'is not valid', fatal };
  }
  let data = parsed.data;
  if (typeof data === 'string') {
    data = data.trim();
    if (urlSchemas.has(schema)) {
      const link = resolveLink(data as string, ctx.baseUrl);
      if (link === undefined) {
        return { ok: false, path, message: `'${String(data).slice(0, 60)}' is not an http: or https: link` };
      }
      if (secureUrlSchemas.has(schema) && !link.startsWith('https:')) {
        return { ok: false, path, message: `'${String(data).slice(0, 60)}' is not an https: link` };
      }
      data = link;
    }
  }
  return { ok: true, value: data };
}

function* readList<T extends { id: string }>(
  list: FeedList,
  schema: AnySchema,
  raw: unknown,
  check: ItemCheck<T>,
  timeZone: string,
  baseUrl: string | undefined,
  issues: FeedIssue[],
): Generator<void, T[]> {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push({ action: 'item-skipped', path: list, list, message: `must be a list of ${list}; none of them can be shown` });
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of raw.entries()) {
    // One step per item, so a caller can pause between items (readFeedInSlices).
    yield;
    const id = isPlainObject(entry) && typeof entry.id === 'string' ? entry.id.trim() : undefined;
    const path = `${list}[${index}]`;
    const ctx: ItemContext = { baseUrl, list, index, id, issues: [] };
    const skip = (message: string, field?: string) =>
      issues.push({ action: 'item-skipped', path, list, index, id, message, ...(field && { field }) });
    const result = walk(schema, entry, path, ctx);
    if (!result.ok) {
      skip(`${result.path}: ${result.message}`, result.path === path ? undefined : result.path);
      continue;
    }
    const item = result.value as T;
    const problem = check(item, timeZone);
    if (problem) {
      if (typeof problem === 'string') skip(problem);
      else skip(`${path}.${problem.field}: ${problem.message}`, `${path}.${problem.field}`);
      continue;
    }
    if (seen.has(item.id)) {
      skip(`duplicate id '${item.id}'; the first item with this id is kept`);
      continue;
    }
    seen.add(item.id);
    issues.push(...ctx.issues);
    items.push(item);
  }
  return items;
}

/** Reads a parsed JSON value as a feed. `baseUrl` is the feed's own URL, for relative links. */
export function readFeed(json: unknown, baseUrl?: string): FeedReadResult {
  const steps = feedSteps(json, baseUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* feedSteps(json: unknown, baseUrl?: string): Generator<void, FeedReadResult> {
  if (!isPlainObject(json)) {
    return {
      ok: false,
      kind: 'not-a-feed',
      message: `the document is ${Array.isArray(json) ? 'a JSON list' : `JSON ${json === null ? 'null' : typeof json}`}, not a feed object`,
    };
  }
  const hasList = ['events', 'calls', 'programmes'].some((key) => key in json);
  if (json.version === undefined && !hasList) {
    return { ok: false, kind: 'not-a-feed', message: 'the JSON has no version, events, calls or programmes: it is not a feed' };
  }
  const issues: FeedIssue[] = [];
  const ctx: ItemContext = { baseUrl, issues };
  const { shape } = def(feedSchema);
  const field = (key: string): unknown => {
    const schema = shape![key]!;
    const fieldDef = def(schema);
    const inner = fieldDef.type === 'optional' || fieldDef.type === 'default' ? fieldDef.innerType! : schema;
    const raw = json[key];
    if (raw === undefined || raw === null) return undefined;
    const result = walk(inner, raw, key, ctx);
    if (result.ok) return result.value;
    report(ctx, key === 'version' ? 'warning' : 'field-dropped', result.path, result.message);
    return undefined;
  };

  const version = field('version') as number | undefined;
  if (version === undefined) {
    report(ctx, 'warning', 'version', `the feed states no version; it is read as version ${FEED_VERSION}`);
  } else if (version > FEED_VERSION) {
    report(
      ctx,
      'warning',
      'version',
      `the feed is version ${version}, newer than this library reads (${FEED_VERSION}); what it understands is shown`,
    );
  }
  const timeZone = (field('timeZone') as string | undefined) ?? DEFAULT_TIME_ZONE;
  const feed: Feed = {
    version: version ?? FEED_VERSION,
    title: field('title') as string | undefined,
    language: field('language') as string | undefined,
    timeZone,
    updated: field('updated') as string | undefined,
    alternates: field('alternates') as Feed['alternates'],
    events: yield* readList<FeedEvent>('events', eventSchema, json.events, checkEvent, timeZone, baseUrl, issues),
    calls: yield* readList<FeedCall>('calls', callSchema, json.calls, checkCall, timeZone, baseUrl, issues),
    programmes: yield* readList<FeedProgramme>('programmes', programmeSchema, json.programmes, checkProgramme, timeZone, baseUrl, issues),
  };
  if (feed.language !== undefined && !isLanguageTag(feed.language)) {
    report(ctx, 'field-dropped', 'language', `'${feed.language}' is not a language tag; write e.g. de or en`);
    delete feed.language;
  }
  for (const key of ['title', 'language', 'updated', 'alternates'] as const) if (feed[key] === undefined) delete feed[key];
  return { ok: true, feed, issues };
}
