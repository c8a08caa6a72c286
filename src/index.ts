/** Classes, types and plain functions; importing this module registers nothing. */
export * from './exports.js';
// The reader in one call with zod's messages; the script-tag bundle leaves it out, since its
// widgets load the schema only for a feed with a wrong value.
export { readFeed, readFeedText } from './feed/read-feed.js';
