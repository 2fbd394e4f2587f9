// The shell: the chain in the header, the account picker, the navigation, one URL per view.
import { useEffect, useState, type ReactNode } from 'react';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router-dom';
import { AccountsProvider, useAccounts } from './accounts';
import { ChainProvider, useChain } from './chain';
import { CopyButton, ParticipantLink } from './components/links';
import { ViewBoundary } from './components/ViewBoundary';
import type { ConsoleConfig } from './config';
import { formatAmount, formatNumber, userLocale } from './format';
import { ParticipantsProvider } from './participants';
import { CertificationsView } from './views/Certifications';
import { ConsortiumView } from './views/Consortium';
import { DealsView } from './views/Deals';
import { HomeView } from './views/Home';
import { LotView } from './views/Lot';
import { ParticipantView } from './views/Participant';
import { PartsView } from './views/Parts';
import { PassportView } from './views/Passport';
import { RecallView } from './views/Recall';

export function App({ config }: { config: ConsoleConfig }) {
  return (
    <ChainProvider endpoint={config.node} tokenTtl={config.accessTokenTtl}>
      <AccountsProvider dev={config.devAccounts}>
        <ParticipantsProvider>
          <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
            <a href="#main" className="skip">
              Skip to content
            </a>
            <Header />
            <main id="main" tabIndex={-1}>
              <ViewBoundary>
                <Routes>
                  <Route path="/" element={<HomeView />} />
                  <Route path="/parts" element={<PartsView />} />
                  <Route path="/parts/:id" element={<PassportView />} />
                  <Route path="/lots/:id" element={<LotView />} />
                  <Route path="/recall" element={<RecallView />} />
                  <Route path="/certifications" element={<CertificationsView />} />
                  <Route path="/certifications/:id" element={<CertificationsView />} />
                  <Route path="/participants/:id" element={<ParticipantView />} />
                  <Route path="/consortium" element={<ConsortiumView />} />
                  <Route path="/deals" element={<DealsView />} />
                  <Route path="*" element={<p>There is no page here. Choose a view above.</p>} />
                </Routes>
              </ViewBoundary>
            </main>
          </BrowserRouter>
        </ParticipantsProvider>
      </AccountsProvider>
    </ChainProvider>
  );
}

function Header() {
  const { info, error, endpoint } = useChain();
  const locale = userLocale();
  return (
    <header className="top">
      <div className="brand">
        <strong>amchain</strong> console
      </div>
      <div className="chain" data-testid="chain-status" aria-live="off">
        {info ? (
          <>
            <span title={endpoint}>{info.name}</span>
            <span>
              runtime {info.specName} v{info.specVersion}
            </span>
            <span>
              best <b data-testid="best">#{info.best === null ? '…' : formatNumber(info.best, locale)}</b>
            </span>
            <span>
              finalized <b data-testid="finalized">#{info.finalized === null ? '…' : formatNumber(info.finalized, locale)}</b>
            </span>
          </>
        ) : (
          <span className={error ? 'error' : ''}>{error ?? `connecting to ${endpoint}…`}</span>
        )}
      </div>
      <AccountPicker />
      <AccessNotice />
      <nav aria-label="Views">
        <NavLink to="/" end>
          Overview
        </NavLink>
        <NavLink to="/parts">Parts</NavLink>
        <NavLink to="/recall">Recall</NavLink>
        <NavLink to="/certifications">Certifications</NavLink>
        <NavLink to="/deals">Deals</NavLink>
        <NavLink to="/consortium">Consortium</NavLink>
      </nav>
    </header>
  );
}

