// The TypeScript client definitions (clients/polkadot-js) against the node's RPC as its
// Rust source declares it: every amchain_* method defined, with the same parameters in
// the same order; nothing defined that the node does not serve.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amchain, rpc, signedExtensions } from '@amchain/polkadot-js';

const rpcDir = join(__dirname, '../../node/src/rpc');
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function declared(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(rpcDir).filter((f) => f.endsWith('.rs'))) {
    const src = readFileSync(join(rpcDir, file), 'utf8');
    const re = /#\[method\(name = "amchain_(\w+)"\)\]\s*fn \w+\(([^)]*)\)/g;
    for (const m of src.matchAll(re)) {
      const params = m[2]
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('&self'))
        .map((p) => camel(p.split(':')[0].trim()));
      out.set(m[1], params);
    }
  }
  return out;
}

describe('@amchain/polkadot-js', () => {
  it('defines every amchain_* method the node serves, with its parameters', () => {
    const node = declared();
    expect(node.size).toBeGreaterThan(25);
    const defs = rpc.amchain as Record<string, { params: { name: string }[] }>;
    expect(Object.keys(defs).sort()).toEqual([...node.keys()].sort());
    for (const [name, params] of node) expect([name, defs[name].params.map((p) => p.name)]).toEqual([name, params]);
  });

  it('knows the CheckMember signed extension, which carries no data', () => {
    expect(signedExtensions.CheckMember).toEqual({ extrinsic: {}, payload: {} });
  });

  it('sends a method as raw JSON-RPC when the api was created without the definitions', async () => {
    const sent: unknown[] = [];
    const api = { rpc: {}, _rpcCore: { provider: { send: async (m: string, p: unknown[]) => (sent.push([m, p]), { id: 3 }) } } };
    expect(await amchain(api as never).part(3)).toEqual({ id: 3 });
    expect(sent).toEqual([['amchain_part', [3]]]);
  });
});
