import { useEffect, useRef, useState } from 'preact/hooks';
import type { CellView, GridView } from '../api-types';
import { parseClipboard } from '../delimited';

/** Preact 11 no longer adds `px` to numbers in style objects: lengths are written out. */
const px = (n: number | undefined) => (n === undefined ? undefined : `${n}px`);

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

interface GridProps {
  grid: GridView;
  selected: { row: number; column: number } | null;
  onSelect(row: number, column: number): void;
  onEdit(row: number, column: number, value: string): void;
  /** Cells pasted at the selection (tab-separated rows, as Sheets and Excel copy them). */
  onPaste(row: number, column: number, rows: string[][]): void;
  /** A row's menu (right click on its number), as in Sheets. */
  onInsertRow(row: number): void;
  onDeleteRow(row: number): void;
}

interface Editing {
  row: number;
  column: number;
  value: string;
}

const cellId = (row: number, column: number) => `${columnLetter(column - 1)}${row}`;

/**
 * The sheet as Sheets draws it: letters, numbers, frozen rows, colours, dropdowns. Usable from
 * the keyboard as Sheets is: arrows move the selection, typing replaces the selected cell,
 * Entrée or F2 edits it, Entrée commits (and moves down), Échap cancels, Suppr clears; Ctrl+V
 * pastes tab-separated cells from the selection on.
 */
