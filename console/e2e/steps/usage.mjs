// Usage rights (the usage_token contract, issue 21): deploys it bound to this chain's
// genesis hash; //Dave (Acme Gears) registers a fresh gear with the api (so Acme owns it
// whether this step runs alone or after the others) and lists it for rent on the gear's
// passport (a card per usage_token contract: fee, progress, finalized); //Bob//stash
// (Kestrel Wind Power) rents it there, sending the rent the page computed for the block the
// call lands in; the card shows the rental and Kestrel authorised, the contract's
// `is_authorized` (an api query) reads true; Kestrel extends the rental; Acme pledges the
// gear to Harbour Trade Bank (//Alice//stash) and voids its grants for offline devices,
// and the bank releases the pledge, each through the page and read back from the
// contract; the Deals page lists the rental as Kestrel's. Screenshots passport-usage.png
// and deals-usage.png.
import { encodeAddress } from '@polkadot/util-crypto';

export default async function usage(ctx) {
  const { api, page, base, dave, kestrel, keyring, serial, unit, deploy, send, until, log, shot, chooseAccount, gql, contractsDir } = ctx;
  const { address, contract } = await deploy(`${contractsDir}/usage_token.contract`, api.genesisHash.toHex());
  const events = await send(api, api.tx.parts.registerPart(0, `${serial}-U`, 0, null, null), dave);
  const registered = events.find(({ event }) => api.events.parts.PartRegistered.is(event));
  if (!registered) throw new Error('no Parts.PartRegistered event');
  const part = Number(registered.event.data[0].toString());
  log(`usage_token ${address} deployed; gear ${part} registered as //Dave`);
  // the part's block comes after the contract's: once the indexer holds the part it saw the contract
  await until(`the indexer to hold part ${part}`, async () => (await gql(`{ part(id: ${part}) { id } }`))?.part?.id === part, 60_000);

  const card = `[data-testid=usage-card][data-contract="${address}"]`;
  await page.goto(`${base}/parts/${part}`);
  await chooseAccount('//Dave');
  await page.waitForSelector(`${card} [data-testid=usage-listing][data-listed=false]`, { timeout: 60_000 });
  await page.fill(`${card} [data-testid=usage-list-price]`, '0.1');
  await page.fill(`${card} [data-testid=usage-list-term]`, '1000');
  await page.waitForSelector(`${card} [data-testid=usage-list-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${card} [data-testid=usage-list-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=usage-list-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(`${card} [data-testid=usage-listing][data-listed=true]:has-text("Acme Gears lets it at 0.1 ")`, { timeout: 30_000 });
  log(`gear ${part} listed for rent as //Dave on its passport`);

  await chooseAccount('//Bob//stash');
  const kestrelAddress = encodeAddress(kestrel.publicKey, api.registry.chainSS58);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  await page.fill(`${card} [data-testid=usage-rent-until]`, String(best + 200));
  // the contract takes exactly the rent from the block the call lands in: if it lands later
  // than the page computed (a busy machine), the page says why, and the rental is sent again
  for (let attempt = 1; ; attempt++) {
    await page.waitForSelector(`${card} [data-testid=usage-rent-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
    const sends = await page.getAttribute(`${card} [data-testid=usage-rent-value]`, 'data-value');
    log(`rent: the page sends ${sends} (for block #${await page.getAttribute(`${card} [data-testid=usage-rent-value]`, 'data-landing')})`);
    await page.click(`${card} [data-testid=usage-rent-tx] button.primary`);
    // the last attempt's error stays in view until this one is signed: wait for it to go
    await page.waitForSelector(`${card} [data-testid=usage-rent-tx-error]`, { state: 'detached', timeout: 30_000 });
    const outcome = await page.waitForSelector(
      `${card} [data-testid=usage-rent-tx-progress][data-phase=finalized], ${card} [data-testid=usage-rent-tx-error]`,
      { timeout: 90_000 },
    );
    if ((await outcome.getAttribute('data-testid')) === 'usage-rent-tx-progress') break;
    const why = await page.waitForSelector(`${card} [data-testid=usage-rent-tx-reverted]`, { timeout: 30_000 }).then((e) => e.textContent());
    log(`the rental was refused in its block (${why})`);
    if (attempt === 3) throw new Error(`the rental failed three times: ${why}`);
  }
  await page.waitForSelector(`${card} [data-testid=usage-current][data-kind=rental][data-user="${kestrelAddress}"]:has-text("rented by Kestrel Wind Power")`, { timeout: 30_000 });
  await page.waitForSelector(`${card} [data-testid=usage-authorised][data-user="${kestrelAddress}"]:has-text("this account")`, { timeout: 30_000 });
  const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
  const authorised = (await contract.query.isAuthorized(kestrel.address, { gasLimit }, part, kestrel.address)).output?.toJSON();
  if (authorised?.ok !== true) throw new Error(`is_authorized(${part}, Kestrel) answered ${JSON.stringify(authorised)}`);
  log(`gear ${part} rented as //Bob//stash on its passport: is_authorized reads true`);

  // Kestrel extends the rental by 50 blocks: the page sends the rental's own price for them,
  // named on the button, and the contract's term ends 50 blocks later.
  const rented = (await contract.query.usage(kestrel.address, { gasLimit }, part)).output?.toJSON()?.ok;
  const end = Number(rented?.expires);
  if (!Number.isInteger(end)) throw new Error(`usage(${part}) reads ${JSON.stringify(rented)}`);
  const extra = 50n * (unit / 10n);
  await page.fill(`${card} [data-testid=usage-extend-until]`, String(end + 50));
  await page.waitForSelector(`${card} [data-testid=usage-extend-value][data-value="${extra}"]`, { timeout: 30_000 });
  await page.waitForSelector(`${card} [data-testid=usage-extend-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.waitForSelector(`${card} [data-testid=usage-extend-tx] button.primary:has-text("and pay 5")`, { timeout: 10_000 });
  await page.click(`${card} [data-testid=usage-extend-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=usage-extend-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  const extended = (await contract.query.usage(kestrel.address, { gasLimit }, part)).output?.toJSON()?.ok;
  if (Number(extended?.expires) !== end + 50) throw new Error(`after the extension usage(${part}) reads ${JSON.stringify(extended)}, not ending at ${end + 50}`);
  log(`the rental extended from block #${end} to #${end + 50} through the page, paying ${extra}`);

  // Acme pledges the gear to Harbour Trade Bank (//Alice//stash) and voids its signed
  // grants; the bank releases the pledge. Each through the page, each read back from the
  // contract.
  const bank = keyring.addFromUri('//Alice//stash');
  const bankAddress = encodeAddress(bank.publicKey, api.registry.chainSS58);
  await chooseAccount('//Dave');
  await page.waitForSelector(`${card} [data-testid=usage-pledge-state][data-pledged=false]`, { timeout: 60_000 });
  await page.fill(`${card} [data-testid=usage-pledge-lender]`, bankAddress);
  await page.waitForSelector(`${card} [data-testid=usage-pledge-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${card} [data-testid=usage-pledge-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=usage-pledge-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(
    `${card} [data-testid=usage-pledge-state][data-pledged=true][data-lender="${bankAddress}"]:has-text("as collateral to Harbour Trade Bank")`,
    { timeout: 30_000 },
  );
  const pledged = (await contract.query.pledgeOf(dave.address, { gasLimit }, part)).output?.toJSON()?.ok;
  if (encodeAddress(pledged?.lender ?? new Uint8Array(32), api.registry.chainSS58) !== bankAddress) throw new Error(`pledge_of(${part}) reads ${JSON.stringify(pledged)}`);
  log(`gear ${part} pledged to Harbour Trade Bank through the page: pledge_of names the bank's account`);
  await page.waitForSelector(`${card} [data-testid=usage-grant-nonce][data-nonce="0"]`, { timeout: 30_000 });
  await page.waitForSelector(`${card} [data-testid=usage-revoke-grants-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${card} [data-testid=usage-revoke-grants-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=usage-revoke-grants-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(`${card} [data-testid=usage-grant-nonce][data-nonce="1"]`, { timeout: 30_000 });
  const nonce = (await contract.query.grantNonce(dave.address, { gasLimit }, part)).output?.toJSON()?.ok;
  if (nonce !== 1) throw new Error(`grant_nonce(${part}) reads ${JSON.stringify(nonce)} after the grants were voided`);
  await shot('passport-usage');
  await chooseAccount('//Alice//stash');
  await page.waitForSelector(`${card} [data-testid=usage-release-pledge-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${card} [data-testid=usage-release-pledge-tx] button.primary`);
  await page.waitForSelector(`${card} [data-testid=usage-release-pledge-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(`${card} [data-testid=usage-pledge-state][data-pledged=false]`, { timeout: 30_000 });
  const released = (await contract.query.pledgeOf(dave.address, { gasLimit }, part)).output?.toJSON()?.ok;
  if (released !== null) throw new Error(`pledge_of(${part}) reads ${JSON.stringify(released)} after the release`);
  log('grants voided (nonce 0 → 1) by //Dave and the pledge released by //Alice//stash through the page');

  await page.goto(`${base}/deals`);
  await chooseAccount('//Bob//stash');
  await page.waitForSelector(
    `[data-testid=usage-deals][data-contract="${address}"] [data-testid=usage-part-${part}][data-kind=rental]:has-text("rented by yours")`,
    { timeout: 60_000 },
  );
  log("the Deals page lists the rental as Kestrel's");
  await shot('deals-usage');
}
