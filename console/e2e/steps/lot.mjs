// A lot's page. As an ERP would (@polkadot/api): the dev chain's sudo (//Alice) makes Acme
// Gears (organisation 2) a producer too; Acme (//Dave) registers a lot of 1000 g of steel,
// registers a new gear that consumes 250 g of it, and splits 300 g off into a new lot.
// Then in the browser: the lot's page shows the registration, the consumption (linking the
// gear) and the split (linking the new lot) in its timeline, and what is left; the new
// lot's page shows where it was split from; //Dave offers the new lot's custody to Kestrel
// on its page and //Bob//stash accepts it there; //Dave recalls the first lot with everything
// made from it from its recall page (Parts.recall, the recall cascade), both lots' pages say
// a recall holds them, the recall page says the cascade holds one part, and the gear's
// passport says the lot's recall holds it. Screenshot lot.png.
export default async function lot({ api, page, base, keyring, dave, send, log, shot, chooseAccount, serial, gql }) {
  const alice = keyring.addFromUri('//Alice');

  // Acme may register lots: the producer role beside its others (sudo, as a registrar would).
  const producerBit = 1 << 1; // primitives' Role::Producer = 1
  const acme = (await api.query.certifications.participants(2)).unwrap();
  const roles = acme.roles.toJSON();
  if ((roles & producerBit) === 0) {
    const events = await send(api, api.tx.sudo.sudo(api.tx.certifications.updateParticipant(2, null, null, roles | producerBit, null)), alice);
    const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
    if (!sudid || !sudid.event.data[0].isOk) throw new Error(`sudo update_participant failed: ${sudid?.event.data[0].toString()}`);
  }
  const rolesNow = (await api.query.certifications.participants(2)).unwrap().roles.toJSON();
  if ((rolesNow & producerBit) === 0) throw new Error(`Acme Gears is no producer (roles ${rolesNow})`);

  // The lot, a gear made from it, the split: one batch, the ids read from its events.
  const events = await send(
    api,
    api.tx.utility.batchAll([
      api.tx.parts.registerLot('STEEL-42CrMo4-E2E', 1000, 'Grams', null, null),
      api.tx.parts.registerPart(0, `${serial}-LOT`, 0, null, null),
    ]),
    dave,
  );
  const lotId = events.find(({ event }) => api.events.parts.LotRegistered.is(event))?.event.data[0].toNumber();
  const partId = events.find(({ event }) => api.events.parts.PartRegistered.is(event))?.event.data[0].toNumber();
  if (lotId === undefined || partId === undefined) throw new Error('no LotRegistered or PartRegistered event');
  const more = await send(api, api.tx.utility.batchAll([api.tx.parts.consume(lotId, partId, 250), api.tx.parts.splitLot(lotId, 300)]), dave);
  const splitEvent = more.find(({ event }) => api.events.parts.LotSplit.is(event));
  if (!splitEvent) throw new Error('no LotSplit event');
  const newLot = splitEvent.event.data[1].toNumber();
  log(`Acme made a producer; lot ${lotId} registered (1000 g), 250 g consumed into gear ${partId}, 300 g split off into lot ${newLot} (finalized)`);

  // The lot's page: its records in words, with links.
  await page.goto(`${base}/lots/${lotId}`);
  const timeline = '[data-testid=timeline]';
  await page.waitForSelector(`${timeline} li[data-kind=Registered]:has-text("Acme Gears")`, { timeout: 30_000 });
  await page.waitForSelector(`${timeline} li[data-kind=ConsumedInto]:has-text("250 g went into part ${partId}") a[href="/parts/${partId}"]`, { timeout: 30_000 });
  await page.waitForSelector(`${timeline} li[data-kind=SplitInto]:has-text("300 g split off into lot ${newLot}") a[href="/lots/${newLot}"]`, { timeout: 30_000 });
  await page.waitForSelector('[data-testid=lot-quantity]:has-text("450 g left of 1,000 g registered")', { timeout: 30_000 });
  await page.waitForSelector(`[data-testid=lot-consumers] a[href="/parts/${partId}"]`);
  const text = await page.textContent(timeline);
  const doubled = text.match(/\b(part|lot|record|certification) \1\b/);
  if (doubled) throw new Error(`a record names its link's noun twice: "${doubled[0]}" in ${text}`);
  log(`lot ${lotId}'s page: registered, consumed into part ${partId}, split into lot ${newLot}`);

  // The new lot's page (the node answers for it): where it came from, and its hand-over.
  await page.click(`${timeline} li[data-kind=SplitInto] a[href="/lots/${newLot}"]`);
  await page.waitForSelector(`${timeline} li[data-kind=SplitFrom]:has-text("300 g of its material") a[href="/lots/${lotId}"]`, { timeout: 30_000 });
  await page.waitForSelector('[data-testid=lot-quantity]:has-text("300 g left of 300 g split off")');
  await chooseAccount('//Dave');
  await page.waitForSelector('[data-testid=account-membership]:has-text("Acme Gears")');
  await page.selectOption('[data-testid=handover-to]', '6');
  await page.waitForSelector('[data-testid=offer-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
  await page.click('[data-testid=offer-tx] button.primary');
  await page.waitForSelector('[data-testid=offer-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  await chooseAccount('//Bob//stash');
  await page.waitForSelector('[data-testid=accept-custody-tx-fee]:not(:has-text("estimating"))', { timeout: 30_000 });
  await page.click('[data-testid=accept-custody-tx] button.primary');
  await page.waitForSelector('[data-testid=accept-custody-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=custodian]:has-text("Kestrel Wind Power")', { timeout: 30_000 });
  await page.waitForSelector(`${timeline} li[data-kind=Accepted]:has-text("Kestrel Wind Power")`, { timeout: 30_000 });
  const custodian = (await api.query.parts.lots(newLot)).unwrap().custodian.toNumber();
  if (custodian !== 6) throw new Error(`lot ${newLot}'s custodian on chain is ${custodian}, not Kestrel (6)`);
  log(`lot ${newLot}'s custody offered by //Dave and accepted by //Bob//stash on its page`);

  // The recall of the first lot, from its recall page, as its producer.
  await page.goto(`${base}/recall?lot=${lotId}`);
  await chooseAccount('//Dave');
  await page.waitForSelector('[data-testid=impact-table] tbody tr', { timeout: 60_000 });
  await page.fill('[data-testid=recall-reason]', 'steel heat out of specification (e2e)');
  await page.waitForSelector('[data-testid=recall-cascade-tx-fee]:not(:has-text("estimating"))', { timeout: 20_000 });
  await page.click('[data-testid=recall-cascade-tx] button.primary');
  await page.waitForSelector('[data-testid=recall-cascade-tx-progress][data-phase=finalized]', { timeout: 60_000 });
  // The cascade holds the gear from the next block on: the page reads it back.
  await page.reload();
  await page.waitForSelector('[data-testid=recall-cascade]:has-text("held, holding 1 part")', { timeout: 60_000 });
  log(`lot ${lotId} recalled with everything made from it from its recall page as //Dave: the cascade holds 1 part`);
  await page.goto(`${base}/parts/${partId}`);
  await page.waitForSelector(`[data-testid=recall-cascade-hold] a[href="/recall?lot=${lotId}"]`, { timeout: 60_000 });
  await page.waitForSelector(`${timeline} li[data-kind=Held]:has-text("Held by the recall of lot ${lotId}")`, { timeout: 60_000 });
  log(`gear ${partId}'s passport says the recall of lot ${lotId} holds it, and its timeline records it`);

  // Both lots' pages say a recall holds them.
  await page.goto(`${base}/lots/${lotId}`);
  await page.waitForSelector('[data-testid=lot-recall-state][data-state=quarantined]:has-text("Held by a recall")', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=lot-recall]:has-text("quarantined")');
  await page.waitForSelector(`${timeline} li[data-kind=Quarantined]`, { timeout: 30_000 });
  await page.waitForSelector('[data-testid=offer-tx]:has-text("quarantined by a recall")');
  await shot('lot');
  await page.goto(`${base}/lots/${newLot}`);
  await page.waitForSelector(`[data-testid=lot-recall-state][data-state=held]:has-text("Held by a recall") a[href="/lots/${lotId}"]`, { timeout: 30_000 });
  log(`lot ${lotId}'s page says it is quarantined, lot ${newLot}'s that the recall holds it`);
  // docs/console.md, "Not yet done": the indexer takes LotSplit's `into` for a part
  const indexed = await gql(`{ lot(id: ${newLot}) { id history { edges { node { kind } } } } }`);
  log(`the indexer's lot ${newLot}: ${JSON.stringify(indexed?.lot ?? null)}`);
}
