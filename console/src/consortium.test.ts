import { describe, expect, it } from 'vitest';
import { callTitle, countVotes, decidedMotions, isMember, motionStanding, outcomeWords, peerIdText, voteOf, type MotionRecord, type Votes } from './consortium';

// //Alice, //Bob, //Charlie (generic prefix 42), and //Bob with Polkadot's prefix 0
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const BOB_POLKADOT = '14E5nqKAp3oAJcmzgZhUD2RcptBeUBScxKHgJKU4HPNcKVf3';

const votes = (ayes: string[], nays: string[] = []): Votes => ({ index: 4, threshold: 2, ayes, nays, end: 100 });

describe('motionStanding', () => {
  it('open until it carries, cannot carry, or its time ends', () => {
    expect(motionStanding(votes([ALICE]), 3, 50)).toEqual({
      state: 'open',
      words: '1 of the 2 ayes it needs, 0 nays; voting ends at block #100',
      canClose: false,
    });
    const carried = motionStanding(votes([ALICE, BOB]), 3, 50);
    expect(carried.state).toBe('carried');
    expect(carried.canClose).toBe(true);
    // two nays of three members: at most one aye is left, under the threshold of two
    expect(motionStanding(votes([], [BOB, CHARLIE]), 3, 50)).toMatchObject({ state: 'failed', canClose: true });
    expect(motionStanding(votes([ALICE], [BOB]), 3, 50).state).toBe('open');
    expect(motionStanding(votes([ALICE], [BOB]), 3, 100)).toMatchObject({ state: 'ended', canClose: true });
    expect(motionStanding(votes([ALICE]), 3, null).state).toBe('open');
  });
});

describe('votes and members', () => {
  it('match an account whatever its SS58 prefix', () => {
    const v = votes([ALICE], [BOB]);
    expect(voteOf(v, ALICE)).toBe('aye');
    expect(voteOf(v, BOB_POLKADOT)).toBe('nay');
    expect(voteOf(v, CHARLIE)).toBeNull();
    expect(voteOf(v, 'not an address')).toBeNull();
    expect(isMember([ALICE, BOB], BOB_POLKADOT)).toBe(true);
    expect(isMember([ALICE, BOB], CHARLIE)).toBe(false);
    expect(isMember([ALICE], '')).toBe(false);
  });

  it('shows a peer id as libp2p prints it', () => {
    // the dev node key 0x…01's peer id, as amchain-node logs it
    expect(peerIdText('0x0024080112201ce5f00ef6e89374afb625f1ae4c1546d31234e87e3c3f51a62b91dd6bfa57df')).toBe(
      '12D3KooWBmAwcd4PJNJvfV89HwE48nwkRmAgo8Vy3uQEyNNHBox2',
    );
    expect(peerIdText('12D3KooW…')).toBe('12D3KooW…');
  });
});

describe('decided motions from the indexer', () => {
  const record = (index: number, status: string, result: unknown = null, updatedBlock = 10): MotionRecord => ({
    hash: `0x${index}`,
    proposalIndex: index,
    proposer: null,
    threshold: 2,
    call: { Certifications: { suspend: { participant: 3 } } },
    ayes: ['0x01', '0x02'],
    nays: [],
    endBlock: 100,
    status,
    result,
    proposedBlock: 5,
    updatedBlock,
  });
  it('names the call and counts the votes', () => {
    expect(callTitle({ Certifications: { suspend: { participant: 3 } } })).toBe('Certifications.suspend');
    expect(callTitle({ System: 'remark_all' })).toBe('System.remark_all');
    expect(callTitle(null)).toBe('a call the indexer did not decode');
    expect(callTitle([1, 2])).toBe('a call the indexer did not decode');
    expect(countVotes(['0x01', '0x02'])).toBe(2);
    expect(countVotes(null)).toBe(0);
  });
  it('says what became of each, with a module error named when it can be', () => {
    expect(outcomeWords(record(0, 'Executed', { Ok: null }))).toMatch(/succeeded/);
    const failed = record(1, 'Executed', { Err: { Module: { index: 8, error: '0x03000000' } } });
    expect(outcomeWords(failed, (i, e) => (i === 8 && e === '0x03000000' ? 'Certifications.UnknownParticipant' : null))).toBe(
      'carried, but the call failed: Certifications.UnknownParticipant',
    );
    expect(outcomeWords(failed)).toMatch(/failed: \{"Module"/);
    expect(outcomeWords(record(2, 'Disapproved'))).toMatch(/dropped/);
    expect(outcomeWords(record(3, 'Killed'))).toMatch(/killed/);
  });
  it('lists the decided ones, latest first', () => {
    const list = decidedMotions([record(0, 'Executed', { Ok: null }), record(1, 'Open'), record(2, 'Disapproved')]);
    expect(list.map((m) => m.proposalIndex)).toEqual([2, 0]);
  });
});
