// The one-file browser bundle of an entry: esbuild inlines every dependency and strips
// the templates' indentation, terser minifies (about 3% smaller gzip than esbuild's own
// minifier on this code). Used by the build and by the size check, so both measure alike.
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/** Returns `{ code, map, legal }` for `entry`; `fileName` names the output and its neighbours. */
export async function browserBundle(entry, fileName) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: 'external',
    outfile: fileName,
    write: false,
    // The licence notices of Lit and zod go to a file beside the bundle, linked from it.
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [minifyTemplatesPlugin],
  });
  const output = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension)).text;
  const minified = await minify(output('.js'), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    // Keeps the comment that links the licence notices.
    format: { comments: /^!/ },
    sourceMap: { content: output('.js.map'), url: `${fileName.split('/').pop()}.map` },
  });
  return { code: minified.code, map: minified.map, legal: output('.LEGAL.txt') };
}
