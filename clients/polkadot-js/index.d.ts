// Types of amchain's JSON-RPC answers (the runtime's views as the node's serde shapes
// them: camelCase fields; balances as decimal text; names, codes and serials as text;
// hashes, keys and signatures as 0x-hex; accounts as SS58 text) and of the definitions.
import type { ApiPromise } from '@polkadot/api';
import type { DefinitionRpc } from '@polkadot/types/types';

export type AccountId = string;
export type Hash = string;
/** A balance: decimal text (it may exceed 2^53). */
export type Balance = string;
export type BlockNumber = number;

export interface Roles {
  /** The chain's bit mask (docs/records.md). */
  mask: number;
  names: string[];
}

export interface Membership {
  participant: number;
  kind: 'admin' | 'device';
  roles: Roles;
}

export interface ParticipantView {
  id: number;
  admin: AccountId;
  name: string;
  metadata: Hash;
  roles: Roles;
  suspended: boolean;
  registeredAt: BlockNumber;
  devices: number;
}

export interface StandardView {
  id: number;
  owner: number;
  code: string;
  version: number;
  requirementsHash: Hash;
  requirementsUri: string;
}

export type CertificationStatus = 'active' | 'suspended' | 'surveillanceOverdue' | 'expired' | 'revoked' | 'offered';

export interface CertificationView {
  id: number;
  participant: number;
  standard: number;
  auditor: number;
  scope: string;
  capacityUnits: number;
  capacityPeriod: BlockNumber;
  issuedAt: BlockNumber;
  validUntil: BlockNumber;
  surveillanceInterval: BlockNumber | null;
  surveillanceDue: BlockNumber | null;
  status: CertificationStatus;
  remainingCapacity: number;
}

export type PartStatus = 'active' | 'installed' | 'consumed' | 'returnedAsCore' | 'scrapped' | 'recycled';
export type TagKey = { scheme: 'sr25519' | 'ed25519' | 'ecdsa'; publicKey: string };

export interface PartTypeView {
  id: number;
  manufacturer: number;
  code: string;
  specHash: Hash;
  specUri: string;
  requiredStandards: number[];
}

export interface PartView {
  id: number;
  partType: number;
  serial: string;
  maker: number;
  certification: number | null;
  /** Owner and custodian (for an installed part, those of its assembly). */
  owner: number;
  custodian: number;
  status: PartStatus;
  parent: number | null;
  children: number;
  tag: TagKey | null;
  quarantined: boolean;
  activatedAt: BlockNumber | null;
  registeredAt: BlockNumber;
  life: number;
  records: number;
}

export type Unit = 'pieces' | 'grams' | 'millilitres' | 'millimetres' | 'squareMillimetres';

export interface LotView {
  id: number;
  material: string;
  unit: Unit;
  producer: number;
  certification: number | null;
  owner: number;
  custodian: number;
  quantity: number;
  remaining: number;
  quarantined: boolean;
  registeredAt: BlockNumber;
  records: number;
}

export type Item = { part: number } | { lot: number };

/** A part a recall cascade holds: its path from the recalled item (lots split and parts
 * transformed on the way, the part last) and its assemblies, nearest first. */
export interface ImpactEntry {
  part: number;
  path: Item[];
  assemblies: number[];
}

/** `amchain_recallImpact`: where a recall cascade stands and a page of what it holds. */
export interface RecallImpact {
  stage: 'spreading' | 'held' | 'releasing';
  /** The recall notice's hash. */
  reason: string;
  startedAt: BlockNumber;
  held: number;
  queued: number;
  entries: ImpactEntry[];
  /** Pass as `after` for the next page. */
  next: number | null;
}
export type Handover = 'custody' | 'ownership';

/** A history record's kind: a unit kind's name, or `{ name: fields }` (docs/records.md). */
export type RecordKind = string | Record<string, Record<string, unknown>>;

export interface HistoryEntry {
  index: number;
  block: BlockNumber;
  extrinsic: number | null;
  /** Milliseconds since the Unix epoch (the block's timestamp). */
  time: number;
  /** When the reporter says it happened (milliseconds), if it said. */
  reportedAt: number | null;
  /** The signing account (the all-zero account: governance). */
  actor: AccountId;
  participant: number;
  kind: RecordKind;
  data: Hash;
}

export interface HistoryPage {
  total: number;
  records: HistoryEntry[];
}

export interface TagChallenge {
  block: BlockNumber;
  blockHash: Hash;
  nonce: string;
}

export interface SignableChallenge extends TagChallenge {
  /** The exact bytes the tag signs (hex). */
  message: string;
}

export type TagVerdict = 'authentic' | 'unknownPart' | 'noTag' | 'wrongKey' | 'staleChallenge' | 'replayed';

export interface ChallengeArg {
  block: BlockNumber;
  blockHash: Hash;
  nonce: string;
}

export interface SignatureArg {
  scheme: 'sr25519' | 'ed25519' | 'ecdsa';
  signature: string;
}

export interface TagProof {
  challenge: ChallengeArg;
  signature: SignatureArg;
}

export interface PartVerification {
  partType: number;
  code: string;
  serial: string;
  maker: number;
  makerName: string;
  certification: number | null;
  registeredAt: BlockNumber;
  standards: { standard: number; certified: boolean }[];
  madeCertified: boolean;
  tagged: boolean;
  tag: TagVerdict | null;
  status: PartStatus;
  quarantined: boolean;
}

export type WarrantyKind = 'new' | 'remanufactured' | 'reconditioned' | 'repair';

