import { useState } from 'preact/hooks';
import type { Settings } from '../../domain/settings';
import { Field } from '../field';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';

/** The shared settings. What the person typed stays in the field when a save is refused. */
export function SettingsPanel({ initial }: { initial: Settings }) {
  const [followUpDays, setFollowUpDays] = useState(String(initial.followUpDays));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function save(event: Event) {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    try {
      const typed = followUpDays.trim();
      const result = await server.saveSettings({ followUpDays: typed === '' ? Number.NaN : Number(typed) });
      if (result.ok) {
        setFieldErrors({});
        setFollowUpDays(String(result.value.followUpDays));
        setStatus({ kind: 'done', message: 'Réglages enregistrés.' });
      } else {
        setFieldErrors(result.fields);
        setStatus({ kind: 'error', message: result.message });
      }
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  return (
    <form class="card" onSubmit={save} noValidate>
      <h2>Réglages</h2>
      <Field
        id="followUpDays"
        label="Délai avant relance (en jours)"
        hint="Sans réponse après ce délai, la demande est à relancer. Le guide conseille 3 semaines (21 jours)."
        error={fieldErrors.followUpDays}
      >
        <input
          id="followUpDays"
          name="followUpDays"
          inputMode="numeric"
          value={followUpDays}
          aria-invalid={fieldErrors.followUpDays ? 'true' : 'false'}
          aria-describedby={fieldErrors.followUpDays ? 'followUpDays-error' : undefined}
          onInput={(e) => setFollowUpDays(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="button button--primary" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Enregistrement…' : 'Enregistrer'}
      </button>
      <StatusNotice status={status} />
    </form>
  );
}
