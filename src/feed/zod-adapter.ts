/**
 * The one place that reads zod's schema definitions. Finding the schema of a refused value
 * (`explain.ts`) and holding the reader's shape to the schema (`test/feed/feed-shape.test.ts`)
 * need to know what a schema is: an object and its fields, a list and its entries, or an
 * optional or default wrapper. zod exposes that only as `schema._zod.def`;
 * `test/feed/parse.test.ts` checks this adapter against the feed schema, so a zod upgrade
 * that changes it fails there.
 */
import type * as z from 'zod/mini';

export type AnySchema = z.ZodMiniType;

export interface SchemaDef {
  /** `object`, `array`, `optional`, `default`, or the type of a value (`string`, `number`, `enum` …). */
  readonly type: string;
  /** The fields of an `object`. */
  readonly shape?: Readonly<Record<string, AnySchema>>;
  /** The entries of an `array`. */
  readonly element?: AnySchema;
  /** What an `optional` or `default` wraps. */
  readonly innerType?: AnySchema;
}

export const schemaDef = (schema: AnySchema): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
