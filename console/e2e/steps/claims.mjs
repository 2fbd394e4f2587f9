// A warranty claim filed and decided on the passport: Acme Gears (//Dave) funds its
// warranty reserve, registers a gear, warrants it and hands its title and custody to
// Kestrel Wind Power (an ERP's calls); as //Bob//stash, Kestrel files a claim in the page
// (evidence as text, asking 5 units); as //Dave, Acme approves it in the page paying 5
// units from its reserve; the claim reads approved and paid, and Kestrel's admin account
// received the payout. Then Acme recalls the batch (type 0 under certification 0, the
// gear among it) by an ERP's call: the passport says its batch holds it, with a link to
// the batch's impact; released again, the passport no longer says so.
export default async function claims(ctx) {
  const { api, page, base, dave, kestrel, unit, send, log, shot, chooseAccount } = ctx;
  const events = await send(
    api,
    api.tx.utility.batchAll([
      api.tx.warranties.fundReserve(20n * unit),
      api.tx.parts.registerPart(0, `${ctx.serial}-CLAIM`, 0, null, null),
    ]),
    dave,
  );
  const part = events.find(({ event }) => api.events.parts.PartRegistered.is(event)).event.data.part.toNumber();
  const issued = await send(api, api.tx.warranties.issue(part, 'New', '0x' + '43'.repeat(32), 1000, []), dave);
  const warranty = issued.find(({ event }) => api.events.warranties.Issued.is(event)).event.data.warranty.toNumber();
  await send(api, api.tx.utility.batchAll([api.tx.parts.offer({ Part: part }, 'Ownership', 6), api.tx.parts.offer({ Part: part }, 'Custody', 6)]), dave);
  await send(api, api.tx.utility.batchAll([api.tx.parts.acceptOffer({ Part: part }, 'Ownership', null), api.tx.parts.acceptOffer({ Part: part }, 'Custody', null)]), kestrel);
  log(`gear ${part} warranted (warranty ${warranty}) and handed to Kestrel; Acme's reserve funded`);

  await page.goto(`${base}/parts/${part}`);
  await chooseAccount('//Bob//stash');
  const file = `[data-testid=claim-file-${warranty}]`;
  await page.waitForSelector(`${file} [data-testid=claim-evidence-${warranty}]`, { timeout: 60_000 });
  await page.fill(`[data-testid=claim-evidence-${warranty}]`, 'tooth 3 cracked after 40 h (e2e)');
  await page.fill(`[data-testid=claim-asked-${warranty}]`, '5');
  await page.waitForSelector(`[data-testid=claim-evidence-${warranty}-hash]:has-text("recorded as 0x")`);
  await page.waitForSelector(`[data-testid=claim-file-${warranty}-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`[data-testid=claim-file-${warranty}-tx] button.primary`);
  await page.waitForSelector(`[data-testid=claim-file-${warranty}-tx-progress][data-phase=finalized]`, { timeout: 60_000 });
  const claimRow = '[data-testid=claims] li[data-status=open]';
  await page.waitForSelector(`${claimRow}:has-text("asks 5 ")`, { timeout: 30_000 });
  const claim = Number(await page.getAttribute(claimRow, 'data-claim'));
  // the claimant may withdraw it; it may not decide it
  await page.waitForSelector(`[data-testid=claim-${claim}-withdraw-tx]`);
  if (await page.locator(`[data-testid=claim-${claim}-approve-tx]`).count()) throw new Error('the claimant is offered to approve its own claim');
  log(`claim ${claim} filed through the passport as //Bob//stash`);
  await shot('passport-claim-open');

  await chooseAccount('//Dave');
  await page.waitForSelector(`[data-testid=claim-${claim}-approve-tx-fee]`, { timeout: 30_000 });
  await page.fill(`[data-testid=claim-${claim}-remedy]`, 'refund of the gear (e2e)');
  await page.waitForSelector(`[data-testid=claim-${claim}-payout]`);
  if ((await page.inputValue(`[data-testid=claim-${claim}-payout]`)) !== '5') throw new Error('the payout does not default to what the claim asks');
  await page.waitForSelector(`[data-testid=claim-${claim}-approve-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  const before = (await api.query.system.account(kestrel.address)).data.free.toBigInt();
  await page.click(`[data-testid=claim-${claim}-approve-tx] button.primary`);
  await page.waitForSelector(`[data-testid=claims] li[data-claim="${claim}"][data-status=approved]:has-text("paid 5 ")`, { timeout: 90_000 });
  const after = (await api.query.system.account(kestrel.address)).data.free.toBigInt();
  if (after - before !== 5n * unit) throw new Error(`Kestrel's admin account received ${after - before}, not 5 units`);
  log(`claim ${claim} approved through the passport as //Dave: Kestrel paid 5 units from Acme's reserve`);
  await shot('passport-claim-approved');

  const target = { Batch: { partType: 0, certification: 0 } };
  await send(api, api.tx.parts.quarantine(target, '0x' + '66'.repeat(32)), dave);
  await page.waitForSelector(`[data-testid=recall-batch]:has-text("type 0"):has-text("certification 0"):has-text("0x66666666")`, { timeout: 60_000 });
  const impact = await page.getAttribute('[data-testid=recall-batch] a[href^="/recall"]', 'href');
  if (impact !== '/recall?batch=0&certification=0') throw new Error(`the batch recall links to ${impact}`);
  log(`gear ${part}'s passport names the batch recall that holds it`);
  await shot('passport-batch-recall');
  await send(api, api.tx.parts.release(target), dave);
  await page.waitForSelector('[data-testid=recall-batch]', { state: 'detached', timeout: 60_000 });
  log('released: the passport no longer names it');
}