export interface WarrantyView {
  id: number;
  part: number;
  partType: number;
  life: number;
  kind: WarrantyKind;
  issuer: number;
  coverage: Hash;
  covers: number[];
  issuedAt: BlockNumber;
  expiresAt: BlockNumber;
  voided: Hash | null;
  active: boolean;
  openClaim: number | null;
}

export type ClaimStatus =
  | { status: 'open' }
  | { status: 'approved'; remedy: Hash; paid: Balance }
  | { status: 'rejected'; reason: Hash }
  | { status: 'withdrawn' }
  | { status: 'ruled'; verdict: Hash; paid: Balance }
  | { status: 'defaulted'; paid: Balance };

export type ClaimView = {
  id: number;
  warranty: number;
  part: number;
  claimant: number;
  account: AccountId;
  evidence: Hash;
  filedAt: BlockNumber;
  asked: Balance;
  covered: Balance;
  respondBy: BlockNumber;
} & ClaimStatus;

export interface ReserveView {
  account: AccountId;
  amount: Balance;
  committed: Balance;
  withdrawal: { amount: Balance; at: BlockNumber; until: BlockNumber } | null;
}

export type Grade = 'a' | 'b' | 'c' | 'unusable';
export type Outcome = 'remanufactured' | 'reconditioned' | 'repaired' | 'recycled';

export interface CoreView {
  part: number;
  partType: number;
  life: number;
  returnedBy: number;
  returnedAt: BlockNumber;
  grade: { grade: Grade; report: Hash; inspector: number; at: BlockNumber } | null;
  listing: {
    seller: number;
    sellerAccount: AccountId;
    reserve: Balance;
    listedAt: BlockNumber;
    best: AccountId | null;
    bids: { account: AccountId; participant: number; amount: Balance }[];
  } | null;
}

export interface CorePolicy {
  gradingStandard: number;
  testingStandard: number;
}

export interface LicenceView {
  partType: number;
  licensor: number;
  licensee: number;
  units: number;
  period: BlockNumber;
  expiresAt: BlockNumber;
  specAccess: Hash;
  used: number;
  remaining: number;
}

export interface OutcomeView {
  life: number;
  outcome: Outcome;
  by: number;
  process: Hash;
  testReport: Hash;
  tester: number;
  at: BlockNumber;
}

export interface ChargeView {
  id: number;
  seller: number;
  sellerAccount: AccountId;
  buyer: number;
  part: number;
  partType: number;
  amount: Balance;
  paidBy: AccountId | null;
  returnBy: BlockNumber;
  deliveredAt: BlockNumber | null;
}

/** An optional block hash to read at (the best block if omitted). */
type At = [at?: Hash];

/** The amchain_* methods, typed. */
export interface AmchainRpc {
  membership(who: AccountId, ...at: At): Promise<Membership | null>;
  participant(id: number, ...at: At): Promise<ParticipantView | null>;
  standard(id: number, ...at: At): Promise<StandardView | null>;
  certification(id: number, ...at: At): Promise<CertificationView | null>;
  certificationsOf(participant: number, standard: number, ...at: At): Promise<number[]>;
  isCertified(participant: number, standard: number, ...at: At): Promise<boolean>;
  wasCertifiedAt(participant: number, standard: number, block: BlockNumber, ...at: At): Promise<boolean>;
  remainingCapacity(id: number, ...at: At): Promise<number | null>;
  core(part: number, ...at: At): Promise<CoreView | null>;
  policy(partType: number, ...at: At): Promise<CorePolicy | null>;
  licence(partType: number, licensee: number, ...at: At): Promise<LicenceView | null>;
  outcomes(part: number, ...at: At): Promise<OutcomeView[]>;
  charge(id: number, ...at: At): Promise<ChargeView | null>;
  partType(id: number, ...at: At): Promise<PartTypeView | null>;
  part(id: number, ...at: At): Promise<PartView | null>;
  partBySerial(partType: number, serial: string, ...at: At): Promise<number | null>;
  lot(id: number, ...at: At): Promise<LotView | null>;
  history(item: Item, order: 'oldestFirst' | 'newestFirst', from: number, limit: number, ...at: At): Promise<HistoryPage | null>;
  partsOf(owner: number, after: number | null, limit: number, ...at: At): Promise<number[]>;
  children(parent: number, after: number | null, limit: number, ...at: At): Promise<number[]>;
  recallImpact(root: Item, after: number | null, limit: number, ...at: At): Promise<RecallImpact | null>;
  tagChallenge(nonce: string): Promise<SignableChallenge>;
  checkTag(part: number, challenge: ChallengeArg, signature: SignatureArg, ...at: At): Promise<TagVerdict>;
  verifyPart(partType: number, serial: string, proof?: TagProof | null): Promise<PartVerification | null>;
  warrantiesOf(part: number, after: number | null, limit: number, ...at: At): Promise<WarrantyView[]>;
  warranty(id: number, ...at: At): Promise<WarrantyView | null>;
  claim(id: number, ...at: At): Promise<ClaimView | null>;
  openClaims(issuer: number, after: number | null, limit: number, ...at: At): Promise<ClaimView[]>;
  newWarrantyTerm(partType: number, ...at: At): Promise<BlockNumber | null>;
  warrantyYardstick(part: number, ...at: At): Promise<BlockNumber | null>;
  reserve(issuer: number, ...at: At): Promise<ReserveView | null>;
}

export declare const rpc: { amchain: Record<keyof AmchainRpc, DefinitionRpc> };
export declare const signedExtensions: Record<'CheckMember', { extrinsic: Record<string, never>; payload: Record<string, never> }>;
export declare const options: { rpc: typeof rpc; signedExtensions: typeof signedExtensions };

/** The amchain_* methods as async functions answering typed JSON. */
export declare function amchain(api: ApiPromise): AmchainRpc;
