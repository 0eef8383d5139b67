import { useEffect, useState } from 'preact/hooks';
import { capitalise } from '../../domain/french';
import type { LetterContext, LetterKindToSend } from '../../server/letters/drafting';
import { server } from '../rpc';
import { HeadQuestion } from './head-question';
import { LETTER_CHOICES, SENT_MESSAGES } from './words';

interface Props {
  context: LetterContext;
  /** The letter to propose first (the step’s, or the one the call outcome calls for). */
  preferred: LetterKindToSend;
  onChanged(message: string): void;
}

/** « Écrire »: choose the letter, see what it lacks, draft it as a Google Doc, open it, mark it as sent. */
export function LetterPanel({ context, preferred, onChanged }: Props) {
  const [kind, setKind] = useState<LetterKindToSend>(preferred);
  const [drafted, setDrafted] = useState<{ url: string; title: string; kind: LetterKindToSend } | null>(null);
  // Once a letter is marked as sent, nothing more is offered to mark until another is drafted:
  // the step’s new suggestion (a relance) was not written yet.
  const [sent, setSent] = useState(false);
  const [sentOn, setSentOn] = useState(context.today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setKind(preferred), [preferred]);

  const readiness = context.letters.find((letter) => letter.kind === kind);
  const lastLink = drafted?.url ?? context.letterUrl;
  // The letter to mark as sent: the one drafted here, else the one chosen (drafted earlier).
  const sentKind = drafted?.kind ?? kind;

  async function draft() {
    setBusy(true);
    setError(null);
    try {
      const result = await server.draftRequestLetter({ requestId: context.requestId, kind });
      if (!result.ok) throw new Error(result.message);
      setDrafted({ url: result.value.url, title: result.value.title, kind });
      setSent(false);
      onChanged(`Courrier rédigé : « ${result.value.title} ». Relisez-le, imprimez-le et signez-le.`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function markSent() {
    setBusy(true);
    setError(null);
    try {
      const result = await server.markLetterSent({
        requestId: context.requestId,
        kind: sentKind,
        date: sentOn,
      });
      if (!result.ok) throw new Error(result.message);
      setSent(true);
      onChanged(`${SENT_MESSAGES[sentKind]} Étape\u00a0: « ${result.value.step} ».`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card" data-testid="letter-panel">
      <h2>Écrire</h2>
      {context.head?.ask ? (
        <HeadQuestion requestId={context.requestId} head={context.head} onSaved={onChanged} />
      ) : (
        context.head && (
          <p class="hint" data-testid="letter-head-known">
            Courriers adressés à : {context.head.addressedTo}
          </p>
        )
      )}
      <fieldset class="letters-kinds">
        <legend>Quel courrier ?</legend>
        {(Object.keys(LETTER_CHOICES) as LetterKindToSend[]).map((k) => (
          <label key={k} class="letters-kind">
            <input
              type="radio"
              name="letter-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>
              {LETTER_CHOICES[k].label}
              {k === context.suggested && <span class="letters-suggested"> conseillé</span>}
              <br />
              <span class="hint">
                {k === 'request' && context.head
                  ? `${capitalise(context.head.to)}, après votre appel.`
                  : LETTER_CHOICES[k].when}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {readiness && readiness.pieces.length > 0 ? (
        <div class="notice notice--error" data-testid="letter-missing">
          <p>Avant de rédiger ce courrier, complétez :</p>
          <ul>
            {readiness.pieces.map((piece) => (
              <li key={`${piece.label} ${piece.place}`}>
                {piece.label} <span class="muted">{piece.place}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        readiness?.message && <p class="notice notice--error">{readiness.message}</p>
      )}
      <button
        type="button"
        class="button button--primary"
        disabled={busy || (readiness?.message ?? '') !== ''}
        onClick={draft}
      >
        {busy ? 'Rédaction…' : 'Rédiger dans Google Docs'}
      </button>
      {lastLink !== '' && (
        <p>
          <a href={lastLink} target="_blank" rel="noreferrer" data-testid="letter-link">
            {drafted ? `Ouvrir « ${drafted.title} »` : 'Ouvrir le dernier courrier rédigé'}
          </a>
        </p>
      )}
      {lastLink !== '' && !sent && (
        <div class="field">
          <label for="letter-sent-on">Envoyé le</label>
          <input
            id="letter-sent-on"
            type="date"
            value={sentOn}
            max={context.today}
            onInput={(e) => setSentOn(e.currentTarget.value)}
          />
          <button type="button" class="button" disabled={busy} onClick={markSent}>
            Marquer comme envoyé{'\u00a0'}: {LETTER_CHOICES[sentKind].label.toLocaleLowerCase('fr')}
          </button>
        </div>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
