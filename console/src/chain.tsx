// The node: one ApiPromise for the page, the chain's name, runtime and heads.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

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

interface ChainState {
  api: ApiPromise | null;
  info: ChainInfo | null;
  error: string | null;
  endpoint: string;
}

// The provider each ApiPromise was made with, for amchain's own methods.
const providers = new WeakMap<ApiPromise, WsProvider>();

const ChainContext = createContext<ChainState>({ api: null, info: null, error: null, endpoint: '' });

export function ChainProvider({ endpoint, children }: { endpoint: string; children: ReactNode }) {
  const [state, setState] = useState<ChainState>({ api: null, info: null, error: null, endpoint });

  useEffect(() => {
    let cancelled = false;
    const unsubs: (() => void)[] = [];
    const provider = new WsProvider(endpoint, 2_500);
    provider.on('error', () => {
      if (!cancelled) setState((s) => ({ ...s, error: `cannot reach the node at ${endpoint}; retrying` }));
    });
    const api = new ApiPromise({ provider, noInitWarn: true });
    providers.set(api, provider);
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
        setState({ api, info, error: null, endpoint });
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
        if (!cancelled) setState((s) => ({ ...s, error: e.message }));
      });
    return () => {
      cancelled = true;
      unsubs.forEach((u) => u());
      void api.disconnect();
    };
  }, [endpoint]);

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
