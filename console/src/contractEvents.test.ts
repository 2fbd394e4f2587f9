import type { Abi } from '@polkadot/api-contract';
import { describe, expect, it } from 'vitest';
import { decodeContractEvent } from './contractEvents';

// A stand-in for an Abi's events: what decodeContractEvent reads of them.
const TOPIC = '0x' + 'AA'.repeat(32);
const codec = (v: unknown) => ({ toJSON: () => v });
const abi = {
  events: [
    { signatureTopic: null, identifier: 'anonymous', args: [], fromU8a: () => ({ args: [] }) },
    {
      signatureTopic: TOPIC,
      identifier: 'letter_of_credit::letter_of_credit::DocumentLodged',
      args: [{ name: 'credit' }, { name: 'docType' }],
      fromU8a: (data: Uint8Array) => {
        if (data.length !== 2) throw new Error('bytes left over');
        return { args: [codec(data[0]), codec(data[1])] };
      },
    },
  ],
} as unknown as Abi;

describe('decodeContractEvent', () => {
  it("names the event by its signature topic and its fields by the metadata's names", () => {
    expect(decodeContractEvent(abi, { block: 9, index: 3, topics: [TOPIC.toLowerCase(), '0x00'], data: '0x0001' })).toEqual({
      block: 9,
      index: 3,
      name: 'DocumentLodged',
      fields: { credit: 0, docType: 1 },
    });
  });

  it('leaves out what is none of the contract events, or does not decode', () => {
    expect(decodeContractEvent(abi, { block: 9, index: 3, topics: ['0x' + 'bb'.repeat(32)], data: '0x0001' })).toBeNull();
    expect(decodeContractEvent(abi, { block: 9, index: 3, topics: [], data: '0x0001' })).toBeNull();
    expect(decodeContractEvent(abi, { block: 9, index: 3, topics: [TOPIC], data: '0x000102' })).toBeNull();
  });
});
