// The command line's entry in Node: gives cli.ts the file system, the network and the terminal.
// Built into dist/cli.js by scripts/build-cli.mjs.
import { readFile } from 'node:fs/promises';
import { runCli } from './cli.ts';

const MAX_BYTES = 5 * 1024 * 1024;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchText(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error('the feed is larger than 5 MB, which the elements refuse');
  return text;
}

async function readLocal(path) {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e?.code === 'ENOENT') throw new Error('there is no such file');
    if (e?.code === 'EISDIR') throw new Error('this is a folder, not a file');
    throw e;
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: readLocal,
  readStdin,
  fetchText,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});
