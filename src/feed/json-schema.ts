import * as z from 'zod/mini';
import { feedSchema } from './schema.js';

/**
 * The JSON Schema for feed authors, generated from the zod schema at build time
 * (editors validate a feed against it as they type). Kept out of the widgets' bundle.
 */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://unpkg.com/quartier-widgets/dist/feed.schema.json',
    title: 'quartier-widgets feed, version 1',
  };
}
