#!/usr/bin/env node
// Serves the built console (dist/) the way any web server would, with two additions a
// consortium's own web server makes in its configuration (docs/console.md):
//   - GET /config.json answers the node and indexer this console talks to, from the
//     environment (CONSOLE_NODE_URL, default ws://127.0.0.1:9944), unless dist/ holds one
//     and CONSOLE_NODE_URL is unset;
//   - POST /graphql is passed to the indexer (CONSOLE_INDEXER_URL, default
//     http://127.0.0.1:8088/graphql): the indexer sends no CORS headers, so the browser
//     reaches it on the console's own origin.
// /contracts/<name>.json missing from dist/ is read from $AMCHAIN_CONTRACTS (the bundles
// scripts/contracts.sh built after the console). Every other path that is not a file
// answers index.html (the views' URLs).
//
//   node serve.mjs [--port 3000] [--host 127.0.0.1] [--dir dist]
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = resolve(here, opt('dir', 'dist'));
const port = Number(opt('port', process.env.CONSOLE_PORT ?? '3000'));
const host = opt('host', '127.0.0.1');
const indexer = new URL(process.env.CONSOLE_INDEXER_URL ?? 'http://127.0.0.1:8088/graphql');
const config = {
  node: process.env.CONSOLE_NODE_URL ?? 'ws://127.0.0.1:9944',
  indexer: '/graphql',
  devAccounts: process.env.CONSOLE_DEV_ACCOUNTS === 'true' ? true : process.env.CONSOLE_DEV_ACCOUNTS === 'false' ? false : 'auto',
  // the lifetime of the access tokens signed for a members-only node (seconds; default an hour)
  ...(process.env.CONSOLE_ACCESS_TOKEN_TTL ? { accessTokenTtl: Number(process.env.CONSOLE_ACCESS_TOKEN_TTL) } : {}),
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`no built console in ${dir}: run scripts/console.sh build`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/graphql' && req.method === 'POST') {
    const upstream = http.request(
      { host: indexer.hostname, port: indexer.port || 80, path: indexer.pathname, method: 'POST', headers: { 'content-type': 'application/json' } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, { 'content-type': up.headers['content-type'] ?? 'application/json' });
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `the indexer at ${indexer} does not answer: ${e.message}` }] }));
    });
    req.pipe(upstream);
    return;
  }
  if (url.pathname === '/config.json' && (process.env.CONSOLE_NODE_URL || !existsSync(join(dir, 'config.json')))) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(config));
    return;
  }
  let file = normalize(join(dir, decodeURIComponent(url.pathname)));
  // the contracts' metadata, if dist/ was built before them: from where scripts/contracts.sh puts them
  const contract = /^\/contracts\/(escrow|letter_of_credit|tender|usage_token)\.json$/.exec(url.pathname);
  if (contract && !existsSync(file) && process.env.AMCHAIN_CONTRACTS) file = join(process.env.AMCHAIN_CONTRACTS, `${contract[1]}.json`);
  if (contract && !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('null');
    return;
  }
  if (!contract && (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())) file = join(dir, 'index.html');
  const immutable = file.includes(`${join(dir, 'assets')}`);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`amchain console: http://${host}:${port}/ (node ${config.node}, indexer ${indexer})`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
