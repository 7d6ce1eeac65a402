// A small static file server for the benchmark, screenshot and Lighthouse scripts: serves a built
// folder on 127.0.0.1, gzipped, optionally holding back feed.json to play a slow network.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts a server for `folder`; returns `{ origin, close, setFeedDelay }`. */
export async function serve(folder) {
  const root = resolve(folder);
  let feedDelay = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    // Compressed like any static host does it.
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const send = () => {
      const body = readFileSync(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(gzip ? gzipSync(body) : body);
    };
    if (file.endsWith('feed.json') && feedDelay) setTimeout(send, feedDelay);
    else send();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => server.close(),
    setFeedDelay: (ms) => (feedDelay = ms),
  };
}

/** The Chromium flags that work on a locked-down machine, as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
