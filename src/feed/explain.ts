/**
 * What is wrong with a value the feed's shape refused, in the zod schema's words
 * ("'20.03.2017' is not a date; write 2017-03-20"). The widgets load this module, and the
 * schema with it, only for a feed with a wrong value (see `explainIssues` in `parse.ts`).
 */
import { feedSchema } from './schema.js';
import { schemaDef, type AnySchema } from './zod-adapter.js';

const unwrap = (schema: AnySchema): AnySchema => {
  const { type, innerType } = schemaDef(schema);
  return (type === 'optional' || type === 'default') && innerType ? unwrap(innerType) : schema;
};

/** The schema's message for `value` at `path` (e.g. `events[3].location.url`). */
export function explainValue(path: string, value: unknown): string {
  let schema: AnySchema | undefined = feedSchema;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    const { shape, element } = schemaDef(unwrap(schema));
    schema = /^\d+$/.test(key) ? element : shape?.[key];
    if (!schema) return 'is not valid';
  }
  const result = unwrap(schema).safeParse(value);
  return result.success ? 'is not valid' : (result.error.issues[0]?.message ?? 'is not valid');
}
