#!/usr/bin/env node
// The console's end-to-end test, as a person would use it, in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core) against a real dev node and a real indexer
// that it starts itself on free ports:
//
//   1. as Acme Gears (//Dave), registers gears 0, 1 and tagged 2, installs 1 in 0 and
//      issues a new-part warranty on 0 (@polkadot/api);
//   2. opens part 0's passport, offers its custody to Kestrel Wind Power (6) as //Dave
//      through the UI (fee estimate, in block, finalized), and accepts it as //Bob//stash;
//   3. sees the hand-over in the timeline once finalized and indexed, and the new custodian;
//      that the maker was certified when it made the gear, and the warranty in force;
//   4. opens the recall view for gear 1: the impact (gear 1, the assembly 0 above it) as a
//      tree and a table; quarantines it as //Dave through the UI;
//   5. as Kestrel, offers part 0 back: the chain refuses (Parts.AssemblyQuarantined) and
//      the console says so in words; the impact of a batch recall (type 0, certification 0);
//   6. scan-to-verify on tagged gear 2's passport: gets a challenge in the page, signs its
//      message with the tag's key: authentic; with another key: not this part's tag; once
//      the scan is recorded on chain: replayed;
//   7. screenshots of every view into test-results/ (CONSOLE_E2E_ARTEFACTS);
//   8. //Alice proposes a council motion; as //Bob, votes aye on the consortium page, sees
//      it carried, closes it there: it executed, and is listed among the decided motions;
//   9. as //Dave, lifts gear 1's quarantine from its recall page;
//  10. deploys the escrow contract; Kestrel (//Bob//stash) orders gear 2 from Acme; as
//      //Dave, accepts the order on the Deals page; Acme hands custody to Kestrel; as
//      //Dave, releases the payment there: the order is paid in full;
//  11. deploys the letter-of-credit contract; Harbour Trade Bank issues a credit for
//      Kestrel in Acme's favour; as //Bob//stash, consents to it on the Deals page;
//  12… the steps in e2e/steps/ (each file's header says what it does), in STEPS's order:
//      claims (a warranty claim filed and approved on the passport); lot (Acme registers a
//      lot, consumes it into a gear, splits it: the lot's page and timeline, a hand-over on
//      the split lot's page, the lot's recall); usage (a usage right listed as //Dave and
//      rented as //Bob//stash on a passport's card; is_authorized reads true; the Deals page
//      lists it); credit-documents (a credit's documents on the Deals page: present, refuse,
//      lodge, honour); tender (a sealed bid committed and revealed on the Deals page, the
//      tender awarded into escrow).
//
// CONSOLE_E2E_ONLY=name,name runs step 1 and then only what it names: `core` (steps 2 to
// 11) and steps of e2e/steps/ (by file name without .mjs); each of e2e/steps/ makes what it
// needs itself. scripts/test.sh runs `core` and the others in separate lanes.
// Binaries: AMCHAIN_NODE_BIN and AMCHAIN_INDEXER_BIN, else $CARGO_TARGET_DIR/debug (default
// ~/.cache/amchain/target/debug). The console must be built (dist/: scripts/console.sh build).
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { Abi, CodePromise, ContractPromise } from '@polkadot/api-contract';
import { amchain, options as amchainOptions } from '@amchain/polkadot-js';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const started = Date.now();
const here = fileURLToPath(new URL('..', import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/amchain/target');
const nodeBin = process.env.AMCHAIN_NODE_BIN ?? join(target, 'debug/amchain-node');
const indexerBin = process.env.AMCHAIN_INDEXER_BIN ?? join(target, 'debug/amchain-indexer');
const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
// the escrow bundle scripts/contracts.sh built (the Deals step deploys it)
const contractsDir = process.env.AMCHAIN_CONTRACTS ?? join(homedir(), '.cache/amchain/contracts');
const escrowBundle = join(contractsDir, 'escrow.contract');
const creditBundle = join(contractsDir, 'letter_of_credit.contract');
const artefacts = process.env.CONSOLE_E2E_ARTEFACTS ?? join(here, 'test-results');
// e2e/steps/*.mjs, in the order they run: each default-exports `async (ctx) => {}`.
const STEPS = ['claims', 'lot', 'usage', 'credit-documents', 'tender'];
const only = process.env.CONSOLE_E2E_ONLY ? process.env.CONSOLE_E2E_ONLY.split(',').map((x) => x.trim()) : null;
for (const name of only ?? []) if (name !== 'core' && !STEPS.includes(name)) throw new Error(`CONSOLE_E2E_ONLY: no step ${name}: core, or one of e2e/steps/ (${STEPS.join(', ')})`);
const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[console e2e ${since()}] ${msg}`);

for (const [what, path] of [
  ['amchain-node', nodeBin],
  ['amchain-indexer', indexerBin],
  ['chromium', chromiumBin],
  ['the built console', join(here, 'dist/index.html')],
  ['the escrow bundle (scripts/contracts.sh build)', escrowBundle],
  ['the letter-of-credit bundle (scripts/contracts.sh build)', creditBundle],
  ["the escrow's metadata in the console (scripts/console.sh build)", join(here, 'dist/contracts/escrow.json')],
]) {
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

/** Signs and waits until finalized; throws with the pallet's error if it failed; answers the events. */
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError, events }) => {
      if (dispatchError) {
        const m = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule) : null;
        reject(new Error(m ? `${m.section}.${m.name}` : dispatchError.toString()));
      } else if (status.isFinalized) resolve(events);
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
  // As an integrator connects (clients/polkadot-js): no warning about amchain's signed
  // extension or methods, and typed amchain_* calls.
  const warnings = [];
  const warn = console.warn;
  console.warn = (...a) => warnings.push(a.join(' '));
  const api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`), ...amchainOptions });
  console.warn = warn;
  const unknown = warnings.filter((w) => /Unknown signed extension|CheckMember|amchain_/.test(w));
  if (unknown.length) throw new Error(`@polkadot/api warned on connect: ${unknown.join('; ')}`);
  const keyring = new Keyring({ type: 'sr25519' });
  const dave = keyring.addFromUri('//Dave');
  const serial = `HG-40-E2E-${Date.now() % 100000}`;
  // Gear 2's tag, and a cloned tag's key.
  const tag = keyring.addFromUri('//E2ETag');
  const clone = keyring.addFromUri('//E2EClone');
  await send(
    api,
    api.tx.utility.batchAll([
      // gear type 0's new-part warranty term, latched for the gears registered after it
      api.tx.warranties.setNewWarrantyTerm(0, 1000),
      api.tx.parts.registerPart(0, `${serial}-A`, 0, null, null),
      api.tx.parts.registerPart(0, `${serial}-B`, 0, null, null),
      api.tx.parts.install(1, 0),
      api.tx.parts.registerPart(0, `${serial}-C`, 0, { Sr25519: u8aToHex(tag.publicKey) }, null),
      // Acme's new-part warranty on gear 0
      api.tx.warranties.issue(0, 'New', '0x' + '42'.repeat(32), 1000, []),
    ]),
    dave,
  );
  log('gears 0, 1 and tagged 2 registered, 1 installed in 0, a warranty on 0 (finalized)');
  const gear2 = await amchain(api).part(2);
  if (gear2?.serial !== `${serial}-C` || gear2.tag?.scheme !== 'sr25519') throw new Error(`api.rpc.amchain.part(2) answered ${JSON.stringify(gear2)}`);
  const typedHistory = await amchain(api).history({ part: 0 }, 'newestFirst', 0, 2);
  if (!typedHistory || typedHistory.total < 2) throw new Error(`api.rpc.amchain.history answered ${JSON.stringify(typedHistory)}`);
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

  const eve = keyring.addFromUri('//Eve');
  const kestrel = keyring.addFromUri('//Bob//stash');
  /** Deploys a bundle as //Eve with its constructor `new`'s arguments: its address and a ContractPromise on it. */
  const deploy = async (path, ...args) => {
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const abi = new Abi(bundle, api.registry.getChainProperties());
    const salt = u8aToHex(new TextEncoder().encode(`console-e2e-${path}-${Date.now()}`));
    const dry = await api.call.contractsApi.instantiate(eve.address, 0, null, null, { Upload: bundle.source.wasm }, abi.findConstructor('new').toU8a(args), salt);
    if (dry.result.isErr) throw new Error(`${path} would not instantiate: ${dry.result.asErr.toString()}`);
    const events = await send(api, new CodePromise(api, abi, bundle.source.wasm).tx.new({ gasLimit: dry.gasRequired, storageDepositLimit: null, salt }, ...args), eve);
    const instantiated = events.find(({ event }) => api.events.contracts.Instantiated.is(event));
    if (!instantiated) throw new Error('no Contracts.Instantiated event');
    const address = instantiated.event.data[1].toString();
    return { address, contract: new ContractPromise(api, abi, address) };
  };
  /** Calls a message as `signer` with the gas and deposit its dry run needs. */
  const call = async (contract, signer, message, value, ...args) => {
    // a WeightV2 limit (without one no proof size is asked for: OutOfGas)
    const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
    const dry = await contract.query[message](signer.address, { value, gasLimit }, ...args);
    const failed = dry.result.isErr ? dry.result.asErr.toString() : (Number(dry.result.asOk.flags.toJSON().bits ?? 0) & 1) === 1 ? 'reverted' : null;
    if (failed) throw new Error(`${message} would fail (${failed}): ${JSON.stringify(dry.output?.toJSON())}`);
    return send(api, contract.tx[message]({ value, gasLimit: dry.gasRequired, storageDepositLimit: dry.storageDeposit.isCharge ? dry.storageDeposit.asCharge : null }, ...args), signer);
  };
  const unit = 10n ** BigInt(api.registry.chainDecimals[0]);

  const ctx = { api, page, base, keyring, dave, kestrel, eve, unit, serial, deploy, call, send, until, log, shot, chooseAccount, gqlPort, gql: (q) => gql(gqlPort, q), contractsDir, artefacts };

  if (!only || only.includes('core')) {
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
    // Made under certification 0, valid then; Acme's warranty in force.
    await page.waitForSelector('[data-testid=made-certified] tr[data-standard][data-valid=true]:has-text("made under it")', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=warranties] tr[data-warranty="0"][data-active=true]:has-text("Acme Gears")', { timeout: 30_000 });
    log('certified when made; the new-part warranty in force');
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

    // A batch: every gear of type 0 made under certification 0 (all three gears).
    await page.goto(base + '/recall?batch=0&certification=0');
    await page.waitForSelector('[data-testid=impact-table] tbody tr');
    const batch = await page.$$eval('[data-testid=impact-table] tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
    if (batch.filter((r) => r[1] === 'recalled').length !== 3) throw new Error(`unexpected batch impact: ${JSON.stringify(batch)}`);
    await shot('recall-batch');

    // 6. Scan-to-verify: the page asks for a challenge, the tag signs its message.
    await page.goto(base + '/parts/2');
    await page.waitForSelector('[data-testid=tag-check]', { timeout: 30_000 });
    const tagKey = (await page.textContent('[data-testid=tag-key]')) ?? '';
    if (!tagKey.startsWith('sr25519 ') || !tagKey.includes(u8aToHex(tag.publicKey).slice(0, 8)))
      throw new Error(`the identity card shows the tag as ${JSON.stringify(tagKey)}`);
    const verify = async (signer) => {
      const message = (await page.textContent('[data-testid=tag-message]')).trim();
      await page.fill('[data-testid=tag-answer]', u8aToHex(signer.sign(hexToU8a(message))));
      // a new answer clears the last verdict
      const verdict = page.locator('[data-testid=tag-verdict]');
      await verdict.waitFor({ state: 'detached', timeout: 5_000 });
      await page.click('[data-testid=tag-verify]');
      await verdict.waitFor({ timeout: 20_000 });
      return verdict.getAttribute('data-verdict');
    };
    await page.click('[data-testid=tag-challenge-get]');
    await page.waitForSelector('[data-testid=tag-message]');
    const authentic = await verify(tag);
    if (authentic !== 'authentic') throw new Error(`the genuine tag's answer: ${authentic}`);
    await shot('passport-tag-authentic');
    const cloned = await verify(clone);
    if (cloned !== 'wrongKey') throw new Error(`a cloned tag's answer: ${cloned}`);
    // The reader records the genuine scan on chain; the same answer is then a replay.
    const challenge = JSON.parse(await page.textContent('[data-testid=tag-challenge-json]'));
    const message = (await page.textContent('[data-testid=tag-message]')).trim();
    await send(api, api.tx.parts.recordScan(2, challenge, { Sr25519: u8aToHex(tag.sign(hexToU8a(message))) }, null), dave);
    const replayed = await verify(tag);
    if (replayed !== 'replayed') throw new Error(`a recorded scan's answer again: ${replayed}`);
    log('scan-to-verify: authentic, a cloned tag refused, a replay refused');
    await shot('passport-tag-replayed');

    // 7. The read views.
    await page.goto(base + '/certifications');
    await page.waitForSelector('[data-testid=certifications] tbody tr:has-text("Acme Gears"):has-text("MSI 4100")');
    // the standards and the auditors accredited for them, from the node's state
    await page.waitForSelector('[data-testid=standards] tr[data-standard="0"]:has-text("MSI 4100"):has-text("Meridian Standards Institute")');
    await page.waitForSelector('[data-testid=auditors] tr[data-standard="0"][data-active=true]:has-text("Sentinel Certification"):has-text("accredited since")');
    await shot('certifications');
    // Certification 0's production per period: this period's bar is what the chain counted.
    const usage = (await gql(gqlPort, '{ certification(id: 0) { usage } }'))?.certification?.usage;
    const used = Number(usage?.used?.['$serde_json::private::Number'] ?? usage?.used);
    if (!(used >= 3)) throw new Error(`certification 0 counted ${JSON.stringify(usage)} units, not the three gears`);
    await page.goto(base + '/certifications/0');
    await page.waitForSelector(`[data-testid=usage-chart] rect[data-used="${used}"]`, { timeout: 30_000 });
    log(`certification 0's production chart: ${used} units this period`);
    await shot('certification-usage');
    // 8. A council motion, voted and closed through the UI: //Alice proposes a remark
    // (carried by two of the three members) and votes aye (pallet-collective counts no vote
    // for the proposer), //Bob votes aye in the page and closes it.
    const alice = keyring.addFromUri('//Alice');
    const remark = api.tx.system.remark('0x616d636861696e2065326520');
    await send(api, api.tx.council.propose(2, remark, remark.method.encodedLength), alice);
    const [motionHash] = (await api.query.council.proposals()).toJSON();
    await send(api, api.tx.council.vote(motionHash, 0, true), alice);
    await page.goto(base + '/consortium');
    await page.waitForSelector('[data-testid=consortium] h2:has-text("Council")');
    await page.waitForSelector('[data-testid=motion-0][data-state=open]:has-text("system.remark")', { timeout: 30_000 });
    await shot('consortium');
    await chooseAccount('//Bob');
    await page.waitForSelector('[data-testid=motion-0-aye-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
    await page.click('[data-testid=motion-0-aye-tx] button.primary');
    // once the vote is final the page reads the motion again: carried, the vote buttons gone
    await page.waitForSelector('[data-testid=motion-0][data-state=carried]', { timeout: 60_000 });
    await shot('consortium-motion-carried');
    await page.waitForSelector('[data-testid=motion-0-close-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
    await page.click('[data-testid=motion-0-close-tx] button.primary');
    await page.waitForSelector('[data-testid=motions]:has-text("No motion is open")', { timeout: 60_000 });
    if ((await api.query.council.proposalOf(motionHash)).isSome) throw new Error('the closed motion is still on chain');
    await until('the motion executed, indexed', async () => {
      const d = await gql(gqlPort, '{ events(pallet: "Council", variant: "Executed") { edges { node { fields } } } }');
      const executed = d?.events?.edges ?? [];
      return executed.some((e) => JSON.stringify(e.node.fields).includes('"Ok"'));
    }, 60_000);
    log('a council motion voted aye and closed through the UI as //Bob: executed');
    // the page's decided motions, from the indexer: executed, the call succeeded, two ayes
    await page.waitForSelector('[data-testid=decided-motions] tr[data-motion="0"][data-status=Executed]:has-text("the call succeeded"):has-text("2 ayes")', { timeout: 60_000 });
    await shot('consortium-decided');
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

    // 9. The recall lifted through the UI by the manufacturer that imposed it: gear 1, and
    // so the assembly, may change hands again.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + '/recall?part=1');
    await chooseAccount('//Dave');
    await page.waitForSelector('[data-testid=release-tx-fee]:not(:has-text("estimating"))', { timeout: 30_000 });
    await page.click('[data-testid=release-tx] button.primary');
    // once final, the page reads the chain again: the release section goes with the quarantine
    await page.waitForSelector('[data-testid=recall-chain-state]:has-text("not quarantined")', { timeout: 60_000 });
    if ((await api.query.parts.quarantinedBelow(0)).toString() !== '0') throw new Error('the assembly is still held after the release');
    log('gear 1 released through the UI');
    await shot('recall-released');

    // 10. An escrow order, accepted and settled through the Deals page: Kestrel (//Bob//stash)
    // orders gear 2 from Acme, paying 100 units into a freshly deployed escrow contract;
    // //Dave accepts it in the page; Acme hands custody to Kestrel (an ERP's calls);
    // //Dave releases the payment in the page, and the order reads paid in full.
    const { address: escrowAddress, contract: escrow } = await deploy(escrowBundle);
    const price = 100n * unit;
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const openArgs = [u8aToHex(keyring.addFromUri('//Dave').publicKey), { Part: 2 }, 'Custody', best + 500, null, null, []];
    await call(escrow, kestrel, 'open', price, ...openArgs);
    log(`escrow ${escrowAddress} deployed; Kestrel's order 0 for gear 2 opened`);
    await until('the indexer to see the escrow instantiated', async () => {
      const d = await gql(gqlPort, '{ events(pallet: "Contracts", variant: "Instantiated") { edges { node { block } } } }');
      return (d?.events?.edges ?? []).length > 0;
    }, 60_000);
    await page.goto(base + '/deals');
    await chooseAccount('//Dave');
    const row = `[data-contract="${escrowAddress}"] [data-testid=escrow-order-0]`;
    await page.waitForSelector(`${row}[data-state=Proposed]:has-text("Acme Gears to accept it")`, { timeout: 60_000 });
    await page.waitForSelector(`${row} [data-testid=escrow-order-0-accept-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
    await shot('deals-proposed');
    await page.click(`${row} [data-testid=escrow-order-0-accept-tx] button.primary`);
    // once final the page reads the order again: open, awaiting delivery
    await page.waitForSelector(`${row}[data-state=Open]:has-text("Acme Gears to deliver: custody of part 2 to Kestrel Wind Power")`, { timeout: 90_000 });
    log('order 0 accepted as //Dave through the Deals page');
    await send(api, api.tx.parts.offer({ Part: 2 }, 'Custody', 6), dave);
    await send(api, api.tx.parts.acceptOffer({ Part: 2 }, 'Custody', null), kestrel);
    await page.waitForSelector(`${row} [data-testid=escrow-order-0-release-tx-fee]:not(:has-text("estimating"))`, { timeout: 90_000 });
    await shot('deals-delivered');
    await page.click(`${row} [data-testid=escrow-order-0-release-tx] button.primary`);
    await page.waitForSelector(`${row}[data-state=Released]:has-text("paid to Acme Gears in full")`, { timeout: 90_000 });
    const credit = (await escrow.query.credit(kestrel.address, { gasLimit: api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock) }, 2)).output?.toJSON();
    if (BigInt(credit?.ok ?? 0) !== price) throw new Error(`Acme's credit in the escrow is ${JSON.stringify(credit)}, not the price`);
    log('the payment released through the Deals page: Acme credited the price');
    await shot('deals-released');

    // 11. A letter of credit: Harbour Trade Bank (//Alice//stash) issues one for Kestrel,
    // in Acme's favour; Kestrel consents on the Deals page; it then awaits Acme's documents.
    const { address: creditAddress, contract: lc } = await deploy(creditBundle);
    const bank = keyring.addFromUri('//Alice//stash');
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const terms = { amount: 50n * unit, expiry: now + 1000, latestShipment: now + 500, partialDrawings: false, required: [{ docType: 1, issuer: 'Beneficiary', transport: false }] };
    await call(lc, bank, 'issue', 50n * unit, kestrel.address, keyring.addFromUri('//Dave').address, null, terms, 20);
    log(`letter of credit ${creditAddress} deployed; credit 0 issued by Harbour Trade Bank`);
    await until('the indexer to see the letter of credit instantiated', async () => {
      const d = await gql(gqlPort, '{ events(pallet: "Contracts", variant: "Instantiated") { edges { node { block } } } }');
      return (d?.events?.edges ?? []).length > 1;
    }, 60_000);
    await page.goto(base + '/deals');
    await chooseAccount('//Bob//stash');
    const creditRow = `[data-contract="${creditAddress}"] [data-testid=credit-0]`;
    await page.waitForSelector(`${creditRow}[data-state=AwaitingApplicant]:has-text("Kestrel Wind Power to consent")`, { timeout: 60_000 });
    await page.waitForSelector(`${creditRow} [data-testid=credit-0-consent-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
    await page.click(`${creditRow} [data-testid=credit-0-consent-tx] button.primary`);
    await page.waitForSelector(`${creditRow}[data-state=Issued]:has-text("Acme Gears to present the 1 required document")`, { timeout: 90_000 });
    log('credit 0 consented to as //Bob//stash through the Deals page: it awaits Acme');
    await shot('deals-credit');

  }

  // 12…: e2e/steps/.
  for (const name of STEPS) {
    if (only && !only.includes(name)) continue;
    log(`step ${name}`);
    const { default: step } = await import(pathToFileURL(join(here, 'e2e/steps', `${name}.mjs`)).href);
    await step(ctx);
  }

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
