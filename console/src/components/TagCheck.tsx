// Scan-to-verify on a part's passport: the node hands out a challenge, the part's tag
// signs it (a reader app, an NFC reader), and the node says whether that tag is this
// part's, on a fresh challenge never used for a recorded scan. A read: nothing is signed
// by the console's account and nothing is recorded.
import { useState } from 'react';
import { amchainRpc, readError, useChain } from '../chain';
import { CopyButton } from './links';
import { SCHEMES, checkTagParams, parseAnswer, parseSignature, randomNonce, verdictWords, type Challenge, type Scheme, type TagAnswer } from '../tag';

export function TagCheck({ partId, tagScheme }: { partId: number; tagScheme: Scheme }) {
  const { api } = useChain();
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [scheme, setScheme] = useState<Scheme>(tagScheme);
  const [answer, setAnswer] = useState('');
  const [verdict, setVerdict] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const getChallenge = async () => {
    if (!api) return;
    setError(null);
    setVerdict(null);
    try {
      setChallenge(await amchainRpc<Challenge>(api, 'amchain_tagChallenge', [randomNonce()]));
    } catch (e) {
      setError(readError(e));
    }
  };

  const verify = async () => {
    if (!api) return;
    setError(null);
    setVerdict(null);
    let parsed: TagAnswer;
    try {
      const text = answer.trim();
      if (text.startsWith('{')) parsed = parseAnswer(text);
      else if (!challenge) throw new Error('get a challenge first, or paste the whole answer as JSON');
      else parsed = { challenge, scheme, signature: parseSignature(text, scheme) };
    } catch (e) {
      setError((e as Error).message);
      return;
    }
    setBusy(true);
    try {
      setVerdict(await amchainRpc<string>(api, 'amchain_checkTag', checkTagParams(partId, parsed)));
    } catch (e) {
      setError(readError(e));
    } finally {
      setBusy(false);
    }
  };

  const words = verdict ? verdictWords(verdict) : null;
  return (
    <section className="card" aria-labelledby="tag-check-h" data-testid="tag-check">
      <h2 id="tag-check-h">Verify the tag</h2>
      <p className="muted">
        Get a challenge, let the part's tag sign its message (a reader app or NFC reader does), and paste the signature;
        or paste a reader's whole answer as JSON. Nothing is recorded: recording a scan is the reader's transaction.
      </p>
      <p>
        <button type="button" onClick={() => void getChallenge()} disabled={!api} data-testid="tag-challenge-get">
          Get a challenge
        </button>
      </p>
      {challenge && (
        <dl data-testid="tag-challenge">
          <dt>Block</dt>
          <dd>
            #{challenge.block} <code className="muted">{challenge.blockHash.slice(0, 18)}…</code>
          </dd>
          <dt>Message to sign</dt>
          <dd>
            <code className="wrap" data-testid="tag-message">
              {challenge.message}
            </code>{' '}
            <CopyButton text={challenge.message ?? ''} label="Copy the message" />
          </dd>
          <dt>Challenge</dt>
          <dd>
            <code className="wrap" data-testid="tag-challenge-json">
              {JSON.stringify({ block: challenge.block, blockHash: challenge.blockHash, nonce: challenge.nonce })}
            </code>
          </dd>
        </dl>
      )}
      <p>
        <label>
          Scheme{' '}
          <select value={scheme} onChange={(e) => setScheme(e.target.value as Scheme)} data-testid="tag-scheme">
            {SCHEMES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          The tag's signature (hex), or its whole answer as JSON
          <br />
          <textarea rows={3} cols={70} value={answer} onChange={(e) => {
              setAnswer(e.target.value);
              setVerdict(null);
              setError(null);
            }} data-testid="tag-answer" spellCheck={false} />
        </label>
      </p>
      <p>
        <button type="button" className="primary" onClick={() => void verify()} disabled={!api || busy || !answer.trim()} data-testid="tag-verify">
          Verify
        </button>
      </p>
      {error && (
        <p className="error" role="alert" data-testid="tag-check-error">
          {error}
        </p>
      )}
      {words && (
        <p className={words.good ? 'note' : 'alert'} role="status" data-testid="tag-verdict" data-verdict={verdict ?? ''}>
          <strong>{words.title}.</strong> {words.text}
        </p>
      )}
    </section>
  );
}
