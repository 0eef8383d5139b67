import type { DocumentView, PreviewState, RunResponse } from '../api-types';

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

export const api = {
  state: async (): Promise<PreviewState> => (await fetch('/api/state')).json() as Promise<PreviewState>,
  runMenu: (functionName: string) => post<RunResponse>('/api/menu', { functionName }),
  edit: (sheet: string, row: number, column: number, value: string, confirmed = false) =>
    post<RunResponse>('/api/edit', { sheet, row, column, value, confirmed }),
  paste: (sheet: string, row: number, column: number, rows: string[][], confirmed = false) =>
    post<RunResponse>('/api/paste', { sheet, row, column, rows, confirmed }),
  openCsv: (name: string, text: string) => post<RunResponse>('/api/csv', { name, text }),
  insertRowAbove: (sheet: string, row: number) => post<RunResponse>('/api/rows', { sheet, row, count: 1 }),
  deleteRow: (sheet: string, row: number) => post<RunResponse>('/api/rows', { sheet, row, count: -1 }),
  selectSheet: (sheet: string) => post<RunResponse>('/api/select', { sheet }),
  selectCell: (sheet: string, row: number, column: number) =>
    post<RunResponse>('/api/select', { sheet, row, column }),
  setToday: (date: string) => post<RunResponse>('/api/today', { date }),
  closeSidebar: () => post<RunResponse>('/api/sidebar/close', {}),
  dismiss: (kind: 'toast' | 'alert', id: number) => post<RunResponse>('/api/dismiss', { kind, id }),
  document: async (id: string): Promise<DocumentView> =>
    (await fetch(`/api/documents/${encodeURIComponent(id)}`)).json() as Promise<DocumentView>,
};
