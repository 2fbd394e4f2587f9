// amchain's JSON-RPC methods and signed extension for @polkadot/api (README.md).
//
//   import { ApiPromise, WsProvider } from '@polkadot/api';
//   import { amchain, options } from '@amchain/polkadot-js';
//   const api = await ApiPromise.create({ provider: new WsProvider('ws://127.0.0.1:9944'), ...options });
//   const part = await amchain(api).part(0); // typed: PartView | null
//
// Every amchain_* method answers JSON (the runtime's views as serde shapes them: camelCase
// fields, balances as decimal text, names as text, hashes and keys as hex, accounts in
// SS58), so each is declared with the result type `Json`; index.d.ts types the shapes.
// The methods and their parameters are those of node/src/rpc/*.rs (a test checks).

/** `rpc` for ApiPromise.create: api.rpc.amchain.* */
export const rpc = {
  amchain: {
    membership: {
      description: 'The organisation an account acts for and the roles it may use (null if none or suspended).',
      params: [{ name: 'who', type: 'AccountId' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    participant: {
      description: 'A participant\'s (organisation\'s) record.',
      params: [{ name: 'id', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    standard: {
      description: 'A standard\'s record.',
      params: [{ name: 'id', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    certification: {
      description: 'A certification\'s record and its standing at the block.',
      params: [{ name: 'id', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    certificationsOf: {
      description: 'The ids of the certifications a participant accepted for a standard, in any status.',
      params: [{ name: 'participant', type: 'u32' }, { name: 'standard', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    isCertified: {
      description: 'Whether the participant holds a valid certification for the standard.',
      params: [{ name: 'participant', type: 'u32' }, { name: 'standard', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    wasCertifiedAt: {
      description: 'Whether the participant held a valid certification for the standard at block `block`.',
      params: [{ name: 'participant', type: 'u32' }, { name: 'standard', type: 'u32' }, { name: 'block', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    remainingCapacity: {
      description: 'Units the certification may still produce in the current period.',
      params: [{ name: 'id', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    core: {
      description: 'A returned core: grade and listing with its bids.',
      params: [{ name: 'part', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    policy: {
      description: 'A part type\'s core policy: the standards its grading and testing need.',
      params: [{ name: 'partType', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    licence: {
      description: 'A licensee\'s remanufacturing licence for a part type.',
      params: [{ name: 'partType', type: 'u32' }, { name: 'licensee', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    outcomes: {
      description: 'A part\'s lives\' outcomes (remanufactured, reconditioned, repaired, recycled).',
      params: [{ name: 'part', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    charge: {
      description: 'A core charge (deposit) and its term.',
      params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    partType: {
      description: 'A part type\'s record.',
      params: [{ name: 'id', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    part: {
      description: 'A part\'s record, with its effective owner and custodian and recall state.',
      params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    partBySerial: {
      description: 'The id of the part of a type with a serial number.',
      params: [{ name: 'partType', type: 'u32' }, { name: 'serial', type: 'Text' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    lot: {
      description: 'A lot\'s record.',
      params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    history: {
      description: 'A page of an item\'s history: `item` {part: id} or {lot: id}, `order` oldestFirst or newestFirst, from record index `from`, at most `limit` records.',
      params: [{ name: 'item', type: 'Json' }, { name: 'order', type: 'Text' }, { name: 'from', type: 'u32' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    partsOf: {
      description: 'The parts an organisation owns, a page at a time after part `after`.',
      params: [{ name: 'owner', type: 'u32' }, { name: 'after', type: 'Option<u64>' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    children: {
      description: 'The parts installed in a part, a page at a time after part `after`.',
      params: [{ name: 'parent', type: 'u64' }, { name: 'after', type: 'Option<u64>' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    recallImpact: {
      description: 'What the recall cascade of a recalled lot or part holds: `root` {lot: id} or {part: id}; its stage, counts and a page of held parts after part `after`, each with its path from the root and its assemblies (null without a cascade).',
      params: [{ name: 'root', type: 'Json' }, { name: 'after', type: 'Option<u64>' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    tagChallenge: {
      description: 'A fresh challenge for a tag to sign, with the reader\'s 16-byte nonce; `message` is what the tag signs (from the node\'s best block).',
      params: [{ name: 'nonce', type: 'Bytes' }],
      type: 'Json',
    },
    checkTag: {
      description: 'Whether a tag\'s signature over a challenge proves the part is genuine: authentic, unknownPart, noTag, wrongKey, staleChallenge or replayed.',
      params: [{ name: 'part', type: 'u64' }, { name: 'challenge', type: 'Json' }, { name: 'signature', type: 'Json' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    verifyPart: {
      description: 'A verifier\'s answer for a part in hand by type and serial (public): its maker and certifications when made, status, recall, and with a tag\'s proof whether the tag is the part\'s.',
      params: [{ name: 'partType', type: 'u32' }, { name: 'serial', type: 'Text' }, { name: 'proof', type: 'Json', isOptional: true }],
      type: 'Json',
    },
    warrantiesOf: {
      description: 'A part\'s warranties, a page at a time after warranty `after`, each with whether it is in force.',
      params: [{ name: 'part', type: 'u64' }, { name: 'after', type: 'Option<u64>' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    warranty: {
      description: 'A warranty.',
      params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    claim: {
      description: 'A warranty claim, with how it was resolved.',
      params: [{ name: 'id', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    openClaims: {
      description: 'The open claims an issuer must resolve, a page at a time.',
      params: [{ name: 'issuer', type: 'u32' }, { name: 'after', type: 'Option<u64>' }, { name: 'limit', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    newWarrantyTerm: {
      description: 'A part type\'s new-warranty term, in blocks.',
      params: [{ name: 'partType', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    warrantyYardstick: {
      description: 'The term a part\'s warranties are held to: its type\'s new-warranty term when it was made, in blocks.',
      params: [{ name: 'part', type: 'u64' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    reserve: {
      description: 'An issuer\'s claim reserve.',
      params: [{ name: 'issuer', type: 'u32' }, { name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
  },
};

/** amchain's signed extension: it carries no data (a node refuses a transaction of an account of no organisation). */
export const signedExtensions = {
  CheckMember: { extrinsic: {}, payload: {} },
};

/** Both, to spread into ApiPromise.create's options. */
export const options = { rpc, signedExtensions };

const names = Object.keys(rpc.amchain);

/**
 * The amchain_* methods as async functions answering plain JSON (`api` created with
 * `options`; without them, the methods are sent as raw JSON-RPC calls).
 */
export function amchain(api) {
  const out = {};
  for (const name of names) {
    out[name] = async (...args) => {
      const method = api.rpc.amchain?.[name];
      if (method) return (await method(...args)).toJSON();
      return api._rpcCore.provider.send(`amchain_${name}`, args);
    };
  }
  return out;
}
