/**
 * Reads a feed document item by item. Validation is never all-or-nothing: an item
 * whose required field is missing or invalid is skipped, an invalid optional field
 * is dropped, unknown fields are ignored, and every such decision is reported.
 */
import { checkCall, checkEvent, checkProgramme, type ItemCheck } from './item-checks.js';
import { DEFAULT_TIME_ZONE, FEED_VERSION, isLanguageTag } from './feed-values.js';
import { callShape, eventShape, FATAL, feedShape, programmeShape, type ObjectShape, type OptionalShape, type Shape } from './feed-shape.js';
import type { Feed, FeedCall, FeedEvent, FeedProgramme } from './schema.js';
import { resolveLink } from './links.js';
import type { FeedIssue, FeedList, FeedReadResult } from './feed-issue.js';

export type { FeedDocumentErrorKind, FeedIssue, FeedList, FeedReadResult } from './feed-issue.js';

/**
 * A value the feed shape refused: `fatal` when the item is skipped even where the field is
 * optional (an impossible date); `explain` when the schema has yet to say why (`explainIssues`).
 */
interface Failure {
  readonly path: string;
  readonly message: string;
  readonly fatal?: boolean;
  readonly explain?: { readonly value: unknown };
}

/**
 * What `walk` returns for a refused value; a valid one it returns as it is. A class of its own,
 * so no feed value passes for one, and no wrapper object is made for each of the tens of
 * thousands of valid fields of 5,000 events (less garbage to collect before the first paint).
 */
class Refused implements Failure {
  constructor(
    readonly path: string,
    readonly message: string,
    readonly fatal?: boolean,
    readonly explain?: { readonly value: unknown },
  ) {}
}

interface ItemContext {
  readonly baseUrl: string | undefined;
  readonly list?: FeedList;
  readonly index?: number;
  readonly id?: string;
  readonly issues: FeedIssue[];
}

/** Issues whose message the schema writes later, with what it needs for that. */
const unexplained = new WeakMap<FeedIssue, { readonly prefix: string; readonly path: string; readonly value: unknown }>();
/** Values refused so far: the widgets' reader starts loading the schema at the first, while it reads on. */
let refusedValues = 0;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds an issue for `failure`; its message is `prefix` and what is wrong. */
function issueFor(issues: FeedIssue[], issue: Omit<FeedIssue, 'message'>, failure: Failure, prefix = '') {
  const added: FeedIssue = { ...issue, message: prefix + failure.message };
  if (failure.explain) {
    unexplained.set(added, { prefix, path: failure.path, value: failure.explain.value });
    refusedValues++;
  }
  issues.push(added);
}

function report(ctx: ItemContext, action: FeedIssue['action'], failure: Failure) {
  issueFor(ctx.issues, { action, path: failure.path, list: ctx.list, index: ctx.index, id: ctx.id }, failure);
}

const isOptional = (field: Shape | OptionalShape): field is OptionalShape => 'optional' in field;

function walk(shape: Shape, value: unknown, path: string, ctx: ItemContext): unknown {
  if ('fields' in shape) {
    if (!isPlainObject(value)) return new Refused(path, 'must be an object with named fields');
    const out: Record<string, unknown> = {};
    for (const key in shape.fields) {
      const field = shape.fields[key]!;
      const optional = isOptional(field);
      const raw = value[key];
      // `null` is how many tools write "no value": treat it as absent, not as an error.
      if (raw === undefined || raw === null) {
        if (!optional) return new Refused(`${path}.${key}`, 'is missing');
        continue;
      }
      const inner = optional ? field.optional : field;
      // A field's path is written out for its nested fields or when it fails: a feed of 5,000 items has tens of thousands.
      const leaf = !('fields' in inner || 'list' in inner);
      let result = walk(inner, raw, leaf ? path : `${path}.${key}`, ctx);
      if (leaf && result instanceof Refused) result = new Refused(`${path}.${key}`, result.message, result.fatal, result.explain);
      if (!(result instanceof Refused)) out[key] = result;
      else if (optional && !result.fatal) report(ctx, 'field-dropped', result);
      else return result;
    }
    if (shape.range && typeof out.min === 'number' && typeof out.max === 'number' && out.min > out.max) {
      return new Refused(path, `min ${out.min} is more than max ${out.max}`);
    }
    return out;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) return new Refused(path, 'must be a list, e.g. ["…", "…"]');
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = walk(shape.list, value[i], `${path}[${i}]`, ctx);
      if (!(result instanceof Refused)) out.push(result);
      // An impossible date in a list (a stage's or round's deadline) is as wrong as one in a field.
      else if (result.fatal) return result;
      else report(ctx, 'field-dropped', result);
    }
    return out;
  }
  if ('link' in shape) {
    const written = typeof value === 'string' ? value.trim() : '';
    if (!written) return new Refused(path, '', false, { value });
    const link = resolveLink(written, ctx.baseUrl);
    if (link === undefined) return new Refused(path, `'${written.slice(0, 60)}' is not an http: or https: link`);
    if (shape.link === 'https' && !link.startsWith('https:')) return new Refused(path, `'${written.slice(0, 60)}' is not an https: link`);
    return link;
  }
  const verdict = shape(value);
  if (verdict) return new Refused(path, '', verdict === FATAL, { value });
  return typeof value === 'string' ? value.trim() : value;
}

