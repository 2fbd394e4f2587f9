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
