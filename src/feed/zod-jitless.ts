/**
 * The script-tag bundle's setting of zod (scripts/browser-bundle.mjs runs this module
 * before everything else): object schemas would otherwise compile their parsers with
 * `new Function`, which a partner site's strict Content-Security-Policy forbids (and
 * reports). An application that imports the package from npm shares its zod and keeps
 * its own setting (see docs/feed.md).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
