// Who signs: accounts of a browser wallet (polkadot.js extension and compatible ones),
// or on a dev chain the well-known dev accounts (//Alice …), whose keys are public.
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Signer } from '@polkadot/api/types';
import { stringToHex, stringToU8a } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { amchainRpc, useChain } from './chain';

export const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
export const DEV_URIS = [...DEV_NAMES.map((n) => `//${n}`), ...DEV_NAMES.map((n) => `//${n}//stash`)];

export interface Account {
  address: string;
  label: string;
  source: 'dev' | 'wallet';
  /** For dev accounts: the key pair; wallet accounts sign through `signer`. */
  pair?: KeyringPair;
  signer?: Signer;
}

export interface Membership {
  participant: number;
  kind: string;
  roles: unknown;
}

interface AccountsState {
  accounts: Account[];
  selected: Account | null;
  membership: Membership | null;
  select: (address: string | null) => void;
  connectWallet: () => Promise<string>;
  devAvailable: boolean;
}

const AccountsContext = createContext<AccountsState>({
  accounts: [],
  selected: null,
  membership: null,
  select: () => {},
  connectWallet: async () => '',
  devAvailable: false,
});

const STORE_KEY = 'amchain-console-account';

export function AccountsProvider({ dev, children }: { dev: boolean | 'auto'; children: ReactNode }) {
  const { api, info, authorize } = useChain();
  const [devAccounts, setDevAccounts] = useState<Account[]>([]);
  const [walletAccounts, setWalletAccounts] = useState<Account[]>([]);
  const [selectedAddress, setSelectedAddress] = useState<string | null>(() => localStorage.getItem(STORE_KEY));
  const [membership, setMembership] = useState<Membership | null>(null);

  const devAvailable = dev === true || (dev === 'auto' && !!info?.isDev);

  const ss58 = info?.ss58;
  useEffect(() => {
    if (!devAvailable || ss58 === undefined) return;
    let cancelled = false;
    void cryptoWaitReady().then(() => {
      const keyring = new Keyring({ type: 'sr25519', ss58Format: ss58 });
      const list = DEV_URIS.map((uri) => {
        const pair = keyring.addFromUri(uri, { name: uri });
        return { address: pair.address, label: uri, source: 'dev' as const, pair };
      });
      if (!cancelled) setDevAccounts(list);
    });
    return () => {
      cancelled = true;
    };
  }, [devAvailable, ss58]);

  const connectWallet = useCallback(async () => {
    const { web3Enable, web3Accounts, web3FromAddress } = await import('@polkadot/extension-dapp');
    const extensions = await web3Enable('amchain console');
    if (extensions.length === 0) return 'No browser wallet answered: install the polkadot.js extension (or a compatible one) and allow this site.';
    const found = await web3Accounts({ ss58Format: info?.ss58 });
    const list: Account[] = [];
    for (const a of found) {
      const injector = await web3FromAddress(a.address);
      list.push({ address: a.address, label: `${a.meta.name ?? 'account'} (${a.meta.source})`, source: 'wallet', signer: injector.signer });
    }
    setWalletAccounts(list);
    return `${list.length} account(s) from ${extensions.map((e) => e.name).join(', ')}`;
  }, [info?.ss58]);

  const accounts = useMemo(() => [...walletAccounts, ...devAccounts], [walletAccounts, devAccounts]);
  const selected = accounts.find((a) => a.address === selectedAddress) ?? null;

  // On a members-only node the selected account signs the node's access token (chain.tsx).
  useEffect(() => {
    if (!selected) return authorize(null);
    const { pair, signer, address, label } = selected;
    if (pair) authorize({ address, label, wallet: false, sign: async (message) => pair.sign(stringToU8a(message)) });
    else if (signer?.signRaw)
      authorize({
        address,
        label,
        wallet: true,
        // the wallet signs `<Bytes>message</Bytes>`, which the node accepts (called on the
        // signer itself: a wallet's method may use `this`)
        sign: async (message) => {
          const signed = await signer.signRaw?.({ address, data: stringToHex(message), type: 'bytes' });
          if (!signed) throw new Error('the wallet cannot sign raw messages');
          return signed.signature;
        },
      });
    else authorize(null);
  }, [selected, authorize]);

  useEffect(() => {
    if (!api || !selected) {
      setMembership(null);
      return;
    }
    let cancelled = false;
    const load = () =>
      amchainRpc<Membership | null>(api, 'amchain_membership', [selected.address])
        .then((m) => !cancelled && setMembership(m))
        .catch(() => !cancelled && setMembership(null));
    void load();
    return () => {
      cancelled = true;
    };
  }, [api, selected]);

  const select = useCallback((address: string | null) => {
    setSelectedAddress(address);
    if (address) localStorage.setItem(STORE_KEY, address);
    else localStorage.removeItem(STORE_KEY);
  }, []);

  return (
    <AccountsContext.Provider value={{ accounts, selected, membership, select, connectWallet, devAvailable }}>
      {children}
    </AccountsContext.Provider>
  );
}

export function useAccounts(): AccountsState {
  return useContext(AccountsContext);
}
