// Submitting an extrinsic: its fee estimate first, then its progress (in block, finalized)
// and, if it fails, the pallet's error name and doc from the metadata.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import type { Account } from './accounts';
import { errorText } from './shape';

export type TxPhase =
  | { phase: 'idle' }
  | { phase: 'signing' }
  | { phase: 'submitted' }
  | { phase: 'inBlock'; block: string }
  | { phase: 'finalized'; block: string }
  | { phase: 'failed'; error: string; block?: string };

/** A dispatch error in words (the pallet's error name and its doc). */
export function describeDispatchError(api: ApiPromise, err: DispatchError): string {
  if (err.isModule) {
    try {
      const meta = api.registry.findMetaError(err.asModule);
      return errorText({ section: meta.section, name: meta.name, docs: meta.docs }, err.toString());
    } catch {
      return err.toString();
    }
  }
  if (err.isToken) return `Token.${err.asToken.type}: the account cannot pay or hold this`;
  if (err.isArithmetic) return `Arithmetic.${err.asArithmetic.type}`;
  if (err.isBadOrigin) return 'BadOrigin: this account may not make this call';
  return err.type;
}

/** What the extrinsic will cost the account (the fee estimate, in the smallest unit). */
export async function estimateFee(tx: SubmittableExtrinsic<'promise'>, account: Account): Promise<bigint> {
  const info = await tx.paymentInfo(account.pair ?? account.address);
  return info.partialFee.toBigInt();
}

/**
 * Signs and submits; calls `onPhase` at each step. Resolves once the extrinsic is
 * finalized (or failed). A transaction the pool refuses (e.g. the members-only check)
 * fails with the node's message.
 */
export function submit(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  account: Account,
  onPhase: (p: TxPhase) => void,
): Promise<TxPhase> {
  return new Promise((resolve) => {
    let failed: string | null = null;
    const finish = (p: TxPhase) => {
      onPhase(p);
      resolve(p);
    };
    onPhase({ phase: 'signing' });
    const signer = account.pair ?? account.address;
    const options = account.pair ? {} : { signer: account.signer };
    tx.signAndSend(signer, options, (result) => {
      const { status, dispatchError } = result;
      if (dispatchError && failed === null) failed = describeDispatchError(api, dispatchError);
      if (status.isReady || status.isBroadcast) onPhase({ phase: 'submitted' });
      else if (status.isInBlock) {
        const block = status.asInBlock.toHex();
        if (failed) finish({ phase: 'failed', error: failed, block });
        else onPhase({ phase: 'inBlock', block });
      } else if (status.isFinalized) {
        const block = status.asFinalized.toHex();
        if (failed) finish({ phase: 'failed', error: failed, block });
        else finish({ phase: 'finalized', block });
      } else if (status.isDropped || status.isInvalid || status.isUsurped || status.isFinalityTimeout) {
        finish({ phase: 'failed', error: `the transaction was ${status.type.toLowerCase()} by the pool` });
      }
    }).catch((e: Error) => finish({ phase: 'failed', error: poolError(e.message) }));
  });
}

/** The pool's refusal in words: "1010: Invalid Transaction: Custom error: 1" and the like. */
export function poolError(message: string): string {
  if (/Inability to pay some fees/i.test(message)) return `${message}: the account cannot pay the fee`;
  if (/Custom error/i.test(message)) return `${message}: the chain refused the signer (on a members-only chain, only accounts of an active organisation may transact)`;
  if (/Cancelled|rejected/i.test(message)) return `Signing was cancelled (${message})`;
  return message;
}
