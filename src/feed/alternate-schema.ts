import * as z from 'zod/mini';
import { ALTERNATE_TYPES } from './feed-values.js';
import { oneOf, shown, text, url } from './schema-parts.js';

/**
 * The feed's events elsewhere: a calendar to subscribe to, a news feed, a web page. With
 * `tags` or `programmeId` it holds only that part of the feed; without, all of it.
 */
export const alternateSchema = z.object({
  type: oneOf(ALTERNATE_TYPES),
  url: url(),
  title: z.optional(text()),
  tags: z.optional(z.array(text(), { error: (iss) => `${shown(iss.input)} must be a list of texts` })),
  programmeId: z.optional(text()),
});
