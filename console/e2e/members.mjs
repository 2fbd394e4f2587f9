#!/usr/bin/env node
// The console against a node that serves records only to member clients (`--rpc-access
// members`, the default of chains made by `amchain-node consortium-spec`;
// docs/confidentiality.md), in headless Chromium (/usr/bin/chromium driven by
// playwright-core), on free ports:
//
//   1. makes a consortium chain spec (node/tests/consortium.rs's config: Alice Motors,
//      organisation 0, and Bob Bearings, organisation 1) and starts its validator with
//      `--rpc-allow-org 0`; the console is served with the dev accounts and 15-second
//      access tokens (CONSOLE_ACCESS_TOKEN_TTL), and no indexer;
//   2. with no account the console follows the chain (headers) and says that records need
//      a member's account; the consortium view shows the node's refusal;
//   3. as //Alice (Alice Motors' admin) it signs a token and reads: the council's members,
//      the account's organisation; the token is renewed before it expires and the console
//      still reads after the first token's expiry;
//   4. as //Bob (Bob Bearings, not allowed) the node's reason is shown: "organisation 1 may
//      not read through this node";
//   5. through a browser wallet (a stand-in extension in `window.injectedWeb3` whose signRaw
//      signs `<Bytes>…</Bytes>` with //Alice's key, as the polkadot.js extension does), the
//      same account reads again;
//   6. no token appears in the page or in the browser's console.
//
// Binary: AMCHAIN_NODE_BIN, else $CARGO_TARGET_DIR/debug/amchain-node. The console must be
// built (dist/: scripts/console.sh build). Screenshots into CONSOLE_E2E_ARTEFACTS.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chromium } from 'playwright-core';

