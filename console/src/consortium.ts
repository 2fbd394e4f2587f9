// The council's motions as pallet-collective holds them (`Council.Voting`), in words, and
// who may do what with them. Pure functions (consortium.test.ts).
import { base58Encode, decodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';

/** A motion's votes (`Council.Voting`, as JSON). */
export interface Votes {
  index: number;
  threshold: number;
  ayes: string[];
  nays: string[];
  end: number;
}

export type MotionState = 'open' | 'carried' | 'failed' | 'ended';

/**
 * Where a motion stands among `members` council members at block `best`, and whether
 * anyone may close it (`Council.close`): it carried (ayes reached the threshold), it
 * cannot carry any more (too many nays), or its voting time ended (a member who did not
 * vote counts as nay: amchain's `AbsentVotesNay`).
 */
export function motionStanding(v: Votes, members: number, best: number | null): { state: MotionState; words: string; canClose: boolean } {
  const ayes = v.ayes.length;
  const nays = v.nays.length;
  if (ayes >= v.threshold)
    return { state: 'carried', words: `carried: ${ayes} of the ${v.threshold} ayes it needs; closing it executes the proposal`, canClose: true };
  if (members - nays < v.threshold)
    return { state: 'failed', words: `cannot carry: ${nays} nay${nays === 1 ? '' : 's'} leave fewer than ${v.threshold} possible ayes; closing it drops the proposal`, canClose: true };
  if (best !== null && best >= v.end)
    return { state: 'ended', words: `voting ended at block #${v.end} with ${ayes} of ${v.threshold} ayes: members who did not vote count as nay, so closing it drops the proposal`, canClose: true };
  return { state: 'open', words: `${ayes} of the ${v.threshold} ayes it needs, ${nays} nay${nays === 1 ? '' : 's'}; voting ends at block #${v.end}`, canClose: false };
}

/** An account's public key as hex, whatever its SS58 prefix; null if it is no address. */
export function accountKey(address: string): string | null {
  try {
    return u8aToHex(decodeAddress(address));
  } catch {
    return null;
  }
}

/** How `address` voted on the motion: 'aye', 'nay' or null (not yet). */
export function voteOf(v: Votes, address: string): 'aye' | 'nay' | null {
  const key = accountKey(address);
  if (key === null) return null;
  if (v.ayes.some((a) => accountKey(a) === key)) return 'aye';
  if (v.nays.some((a) => accountKey(a) === key)) return 'nay';
  return null;
}

/** Whether `address` sits on the council `members`. */
export function isMember(members: string[], address: string): boolean {
  const key = accountKey(address);
  return key !== null && members.some((m) => accountKey(m) === key);
}

/** A libp2p peer id as `NodeAuthorization` stores it (its bytes, hex) in base58. */
export function peerIdText(value: string): string {
  return isHex(value) ? base58Encode(hexToU8a(value)) : value;
}

/** A decided (or any) motion as the indexer holds it (`motions`). */
export interface MotionRecord {
  hash: string;
  proposalIndex: number | null;
  proposer: string | null;
  threshold: number | null;
  call: unknown;
  ayes: unknown;
  nays: unknown;
  endBlock: number | null;
  status: string;
  result: unknown;
  proposedBlock: number | null;
  updatedBlock: number;
}

/** The proposed call's name, `Pallet.call`, from the indexer's decoded call (`{"Pallet": {"call": {…}}}`). */
export function callTitle(call: unknown): string {
  if (call && typeof call === 'object' && !Array.isArray(call)) {
    const [pallet, inner] = Object.entries(call as Record<string, unknown>)[0] ?? [];
    if (pallet && inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const method = Object.keys(inner as Record<string, unknown>)[0];
      if (method) return `${pallet}.${method}`;
    }
    if (pallet && typeof inner === 'string') return `${pallet}.${inner}`;
  }
  return 'a call the indexer did not decode';
}

/** How many accounts a stored vote list names. */
export function countVotes(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}

/**
 * What became of a motion, in words. `moduleError` names a `{"Module": {index, error}}`
 * dispatch error (from the runtime's metadata), if the caller can.
 */
export function outcomeWords(m: Pick<MotionRecord, 'status' | 'result'>, moduleError?: (index: number, error: string) => string | null): string {
  switch (m.status) {
    case 'Executed': {
      const r = m.result as Record<string, unknown> | null;
      if (r && 'Ok' in r) return 'carried and executed: the call succeeded';
      if (r && 'Err' in r) {
        const err = r.Err as Record<string, unknown> | string | null;
        const module = err && typeof err === 'object' ? (err.Module as { index?: number; error?: string } | undefined) : undefined;
        const named = module && module.index !== undefined && module.error !== undefined && moduleError ? moduleError(module.index, module.error) : null;
        return `carried, but the call failed: ${named ?? (typeof err === 'string' ? err : JSON.stringify(err))}`;
      }
      return 'carried and executed';
    }
    case 'Approved':
      return 'carried (approved)';
    case 'Disapproved':
      return 'closed without carrying: the proposal was dropped';
    case 'Closed':
      return 'closed';
    case 'Killed':
      return 'killed by governance';
    case 'Open':
      return 'open';
    default:
      return m.status;
  }
}

/** The decided motions among `records`, the latest first. */
export function decidedMotions(records: MotionRecord[]): MotionRecord[] {
  return records
    .filter((m) => m.status !== 'Open')
    .sort((a, b) => (b.proposalIndex ?? -1) - (a.proposalIndex ?? -1) || b.updatedBlock - a.updatedBlock);
}