function* readList<T extends { id: string }>(
  list: FeedList,
  shape: ObjectShape,
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
    const result = walk(shape, entry, path, ctx);
    if (result instanceof Refused) {
      const field = result.path === path ? undefined : result.path;
      issueFor(issues, { action: 'item-skipped', path, list, index, id, ...(field && { field }) }, result, `${result.path}: `);
      continue;
    }
    const item = result as T;
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

/**
 * Reads a parsed JSON value as a feed, `baseUrl` being the feed's own URL for relative
 * links. The messages of values the feed's shape refused are still to be written
 * (`explainIssues`, or `readFeed` in src/feed/read-feed.ts, which does both at once).
 */
export function readFeedUnexplained(json: unknown, baseUrl?: string): FeedReadResult {
  const steps = feedSteps(json, baseUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Writes the messages of `issues` that wait for one, with `explain`: what the schema says of the value at a path. */
export function explainIssuesWith(issues: readonly FeedIssue[], explain?: (path: string, value: unknown) => string) {
  for (const issue of issues) {
    const waiting = unexplained.get(issue);
    if (!waiting) continue;
    (issue as { message: string }).message = waiting.prefix + (explain?.(waiting.path, waiting.value) ?? 'is not valid');
    unexplained.delete(issue);
  }
}

type Explain = (path: string, value: unknown) => string;
let explainModule: Promise<Explain | undefined> | undefined;
const loadExplain = () =>
  (explainModule ??= import('./explain.js').then(
    (module) => module.explainValue,
    () => (explainModule = undefined), // offline: the next feed with a wrong value asks again
  ));
/** How long a feed waits for the schema's words before its messages say only "is not valid". */
const EXPLAIN_WAIT_MS = 3_000;

/**
 * Writes the messages of `issues` that wait for one. The schema that writes them is a chunk,
 * loaded only for a feed with a wrong value.
 */
export async function explainIssues(issues: readonly FeedIssue[]): Promise<void> {
  if (!issues.some((issue) => unexplained.has(issue))) return;
  const explain = await Promise.race([loadExplain(), new Promise<undefined>((resolve) => setTimeout(resolve, EXPLAIN_WAIT_MS))]);
  explainIssuesWith(issues, explain);
}

/** Resolves in a task of its own, so what follows does not lengthen the current one. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a feed for the page, messages included: the work is cut into tasks of about
 * `sliceMs`, so a feed of 50,000 items never blocks the page for long.
 */
export async function readFeedInSlices(json: unknown, baseUrl?: string, sliceMs = 25): Promise<FeedReadResult> {
  const steps = feedSteps(json, baseUrl);
  let sliceStart = performance.now();
  let paused = false;
  const refusedBefore = refusedValues;
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (refusedValues !== refusedBefore) void loadExplain();
    if (step.done) {
      // A long read ends in a task of its own, so what the widgets do next starts a fresh one.
      if (paused) await nextTask();
      if (step.value.ok) await explainIssues(step.value.issues);
      return step.value;
    }
    // Reading the clock costs too; look at it every 64 items.
    if ((count & 63) === 0 && performance.now() - sliceStart > sliceMs) {
      await nextTask();
      paused = true;
      sliceStart = performance.now();
    }
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
  const warn = (path: string, message: string) => report(ctx, 'warning', { path, message });
  const field = (key: string): unknown => {
    const shape = feedShape.fields[key]!;
    const raw = json[key];
    if (raw === undefined || raw === null) return undefined;
    const result = walk(isOptional(shape) ? shape.optional : shape, raw, key, ctx);
    if (!(result instanceof Refused)) return result;
    report(ctx, key === 'version' ? 'warning' : 'field-dropped', result);
    return undefined;
  };

  const version = field('version') as number | undefined;
  if (version === undefined) {
    warn('version', `the feed states no version; it is read as version ${FEED_VERSION}`);
  } else if (version > FEED_VERSION) {
    warn(
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
    events: yield* readList<FeedEvent>('events', eventShape, json.events, checkEvent, timeZone, baseUrl, issues),
    calls: yield* readList<FeedCall>('calls', callShape, json.calls, checkCall, timeZone, baseUrl, issues),
    programmes: yield* readList<FeedProgramme>('programmes', programmeShape, json.programmes, checkProgramme, timeZone, baseUrl, issues),
  };
  if (feed.language !== undefined && !isLanguageTag(feed.language)) {
    report(ctx, 'field-dropped', { path: 'language', message: `'${feed.language}' is not a language tag; write e.g. de or en` });
    delete feed.language;
  }
  for (const key of ['title', 'language', 'updated', 'alternates'] as const) if (feed[key] === undefined) delete feed[key];
  return { ok: true, feed, issues };
}
