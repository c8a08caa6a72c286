// npm run build:
//   dist/quartier-widgets.js   the one script tag: every element, every dependency inlined
//   dist/npm/*.js              ES modules for npm users (lit and zod stay imports)
//   dist/types/**/*.d.ts       type declarations
//   dist/feed.schema.json      the feed's JSON Schema, for feed authors and their editors
//   dist/quartier-widgets-wordpress.zip   the WordPress plugin, with the script inside
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { browserBundle } from './browser-bundle.mjs';
import { buildPluginZip } from './wordpress-plugin.mjs';
import ts from 'typescript';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;

rmSync(path('dist'), { recursive: true, force: true });
mkdirSync(path('dist'), { recursive: true });

/** Per-element entries (each registers its tag) and the side-effect-free index. */
export const NPM_ENTRIES = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'components/event-card/event-card': 'src/components/event-card/event-card.ts',
  'components/deadline-countdown/deadline-countdown': 'src/components/deadline-countdown/deadline-countdown.ts',
  'components/programme-summary/programme-summary': 'src/components/programme-summary/programme-summary.ts',
  'components/calendar/calendar': 'src/components/calendar/calendar.ts',
  'components/event-list/event-list': 'src/components/event-list/event-list.ts',
};

// 1. The script-tag bundle: every dependency inlined, minified (see browser-bundle.mjs);
//    what loads on demand (the .ics writer) goes to dist/chunks/ beside it.
for (const file of await browserBundle(path('src/script-tag.ts'), path('dist/quartier-widgets.js'))) {
  mkdirSync(path(`dist/${file.path}`).replace(/[^/]+$/, ''), { recursive: true });
  writeFileSync(path(`dist/${file.path}`), file.text);
}

// 2. Modules for npm: lit, @lit/*, zod and ical.js are the user's dependencies, not ours to inline.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: path('dist/npm'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: Object.fromEntries(Object.entries(NPM_ENTRIES).map(([name, file]) => [name, path(file)])), formats: ['es'] },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^ical\.js($|\/)/],
      // One output module per source module, at the same path: predictable `sideEffects` and deep imports.
      output: { preserveModules: true, preserveModulesRoot: path('src'), entryFileNames: '[name].js' },
    },
  },
});

// 3. Type declarations, from the project's own compiler options.
const configFile = ts.readConfigFile(path('tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, path('.'));
const program = ts.createProgram(
  Object.values(NPM_ENTRIES).map(path),
  { ...options, noEmit: false, declaration: true, emitDeclarationOnly: true, sourceMap: false, rootDir: path('src'), outDir: path('dist/types') },
);
const emitted = program.emit();
const diagnostics = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics);
if (diagnostics.length > 0) {
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => path('.'), getNewLine: () => '\n' }));
  process.exit(1);
}

// 4. The JSON Schema, generated from the zod schema that the widgets validate with.
const schemaModule = path('dist/.feed-schema.mjs');
await esbuild({ entryPoints: [path('src/feed/json-schema.ts')], bundle: true, format: 'esm', platform: 'node', outfile: schemaModule, logLevel: 'warning' });
const { feedJsonSchema } = await import(pathToFileURL(schemaModule).href);
writeFileSync(path('dist/feed.schema.json'), `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
rmSync(schemaModule);

// 5. The publisher's command line (`npx quartier-widgets validate …`), for Node ≥ 20; minified
//    (its messages are strings, unchanged), so the npm package stays under 1 MB packed.
await esbuild({
  entryPoints: [path('src/cli/main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: path('dist/cli.mjs'),
  logLevel: 'warning',
});

// 6. The WordPress plugin: its PHP and editor script, with the script bundle of step 1 inside.
buildPluginZip();

console.log('Built dist/quartier-widgets.js, dist/npm/, dist/types/, dist/feed.schema.json, dist/cli.mjs, dist/quartier-widgets-wordpress.zip');