const started = Date.now();
const here = fileURLToPath(new URL('..', import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/amchain/target');
const nodeBin = process.env.AMCHAIN_NODE_BIN ?? join(target, 'debug/amchain-node');
const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const artefacts = process.env.CONSOLE_E2E_ARTEFACTS ?? join(here, 'test-results');
const TTL = 15;
const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[console members e2e ${since()}] ${msg}`);

for (const [what, path] of [['amchain-node', nodeBin], ['chromium', chromiumBin], ['the built console', join(here, 'dist/index.html')]]) {
  if (!existsSync(path)) {
    console.error(`console members e2e: ${what} not found at ${path}`);
    process.exit(1);
  }
}

// node/tests/consortium.rs's config: well-known dev keys, Alice's node key.
const CONFIG = `
name = "amchain console members test"
id = "amchain_console_members"

[[member]]
name = "Alice Motors"
account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
balance = 1000
council = true
registrar = true
roles = ["manufacturer"]

[[member]]
name = "Bob Bearings"
account = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
balance = 1000
council = true
roles = ["supplier"]

[[validator]]
member = "Alice Motors"
account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
aura = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
grandpa = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"
peer_id = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"
`;
const NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

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

const work = mkdtempSync(join(tmpdir(), 'amchain-console-members-'));
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
let browser;
async function cleanup(ok) {
  if (browser) await browser.close().catch(() => {});
  for (const c of children) if (c.exitCode === null) c.kill('SIGINT');
  await new Promise((r) => setTimeout(r, 500));
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (!ok) for (const c of children) console.error(`--- ${c.name} (last lines) ---\n${c.logTail()}`);
  rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup(false).then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup(false).then(() => process.exit(143)));

async function until(what, fn, timeoutMs = 60_000, everyMs = 300) {
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

async function rpc(port, method, params = []) {
  const r = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
  });
  return r.json();
}

async function main() {
  const [rpcPort, webPort, p2pPort] = await Promise.all([freePort(), freePort(), freePort()]);
  log(`node on ${rpcPort}, console on ${webPort}; artefacts in ${artefacts}`);
  writeFileSync(join(work, 'consortium.toml'), CONFIG);
  execFileSync(nodeBin, ['consortium-spec', join(work, 'consortium.toml'), '--out', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  log('chain spec made (consortium-spec)');
  const node = start('amchain-node', nodeBin, [
    '--chain', join(work, 'amchain_console_members-raw.json'),
    '--alice', '--node-key', NODE_KEY, '--no-mdns', '--no-telemetry', '--no-prometheus',
    '--rpc-allow-org', '0',
    '--base-path', join(work, 'chain'),
    '--rpc-port', String(rpcPort), '--port', String(p2pPort),
  ]);
  await until('the node\'s RPC', async () => {
    if (node.exitCode !== null) throw new Error('amchain-node exited');
    return (await rpc(rpcPort, 'system_health')).result;
  }, 120_000);
  // members-only, as the spec says: a member-only read without a token is refused
  const refused = await rpc(rpcPort, 'amchain_membership', [ALICE]);
  if (refused.error?.code !== 9100) throw new Error(`the node is not members-only: ${JSON.stringify(refused)}`);
  log('node answers, members-only');
  start('console (serve.mjs)', process.execPath, [join(here, 'serve.mjs'), '--port', String(webPort)], {
    CONSOLE_NODE_URL: `ws://127.0.0.1:${rpcPort}`,
    CONSOLE_INDEXER_URL: `http://127.0.0.1:${await freePort()}/graphql`,
    CONSOLE_DEV_ACCOUNTS: 'true',
    CONSOLE_ACCESS_TOKEN_TTL: String(TTL),
  });

  browser = await chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  // A browser wallet: the polkadot.js extension's interface, signing in this process.
  await cryptoWaitReady();
  const walletAlice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  let walletSignatures = 0;
  await page.exposeFunction('e2eWalletSignRaw', (address, data) => {
    if (address !== walletAlice.address) throw new Error(`the wallet holds no ${address}`);
    walletSignatures++;
    return u8aToHex(walletAlice.sign(u8aWrapBytes(hexToU8a(data))));
  });
  await page.addInitScript((address) => {
    const accounts = [{ address, name: 'E2E Alice', type: 'sr25519' }];
    globalThis.injectedWeb3 = {
      'e2e-wallet': {
        version: '0.1.0',
        enable: async () => ({
          accounts: { get: async () => accounts, subscribe: (cb) => (cb(accounts), () => {}) },
          signer: {
            wallet: 'e2e',
            // a method that uses `this`, as some wallets' do
            async signRaw({ address: who, data, type }) {
              if (this?.wallet !== 'e2e') throw new Error('signRaw called without its signer');
              if (type !== 'bytes') throw new Error('not bytes');
              return { id: 1, signature: await globalThis.e2eWalletSignRaw(who, data) };
            },
          },
        }),
      },
    };
  }, walletAlice.address);
  const errors = [];
  const consoleLines = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => consoleLines.push(m.text()));
  const base = `http://127.0.0.1:${webPort}`;
  const shot = async (name) => {
    await page.screenshot({ path: join(artefacts, `members-${name}.png`), fullPage: true });
    log(`screenshot members-${name}.png`);
  };
  const chooseAccount = async (uri) => {
    await until(`the dev account ${uri} in the picker`, async () => (await page.locator(`[data-testid=account-picker] option`, { hasText: uri }).count()) > 0, 30_000);
    const value = await page.locator('[data-testid=account-picker] option', { hasText: new RegExp(`^${uri.replace(/\//g, '\\/')}$`) }).getAttribute('value');
    await page.selectOption('[data-testid=account-picker]', value);
  };
  const noToken = async () => {
    const html = await page.content();
    if (/amchain1\.|access_token=amchain1/.test(html)) throw new Error('a token is in the page');
  };

  // 2. No account: the chain is followed, records are refused and the console says why.
  await page.goto(base + '/consortium');
  await page.waitForSelector('[data-testid=best]:not(:has-text("…"))', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=access][data-status=no-account]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=consortium] .error:has-text("member clients")', { timeout: 30_000 });
  log(`no account: ${await page.textContent('[data-testid=access]')}`);
  await shot('no-account');

  // 3. Alice Motors' admin reads, with a token signed by //Alice.
  await chooseAccount('//Alice');
  await page.waitForSelector('[data-testid=access][data-status=granted]', { timeout: 30_000 });
  await page.waitForSelector(`[data-testid=consortium] li:has-text("${ALICE.slice(0, 8)}")`, { timeout: 30_000 });
  const council = await page.$$eval('[data-testid=consortium] .card:first-child li', (lis) => lis.map((li) => li.textContent));
  if (council.length !== 2 || !council.some((t) => t.includes(BOB.slice(0, 8)))) throw new Error(`unexpected council: ${JSON.stringify(council)}`);
  await page.waitForSelector('[data-testid=account-membership]:has-text("acts for")', { timeout: 30_000 });
  log(`//Alice reads: ${await page.textContent('[data-testid=access]')}; council ${council.length} members`);
  await noToken();
  await shot('alice');

  // ... and keeps reading across her first token's expiry: the console renewed it.
  const firstExpiry = Number(await page.getAttribute('[data-testid=access]', 'data-expires'));
  await page.waitForSelector(`[data-testid=access][data-status=granted]:not([data-expires="${firstExpiry}"])`, { timeout: (TTL + 10) * 1000 });
  log('token renewed before it expired');
  await until('the first token to expire', async () => Date.now() / 1000 > firstExpiry + 2, (TTL + 10) * 1000, 500);
  await page.click('nav a:has-text("Overview")');
  await page.click('nav a:has-text("Consortium")');
  await page.waitForSelector(`[data-testid=consortium] li:has-text("${ALICE.slice(0, 8)}")`, { timeout: 30_000 });
  const status = await page.getAttribute('[data-testid=access]', 'data-status');
  if (status !== 'granted') throw new Error(`after the first token's expiry the access is ${status}`);
  log('still reads after the first token expired');

  // 4. Bob Bearings is a member, but not one this node serves.
  await chooseAccount('//Bob');
  await page.waitForSelector('[data-testid=access][data-status=refused]', { timeout: 30_000 });
  const refusal = await page.textContent('[data-testid=access]');
  if (!refusal.includes('organisation 1 may not read through this node')) throw new Error(`the refusal does not say why: ${refusal}`);
  await page.waitForSelector('[data-testid=consortium] .error:has-text("member clients")', { timeout: 30_000 });
  log(`//Bob refused: ${refusal}`);
  await noToken();
  await shot('bob-refused');

  // 5. Alice again, through the browser wallet's signRaw.
  await page.click('button:has-text("Connect wallet")');
  await page.waitForSelector('[data-testid=account-picker] option:has-text("E2E Alice (e2e-wallet)")', { state: 'attached', timeout: 30_000 });
  await page.selectOption('[data-testid=account-picker]', walletAlice.address);
  await page.waitForSelector('[data-testid=access][data-status=granted]:has-text("E2E Alice")', { timeout: 30_000 });
  await page.waitForSelector(`[data-testid=consortium] li:has-text("${ALICE.slice(0, 8)}")`, { timeout: 30_000 });
  if (walletSignatures < 1) throw new Error('the wallet signed nothing');
  log(`the wallet's account reads: ${await page.textContent('[data-testid=access]')}`);
  await noToken();
  await shot('wallet');

  // 6. No token in the browser's console either.
  const leaked = consoleLines.filter((l) => /amchain1\.[A-Za-z0-9]+\.\d+/.test(l));
  if (leaked.length) throw new Error(`a token is in the browser's console: ${leaked.length} line(s)`);
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  writeFileSync(join(artefacts, 'members-summary.txt'), `console members e2e passed in ${since()}\n`);
}

main().then(
  async () => {
    log('passed');
    await cleanup(true);
    process.exit(0);
  },
  async (e) => {
    console.error(`[console members e2e ${since()}] FAILED: ${e.stack ?? e}`);
    try {
      const pages = browser?.contexts().flatMap((c) => c.pages()) ?? [];
      if (pages[0]) await pages[0].screenshot({ path: join(artefacts, 'members-failure.png'), fullPage: true });
    } catch {
      // no screenshot
    }
    await cleanup(false);
    process.exit(1);
  },
);
