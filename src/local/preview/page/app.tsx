import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ChartView, DocumentView, MenuEntry, PreviewState, RunResponse } from '../api-types';
import { api } from './api';
import { Grid } from './grid';

const DECORATIVE_MENUS = ['Édition', 'Affichage', 'Insertion', 'Format', 'Données', 'Outils'];

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function formatFrenchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

function MenuItems({ items, onRun }: { items: MenuEntry[]; onRun(functionName: string): void }) {
  return (
    <div class="menu-list" role="menu">
      {items.map((item, i) =>
        item.kind === 'separator' ? (
          <hr key={i} class="menu-separator" />
        ) : item.kind === 'item' ? (
          <button key={i} type="button" role="menuitem" onClick={() => onRun(item.functionName)}>
            {item.caption}
          </button>
        ) : (
          <div key={i} class="submenu">
            <button type="button" role="menuitem" aria-haspopup="menu">
              {item.caption} ▸
            </button>
            <MenuItems items={item.items} onRun={onRun} />
          </div>
        ),
      )}
    </div>
  );
}

/** The sheet’s charts, drawn as plain bars: enough to see what the add-on’s charts show. */
function Charts({ charts }: { charts: ChartView[] }) {
  if (charts.length === 0) return null;
  return (
    <section class="charts" aria-label="Graphiques de la feuille">
      {charts.map((chart, i) => {
        const max = Math.max(1, ...chart.bars.map((b) => b.value));
        return (
          <figure key={i} class="chart" data-testid="chart">
            <figcaption>{chart.title || 'Graphique sans titre'}</figcaption>
            {chart.bars.map((bar) => (
              <div class="chart-row" key={bar.label}>
                <span class="chart-label">{bar.label}</span>
                <span class="chart-bar" style={{ width: `${(bar.value / max) * 100}%` }} />
                <span class="chart-value">{bar.value}</span>
              </div>
            ))}
          </figure>
        );
      })}
    </section>
  );
}

