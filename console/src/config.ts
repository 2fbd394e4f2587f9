// Where the console finds its node and indexer: `config.json` beside index.html (what a
// consortium edits when it hosts the console), overridden for one visit by the URL's
// `?node=ws://…&indexer=https://…/graphql` (kept for the tab's session).

export interface ConsoleConfig {
  /** The node's JSON-RPC WebSocket endpoint. */
  node: string;
  /** The indexer's GraphQL endpoint; a path (`/graphql`) is on the console's own origin. */
  indexer: string;
  /** Offer the well-known dev accounts (//Alice …): true, false, or "auto" (dev and local chains only). */
  devAccounts: boolean | 'auto';
  /**
   * How long the access tokens the console signs for a members-only node live, in seconds
   * (default an hour; at most a day). Each is renewed at 80 % of its life.
   */
  accessTokenTtl?: number;
}

export const DEFAULT_CONFIG: ConsoleConfig = {
  node: 'ws://127.0.0.1:9944',
  indexer: '/graphql',
  devAccounts: 'auto',
};

/** The configuration from a parsed config.json and the page's query string. */
export function mergeConfig(file: Partial<ConsoleConfig> | null, search: string, session?: Partial<ConsoleConfig>): ConsoleConfig {
  const params = new URLSearchParams(search);
  const fromUrl: Partial<ConsoleConfig> = {};
  const node = params.get('node');
  const indexer = params.get('indexer');
  if (node) fromUrl.node = node;
  if (indexer) fromUrl.indexer = indexer;
  return { ...DEFAULT_CONFIG, ...(file ?? {}), ...(session ?? {}), ...fromUrl };
}

const SESSION_KEY = 'amchain-console-endpoints';

export async function loadConfig(): Promise<ConsoleConfig> {
  let file: Partial<ConsoleConfig> | null = null;
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
    if (res.ok) file = (await res.json()) as Partial<ConsoleConfig>;
  } catch {
    // no config.json: the defaults (a node and indexer on this machine)
  }
  let session: Partial<ConsoleConfig> | undefined;
  try {
    session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') ?? undefined;
  } catch {
    session = undefined;
  }
  const config = mergeConfig(file, window.location.search, session);
  const params = new URLSearchParams(window.location.search);
  if (params.has('node') || params.has('indexer')) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ node: config.node, indexer: config.indexer }));
  }
  return config;
}
