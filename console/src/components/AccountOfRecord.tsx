// An organisation's account of record in one of amchain's contracts (escrow, letter of
// credit, tender, usage rights): the person's account that may still withdraw what the
// contract owes the organisation should it be suspended (THREATS: suspension contains, it
// does not confiscate). The contracts keep the last person's account that acted for the
// organisation; after an admin key rotation the new admin makes itself the account of
// record with `register_account`, so that the old key, lost or leaked, stops being the
// one the organisation's money would go to. Shown under each contract on the Deals page
// to an account of an organisation, with the action when the record is another account.
import { useEffect, useState } from 'react';
import { useAccounts } from '../accounts';
import { readError } from '../chain';
import { accountKey } from '../consortium';
import { NOBODY, dryRun, type Instance } from '../contracts';
import { useParticipants } from '../participants';
import { ContractTx } from './ContractTx';
import { Address } from './links';

/** Whether the record names `account` (addresses compared by their public key). */
export function recordIs(record: string | null, account: string): boolean {
  if (!record) return false;
  const a = accountKey(record);
  return a !== null && a === accountKey(account);
}

export function AccountOfRecord({ instance, testId }: { instance: Instance; testId: string }) {
  const { selected, membership } = useAccounts();
  const { byId } = useParticipants();
  const mine = membership?.participant ?? null;
  // undefined: not read yet; null: none recorded
  const [record, setRecord] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    setRecord(undefined);
    if (mine === null) return;
    let cancelled = false;
    dryRun(instance, NOBODY, 'account_of_record', [mine]).then(
      (d) => {
        if (cancelled) return;
        setError(d.ok ? null : d.error);
        setRecord(d.ok && typeof d.value === 'string' ? d.value : null);
      },
      (e) => !cancelled && setError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [instance, mine, round]);
  if (mine === null || !selected) return null;
  const metadata = instance.contract.abi.json as Record<string, unknown>;
  const org = byId.get(mine)?.name ?? `organisation ${mine}`;
  const isThis = record !== undefined && recordIs(record, selected.address);
  return (
    <div className="account-of-record small" data-testid={testId}>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {record === undefined && !error && <p aria-busy="true">Reading {org}'s account of record…</p>}
      {record !== undefined && (
        <p data-testid={`${testId}-record`} data-this={isThis ? 'yes' : 'no'}>
          Should {org} be suspended, this contract pays what it owes the organisation only to its account of record:{' '}
          {record ? (
            <>
              <Address value={record} />
              {isThis ? ' (this account)' : ''}.
            </>
          ) : (
            'none yet (the first of its people to act here becomes it).'
          )}
        </p>
      )}
      {record !== undefined && !isThis && (
        <>
          <p className="muted">
            After a key rotation, make the organisation's current admin the account of record here, so that the old key, lost or leaked, is not the one its money
            would go to.
          </p>
          <ContractTx
            instance={instance}
            message="register_account"
            args={[]}
            label={`Make this account ${org}'s account of record in this contract`}
            testId={`${testId}-tx`}
            metadata={metadata}
            round={String(round)}
            onDone={() => setRound((r) => r + 1)}
          />
        </>
      )}
    </div>
  );
}
