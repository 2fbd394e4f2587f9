// The node: one ApiPromise for the page to read through, the chain's name, runtime and heads,
// and, on a node that serves records only to member clients (`--rpc-access members`,
// docs/confidentiality.md), the access token the selected account signs for it.
//
// The console first connects without a token: the chain's identity, headers and runtime
// are public. It then tries one member-only read (System.Number). An open node answers and
// nothing more happens. A members-only node refuses it (JSON-RPC error 9100): the console
// then asks the selected account to sign a token for this chain and this node (its genesis
// hash and peer id, both public), opens a second connection with `?access_token=`, checks
// that the node lets the account read (`amchain_membership`, with the node's reason if
// not), and reads through it. Tokens live an hour (config.json's `accessTokenTtl`); at 80 %
// of that the console signs a new one, opens a new connection, switches the views to it and
// closes the old one a minute later (or when its token expires, if sooner). The token never appears in the page, in errors or in the log the console writes.
import { options as amchainOptions } from '@amchain/polkadot-js';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { clampTtl, deniedReason, isAccessDenied, redact, token, tokenAccount, tokenMessage, tokenTimes, withToken } from './access';

export interface ChainInfo {
  name: string;
  specName: string;
  specVersion: number;
  best: number | null;
  finalized: number | null;
  decimals: number;
  token: string;
  ss58: number;
  isDev: boolean;
}

/** Who signs the node's access token: the selected account. */
export interface AccessSigner {
  /** The account's address (any SS58 prefix). */
  address: string;
  /** How the console names it (`//Alice`, a wallet account's name). */
  label: string;
  /** Whether signing asks a browser wallet (which asks its user). */
  wallet: boolean;
  /** Signs the token's message: a key pair's signature, or a wallet's signRaw hex. */
  sign: (message: string) => Promise<Uint8Array | string>;
}

/** What the node lets the console read. */
export type Access =
  | { mode: 'checking' }
  /** Everything to everyone (the dev chain, `--rpc-access open`). */
  | { mode: 'open' }
  /** Records only to member clients: with a token of `account`, or not (and why). */
  | {
      mode: 'members';
      status: 'no-account' | 'signing' | 'granted' | 'refused';
      account?: string;
      wallet?: boolean;
      reason?: string;
      expires?: number;
    };

interface ChainState {
  /** What the views read through: the member connection once granted, else the public one. */
  api: ApiPromise | null;
  info: ChainInfo | null;
  error: string | null;
  endpoint: string;
  access: Access;
  /** Sets (or clears) the account that signs the node's access token. */
  authorize: (signer: AccessSigner | null) => void;
}

/**
 * A WsProvider whose URL may carry a token: it hands the URL to the WebSocket it opens but
 * names the endpoint without the token everywhere else (its errors and log lines).
 */
class TokenWsProvider extends WsProvider {
  declare private opening: boolean | undefined;

  override get endpoint(): string {
    const url = super.endpoint;
    return this.opening ? url : redact(url);
  }

  override connect(): Promise<void> {
    // WsProvider.connect opens the WebSocket synchronously, before its first await
    this.opening = true;
    try {
      return super.connect();
    } finally {
      this.opening = false;
    }
  }
}

// The provider each ApiPromise was made with, for amchain's own methods.
const providers = new WeakMap<ApiPromise, WsProvider>();

function open(url: string, metadata?: Record<string, `0x${string}`>): { api: ApiPromise; provider: WsProvider } {
  const provider = new TokenWsProvider(url, 2_500);
  // amchain's RPC methods (api.rpc.amchain.*) and its CheckMember signed extension
  const api = new ApiPromise({ provider, noInitWarn: true, metadata, ...amchainOptions });
  providers.set(api, provider);
  return { api, provider };
}

function timeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} did not answer in ${ms / 1000} s`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** How long a replaced member connection stays open (a transaction it watches may finish). */
const RETIRE_AFTER_MS = 60_000;

/** One endpoint's connections: the public one, and the member one of the selected account. */
class Session {
  private members = false;
  private decided = false;
  private closed = false;
  private signer: AccessSigner | null = null;
  private member: { api: ApiPromise; expires: number; stop: () => void } | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private generation = 0;
  /** A renewal is being signed or connected. */
  private renewing = false;
  /** When the console last signed a new token by itself after the node refused the current one. */
  private lastResign = 0;

  constructor(
    private readonly endpoint: string,
    private readonly base: ApiPromise,
    private readonly update: (patch: Partial<ChainState>) => void,
    private readonly ttl: number,
  ) {}

  /** Whether the node serves records to anyone: one member-only read, once connected. */
  async decide(): Promise<void> {
    try {
      await this.base.query.system.number();
      this.members = false;
    } catch (e) {
      this.members = isAccessDenied(e);
    }
    if (this.closed) return;
    this.decided = true;
    if (this.members) this.restart();
    else this.update({ api: this.base, access: { mode: 'open' } });
  }

  setSigner(signer: AccessSigner | null): void {
    const same = signer?.address === this.signer?.address && !!signer === !!this.signer;
    this.signer = signer;
    if (same || !this.decided || !this.members) return;
    this.restart();
  }

  close(): void {
    this.closed = true;
    this.generation++;
    this.clearTimers();
    this.retire(this.member, 0);
    this.member = null;
  }

  private clearTimers(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }

  private later(at: number, f: () => void): void {
    this.timers.push(setTimeout(f, Math.max(0, at - Date.now())));
  }

  private retire(member: Session['member'], afterMs: number): void {
    if (!member) return;
    member.stop();
    setTimeout(() => void member.api.disconnect().catch(() => {}), afterMs);
  }

  /** Starts over with the current signer (a new account, or none). */
  private restart(): void {
    const generation = ++this.generation;
    this.renewing = false;
    this.clearTimers();
    this.retire(this.member, 0);
    this.member = null;
    const signer = this.signer;
    if (!signer) {
      this.update({ api: this.base, access: { mode: 'members', status: 'no-account' } });
      return;
    }
    this.update({ api: this.base, access: { mode: 'members', status: 'signing', account: signer.label, wallet: signer.wallet } });
    void this.grant(generation, signer);
  }

  /** Signs a token, opens a member connection with it, and reads through it if the node agrees. */
  private async grant(generation: number, signer: AccessSigner): Promise<void> {
    const current = () => generation === this.generation && !this.closed;
    const renewal = this.member !== null;
    let opened: ApiPromise | null = null;
    if (renewal) this.renewing = true;
    try {
      const genesis = this.base.genesisHash.toHex();
      const node = (await this.base.rpc.system.localPeerId()).toString();
      const account = tokenAccount(signer.address);
      const { issued, expires, renewAt } = tokenTimes(Date.now() / 1000, this.ttl);
      let signature: Uint8Array | string;
      try {
        signature = await signer.sign(tokenMessage(genesis, node, account, issued, expires));
      } catch (e) {
        throw new Error(`the access token was not signed: ${(e as Error).message ?? e}`);
      }
      if (!current()) return;
      const metadataKey = `${genesis}-${this.base.runtimeVersion.specVersion.toString()}`;
      const { api, provider } = open(withToken(this.endpoint, token(account, issued, expires, signature)), {
        [metadataKey]: this.base.runtimeMetadata.toHex(),
      });
      opened = api;
      await timeout(api.isReady, 30_000, 'the node (with the access token)');
      // The node lets the account read, or says why not.
      const check = async () => {
        try {
          await provider.send('amchain_membership', [signer.address]);
          return null;
        } catch (e) {
          return isAccessDenied(e) ? deniedReason(e) : null;
        }
      };
      const refused = await check();
      if (refused) throw Object.assign(new Error(refused), { refused: true });
      if (!current()) {
        void api.disconnect().catch(() => {});
        return;
      }
      // Each reconnection (the node closes a token's connection when its account may no
      // longer read) checks again.
      const stop = provider.on('connected', () => {
        void check().then((reason) => {
          if (!reason || this.member?.api !== api || !current() || this.renewing) return;
          // an expired token (a laptop that slept past its renewal) is signed afresh; an
          // account the node no longer serves is not
          if (reason.startsWith('token refused')) this.resign(reason);
          else this.drop(reason);
        });
      });
      const previous = this.member;
      this.member = { api, expires, stop };
      this.update({ api, access: { mode: 'members', status: 'granted', account: signer.label, wallet: signer.wallet, expires } });
      this.retire(previous, previous ? Math.min(RETIRE_AFTER_MS, previous.expires * 1000 - Date.now()) : 0);
      this.later(renewAt * 1000, () => void this.grant(generation, signer));
      this.later(expires * 1000, () => {
        if (this.member?.api === api && current() && !this.renewing) this.resign('the access token expired and no new one was signed');
      });
    } catch (e) {
      if (opened) void opened.disconnect().catch(() => {});
      if (!current()) return;
      const reason = redact((e as Error).message ?? String(e));
      if (renewal && this.member && this.member.expires * 1000 <= Date.now()) {
        this.drop(`the access token expired and renewing it failed: ${reason}`);
        return;
      }
      if (renewal && this.member) {
        // the current token still reads until it expires (then a new one is asked for once)
        const m = this.member;
        this.update({
          access: { mode: 'members', status: 'granted', account: signer.label, wallet: signer.wallet, expires: m.expires, reason: `renewing the access token failed: ${reason}` },
        });
        return;
      }
      this.update({ api: this.base, access: { mode: 'members', status: 'refused', account: signer.label, wallet: signer.wallet, reason } });
    } finally {
      if (renewal && generation === this.generation) this.renewing = false;
    }
  }

  /** Signs a new token (at most once a minute), else back to the public connection. */
  private resign(reason: string): void {
    if (Date.now() - this.lastResign < 60_000) return this.drop(reason);
    this.lastResign = Date.now();
    this.restart();
  }

  /** Back to the public connection, saying why. */
  private drop(reason: string): void {
    const signer = this.signer;
    this.generation++;
    this.clearTimers();
    this.retire(this.member, 0);
    this.member = null;
    this.update({ api: this.base, access: { mode: 'members', status: 'refused', account: signer?.label, wallet: signer?.wallet, reason } });
  }
}

const ChainContext = createContext<ChainState>({
  api: null,
  info: null,
  error: null,
  endpoint: '',
  access: { mode: 'checking' },
  authorize: () => {},
});

export function ChainProvider({ endpoint, tokenTtl, children }: { endpoint: string; tokenTtl?: number; children: ReactNode }) {
  const signerRef = useRef<AccessSigner | null>(null);
  const sessionRef = useRef<Session | null>(null);
  const authorize = useCallback((signer: AccessSigner | null) => {
    signerRef.current = signer;
    sessionRef.current?.setSigner(signer);
  }, []);
  const [state, setState] = useState<ChainState>({ api: null, info: null, error: null, endpoint, access: { mode: 'checking' }, authorize });

  useEffect(() => {
    let cancelled = false;
    const unsubs: (() => void)[] = [];
    const { api, provider } = open(endpoint);
    provider.on('error', () => {
      if (!cancelled) setState((s) => ({ ...s, error: `cannot reach the node at ${endpoint}; retrying` }));
    });
    const session = new Session(
      endpoint,
      api,
      (patch) => {
        if (!cancelled) setState((s) => ({ ...s, ...patch }));
      },
      clampTtl(tokenTtl),
    );
    sessionRef.current = session;
    session.setSigner(signerRef.current);
    setState((s) => ({ ...s, api: null, info: null, error: null, endpoint, access: { mode: 'checking' } }));
    api.isReady
      .then(async () => {
        const [name, chainType] = await Promise.all([api.rpc.system.chain(), api.rpc.system.chainType()]);
        const props = api.registry;
        const info: ChainInfo = {
          name: name.toString(),
          specName: api.runtimeVersion.specName.toString(),
          specVersion: api.runtimeVersion.specVersion.toNumber(),
          best: null,
          finalized: null,
          decimals: props.chainDecimals[0] ?? 12,
          token: props.chainTokens[0] ?? 'UNIT',
          ss58: props.chainSS58 ?? 42,
          isDev: chainType.isDevelopment || chainType.isLocal,
        };
        if (cancelled) return;
        setState((s) => ({ ...s, info, error: null }));
        void session.decide();
        // Headers and the runtime version are public: the public connection follows them.
        unsubs.push(
          await api.rpc.chain.subscribeNewHeads((h) =>
            setState((s) => (s.info ? { ...s, info: { ...s.info, best: h.number.toNumber() } } : s)),
          ),
        );
        unsubs.push(
          await api.rpc.chain.subscribeFinalizedHeads((h) =>
            setState((s) => (s.info ? { ...s, info: { ...s.info, finalized: h.number.toNumber() } } : s)),
          ),
        );
        unsubs.push(
          await api.rpc.state.subscribeRuntimeVersion((v) =>
            setState((s) =>
              s.info ? { ...s, info: { ...s.info, specName: v.specName.toString(), specVersion: v.specVersion.toNumber() } } : s,
            ),
          ),
        );
      })
      .catch((e: Error) => {
        if (!cancelled) setState((s) => ({ ...s, error: redact(e.message) }));
      });
    return () => {
      cancelled = true;
      if (sessionRef.current === session) sessionRef.current = null;
      session.close();
      unsubs.forEach((u) => u());
      void api.disconnect();
    };
  }, [endpoint, tokenTtl]);

  return <ChainContext.Provider value={state}>{children}</ChainContext.Provider>;
}

export function useChain(): ChainState {
  return useContext(ChainContext);
}

/** amchain's own JSON-RPC methods (amchain_part, amchain_membership …), as JSON. */
export async function amchainRpc<T>(api: ApiPromise, method: string, params: unknown[]): Promise<T> {
  const provider = providers.get(api);
  if (!provider) throw new Error('no connection to the node');
  return (await provider.send(method, params)) as T;
}

/** A read's error in words: the node's refusal of a member-only read explained. */
export function readError(e: unknown): string {
  if (isAccessDenied(e))
    return `The node refused: ${deniedReason(e)}. It serves records only to member clients: choose a signing account of an organisation it allows.`;
  return redact(String((e as Error)?.message ?? e));
}
