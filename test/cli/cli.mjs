// Runs the built command line as publishers run it (`node dist/cli.mjs …`), and serves
// fixtures over HTTP for the commands that read a URL.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const CLI = new URL('../../dist/cli.mjs', import.meta.url).pathname;

export const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

export function run(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Serves `files` ({ '/path': [fixture name, content type] }) on a free port while `use(base)` runs. */
export async function serving(files, use) {
  const server = createServer((request, response) => {
    const file = files[request.url];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[1] ?? 'text/plain' });
    response.end(file ? readFileSync(fixture(file[0])) : '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.close();
  }
}
