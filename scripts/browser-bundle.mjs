// The browser bundle of an entry: esbuild inlines every dependency and strips the
// templates' indentation, terser minifies (about 3% smaller gzip than esbuild's own
// minifier on this code). Used by the build and by the size check, so both measure alike.
//
// Code the widgets load on demand (`import()`, e.g. the .ics writer) becomes its own
// file in `chunks/`, with everything it needs inlined but lit-html: the bundle never imports
// a chunk up front, so its size is what a page pays. A chunk that renders templates takes
// lit-html from the bundle (src/internal/share-lit.ts registers it under a global symbol),
// since a second copy would cost 6 KB; it may use `html`, `svg`, `nothing`, `noChange` and
// the directives built on them alone (`ifDefined`, `classMap`, `map`; not `repeat`, which
// needs lit-html's internals), not LitElement or `css`: the build refuses what is missing.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/** Runs first in a bundle or chunk that contains zod: no `new Function`, as a strict CSP requires (see the module). */
const ZOD_JITLESS = new URL('../src/feed/zod-jitless.ts', import.meta.url).pathname;
const SHARE_LIT = new URL('../src/internal/share-lit.ts', import.meta.url).pathname;
const ZOD_LICENSE = new URL('../node_modules/zod/LICENSE', import.meta.url);
const LIT_HTML_EXPORTS = ['html', 'noChange', 'nothing', 'svg'];
/**
 * V8's compile hint (Chromium 136+; other engines ignore it), the first line of the bundle and
 * of each chunk of our own code: every function is compiled as the file loads (in the
 * background where the browser streams it) instead of on the main thread at its first call.
 * A widget runs most of its code on the render that loads it; lazily compiled, that cost the
 * calendar's first visit about 20 ms of its main thread (docs/performance.md). Not on a chunk
 * that carries ical.js or zod, of which a feed runs a small part.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const CARRIES_LIBRARY = /node_modules[\\/](ical\.js|zod)[\\/]/;

/** In a chunk, `lit` and lit-html's main module resolve to the bundle's registered copy. */
const sharedLitHtml = {
  name: 'shared-lit-html',
  setup(build) {
    build.onResolve({ filter: /^lit$|^lit-html$|lit-html\.js$/ }, async (args) => {
      if (args.pluginData === 'shared-lit-html') return undefined;
      if (args.path !== 'lit' && args.path !== 'lit-html') {
        const real = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'shared-lit-html',
        });
        if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(real.path)) return undefined;
      }
      return { path: 'lit-html', namespace: 'shared-lit-html' };
    });
    build.onLoad({ filter: /.*/, namespace: 'shared-lit-html' }, () => ({
      contents:
        `const m = globalThis[Symbol.for('quartier-widgets.lit-html')];\n` +
        `export const { ${LIT_HTML_EXPORTS.join(', ')} } = m;\n`,
      loader: 'js',
    }));
  },
};

async function bundleOne(entry, fileName, onDemand, first, isChunk = false) {
  // `first` are imported ahead of the entry, so they run before any of the entry's modules.
  const entryOptions = first
    ? {
        stdin: {
          contents: `${first.map((path) => `import ${JSON.stringify(path)};\n`).join('')}export * from ${JSON.stringify(resolve(entry))};\n`,
          resolveDir: dirname(resolve(entry)),
          sourcefile: `${basename(entry, '.ts')}.entry.ts`,
          loader: 'ts',
        },
      }
    : { entryPoints: [entry] };
  const result = await build({
    ...entryOptions,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: 'external',
    // A chunk's map points into src/ without a copy of it: the chunks' own copies of shared
    // sources would otherwise make most of the package (the script-tag map keeps them).
    sourcesContent: !isChunk,
    outfile: fileName,
    write: false,
    metafile: true,
    // The licence notices of Lit and zod go to a file beside the bundle, linked from it.
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [
      ...(isChunk ? [sharedLitHtml] : []),
      minifyTemplatesPlugin,
      {
        name: 'on-demand-chunks',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            const source = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
            const name = basename(source, '.ts');
            onDemand.set(name, source);
            // Chunks lie beside each other in chunks/, the bundle one folder above them.
            return { path: isChunk ? `./${name}.js` : `./chunks/${name}.js`, external: true };
          });
        },
      },
    ],
  });
  // zod's setting must run before any of its schemas is made: where zod is in, build again with it first.
  const usesZod = Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/zod/'));
  if (usesZod && !first?.includes(ZOD_JITLESS)) return bundleOne(entry, fileName, onDemand, [ZOD_JITLESS, ...(first ?? [])], isChunk);
  const output = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension))?.text;
  const compileAll = !isChunk || !Object.keys(result.metafile.inputs).some((input) => CARRIES_LIBRARY.test(input));
  const minified = await minify(output('.js'), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    // Keeps the comment that links the licence notices.
    format: { comments: /^!/, ...(compileAll && { preamble: COMPILE_HINT }) },
    sourceMap: { content: output('.js.map'), url: `${basename(fileName)}.map` },
  });
  const files = [
    { path: basename(fileName), text: minified.code },
    { path: `${basename(fileName)}.map`, text: minified.map },
  ];
  // zod's code carries no licence comment for esbuild to collect: its MIT notice is added by hand.
  const zodNotice = usesZod ? `zod:\n${readFileSync(ZOD_LICENSE, 'utf8')}` : '';
  const legal = [output('.LEGAL.txt'), zodNotice].filter(Boolean).join('\n');
  if (legal) files.push({ path: `${basename(fileName)}.LEGAL.txt`, text: legal });
  return files;
}

/**
 * Bundles `entry` as `fileName`. Returns the files to write, each `{ path, text }` with
 * `path` relative to the bundle's folder; the first is the bundle itself, chunks follow.
 */
export async function browserBundle(entry, fileName) {
  const onDemand = new Map();
  const files = await bundleOne(entry, fileName, onDemand, [SHARE_LIT]);
  // A chunk's own on-demand modules join the list (a Map's loop visits what is added during it).
  for (const [name, source] of onDemand) {
    const chunk = await bundleOne(source, join(dirname(fileName), 'chunks', `${name}.js`), onDemand, undefined, true);
    files.push(...chunk.map((file) => ({ ...file, path: `chunks/${file.path}` })));
  }
  return files;
}