/** What a members-only node lets the console read, and with which account (chain.tsx). */
function AccessNotice() {
  const { access } = useChain();
  if (access.mode !== 'members') return null;
  const until = access.expires ? new Date(access.expires * 1000).toLocaleTimeString(userLocale(), { hour: '2-digit', minute: '2-digit' }) : null;
  let text: ReactNode;
  switch (access.status) {
    case 'no-account':
      text = (
        <>
          This node serves records only to member clients. Choose a signing account of an organisation it allows (or connect your wallet): the console signs an
          access token for this node with it.
        </>
      );
      break;
    case 'signing':
      text = <>Signing an access token for this node with {access.account}{access.wallet ? ': confirm in your wallet' : ''}…</>;
      break;
    case 'granted':
      text = (
        <>
          Reading as a member client with {access.account}
          {until ? `; access token valid until ${until}, renewed before then` : ''}.{access.reason ? ` ${access.reason}.` : ''}
        </>
      );
      break;
    case 'refused':
      text = (
        <>
          {access.account ?? 'This account'} may not read through this node: <strong>{access.reason}</strong>. The node serves records only to member clients of
          the organisations its operator allows; choose another account.
        </>
      );
      break;
  }
  return (
    <p className={access.status === 'refused' ? 'note access refused' : 'note access'} data-testid="access" data-status={access.status} data-expires={access.expires} role={access.status === 'refused' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

function AccountPicker() {
  const { accounts, selected, select, connectWallet, devAvailable, membership } = useAccounts();
  const { access } = useChain();
  // on a members-only node the membership is a member-only read
  const unknown = access.mode === 'checking' || (access.mode === 'members' && access.status !== 'granted');
  const [message, setMessage] = useState<string | null>(null);
  const balance = useBalance(selected?.address ?? null);
  const wallet = accounts.filter((a) => a.source === 'wallet');
  const dev = accounts.filter((a) => a.source === 'dev');
  return (
    <div className="account">
      <label htmlFor="account">Signing account</label>
      <select id="account" data-testid="account-picker" value={selected?.address ?? ''} onChange={(e) => select(e.target.value || null)}>
        <option value="">— none (read only) —</option>
        {wallet.length > 0 && (
          <optgroup label="Browser wallet">
            {wallet.map((a) => (
              <option key={a.address} value={a.address}>
                {a.label}
              </option>
            ))}
          </optgroup>
        )}
        {dev.length > 0 && (
          <optgroup label="Development accounts (dev chain only: public keys, no value)">
            {dev.map((a) => (
              <option key={a.address} value={a.address}>
                {a.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <button type="button" onClick={() => void connectWallet().then(setMessage, (e: Error) => setMessage(e.message))}>
        Connect wallet
      </button>
      {devAvailable && <span className="dev-badge" title="The dev accounts' keys are public: for development chains only">DEV accounts</span>}
      {selected && (
        <span className="who" data-testid="account-membership">
          <CopyButton text={selected.address} label="Copy address" />{' '}
          {membership ? (
            <>
              acts for <ParticipantLink id={membership.participant} /> ({String(membership.kind).toLowerCase()})
            </>
          ) : unknown ? (
            'organisation not readable without access'
          ) : (
            'no organisation'
          )}
          {balance && <> · {balance}</>}
        </span>
      )}
      {message && <span className="note">{message}</span>}
    </div>
  );
}

/** The account's free balance in the chain's token, in the reader's locale, kept current. */
function useBalance(address: string | null): string | null {
  const { api, info } = useChain();
  const [balance, setBalance] = useState<string | null>(null);
  const decimals = info?.decimals;
  const token = info?.token;
  useEffect(() => {
    setBalance(null);
    if (!api || decimals === undefined || token === undefined || !address) return;
    let unsub: (() => void) | undefined;
    let cancelled = false;
    void api.query.system
      .account(address, (a: { data: { free: { toBigInt: () => bigint } } }) => {
        if (!cancelled) setBalance(formatAmount(a.data.free.toBigInt(), decimals, token, userLocale(), 2));
      })
      .then((u: unknown) => {
        unsub = u as () => void;
        if (cancelled) unsub();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      unsub?.();
    };
  }, [api, decimals, token, address]);
  return balance;
}
