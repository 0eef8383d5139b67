import { useEffect, useState } from 'preact/hooks';
import type { CounsellorSettings } from '../../domain/settings';
import type { CounsellorView } from '../../server/dashboard/api';
import { Field } from '../field';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';

/** The daily reminder, in the settings: opt-in, with what it needs said before it is turned on. */
export function ReminderPanel() {
  const [view, setView] = useState<CounsellorView | null>(null);
  const [draft, setDraft] = useState<CounsellorSettings | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    server.getCounsellor({}).then(
      (result) => {
        if (!result.ok) return setStatus({ kind: 'error', message: result.message });
        setView(result.value);
        setDraft(result.value.settings);
      },
      (e: Error) => setStatus({ kind: 'error', message: e.message }),
    );
  }, []);

  if (!view || !draft) return <StatusNotice status={status} />;

  async function save(event: Event) {
    event.preventDefault();
    if (!draft) return;
    setStatus({ kind: 'busy' });
    try {
      const result = await server.saveCounsellorSettings(draft);
      if (!result.ok) {
        setFieldErrors(result.fields);
        return setStatus({ kind: 'error', message: result.message });
      }
      setFieldErrors({});
      setView(result.value);
      setDraft(result.value.settings);
      setStatus({
        kind: 'done',
        message: result.value.settings.reminderEnabled
          ? 'Rappel activé : vous recevrez un courriel à 7 h les jours où une démarche est à faire.'
          : 'Rappel désactivé : aucun courriel ne sera envoyé.',
      });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  const needsEmail = view.emailSource !== 'plan';
  return (
    <form class="card" onSubmit={save} noValidate>
      <h2>Rappel quotidien</h2>
      <p class="hint">
        Chaque matin vers 7 h, un courriel liste les relances du jour avec un lien vers le classeur. Rien
        n’est envoyé les jours sans relance. Le rappel utilise deux autorisations accordées à l’installation
        du module : « exécuter quand vous n’êtes pas là » et « envoyer des courriels en votre nom » ; elles ne
        servent qu’à ce rappel.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.reminderEnabled}
          onChange={(e) => setDraft({ ...draft, reminderEnabled: e.currentTarget.checked })}
        />{' '}
        Recevoir le rappel quotidien
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.reminderCopyCounsellor}
          onChange={(e) => setDraft({ ...draft, reminderCopyCounsellor: e.currentTarget.checked })}
        />{' '}
        Mettre mon conseiller ou ma conseillère en copie
      </label>
      {needsEmail && (
        <Field
          id="reminderCounsellorEmail"
          label="Courriel du conseiller ou de la conseillère"
          hint="Ou indiquez-la dans votre plan de stage."
          error={fieldErrors.counsellorEmail}
        >
          <input
            id="reminderCounsellorEmail"
            type="email"
            value={draft.counsellorEmail}
            onInput={(e) => setDraft({ ...draft, counsellorEmail: e.currentTarget.value })}
          />
        </Field>
      )}
      {draft.reminderEnabled && !view.reminderInstalledForMe && view.settings.reminderEnabled && (
        <p class="hint">
          Le rappel est déjà activé par une autre personne ; l’enregistrer l’active aussi pour vous.
        </p>
      )}
      <button type="submit" class="button button--primary" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Enregistrement…' : 'Valider le rappel'}
      </button>
      <StatusNotice status={status} />
    </form>
  );
}
