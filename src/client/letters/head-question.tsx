import { useState } from 'preact/hooks';
import type { LetterHead } from '../../server/letters/drafting';
import { server } from '../rpc';

interface Props {
  requestId: string;
  head: LetterHead;
  onSaved(message: string): void;
}

type Answer = 'Madame' | 'Monsieur' | 'Inconnue';

const CHOICES: readonly { value: Answer; label: string }[] = [
  { value: 'Madame', label: 'Madame' },
  { value: 'Monsieur', label: 'Monsieur' },
  { value: 'Inconnue', label: 'Je ne trouve pas' },
];

/**
 * Asked once per request, before the first letter: who is the maire or the président(e) the
 * letters are addressed to. The answer goes into the row's two head columns, where the
 * counsellor reads it too. What the person typed stays in the form when the server refuses it.
 */
export function HeadQuestion({ requestId, head, onSaved }: Props) {
  const [civility, setCivility] = useState<Answer | ''>(
    head.civility === 'Madame' || head.civility === 'Monsieur' || head.civility === 'Inconnue'
      ? head.civility
      : '',
  );
  const [name, setName] = useState(head.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    if (civility === '') {
      setError('Choisissez Madame, Monsieur ou « Je ne trouve pas ».');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await server.saveLetterHead({ requestId, civility, name });
      if (!result.ok) throw new Error(result.fields.civility ?? result.fields.name ?? result.message);
      onSaved(result.value);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="notice letters-head" data-testid="letter-head" onSubmit={save}>
      <p class="letters-head-question">{head.question}</p>
      <p class="hint">
        Les courriers s’adressent à {head.who}, et non à la personne que vous avez eue au téléphone. Son nom
        figure sur le site de la collectivité ou sur l’Annuaire de l’administration (service-public.fr). La
        civilité choisit l’appel : « Madame la Maire » ou « Monsieur le Maire ».
      </p>
      <fieldset class="letters-kinds">
        <legend>Civilité</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} class="letters-kind">
            <input
              type="radio"
              name="letter-head-civility"
              value={choice.value}
              checked={civility === choice.value}
              onChange={() => setCivility(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="letter-head-name">Prénom et nom (facultatif)</label>
        <input
          id="letter-head-name"
          type="text"
          maxLength={200}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Enregistrement…' : 'Enregistrer'}
      </button>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
