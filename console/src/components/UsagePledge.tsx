// A part's pledge and the owner's grants for offline devices, under its usage rights:
// the lien as `pledge_of` answers it, the owner pledging the part to a lender and the
// lender releasing it (`pledge`, `release_pledge`), and the owner voiding every grant it
// signed for offline devices (`revoke_signed_grants`). Each action is offered when a dry
// run as the signing account says the contract would accept it (ContractTx).
import { useState } from 'react';
import { useAccounts } from '../accounts';
import { useChain } from '../chain';
import type { Instance } from '../contracts';
import { ss58 } from '../format';
import { parsePledge, pledgeWords, type Words } from '../usage';
import { ContractTx, useDryRun } from './ContractTx';

/** The errors that only say the signing account has no part in it: not shown as refusals. */
const NOT_MINE = ['NotOwner', 'NotLender', 'NotPledged', 'BadLender', 'AlreadyPledged'];

export function PledgeAndGrants({
  instance,
  metadata,
  partId,
  round,
  words,
  onDone,
}: {
  instance: Instance;
  metadata: Record<string, unknown>;
  partId: number;
  /** Changes when the part's use may have changed: everything is read again. */
  round: string;
  words: Words;
  onDone: () => void;
}) {
  const { api } = useChain();
  const { selected } = useAccounts();
  const [mine, setMine] = useState(0);
  const again = `${round}-${mine}`;
  const done = () => {
    setMine((n) => n + 1);
    onDone();
  };
  const pledge = useDryRun(instance, 'pledge_of', [partId], again);
  const nonce = useDryRun(instance, 'grant_nonce', [partId], again);
  const [lender, setLender] = useState('');
  const lenderOk = ss58(api, lender.trim());
  const standing = pledge?.ok ? parsePledge(pledge.value) : null;
  if (!selected) return null;
  return (
    <div className="usage-pledge" data-testid="usage-pledge">
      <h3>Pledge</h3>
      <p data-testid="usage-pledge-state" data-pledged={String(!!standing)} data-lender={standing ? (ss58(api, standing.lender) ?? standing.lender) : ''}>
        {pledge === null ? '…' : standing ? `The part is ${pledgeWords(standing, words)}.` : 'Not pledged through this contract.'}
      </p>
      {/* Each action stays mounted whatever the pledge's state, so that one sent keeps its
          progress in view after its block changes what pledge_of answers. */}
      <ContractTx
        instance={instance}
        message="release_pledge"
        args={[partId]}
        // by the lender's organisation; or, once a sale voided the pledge (pledge_of then
        // answers none), by the owner now, which clears the record
        label={standing ? 'Release the pledge' : 'Clear the pledge a sale voided'}
        testId="usage-release-pledge-tx"
        metadata={metadata}
        round={again}
        quiet={NOT_MINE}
        onDone={done}
      />
      <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-pledge-h-${instance.address}`}>
        {!standing && (
          <>
            <h4 id={`usage-pledge-h-${instance.address}`}>Pledge it as collateral</h4>
            <label>
              Lender's account (of another organisation)
              <input value={lender} onChange={(e) => setLender(e.target.value)} data-testid="usage-pledge-lender" size={50} spellCheck={false} />
            </label>
            {lender.trim() !== '' && !lenderOk && <p className="note">“{lender.trim()}” is not an account address.</p>}
          </>
        )}
        <ContractTx
          instance={instance}
          message="pledge"
          args={lenderOk ? [partId, lenderOk] : null}
          label="Pledge the part to this lender"
          testId="usage-pledge-tx"
          metadata={metadata}
          round={again}
          quiet={standing ? NOT_MINE : []}
          preview={() => (
            <p className="small">
              A lien flag only the lender's organisation lifts; selling the part voids it for good. It does not stop a sale, a rental or a grant: a lender who needs that agrees
              it with the owner off chain.
            </p>
          )}
          onDone={done}
        />
      </form>
      <h3>Grants for offline devices</h3>
      <p className="small" data-testid="usage-grant-nonce" data-nonce={nonce?.ok ? String(nonce.value) : ''}>
        A device that checks offline accepts a grant the owner signed only if it carries the part's revocation nonce, now{' '}
        <strong>{nonce?.ok ? String(nonce.value) : '…'}</strong> (docs/contracts.md, “Controllers and offline devices”). Voiding them raises it: every grant signed so far
        stops working once the device next learns the new nonce.
      </p>
      <ContractTx
        instance={instance}
        message="revoke_signed_grants"
        args={[partId]}
        label="Void every grant signed for this part so far"
        testId="usage-revoke-grants-tx"
        metadata={metadata}
        round={again}
        quiet={NOT_MINE}
        onDone={done}
      />
    </div>
  );
}
