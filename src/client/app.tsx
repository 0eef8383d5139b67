import { useEffect, useState } from 'preact/hooks';
import { type HomeData, loadHome } from './home/load';
import { SettingsPanel } from './home/settings-panel';

/** The sidebar: loads what it shows from the workbook, then lets the person act on it. */
export function App() {
  const [home, setHome] = useState<HomeData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadHome().then(setHome, (e: Error) => setError(e.message));
  }, []);

  if (error) {
    return (
      <p class="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  if (!home) return <p class="muted">Chargement…</p>;
  return (
    <>
      <header class="header">
        <h1>Stage en collectivité</h1>
        <p class="muted">
          Classeur : <strong data-testid="workbook-name">{home.workbookName}</strong>
        </p>
      </header>
      <SettingsPanel initial={home.settings} />
    </>
  );
}
