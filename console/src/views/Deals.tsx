// Deals: escrow orders, letters of credit, tenders and usage rights: not in this increment.
import { Link } from 'react-router-dom';

export function DealsView() {
  return (
    <section data-testid="deals">
      <h1>Deals</h1>
      <p className="note">
        Coming in a later increment: the escrow orders, letters of credit, tenders and usage rights your organisation is party to,
        what each awaits from whom and by which block, and the actions open to you. The indexer does not yet decode the
        contracts' events (docs/indexer.md), which this view needs.
      </p>
      <p>
        Meanwhile the contracts are described in docs/contracts.md; the parts they deliver have their <Link to="/parts">passports</Link>.
      </p>
    </section>
  );
}
