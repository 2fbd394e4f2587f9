#!/usr/bin/env node
// The console's end-to-end test, as a person would use it, in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core) against a real dev node and a real indexer
// that it starts itself on free ports:
//
//   1. as Acme Gears (//Dave), registers gears 0 and 1 and installs 1 in 0 (@polkadot/api);
//   2. opens part 0's passport, offers its custody to Kestrel Wind Power (6) as //Dave
//      through the UI (fee estimate, in block, finalized), and accepts it as //Bob//stash;
//   3. sees the hand-over in the timeline once finalized and indexed, and the new custodian;
//   4. opens the recall view for gear 1: the impact (gear 1, the assembly 0 above it) as a
//      tree and a table; quarantines it as //Dave through the UI;
//   5. as Kestrel, offers part 0 back: the chain refuses (Parts.AssemblyQuarantined) and
//      the console says so in words; the impact of a batch recall (type 0, certification 0);
//   6. screenshots of every view into test-results/ (CONSOLE_E2E_ARTEFACTS).
//
// Binaries: AMCHAIN_NODE_BIN and AMCHAIN_INDEXER_BIN, else $CARGO_TARGET_DIR/debug (default
// ~/.cache/amchain/target/debug). The console must be built (dist/: scripts/console.sh build).
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const started = Date.now();
const here = fileURLToPath(new URL('..', import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/amchain/target');
const nodeBin = process.env.AMCHAIN_NODE_BIN ?? join(target, 'debug/amchain-node');
const indexerBin = process.env.AMCHAIN_INDEXER_BIN ?? join(target, 'debug/amchain-indexer');
const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const artefacts = process.env.CONSOLE_E2E_ARTEFACTS ?? join(here, 'test-results');
const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[console e2e ${since()}] ${msg}`);

for (const [what, path] of [['amchain-node', nodeBin], ['amchain-indexer', indexerBin], ['chromium', chromiumBin], ['the built console', join(here, 'dist/index.html')]]) {
  if (!existsSync(path)) {
    console.error(`console e2e: ${what} not found at ${path}`);
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const work = mkdtempSync(join(tmpdir(), 'amchain-console-e2e-'));
mkdirSync(artefacts, { recursive: true });
const children = [];
function start(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const keep = (d) => {
    out.push(d.toString());
    if (out.length > 400) out.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.logTail = () => out.join('').split('\n').slice(-40).join('\n');
  child.name = name;
  children.push(child);
  return child;
}
function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGINT');
}
let browser;
async function cleanup(ok) {
  if (browser) await browser.close().catch(() => {});
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (!ok) for (const c of children) console.error(`--- ${c.name} (last lines) ---\n${c.logTail()}`);
  rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup(false).then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup(false).then(() => process.exit(143)));

async function until(what, fn, timeoutMs = 60_000, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

async function gql(port, query) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()).data;
}

/** Signs and waits until finalized; throws with the pallet's error if it failed. */
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError }) => {
      if (dispatchError) {
        const m = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule) : null;
        reject(new Error(m ? `${m.section}.${m.name}` : dispatchError.toString()));
      } else if (status.isFinalized) resolve(status.asFinalized.toHex());
    }).catch(reject);
  });
}

async function main() {
  const [rpcPort, gqlPort, webPort, p2pPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  log(`node on ${rpcPort}, indexer on ${gqlPort}, console on ${webPort}; artefacts in ${artefacts}`);
  const node = start('amchain-node', nodeBin, ['--dev', '--tmp', '--rpc-port', String(rpcPort), '--port', String(p2pPort), '--no-prometheus', '--no-telemetry']);
  await until('the node\'s RPC', async () => {
    if (node.exitCode !== null) throw new Error('amchain-node exited');
    const r = await fetch(`http://127.0.0.1:${rpcPort}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] }),
    });
    return r.ok;
  }, 180_000);
  log('node answers');
  start('amchain-indexer', indexerBin, ['--node', `ws://127.0.0.1:${rpcPort}`, '--database', `sqlite://${join(work, 'index.sqlite')}`, '--graphql', `127.0.0.1:${gqlPort}`]);
  start('console (serve.mjs)', process.execPath, [join(here, 'serve.mjs'), '--port', String(webPort)], {
    CONSOLE_NODE_URL: `ws://127.0.0.1:${rpcPort}`,
    CONSOLE_INDEXER_URL: `http://127.0.0.1:${gqlPort}/graphql`,
  });

  // 1. The parts, registered as a manufacturer's ERP would (not the console's job).
  const api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`), noInitWarn: true });
  const keyring = new Keyring({ type: 'sr25519' });
  const dave = keyring.addFromUri('//Dave');
  const serial = `HG-40-E2E-${Date.now() % 100000}`;
  await send(
    api,
    api.tx.utility.batchAll([
      api.tx.parts.registerPart(0, `${serial}-A`, 0, null, null),
      api.tx.parts.registerPart(0, `${serial}-B`, 0, null, null),
      api.tx.parts.install(1, 0),
    ]),
    dave,
  );
  log('gears 0 and 1 registered, 1 installed in 0 (finalized)');
  await until('the indexer to hold part 1', async () => (await gql(gqlPort, '{ part(id: 1) { parent } }'))?.part?.parent === 0, 60_000);
  log('indexed');

  browser = await chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const base = `http://127.0.0.1:${webPort}`;
  const shot = async (name) => {
    // the header connected (each page load connects afresh), so the screenshot shows the chain
    await page.waitForSelector('[data-testid=finalized]:not(:has-text("…"))', { timeout: 30_000 }).catch(() => {});
    await page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });
    log(`screenshot ${name}.png`);
  };
  const chooseAccount = async (uri) => {
    await until(`the dev account ${uri} in the picker`, async () => (await page.locator(`[data-testid=account-picker] option`, { hasText: uri }).count()) > 0, 30_000);
    const value = await page.locator('[data-testid=account-picker] option', { hasText: new RegExp(`^${uri.replace(/\//g, '\\/')}$`) }).getAttribute('value');
    await page.selectOption('[data-testid=account-picker]', value);
  };

  // The shell: the chain's name, runtime and heads.
  await page.goto(base + '/');
  await page.waitForSelector('[data-testid=finalized]:not(:has-text("…"))', { timeout: 30_000 });
  const header = await page.textContent('[data-testid=chain-status]');
  if (!/runtime .* v\d+/.test(header)) throw new Error(`the header shows no runtime: ${header}`);
  await shot('overview');

  // 2. The hand-over of custody, offered by Acme Gears (//Dave) ...
  await page.goto(base + '/parts/0');
  await page.waitForSelector('[data-testid=timeline] li[data-kind=Registered]');
  await chooseAccount('//Dave');
  await page.waitForSelector('[data-testid=account-membership]:has-text("Acme Gears")');
  await page.selectOption('[data-testid=handover-to]', '6');
  await page.waitForSelector('[data-testid=offer-tx-fee]:has-text("UNIT"), [data-testid=offer-tx-fee]:has-text("AMC")', { timeout: 20_000 });
  log(`offer's fee estimate: ${await page.textContent('[data-testid=offer-tx-fee]')}`);
  await page.click('[data-testid=offer-tx] button.primary');
  await page.waitForSelector('[data-testid=offer-tx-progress][data-phase=inBlock], [data-testid=offer-tx-progress][data-phase=finalized]', { timeout: 30_000 });
  await shot('passport-offer-in-block');
  await page.waitForSelector('[data-testid=offer-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  log('custody offered through the UI (finalized)');

  // ... and accepted by Kestrel Wind Power (//Bob//stash).
  await chooseAccount('//Bob//stash');
  await page.waitForSelector('[data-testid=accept-custody-tx] button.primary', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=accept-custody-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
  await page.click('[data-testid=accept-custody-tx] button.primary');
  await page.waitForSelector('[data-testid=accept-custody-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  log('custody accepted through the UI (finalized)');

  // 3. The hand-over in the timeline, once indexed.
  await page.waitForSelector('[data-testid=timeline] li[data-kind=Accepted]:has-text("Kestrel Wind Power")', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=custodian]:has-text("Kestrel Wind Power")', { timeout: 30_000 });
  log('the hand-over is in the timeline');
  await shot('passport');

  // 4. The recall of gear 1: its impact, and the quarantine by its manufacturer.
  await page.goto(base + '/recall?part=1');
  await page.waitForSelector('[data-testid=impact-table] tbody tr');
  const rows = await page.$$eval('[data-testid=impact-table] tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  const recalled = rows.find((r) => r[0].startsWith('part 1 '));
  const above = rows.find((r) => r[0].startsWith('part 0 '));
  if (!recalled || recalled[1] !== 'recalled' || recalled[2] !== 'part 0 › part 1' || !above || above[1] !== 'assembly above')
    throw new Error(`unexpected impact table: ${JSON.stringify(rows)}`);
  log(`impact: ${JSON.stringify(rows.map((r) => r.slice(0, 3)))}`);
  await chooseAccount('//Dave');
  await page.fill('[data-testid=recall-reason]', 'gear teeth out of tolerance (e2e)');
  await page.waitForSelector('[data-testid=quarantine-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
  await shot('recall');
  await page.click('[data-testid=quarantine-tx] button.primary');
  await page.waitForSelector('[data-testid=quarantine-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=recall-chain-state]:has-text("quarantined"):not(:has-text("not"))', { timeout: 30_000 });
  log('gear 1 quarantined through the UI');
  await shot('recall-quarantined');

  // 5. A hand-over the chain refuses, and the error in words.
  await page.goto(base + '/parts/0');
  await chooseAccount('//Bob//stash');
  await page.waitForSelector('[data-testid=handover-to]');
  await page.selectOption('[data-testid=handover-to]', '2');
  await page.waitForSelector('[data-testid=offer-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
  await page.click('[data-testid=offer-tx] button.primary');
  await page.waitForSelector('[data-testid=offer-tx-error]', { timeout: 60_000 });
  const refusal = await page.textContent('[data-testid=offer-tx-error]');
  if (!/Parts\.AssemblyQuarantined: .+/.test(refusal)) throw new Error(`the refusal is not in words: ${refusal}`);
  log(`refusal shown: ${refusal}`);
  await shot('passport-refused');

  // A batch: every gear of type 0 made under certification 0 (both gears).
  await page.goto(base + '/recall?batch=0&certification=0');
  await page.waitForSelector('[data-testid=impact-table] tbody tr');
  const batch = await page.$$eval('[data-testid=impact-table] tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  if (batch.filter((r) => r[1] === 'recalled').length !== 2) throw new Error(`unexpected batch impact: ${JSON.stringify(batch)}`);
  await shot('recall-batch');

  // 6. The read views.
  await page.goto(base + '/certifications');
  await page.waitForSelector('[data-testid=certifications] tbody tr:has-text("Acme Gears")');
  await shot('certifications');
  await page.goto(base + '/consortium');
  await page.waitForSelector('[data-testid=consortium] h2:has-text("Council")');
  await shot('consortium');
  await page.goto(base + '/deals');
  await shot('deals');
  await page.goto(base + '/participants/2');
  await page.waitForSelector('h1:has-text("Acme Gears")');
  await shot('participant');
  // A tablet's width.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(base + '/parts/0');
  await page.waitForSelector('[data-testid=timeline] li[data-kind=Accepted]');
  await page.waitForSelector('[data-testid=finalized]:not(:has-text("…"))', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=recall-below]', { timeout: 30_000 });
  await shot('passport-tablet');

  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  writeFileSync(join(artefacts, 'summary.txt'), `console e2e passed in ${since()}\n`);
  await api.disconnect();
}

main().then(
  async () => {
    log('passed');
    await cleanup(true);
    process.exit(0);
  },
  async (e) => {
    console.error(`[console e2e ${since()}] FAILED: ${e.stack ?? e}`);
    try {
      const pages = browser?.contexts().flatMap((c) => c.pages()) ?? [];
      if (pages[0]) await pages[0].screenshot({ path: join(artefacts, 'failure.png'), fullPage: true });
    } catch {
      // no screenshot
    }
    await cleanup(false);
    process.exit(1);
  },
);