export function Grid({ grid, selected, onSelect, onEdit, onPaste, onInsertRow, onDeleteRow }: GridProps) {
  const [rowMenu, setRowMenu] = useState<{ row: number; x: number; y: number } | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit in progress, read by every way out of the editor (Entrée, Tab, blur): whichever
  // comes first sends it, the others find it gone. An edit is sent once, Échap sends none.
  const pending = useRef<Editing | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const headerHeight = 24;
  const rowHeight = 24;
  const rowCount = grid.rows.length;
  const columnCount = grid.columnWidths.length;

  function setEditing(next: Editing | null) {
    pending.current = next;
    setEditingState(next);
  }

  function focusCell(row: number, column: number) {
    table.current?.querySelector<HTMLElement>(`td[data-cell="${cellId(row, column)}"]`)?.focus();
  }

  // Keyboard focus follows the selection while the grid has it (never taken from the sidebar).
  useEffect(() => {
    if (!selected || editing) return;
    const inGrid = table.current?.contains(document.activeElement) ?? false;
    if (inGrid) focusCell(selected.row, selected.column);
  }, [selected?.row, selected?.column, editing]);

  function commit(move: 'down' | 'right' | 'stay') {
    const edit = pending.current;
    if (!edit) return;
    pending.current = null;
    setEditingState(null);
    onEdit(edit.row, edit.column, edit.value);
    const row = move === 'down' ? Math.min(rowCount, edit.row + 1) : edit.row;
    const column = move === 'right' ? Math.min(columnCount, edit.column + 1) : edit.column;
    onSelect(row, column);
    requestAnimationFrame(() => focusCell(row, column));
  }

  function cancel() {
    const edit = pending.current;
    pending.current = null;
    setEditingState(null);
    if (edit) requestAnimationFrame(() => focusCell(edit.row, edit.column));
  }

  function onGridKeyDown(e: KeyboardEvent) {
    if (editing || !selected) return;
    const { row, column } = selected;
    const cell = grid.rows[row - 1]?.[column - 1];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      onSelect(
        Math.min(rowCount, Math.max(1, row + move[0])),
        Math.min(columnCount, Math.max(1, column + move[1])),
      );
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ row, column, value: cell?.input ?? '' });
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (cell && cell.kind !== 'empty') onEdit(row, column, '');
      return;
    }
    // A printable key starts typing over the cell, as in Sheets (not on a dropdown cell).
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && !cell?.options) {
      e.preventDefault();
      setEditing({ row, column, value: e.key });
    }
  }

  function onGridPaste(e: ClipboardEvent) {
    if (editing || !selected) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    e.preventDefault();
    onPaste(selected.row, selected.column, parseClipboard(text));
  }

  function cellStyle(cell: CellView, width: number | undefined) {
    return {
      background: cell.background,
      color: cell.color,
      fontWeight: cell.bold ? 700 : undefined,
      fontStyle: cell.italic || cell.unevaluated ? 'italic' : undefined,
      textAlign:
        (cell.align as 'left' | 'center' | 'right' | undefined) ??
        (cell.kind === 'number' ? 'right' : undefined),
      width: px(width),
      minWidth: px(width),
      maxWidth: px(width),
    };
  }

  // The cell a Tab from outside lands on: the selection, else A1.
  const focusRow = selected?.row ?? 1;
  const focusColumn = selected?.column ?? 1;

  return (
    <div class="grid-scroll" data-testid="grid">
      <table
        ref={table}
        class="grid"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an editable sheet is the ARIA grid pattern
        role="grid"
        aria-label={`Feuille ${grid.name}`}
        aria-rowcount={rowCount}
        aria-colcount={columnCount}
        // A fixed layout needs the table’s own width, or empty columns collapse.
        style={{ width: px(46 + grid.columnWidths.reduce((sum, w) => sum + w, 0)) }}
        onKeyDown={onGridKeyDown}
        onPaste={onGridPaste}
      >
        <thead>
          <tr>
            <th class="corner" />
            {grid.columnWidths.map((width, c) => (
              <th key={c} scope="col" class="col-head" style={{ width: px(width), minWidth: px(width) }}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((cells, r) => {
            // A row the filter hides is not drawn, as in Sheets (its number is skipped).
            if (grid.hiddenRows.includes(r + 1)) return null;
            const frozen = r < grid.frozenRows;
            return (
              <tr
                key={r}
                class={frozen ? 'frozen' : undefined}
                style={frozen ? { top: px(headerHeight + r * rowHeight) } : undefined}
              >
                <th
                  scope="row"
                  class="row-head"
                  onContextMenu={(e) => {
                    e.preventDefault();
                    setRowMenu({ row: r + 1, x: e.clientX, y: e.clientY });
                  }}
                >
                  {r + 1}
                </th>
                {cells.map((cell, c) => {
                  const row = r + 1;
                  const column = c + 1;
                  const isSelected = selected?.row === row && selected.column === column;
                  const isEditing = editing?.row === row && editing.column === column;
                  // As in Sheets, text runs over into the next cell when that one is empty.
                  const next = cells[c + 1];
                  const spills = cell.kind === 'string' && next !== undefined && next.kind === 'empty';
                  const a1 = cellId(row, column);
                  return (
                    <td
                      key={c}
                      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern’s cell
                      role="gridcell"
                      data-cell={a1}
                      tabIndex={row === focusRow && column === focusColumn ? 0 : -1}
                      aria-selected={isSelected}
                      title={
                        cell.unevaluated
                          ? 'L’aperçu local ne sait pas calculer cette formule ; Google Sheets la calculera.'
                          : cell.note
                      }
                      class={[
                        isSelected ? 'selected' : '',
                        cell.note ? 'has-note' : '',
                        cell.options ? 'has-options' : '',
                        cell.unevaluated ? 'unevaluated' : '',
                        spills ? 'spills' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      style={cellStyle(cell, grid.columnWidths[c])}
                      onClick={() => onSelect(row, column)}
                      // Keys are handled by the grid for the selected cell (see onGridKeyDown).
                      onKeyDown={undefined}
                      onDblClick={() => setEditing({ row, column, value: cell.input })}
                    >
                      {isEditing && editing ? (
                        cell.options ? (
                          <select
                            aria-label={`Valeur de ${a1}`}
                            value={editing.value}
                            onChange={(e) => {
                              pending.current = { row, column, value: e.currentTarget.value };
                              commit('stay');
                            }}
                            onKeyDown={(e) => {
                              e.stopPropagation();
                              if (e.key === 'Escape') cancel();
                            }}
                            onBlur={cancel}
                            ref={(el) => el?.focus()}
                          >
                            <option value="" />
                            {cell.options.map((option) => (
                              <option key={option} value={option}>
                                {option}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            aria-label={`Valeur de ${a1}`}
                            value={editing.value}
                            ref={(el) => {
                              if (el && document.activeElement !== el) el.focus();
                            }}
                            onInput={(e) => setEditing({ ...editing, value: e.currentTarget.value })}
                            onKeyDown={(e) => {
                              // The grid’s own keys (arrows, Entrée) must not act while typing.
                              e.stopPropagation();
                              if (e.key === 'Enter') {
                                e.preventDefault();
                                commit('down');
                              } else if (e.key === 'Tab') {
                                e.preventDefault();
                                commit('right');
                              } else if (e.key === 'Escape') {
                                e.preventDefault();
                                cancel();
                              }
                            }}
                            onPaste={(e) => e.stopPropagation()}
                            onBlur={() => commit('stay')}
                          />
                        )
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rowMenu ? (
        <div
          class="row-menu"
          role="menu"
          aria-label={`Ligne ${rowMenu.row}`}
          style={{ left: px(rowMenu.x), top: px(rowMenu.y) }}
        >
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onInsertRow(rowMenu.row);
              setRowMenu(null);
            }}
          >
            Insérer 1 ligne au-dessus
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onDeleteRow(rowMenu.row);
              setRowMenu(null);
            }}
          >
            Supprimer la ligne
          </button>
          <button type="button" role="menuitem" onClick={() => setRowMenu(null)}>
            Annuler
          </button>
        </div>
      ) : null}
      {rowMenu ? (
        <div
          class="row-menu"
          role="menu"
          aria-label={`Ligne ${rowMenu.row}`}
          style={{ left: px(rowMenu.x), top: px(rowMenu.y) }}
        >
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onInsertRow(rowMenu.row);
              setRowMenu(null);
            }}
          >
            Insérer 1 ligne au-dessus
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onDeleteRow(rowMenu.row);
              setRowMenu(null);
            }}
          >
            Supprimer la ligne
          </button>
          <button type="button" role="menuitem" onClick={() => setRowMenu(null)}>
            Annuler
          </button>
        </div>
      ) : null}
    </div>
  );
}
