// Every part the indexer knows (first 100), each linking to its passport.
import { useEffect, useState } from 'react';
import { ParticipantLink, PartLink } from '../components/links';
import { listParts } from '../indexer';
import { statusWords, type PartRow } from '../shape';

export function PartsView() {
  const [parts, setParts] = useState<PartRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listParts().then(setParts, (e: Error) => setError(e.message));
  }, []);
  return (
    <section>
      <h1>Parts</h1>
      {error && <p className="error">{error}</p>}
      {parts && parts.length === 0 && <p>No parts registered yet.</p>}
      {parts && parts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Type</th>
              <th scope="col">Maker</th>
              <th scope="col">Owner</th>
              <th scope="col">Custodian</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((p) => (
              <tr key={p.id}>
                <td>
                  <PartLink id={p.id} serial={p.serial} />
                </td>
                <td>{p.partType}</td>
                <td>
                  <ParticipantLink id={p.maker} />
                </td>
                <td>
                  <ParticipantLink id={p.owner} />
                </td>
                <td>
                  <ParticipantLink id={p.custodian} />
                </td>
                <td>{statusWords(p.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
