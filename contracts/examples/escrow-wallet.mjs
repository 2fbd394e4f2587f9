// A wallet calling amchain's escrow contract with polkadot.js (README "Calling a contract").
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { ContractPromise } from '@polkadot/api-contract';
import { readFileSync } from 'node:fs';

const [url, address, bundle] = process.argv.slice(2);
const api = await ApiPromise.create({ provider: new WsProvider(url) });
// On the dev chain (docs/dev-chain.md): Kestrel Wind Power (//Bob//stash) buys part 0
// from Acme Gears (//Dave, 5DAA…), which must have registered it first.
const buyer = new Keyring({ type: 'sr25519' }).addFromUri('//Bob//stash');
const seller = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const escrow = new ContractPromise(api, JSON.parse(readFileSync(bundle, 'utf8')), address);

// A free dry run (no transaction): what the contract holds, and an order.
const gasLimit = api.registry.createType('WeightV2', { refTime: 100_000_000_000n, proofSize: 1_000_000n });
const owed = await escrow.query.owed(buyer.address, { gasLimit });
console.log('owed', owed.output.toHuman());
const order = await escrow.query.order(buyer.address, { gasLimit }, 0);
console.log('order 0', JSON.stringify(order.output.toHuman()));

// A signed call: dry-run for the gas it needs, then submit and wait for the block.
const goods = { Part: 0 };
const paidOn = 'Custody';
const value = 2_000_000_000_000n;
const dry = await escrow.query.open(buyer.address, { gasLimit, value },
  seller, goods, paidOn, 100000, null, null, []);
console.log('open (dry run)', JSON.stringify(dry.output.toHuman()), 'gas', dry.gasRequired.toHuman());
await new Promise((resolve, reject) => escrow.tx
  .open({ gasLimit: dry.gasRequired, storageDepositLimit: null, value },
    seller, goods, paidOn, 100000, null, null, [])
  .signAndSend(buyer, ({ status, dispatchError }) => {
    if (dispatchError) reject(dispatchError.toString());
    if (status.isInBlock) resolve();
  }));
console.log('order count', (await escrow.query.orderCount(buyer.address, { gasLimit })).output.toHuman());
// The order binds once the seller (//Dave) calls `accept`; it is paid to the seller's
// organisation after delivery (`release`), and the seller collects it with `withdraw`.
await api.disconnect();
