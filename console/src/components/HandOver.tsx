// The hand-over of a part or a lot (pallet-parts' `Item`): offer its custody or ownership
// to another organisation (`Parts.offer`), and accept an offer made to the signing
// account's organisation (`Parts.accept_offer`, the goods receipt).
import type { ApiPromise } from '@polkadot/api';
import { useEffect, useState } from 'react';
import { useAccounts } from '../accounts';
import { useChain } from '../chain';
import { useParticipants } from '../participants';
import { ParticipantLink } from './links';
import { TxAction } from './TxAction';

/** What changes hands: the chain's `Item` as @polkadot/api takes it. */
export type ChainItem = { Part: number } | { Lot: number };

export type Handover = 'Custody' | 'Ownership';

/** An open offer of the item (`Parts.Offers`). */
export interface OpenOffer {
  handover: Handover;
  from: number;
  to: number;
  madeAt: number;
}

/** "part" or "lot". */
export function itemNoun(item: ChainItem): 'part' | 'lot' {
  return 'Part' in item ? 'part' : 'lot';
}

function itemId(item: ChainItem): number {
  return 'Part' in item ? item.Part : item.Lot;
}

/** The item's open offers of custody and of ownership, as the node holds them. */
export async function readOffers(api: ApiPromise, item: ChainItem): Promise<OpenOffer[]> {
  const found: OpenOffer[] = [];
  for (const handover of ['Custody', 'Ownership'] as const) {
    const o = await api.query.parts.offers(item, handover);
    const json = o.toJSON() as { from: number; to: number; madeAt: number } | null;
    if (json) found.push({ handover, from: json.from, to: json.to, madeAt: json.madeAt });
  }
  return found;
}

export function HandOver({
  item,
  owner,
  custodian,
  offers,
  immovable,
  onDone,
}: {
  item: ChainItem;
  owner: number | null;
  custodian: number | null;
  offers: OpenOffer[];
  /** Why the item cannot change hands now whoever asks (installed, used up, held by a recall), if so. */
  immovable?: string | null;
  onDone: () => void;
}) {
  const { api } = useChain();
  const { membership, selected } = useAccounts();
  const { list } = useParticipants();
  const [handover, setHandover] = useState<Handover>('Custody');
  const [to, setTo] = useState<string>('');
  const noun = itemNoun(item);
  const id = itemId(item);
  const mine = membership?.participant ?? null;
  const holder = handover === 'Custody' ? custodian : owner;
  const open = offers.find((o) => o.handover === handover);
  // Offers to the signing account's organisation; one it acts on stays in view (with its
  // progress) after it is accepted and the chain no longer holds it.
  const [seen, setSeen] = useState<OpenOffer[]>([]);
  const current = offers.filter((o) => mine !== null && o.to === mine);
  const currentKey = current.map((o) => `${o.handover}:${o.from}:${o.madeAt}`).join(',');
  useEffect(() => {
    setSeen((old) => {
      const kept = old.filter((o) => o.to === mine);
      const fresh = current.filter((o) => !kept.some((k) => k.handover === o.handover && k.madeAt === o.madeAt));
      return fresh.length || kept.length !== old.length ? [...kept, ...fresh] : old;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey, mine]);
  const incoming = seen;

  let blocked: string | null = null;
  if (immovable) blocked = immovable;
  else if (mine === null) blocked = `${selected?.label ?? 'This account'} acts for no organisation, so it cannot offer this ${noun}.`;
  else if (mine !== holder)
    blocked = `Only an account of the ${handover === 'Custody' ? 'custodian' : 'owner'} (organisation ${holder ?? '—'}) offers its ${handover.toLowerCase()}.`;
  else if (open) blocked = `${handover} is already offered to organisation ${open.to}; the receiver accepts it, or the sender cancels it.`;

  return (
    <section className="card actions" aria-labelledby="handover-h">
      <h2 id="handover-h">Hand over</h2>
      {incoming.map((o) => (
        <div key={`${o.handover}-${o.madeAt}`} className="incoming" data-testid={`accept-${o.handover.toLowerCase()}`}>
          <p>
            <ParticipantLink id={o.from} /> offers your organisation the {noun}'s <strong>{o.handover.toLowerCase()}</strong>. Accepting
            is the goods receipt.
          </p>
          <TxAction
            label={`Accept ${o.handover.toLowerCase()}`}
            testId={`accept-${o.handover.toLowerCase()}-tx`}
            deps={`accept-${noun}-${id}-${o.handover}-${o.madeAt}`}
            build={() => (api ? api.tx.parts.acceptOffer(item, o.handover, null) : null)}
            onDone={onDone}
          />
        </div>
      ))}
      <form onSubmit={(e) => e.preventDefault()} className="offer-form">
        <label>
          What
          <select value={handover} onChange={(e) => setHandover(e.target.value as Handover)} data-testid="handover-kind">
            <option value="Custody">Custody (physical possession)</option>
            <option value="Ownership">Ownership (title)</option>
          </select>
        </label>
        <label>
          To
          <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="handover-to">
            <option value="">— choose an organisation —</option>
            {list
              .filter((p) => p.id !== holder)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
          </select>
        </label>
      </form>
      <TxAction
        label={`Offer ${handover.toLowerCase()}`}
        testId="offer-tx"
        deps={`offer-${noun}-${id}-${handover}-${to}`}
        blocked={blocked}
        build={() => (api && to !== '' ? api.tx.parts.offer(item, handover, Number(to)) : null)}
        onDone={onDone}
      />
    </section>
  );
}
