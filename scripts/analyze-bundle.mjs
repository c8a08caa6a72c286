import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] ?? 'src/define.ts';
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' } });
const out = r.outputFiles[0].contents;
console.log('total', out.length, 'gzip', gzipSync(out, { level: 9 }).length);
const groups = {};
for (const [file, info] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
  const key = file.includes('node_modules') ? file.split('node_modules/')[1].split('/').slice(0, file.includes('/@') ? 2 : 1).join('/') + (file.includes('zod') ? '/' + file.split('/').slice(-2).join('/') : '') : file;
  groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
}
for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(7), k);
