// Ids as links to their views, and copyable addresses.
import { encodeAddress } from '@polkadot/util-crypto';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useChain } from '../chain';
import { shorten } from '../format';
import { useParticipants } from '../participants';
import type { Segment } from '../shape';

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="copy"
      aria-label={`${label}: ${text}`}
      title={`Copy ${text}`}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(
          () => {
            setDone(true);
            setTimeout(() => setDone(false), 1500);
          },
          () => {},
        );
      }}
    >
      {done ? 'copied' : 'copy'}
    </button>
  );
}

export function PartLink({ id, serial }: { id: number; serial?: string | null }) {
  return (
    <Link to={`/parts/${id}`} className="id">
      part {id}
      {serial ? ` · ${serial}` : ''}
    </Link>
  );
}

export function LotLink({ id }: { id: number }) {
  return (
    <Link to={`/lots/${id}`} className="id">
      lot {id}
    </Link>
  );
}

export function CertificationLink({ id }: { id: number }) {
  return (
    <Link to={`/certifications/${id}`} className="id">
      certification {id}
    </Link>
  );
}

export function ParticipantLink({ id }: { id: number | null | undefined }) {
  const { byId } = useParticipants();
  if (id === null || id === undefined) return <span>—</span>;
  const name = byId.get(id)?.name;
  return (
    <Link to={`/participants/${id}`} className="id">
      {name ?? 'organisation'} ({id})
    </Link>
  );
}

/** An account (hex public key or SS58) in the chain's SS58 format, with a copy button. */
export function Address({ value, full = false }: { value: string | null | undefined; full?: boolean }) {
  const { info } = useChain();
  if (!value) return <span>—</span>;
  let ss58 = value;
  try {
    ss58 = encodeAddress(value, info?.ss58 ?? 42);
  } catch {
    // not an account: show it as it is
  }
  return (
    <span className="address">
      <code title={ss58}>{full ? ss58 : shorten(ss58, 8)}</code>
      <CopyButton text={ss58} label="Copy address" />
    </span>
  );
}

export function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => {
        if (typeof s === 'string') return <span key={i}>{s}</span>;
        if ('participant' in s) return <ParticipantLink key={i} id={s.participant} />;
        if ('part' in s) return <PartLink key={i} id={s.part} />;
        if ('lot' in s) return <LotLink key={i} id={s.lot} />;
        if ('certification' in s) return <CertificationLink key={i} id={s.certification} />;
        return (
          <a key={i} href={`#record-${s.record}`} className="id">
            record {s.record}
          </a>
        );
      })}
    </>
  );
}
