/**
 * « Aide »: the version, the guide's steps and where each is done, how to reach one's
 * counsellor, and what each permission asked at authorisation is for (the same sentences as
 * README.md and docs/confidentialite.md: src/shared/permissions.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { PLAN_STEP_KEYS, PLAN_STEPS } from '../../domain/plan/vocabulary';
import type { HelpView } from '../../server/home/api';
import { PERMISSIONS } from '../../shared/permissions';
import { COLLECTIVITES_SECTION_ID, PLAN_SECTION_ID } from '../../shared/start-section';
import { server } from '../rpc';
import type { SectionProps } from '../sections';
import { type Status, StatusNotice } from '../status';
import { VERSION } from './version';
import './help.css';

function Counsellor({ view, go }: { view: HelpView | null; go: SectionProps['go'] }) {
  if (view === null) return <p class="muted">Chargement…</p>;
  const { name, email, agency } = view.counsellor;
  if (name === '' && email === '') {
    return (
      <p>
        Vous n’avez pas encore indiqué votre conseiller ou conseillère. Renseignez son nom et son courriel à
        l’étape 5 de{' '}
        <button type="button" class="link" onClick={() => go(PLAN_SECTION_ID)}>
          Mon plan
        </button>
        .
      </p>
    );
  }
  return (
    <dl class="help-contact" data-testid="help-counsellor">
      {name !== '' && (
        <>
          <dt>Nom</dt>
          <dd>{name}</dd>
        </>
      )}
      {agency !== '' && (
        <>
          <dt>Structure</dt>
          <dd>{agency}</dd>
        </>
      )}
      <dt>Courriel</dt>
      <dd>
        {email === '' ? (
          'pas encore indiqué'
        ) : (
          <a href={`mailto:${email}`} target="_blank" rel="noopener noreferrer">
            {email}
          </a>
        )}
      </dd>
    </dl>
  );
}

export function HelpSection({ go }: SectionProps) {
  const [view, setView] = useState<HelpView | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    server.getHelp({}).then(
      (result) => {
        if (result.ok) setView(result.value);
        else setStatus({ kind: 'error', message: result.message });
      },
      (error: Error) => setStatus({ kind: 'error', message: error.message }),
    );
  }, []);

  return (
    <>
      <div class="card">
        <h2>Aide</h2>
        <p>
          Ce module suit le guide «&nbsp;Rechercher un stage au sein d’une collectivité&nbsp;». Tout ce qu’il
          écrit reste dans ce classeur et dans votre Drive.
        </p>
        <p class="hint" data-testid="help-version">
          Stage en collectivité, version {VERSION}
        </p>
      </div>

      <div class="card">
        <h2>Les étapes du guide</h2>
        <ol class="help-steps">
          {PLAN_STEP_KEYS.map((key) => (
            <li key={key}>{PLAN_STEPS[key]}</li>
          ))}
          <li>Contacter les collectivités, puis relancer après trois semaines sans réponse</li>
        </ol>
        <div class="help-actions">
          <button type="button" class="button" onClick={() => go(PLAN_SECTION_ID)}>
            Étapes 1 à 5&nbsp;: Mon plan
          </button>
          <button type="button" class="button" onClick={() => go(COLLECTIVITES_SECTION_ID)}>
            Étape 6&nbsp;: Collectivités
          </button>
        </div>
      </div>

      <div class="card">
        <h2>Votre conseiller ou conseillère</h2>
        <StatusNotice status={status} />
        {status.kind !== 'error' && <Counsellor view={view} go={go} />}
      </div>

      <div class="card">
        <h2>Ce que le module a le droit de faire</h2>
        <p class="hint">
          Google vous a demandé ces autorisations une seule fois, à la première utilisation. Voici à quoi sert
          chacune.
        </p>
        <dl class="help-permissions" data-testid="help-permissions">
          {PERMISSIONS.map((p) => (
            <div key={p.scope}>
              <dt>{p.title}</dt>
              <dd>{p.fr}</dd>
            </div>
          ))}
        </dl>
      </div>
    </>
  );
}