export function App() {
  const [state, setState] = useState<PreviewState | null>(null);
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ row: number; column: number } | null>(null);
  const [reader, setReader] = useState<DocumentView | null>(null);
  const [showDocs, setShowDocs] = useState(false);
  const [showMails, setShowMails] = useState(false);
  // A write that waits for the person’s word (a warning-only protection), or a refused edit.
  const [confirm, setConfirm] = useState<{ message: string; proceed(): Promise<RunResponse> } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const csvInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(
    () =>
      api.state().then(
        (next) => {
          setLoadError(null);
          setState(next);
        },
        () => setLoadError('Le serveur local de l’aperçu ne répond pas. Relancez « npm start ».'),
      ),
    [],
  );
  const openDocument = useCallback((id: string) => api.document(id).then(setReader), []);

  useEffect(() => {
    refresh();
    // The sidebar tells the page when one of its calls may have changed the workbook, and asks
    // it to open a document the add-on made (in the preview’s own Docs reader).
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin) return;
      if (event.data?.type === 'workbook-changed') refresh();
      if (event.data?.type === 'open-document' && typeof event.data.id === 'string')
        openDocument(event.data.id);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [refresh, openDocument]);

  // Échap closes what is open on top, the topmost first. The listener reads what is open through
  // a ref set while rendering: a panel on screen is always known to it, even before the effects
  // that follow the render have run (a key pressed at once would otherwise meet the old state).
  const open = useRef({ reader, showDocs, showMails, openMenu });
  open.current = { reader, showDocs, showMails, openMenu };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = open.current;
      if (now.reader) setReader(null);
      else if (now.showDocs) setShowDocs(false);
      else if (now.showMails) setShowMails(false);
      else if (now.openMenu) setOpenMenu(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!state)
    return (
      <p class="loading" role={loadError ? 'alert' : undefined}>
        {loadError ?? 'Chargement de l’aperçu…'}
      </p>
    );

  const act = async (request: Promise<unknown>) => {
    await request;
    await refresh();
  };
  /** A write to the grid: a warning-only protection asks first, a refusal is said. */
  const write = async (send: (confirmed: boolean) => Promise<RunResponse>) => {
    const response = await send(false);
    if (response.warning) {
      setConfirm({ message: response.warning, proceed: () => send(true) });
    } else if (!response.ok && response.error) {
      setRefusal(response.error);
    }
    await refresh();
  };
  const openCsv = async (file: File) => {
    const response = await api.openCsv(file.name, await file.text());
    if (!response.ok && response.error) setRefusal(response.error);
    setSelected(null);
    await refresh();
  };
  const runMenu = (functionName: string) => {
    setOpenMenu(null);
    act(api.runMenu(functionName));
  };
  const extensionMenus = state.menus.filter((m) => m.title !== '');
  const customMenus = state.menus.filter((m) => m.title === '');

  return (
    <div class="app">
      <header class="titlebar">
        <div class="doc-icon" aria-hidden="true" />
        <div class="title-block">
          <h1 data-testid="workbook-title">{state.workbookName}</h1>
          <nav class="menubar" aria-label="Menus">
            <div class="menu">
              <button
                type="button"
                class="menu-title"
                aria-expanded={openMenu === 'Fichier'}
                onClick={() => setOpenMenu(openMenu === 'Fichier' ? null : 'Fichier')}
              >
                Fichier
              </button>
              {openMenu === 'Fichier' && (
                <div class="menu-list" role="menu">
                  <button
                    type="button"
                    role="menuitem"
                    onClick={() => {
                      setOpenMenu(null);
                      csvInput.current?.click();
                    }}
                  >
                    Importer un fichier CSV dans une nouvelle feuille…
                  </button>
                </div>
              )}
              <input
                ref={csvInput}
                type="file"
                accept=".csv,.tsv,.txt,text/csv"
                hidden
                aria-label="Fichier CSV à importer"
                data-testid="csv-file"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) openCsv(file);
                }}
              />
            </div>
            {DECORATIVE_MENUS.map((name) => (
              <span key={name} class="menu-title menu-title--inert">
                {name}
              </span>
            ))}
            {customMenus.map((menu) => (
              <div class="menu" key={menu.title}>
                <button
                  type="button"
                  class="menu-title"
                  onClick={() => setOpenMenu(openMenu ? null : menu.title)}
                >
                  {menu.title}
                </button>
                {openMenu === menu.title && <MenuItems items={menu.items} onRun={runMenu} />}
              </div>
            ))}
            <div class="menu">
              <button
                type="button"
                class="menu-title"
                aria-expanded={openMenu === 'Extensions'}
                onClick={() => setOpenMenu(openMenu === 'Extensions' ? null : 'Extensions')}
              >
                Extensions
              </button>
              {openMenu === 'Extensions' && (
                <div class="menu-list" role="menu">
                  {extensionMenus.length === 0 && <p class="menu-empty">Aucun module complémentaire</p>}
                  {extensionMenus.map((menu) => (
                    <div key={menu.title} class="submenu submenu--open">
                      <button type="button" role="menuitem" aria-haspopup="menu">
                        {menu.title} ▸
                      </button>
                      <MenuItems items={menu.items} onRun={runMenu} />
                    </div>
                  ))}
                </div>
              )}
            </div>
            <span class="menu-title menu-title--inert">Aide</span>
          </nav>
        </div>
        <div class="toolbar-right">
          <label class="today">
            Aujourd’hui
            <input
              type="date"
              aria-label="Date du jour simulée"
              value={state.today}
              onChange={(e) => act(api.setToday(e.currentTarget.value))}
            />
          </label>
          <button type="button" class="chip" onClick={() => act(api.setToday(addDays(state.today, 7)))}>
            +1 semaine
          </button>
          <button type="button" class="chip" onClick={() => setShowDocs(!showDocs)}>
            Documents ({state.documents.length})
          </button>
          <button type="button" class="chip" onClick={() => setShowMails(!showMails)}>
            Courriels envoyés ({state.mails.length})
          </button>
          <span class="user" title="Personne qui utilise le classeur">
            {state.user}
          </span>
        </div>
      </header>
      <p class="today-line">
        Date simulée{'\u00a0'}: {formatFrenchDate(state.today)} · aperçu local, aucune donnée n’est envoyée.
      </p>
      {!state.sidebar && extensionMenus.length > 0 && (
        <p class="hint" data-testid="start-hint">
          Pour commencer{'\u00a0'}: menu{' '}
          <strong>Extensions › Stage en collectivité › Ouvrir le panneau</strong>.
        </p>
      )}

      {state.error && (
        <div class="script-error" role="alert">
          <strong>Erreur du script{'\u00a0'}:</strong> {state.error}
        </div>
      )}
      {refusal && (
        <div class="script-error" role="alert">
          {refusal}{' '}
          <button type="button" class="link" onClick={() => setRefusal(null)}>
            Fermer
          </button>
        </div>
      )}

      <div class="workspace">
        <main class="sheet-area">
          {state.grid ? (
            <Grid
              grid={state.grid}
              selected={selected}
              onSelect={(row, column) => {
                setSelected({ row, column });
                api.selectCell(state.grid?.name ?? '', row, column);
              }}
              onEdit={(row, column, value) =>
                write((confirmed) => api.edit(state.grid?.name ?? '', row, column, value, confirmed))
              }
              onPaste={(row, column, rows) =>
                write((confirmed) => api.paste(state.grid?.name ?? '', row, column, rows, confirmed))
              }
              onInsertRow={(row) => act(api.insertRowAbove(state.grid?.name ?? '', row))}
              onDeleteRow={(row) => act(api.deleteRow(state.grid?.name ?? '', row))}
            />
          ) : (
            <p class="loading">Ce classeur n’a aucune feuille.</p>
          )}
          <Charts charts={state.charts} />
          <nav class="tabs" aria-label="Feuilles">
            {state.sheets.map((sheet) => (
              <button
                type="button"
                key={sheet.name}
                class={sheet.active ? 'tab tab--active' : 'tab'}
                aria-current={sheet.active ? 'page' : undefined}
                onClick={() => {
                  setSelected(null);
                  act(api.selectSheet(sheet.name));
                }}
              >
                {sheet.name}
              </button>
            ))}
          </nav>
        </main>

        {state.sidebar && (
          <aside class="sidebar" aria-label={state.sidebar.title}>
            <div class="sidebar-title">
              <span>{state.sidebar.title}</span>
              <button type="button" aria-label="Fermer le panneau" onClick={() => act(api.closeSidebar())}>
                ×
              </button>
            </div>
            <iframe title={state.sidebar.title} src={`/sidebar/${state.sidebar.id}`} name="sidebar" />
          </aside>
        )}
      </div>

      {showDocs && (
        <div class="docs-panel" role="dialog" aria-label="Documents créés">
          <div class="panel-head">
            <h2>Documents créés</h2>
            <button type="button" aria-label="Fermer les documents" onClick={() => setShowDocs(false)}>
              ×
            </button>
          </div>
          {state.documents.length === 0 && <p>Aucun document pour l’instant.</p>}
          <ul>
            {state.documents.map((doc) => (
              <li key={doc.id}>
                <button type="button" class="link" onClick={() => openDocument(doc.id)}>
                  {doc.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {showMails && (
        <div class="docs-panel mails-panel" role="dialog" aria-label="Courriels envoyés">
          <div class="panel-head">
            <h2>Courriels envoyés</h2>
            <button type="button" aria-label="Fermer les courriels" onClick={() => setShowMails(false)}>
              ×
            </button>
          </div>
          {state.mails.length === 0 && <p>Aucun courriel pour l’instant.</p>}
          {state.mails.map((mail) => (
            <article class="mail" key={mail.sentAt + mail.subject}>
              <p class="mail-head">
                À{'\u00a0'}: {mail.to}
                {mail.cc && ` · Cc\u00a0: ${mail.cc}`}
              </p>
              <h3>{mail.subject}</h3>
              <pre>{mail.body}</pre>
            </article>
          ))}
        </div>
      )}

      {reader && (
        <div class="modal-backdrop">
          <div class="doc-reader" role="dialog" aria-label={reader.name}>
            <div class="doc-reader-bar">
              <strong>{reader.name}</strong>
              <button type="button" onClick={() => setReader(null)} ref={(el) => el?.focus()}>
                Fermer
              </button>
            </div>
            <article class="page" data-testid="document-page" style={pageStyle(reader)}>
              {reader.paragraphs.map((p, i) => {
                const Tag = p.heading?.startsWith('HEADING') ? 'h3' : p.heading === 'TITLE' ? 'h2' : 'p';
                return (
                  <Tag key={i} style={paragraphStyle(p)}>
                    {p.text || '\u00a0'}
                  </Tag>
                );
              })}
            </article>
          </div>
        </div>
      )}

      {confirm && (
        <div class="modal-backdrop">
          <div class="alert" role="alertdialog" aria-label="Attention">
            <h2>Attention</h2>
            <p>{confirm.message}</p>
            <div class="alert-actions">
              <button type="button" onClick={() => setConfirm(null)}>
                Annuler
              </button>
              <button
                type="button"
                class="button-primary"
                ref={(el) => el?.focus()}
                onClick={async () => {
                  const { proceed } = confirm;
                  setConfirm(null);
                  const response = await proceed();
                  if (!response.ok && response.error) setRefusal(response.error);
                  await refresh();
                }}
              >
                OK
              </button>
            </div>
          </div>
        </div>
      )}

      {state.alerts.map((alert) => (
        <div class="modal-backdrop" key={alert.id}>
          <div class="alert" role="alertdialog" aria-label={alert.title || 'Message'}>
            {alert.title && <h2>{alert.title}</h2>}
            <p>{alert.message}</p>
            <button type="button" class="button-primary" onClick={() => act(api.dismiss('alert', alert.id))}>
              OK
            </button>
          </div>
        </div>
      ))}

      <div class="toasts" aria-live="polite">
        {state.toasts.map((toast) => (
          <div class="toast" key={toast.id} role="status">
            {toast.title && <strong>{toast.title}</strong>}
            <span>{toast.message}</span>
            <button type="button" aria-label="Fermer" onClick={() => act(api.dismiss('toast', toast.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}

const pt = (value: number | undefined) => (value === undefined ? undefined : `${value}pt`);

/** The page as the script laid it out: its margins, when set. */
function pageStyle(doc: DocumentView) {
  const m = doc.margins;
  return m === undefined ? undefined : { padding: `${m.top}pt ${m.right}pt ${m.bottom}pt ${m.left}pt` };
}

/** A paragraph as the script styled it (Docs' single spacing is about 1.15 lines of the font). */
function paragraphStyle(p: DocumentView['paragraphs'][number]) {
  return {
    textAlign: p.alignment?.toLowerCase(),
    fontWeight: p.bold ? 700 : undefined,
    marginLeft: pt(p.indentStart),
    marginTop: pt(p.spacingBefore),
    marginBottom: pt(p.spacingAfter),
    lineHeight: p.lineSpacing === undefined ? undefined : 1.15 * p.lineSpacing,
    fontFamily:
      p.fontFamily === undefined ? undefined : `${p.fontFamily}, "Liberation Sans", Helvetica, sans-serif`,
    fontSize: pt(p.fontSize),
  };
}
