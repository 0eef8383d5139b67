import { useCallback, useEffect, useState } from 'preact/hooks';
import { START_SECTION_META } from '../shared/start-section';
import { type HomeData, loadHome } from './home/load';
import { SECTIONS } from './sections';

/** The section a menu item asked to open on (see showSidebar), if the sidebar knows it. */
function startSection(): string | undefined {
  const wanted = document.querySelector(`meta[name="${START_SECTION_META}"]`)?.getAttribute('content');
  return SECTIONS.find((s) => s.id === wanted)?.id;
}

/** The sidebar: loads what it shows from the workbook, then lets the person act on it. */
export function App() {
  const [home, setHome] = useState<HomeData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(() => startSection() ?? SECTIONS[0]?.id ?? '');

  const refreshHome = useCallback(() => {
    loadHome().then(
      (data) => {
        setHome(data);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  useEffect(refreshHome, []);

  if (error) {
    return (
      <p class="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  if (!home) return <p class="muted">Chargement…</p>;
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  return (
    <>
      <header class="header">
        {/* Sheets already titles the sidebar « Stage en collectivité ». */}
        <p class="muted">
          Classeur{'\u00a0'}: <strong data-testid="workbook-name">{home.workbookName}</strong>
        </p>
      </header>
      {SECTIONS.length > 1 && (
        <nav class="tabs" aria-label="Sections du panneau">
          {SECTIONS.map((s) => (
            <button
              key={s.id}
              type="button"
              class={s.id === section?.id ? 'tab tab--current' : 'tab'}
              aria-current={s.id === section?.id ? 'page' : undefined}
              onClick={() => setCurrent(s.id)}
            >
              {s.label}
            </button>
          ))}
        </nav>
      )}
      {section && <section.component home={home} refreshHome={refreshHome} go={setCurrent} />}
    </>
  );
}
