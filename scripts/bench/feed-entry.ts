// The feed reader as the widgets ship it, for the feed benchmark page.
export { readFeedText } from '../../src/feed/parse.js';
