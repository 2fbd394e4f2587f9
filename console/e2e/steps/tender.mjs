// Step "tender": a sealed-bid tender on the Deals page, awarded into escrow.
//
// Deploys an escrow contract and a tender contract on it (its constructor takes the
// escrow's address); //Dave registers a gear to offer (@polkadot/api, as an ERP would);
// Kestrel Wind Power (//Bob//stash) posts a tender for one gear of type 0 under standard 0
// (budget 160, bond 10, a window of a few blocks for sealed bids and one for reveals). In
// the browser as //Dave (Acme Gears, certified for standard 0): commits a sealed bid of
// 120 (the price hashed in the page, the bond paid, the price and salt kept in the
// browser's localStorage, nothing of the price in the page's bid row); once the bids close,
// reveals it from what the browser kept, naming the gear; once the reveals close, as
// //Bob//stash awards the tender in the page: the tender reads awarded, awaiting Acme's
// acceptance of escrow order 0, and the escrow holds order 0 Proposed for the price.
// Screenshots deals-tender-*.png and deals-tender.png.
import { u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Blocks for sealed bids (from the post's block) and for reveals: a few of 6 s each. */
const COMMIT_BLOCKS = 10;
const REVEAL_BLOCKS = 7;

export default async function tender(ctx) {
  const { api, page, base, dave, kestrel, unit, serial, deploy, call, send, until, log, shot, chooseAccount, gql, contractsDir } = ctx;
  const tenderBundle = join(contractsDir, 'tender.contract');
  if (!existsSync(tenderBundle)) throw new Error(`the tender bundle (scripts/contracts.sh build) is not at ${tenderBundle}`);
  const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();

  // The escrow, and the gear Acme will offer (another signer: in parallel).
  const [{ address: escrowAddress, contract: escrow }, registered] = await Promise.all([
    deploy(join(contractsDir, 'escrow.contract')),
    send(api, api.tx.parts.registerPart(0, `${serial}-T`, 0, null, null), dave),
  ]);
  const partEvent = registered.find(({ event }) => api.events.parts.PartRegistered.is(event));
  if (!partEvent) throw new Error('no Parts.PartRegistered event');
  const part = partEvent.event.data[0].toNumber();

  // The tender, awarding into that escrow.
  const { address: tenderAddress, contract: tender } = await deploy(tenderBundle, escrowAddress);
  log(`escrow ${escrowAddress} and tender ${tenderAddress} deployed; gear ${part} registered for the bid`);

  // Kestrel posts: one gear of type 0, certified for standard 0, paid on custody.
  const budget = 160n * unit;
  const bond = 10n * unit;
  const price = 120n * unit;
  const now = await best();
  const commitBy = now + COMMIT_BLOCKS;
  const revealBy = commitBy + REVEAL_BLOCKS;
  const deliveryBy = revealBy + 1000;
  await call(tender, kestrel, 'post', budget, { Part: 0 }, '0x' + '5e'.repeat(32), 1, 'Custody', deliveryBy, [0], bond, commitBy, revealBy);
  log(`tender 0 posted by Kestrel: sealed bids before #${commitBy}, reveals before #${revealBy} (now #${await best()})`);

  const tenderKey = u8aToHex(decodeAddress(tenderAddress));
  await until('the indexer to see the tender instantiated', async () => {
    const d = await gql('{ events(pallet: "Contracts", variant: "Instantiated") { edges { node { fields } } } }');
    return (d?.events?.edges ?? []).some((e) => {
      try {
        return u8aToHex(decodeAddress(e.node.fields?.contract)) === tenderKey;
      } catch {
        return false;
      }
    });
  }, 60_000);

  // As //Dave: the sealed bid.
  await page.goto(base + '/deals');
  await chooseAccount('//Dave');
  await page.waitForSelector('[data-testid=account-membership]:has-text("Acme Gears")', { timeout: 30_000 });
  // it awards into an escrow of the code the console knows
  await page.waitForSelector(`[data-contract="${tenderAddress}"] [data-testid=tender-escrow][data-genuine=true]`, { timeout: 60_000 });
  const card = `[data-contract="${tenderAddress}"] [data-testid=tender-0]`;
  await page.waitForSelector(`${card}[data-phase=committing] [data-testid=tender-0-price]`, { timeout: 60_000 });
  await page.waitForSelector(`${card} [data-testid=tender-0-cert-0] option[value="0"]`, { state: 'attached', timeout: 30_000 });
  if ((await page.$eval(`${card} [data-testid=tender-0-cert-0]`, (s) => s.value)) !== '0') throw new Error("Acme's certification 0 is not the one offered for standard 0");
  await page.fill(`${card} [data-testid=tender-0-price]`, '120');
  await page.waitForSelector(`${card} [data-testid=tender-0-commit-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
  await shot('deals-tender-commit');
  await page.click(`${card} [data-testid=tender-0-commit-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=tender-0-bid-0][data-revealed=false]:has-text("Acme Gears"), ${card} [data-testid=tender-0-commit-tx-error]`, { timeout: 90_000 });
  if (await page.$(`${card} [data-testid=tender-0-commit-tx-error]`))
    throw new Error(`the commit failed: ${await page.textContent(`${card} [data-testid=tender-0-commit-tx-error]`)}`);
  const row = (await page.textContent(`${card} [data-testid=tender-0-bid-0]`)) ?? '';
  if (!row.includes('sealed') || row.includes('120')) throw new Error(`the sealed bid's row shows ${JSON.stringify(row)}`);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('amchain-tender-bid:')));
  if (kept.length !== 1 || !kept[0].includes(':0:')) throw new Error(`the browser keeps the sealed bids ${JSON.stringify(kept)}`);
  const onChain = (await tender.query.bid(dave.address, { gasLimit }, 0, 0)).output?.toJSON()?.ok;
  if (onChain?.quote !== null || onChain?.org !== 2) throw new Error(`bid 0 on chain: ${JSON.stringify(onChain)}`);
  await page.waitForSelector(`${card} [data-testid=tender-0-sealed]:has-text("kept in this browser")`, { timeout: 30_000 });
  log(`a sealed bid committed as //Dave through the Deals page (kept under ${kept[0]}; now #${await best()})`);
  await shot('deals-tender-sealed');

  // The reveal, from what the browser kept, once the bids have closed.
  await until(`block #${commitBy}`, async () => (await best()) >= commitBy, 180_000, 1000);
  const goods = `${card} [data-testid=tender-0-goods]`;
  await page.waitForSelector(`${card}[data-phase=revealing] [data-testid=tender-0-reveal]:has-text("matches your commitment")`, { timeout: 30_000 });
  await page.waitForSelector(`${goods} option[value="${part}"]`, { state: 'attached', timeout: 30_000 });
  await page.selectOption(goods, String(part));
  await page.waitForSelector(`${card} [data-testid=tender-0-reveal-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${card} [data-testid=tender-0-reveal-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=tender-0-bid-0][data-revealed=true], ${card} [data-testid=tender-0-reveal-tx-error]`, { timeout: 90_000 });
  if (await page.$(`${card} [data-testid=tender-0-reveal-tx-error]`))
    throw new Error(`the reveal failed: ${await page.textContent(`${card} [data-testid=tender-0-reveal-tx-error]`)}`);
  const revealed = (await page.textContent(`${card} [data-testid=tender-0-bid-0]`)) ?? '';
  if (!revealed.includes('120') || !revealed.includes(`part ${part}`)) throw new Error(`the revealed bid's row shows ${JSON.stringify(revealed)}`);
  log(`the bid revealed as //Dave through the Deals page: 120 for gear ${part} (now #${await best()})`);

  // The award, once the reveals have closed: Kestrel, in the page.
  await until(`block #${revealBy}`, async () => (await best()) >= revealBy, 120_000, 1000);
  await chooseAccount('//Bob//stash');
  await page.waitForSelector(`${card}[data-phase=awarding] [data-testid=tender-0-award-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
  await page.click(`${card} [data-testid=tender-0-award-tx] button.primary`);
  await page.waitForSelector(`${card}[data-phase=awarded]:has-text("Acme Gears to accept escrow order 0"), ${card} [data-testid=tender-0-award-tx-error]`, { timeout: 90_000 });
  if (await page.$(`${card} [data-testid=tender-0-award-tx-error]`))
    throw new Error(`the award failed: ${await page.textContent(`${card} [data-testid=tender-0-award-tx-error]`)}`);
  const status = (await tender.query.tender(kestrel.address, { gasLimit }, 0)).output?.toJSON()?.ok;
  if (!status?.status?.awarded || status.status.awarded.order !== 0) throw new Error(`tender 0 on chain: ${JSON.stringify(status)}`);
  const orderState = (await escrow.query.orderState(kestrel.address, { gasLimit }, 0)).output?.toJSON()?.ok;
  const order = (await escrow.query.order(kestrel.address, { gasLimit }, 0)).output?.toJSON()?.ok;
  if (orderState !== 'Proposed' || BigInt(order?.amount ?? 0) !== price || order?.sellerOrg !== 2 || order?.buyerOrg !== 6)
    throw new Error(`escrow order 0: ${JSON.stringify(orderState)} ${JSON.stringify(order)}`);
  await page.waitForSelector(`[data-contract="${escrowAddress}"] [data-testid=escrow-order-0][data-state=Proposed]:has-text("Acme Gears to accept it")`, { timeout: 60_000 });
  log('tender 0 awarded as //Bob//stash through the Deals page: escrow order 0 is Proposed for the price, awaiting Acme');
  await shot('deals-tender');

  // At a tablet's width the tenders need no horizontal scroll.
  await page.setViewportSize({ width: 1024, height: 900 });
  const section = `[data-contract="${tenderAddress}"][data-testid=tenders]`;
  const [scroll, width] = await page.$eval(section, (el) => [el.scrollWidth, el.clientWidth]);
  await page.setViewportSize({ width: 1280, height: 900 });
  if (scroll > width) throw new Error(`the tenders scroll sideways at 1024 px (${scroll} > ${width})`);
}
