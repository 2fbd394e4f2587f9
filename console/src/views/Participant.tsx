// An organisation: its roles, admin account, certifications and the parts it holds.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Address, CertificationLink, PartLink } from '../components/links';
import { roleNames } from '../format';
import { certifications, listParts, type Certification } from '../indexer';
import { useParticipants } from '../participants';
import { statusWords, type PartRow } from '../shape';

export function ParticipantView() {
  const idText = useParams().id;
  const id = Number(idText);
  const { byId } = useParticipants();
  const p = byId.get(id);
  const [certs, setCerts] = useState<Certification[]>([]);
  const [owned, setOwned] = useState<PartRow[]>([]);
  const [held, setHeld] = useState<PartRow[]>([]);
  useEffect(() => {
    if (!Number.isInteger(id)) return;
    void certifications(id).then(setCerts, () => {});
    void listParts({ owner: id }).then(setOwned, () => {});
    void listParts({ custodian: id }).then(setHeld, () => {});
  }, [id]);
  if (!p) return <p>Reading organisation {idText}…</p>;
  return (
    <section>
      <h1>
        {p.name} <span className="muted">· organisation {p.id}</span>
      </h1>
      <dl>
        <dt>Roles</dt>
        <dd>{roleNames(p.roles).join(', ') || '—'}</dd>
        <dt>Status</dt>
        <dd>{p.status}</dd>
        <dt>Admin account</dt>
        <dd>
          <Address value={p.admin} full />
        </dd>
      </dl>
      <h2>Certifications</h2>
      {certs.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {certs.map((c) => (
            <li key={c.id}>
              <CertificationLink id={c.id} /> for standard {c.standard}: {(c.state ?? '').toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      <h2>Parts it owns</h2>
      <PartList parts={owned} />
      <h2>Parts in its custody</h2>
      <PartList parts={held} />
    </section>
  );
}

function PartList({ parts }: { parts: PartRow[] }) {
  if (parts.length === 0) return <p className="muted">None.</p>;
  return (
    <ul>
      {parts.map((p) => (
        <li key={p.id}>
          <PartLink id={p.id} serial={p.serial} /> ({statusWords(p.status)})
        </li>
      ))}
    </ul>
  );
}
