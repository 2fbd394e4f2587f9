// Documents under a letter of credit, through the Deals page: Harbour Trade Bank
// (//Alice//stash) issues a credit for Kestrel in Acme's favour requiring one document
// (type 1, issued by the beneficiary) in a freshly deployed letter_of_credit; Kestrel
// consents (an ERP's call). Then in the page: as //Dave (Acme), present without the
// document — the page shows, before signing, the discrepancy the contract will record
// (type 1 missing) — and present; as //Alice//stash, honouring it is refused by the
// contract's dry run (Discrepant, in words), and the bank refuses it with a note (its
// Blake2-256 hash stated beside the contract's discrepancy); as //Dave, lodge the
// document's hash (a file chosen in the page) and present a complying presentation; as
// //Alice//stash, honour it: the credit reads drawn in full, Acme is owed the amount.
// Then the account of record: //Dave is Acme's; //Ferdie makes itself Phoenix's.
import { amchain } from '@amchain/polkadot-js';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';

export default async function creditDocuments(ctx) {
  const { api, page, base, keyring, kestrel, unit, deploy, call, until, log, shot, chooseAccount } = ctx;
  const { address, contract: lc } = await deploy(`${ctx.contractsDir}/letter_of_credit.contract`);
  const bank = keyring.addFromUri('//Alice//stash');
  const acme = keyring.addFromUri('//Dave');
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const amount = 40n * unit;
  const terms = { amount, expiry: now + 2000, latestShipment: now + 1500, partialDrawings: false, required: [{ docType: 1, issuer: 'Beneficiary', transport: false }] };
  // an examination period long enough for the bank to act in the page (300 blocks)
  await call(lc, bank, 'issue', amount, kestrel.address, acme.address, null, terms, 300);
  await call(lc, kestrel, 'consent', 0, 0);
  log(`letter of credit ${address} deployed; credit 0 issued by Harbour Trade Bank for Kestrel, consented to`);

  const scope = `[data-contract="${address}"]`;
  const row = `${scope} [data-testid=credit-0]`;
  const docs = `${scope} [data-testid=credit-0-documents]`;
  await page.goto(base + '/deals');
  await chooseAccount('//Dave');
  // the page finds contracts through the indexer when it loads
  await until('the Deals page to list the new credit', async () => {
    if ((await page.locator(`${row}[data-state=Issued]`).count()) > 0) return true;
    await page.reload();
    await page.waitForSelector(`${row}[data-state=Issued]`, { timeout: 10_000 });
    return true;
  }, 120_000, 1_000);
  await page.waitForSelector(`${docs} [data-testid=credit-0-required]:has-text("document type 1, issued by an account of Acme Gears, the beneficiary")`);

  // 1. Acme presents without the document: the page says what the contract will find.
  const findings = `${docs} [data-testid=credit-0-present-findings]`;
  await page.waitForSelector(`${findings}[data-complying=false]:has-text("no document of type 1 is presented")`, { timeout: 60_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-present-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  log(`before presenting: ${(await page.textContent(findings)).trim()}`);
  await shot('deals-credit-discrepant');
  await page.click(`${docs} [data-testid=credit-0-present-tx] button.primary`);
  await page.waitForSelector(`${docs} [data-testid=credit-0-present-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-pending-issuingbank]:has-text("no document of type 1 is presented")`, { timeout: 90_000 });
  log('a presentation without the document made as //Dave through the page: the contract recorded the discrepancy');

  // 2. The bank cannot honour it (the dry run says why) and refuses it with a note.
  await chooseAccount('//Alice//stash');
  await page.waitForSelector(`${docs} [data-testid=credit-0-honour-issuingbank-tx-refusal]:has-text("Discrepant")`, { timeout: 60_000 });
  const note = 'Commercial invoice (document type 1) not presented';
  await page.fill(`${docs} [data-testid=credit-0-refuse-issuingbank-notes]`, note);
  await page.waitForSelector(`${docs} [data-testid=credit-0-refuse-issuingbank-tx] button:has-text("stating 2 discrepancies")`, { timeout: 30_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-refuse-issuingbank-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${docs} [data-testid=credit-0-refuse-issuingbank-tx] button.primary`);
  const noteHash = blake2AsHex(note, 256);
  const refused = `${docs} [data-testid=credit-0-presentations] li[data-outcome=refused]`;
  await page.waitForSelector(`${refused}:has-text("no document of type 1 is presented"):has-text("${noteHash.slice(0, 10)}")`, { timeout: 120_000 });
  log('the bank refused it as //Alice//stash through the page, with its note');
  await shot('deals-credit-refused');

  // 3. Acme lodges the document (a file chosen in the page: only its hash leaves it) ...
  await chooseAccount('//Dave');
  const file = Buffer.from(`Commercial invoice for credit 0, e2e ${ctx.serial}\n`);
  const hash = blake2AsHex(file, 256);
  await page.waitForSelector(`${docs} [data-testid=credit-0-lodge]`, { timeout: 60_000 });
  await page.setInputFiles(`${docs} [data-testid=credit-0-lodge-file]`, { name: 'invoice.txt', mimeType: 'text/plain', buffer: file });
  await page.waitForSelector(`${docs} [data-testid=credit-0-lodge-file-hash]:has-text("${hash}")`, { timeout: 10_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-lodge-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${docs} [data-testid=credit-0-lodge-tx] button.primary`);
  await page.waitForSelector(`${docs} [data-testid=credit-0-lodge-tx-progress][data-phase=finalized]`, { timeout: 90_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-lodged] tr[data-hash="${hash}"][data-free=true]`, { timeout: 90_000 });
  log(`document ${hash.slice(0, 10)}… lodged as //Dave through the page`);

  // ... and presents it: the contract finds no discrepancy.
  await page.waitForSelector(`${docs} [data-testid=credit-0-present-doc][data-hash="${hash}"]:checked`, { timeout: 30_000 });
  await page.waitForSelector(`${findings}[data-complying=true]`, { timeout: 60_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-present-tx-fee]:not(:has-text("estimating"))`, { timeout: 30_000 });
  await page.click(`${docs} [data-testid=credit-0-present-tx] button.primary`);
  // once the presentation holds the document, the form re-reads (nothing is free to present)
  // and its progress may leave with it: the presentation pending at the bank is what counts
  await page.waitForSelector(`${docs} [data-testid=credit-0-pending-issuingbank]:has-text("The contract found no discrepancy")`, { timeout: 120_000 });
  log('a complying presentation made as //Dave through the page');

  // 4. The bank honours it: the credit is drawn in full.
  await chooseAccount('//Alice//stash');
  await page.waitForSelector(`${docs} [data-testid=credit-0-honour-issuingbank-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
  await page.click(`${docs} [data-testid=credit-0-honour-issuingbank-tx] button.primary`);
  await page.waitForSelector(`${row}[data-state=Drawn]:has-text("drawn in full by Acme Gears")`, { timeout: 120_000 });
  await page.waitForSelector(`${docs} [data-testid=credit-0-presentations] li[data-outcome=honoured]:has-text("credited to Acme Gears")`, { timeout: 120_000 });
  const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
  const credit = (await lc.query.credit(bank.address, { gasLimit }, 0)).output?.toJSON()?.ok;
  if (credit?.state !== 'Drawn') throw new Error(`credit 0 reads ${JSON.stringify(credit)}, not drawn`);
  const acmeOrg = (await amchain(api).membership(acme.address))?.participant;
  const owed = (await lc.query.payable(bank.address, { gasLimit }, acmeOrg)).output?.toJSON()?.ok;
  if (BigInt(owed ?? 0) !== amount) throw new Error(`Acme is owed ${JSON.stringify(owed)} by the contract, not the credit's amount`);
  log('the bank honoured it as //Alice//stash through the page: the credit is drawn, Acme owed its amount');
  await shot('deals-credit-documents');

  // 5. The account of record. Acme's is //Dave, who presented; Phoenix (//Ferdie) never
  // acted in this contract: it has none, and makes //Ferdie its account of record.
  const record = `${scope} [data-testid=letter-of-credit-account-of-record]`;
  await chooseAccount('//Dave');
  await page.waitForSelector(`${record} [data-testid=letter-of-credit-account-of-record-record][data-this=yes]`, { timeout: 60_000 });
  await chooseAccount('//Ferdie');
  await page.waitForSelector(`${record} [data-testid=letter-of-credit-account-of-record-record][data-this=no]:has-text("none yet")`, { timeout: 60_000 });
  await page.waitForSelector(`${record} [data-testid=letter-of-credit-account-of-record-tx-fee]:not(:has-text("estimating"))`, { timeout: 60_000 });
  await page.click(`${record} [data-testid=letter-of-credit-account-of-record-tx] button.primary`);
  // once done, the card reads the record again: this account, and the action gone
  await page.waitForSelector(`${record} [data-testid=letter-of-credit-account-of-record-record][data-this=yes]`, { timeout: 120_000 });
  const ferdie = keyring.addFromUri('//Ferdie');
  const phoenix = (await amchain(api).membership(ferdie.address))?.participant;
  const recorded = (await lc.query.accountOfRecord(bank.address, { gasLimit }, phoenix)).output?.toJSON()?.ok;
  const key = (a) => u8aToHex(decodeAddress(a));
  if (!recorded || key(recorded) !== key(ferdie.address)) throw new Error(`Phoenix's account of record reads ${JSON.stringify(recorded)}, not //Ferdie`);
  log('Phoenix made //Ferdie its account of record through the page (register_account)');
  await shot('deals-account-of-record');
}
