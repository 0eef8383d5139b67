import { useState } from 'preact/hooks';
import type { CellView, GridView } from '../api-types';

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
  /** A row's menu (right click on its number), as in Sheets. */
  onInsertRow(row: number): void;
  onDeleteRow(row: number): void;
}

/** The sheet as Sheets draws it: letters, numbers, frozen rows, colours, dropdowns. */
export function Grid({ grid, selected, onSelect, onEdit, onInsertRow, onDeleteRow }: GridProps) {
  const [editing, setEditing] = useState<{ row: number; column: number; value: string } | null>(null);
  const [rowMenu, setRowMenu] = useState<{ row: number; x: number; y: number } | null>(null);
  const headerHeight = 24;
  const rowHeight = 24;

  function commit() {
    if (editing) onEdit(editing.row, editing.column, editing.value);
    setEditing(null);
  }

  function cellStyle(cell: CellView, width: number | undefined) {
    return {
      background: cell.background,
      color: cell.color,
      fontWeight: cell.bold ? 700 : undefined,
      fontStyle: cell.italic ? 'italic' : undefined,
      textAlign:
        (cell.align as 'left' | 'center' | 'right' | undefined) ??
        (cell.kind === 'number' ? 'right' : undefined),
      width: px(width),
      minWidth: px(width),
      maxWidth: px(width),
    };
  }

  return (
    <div class="grid-scroll" data-testid="grid">
      <table
        class="grid"
        aria-label={`Feuille ${grid.name}`}
        // A fixed layout needs the table's own width, or empty columns collapse.
        style={{ width: px(46 + grid.columnWidths.reduce((sum, w) => sum + w, 0)) }}
      >
        <thead>
          <tr>
            <th class="corner" />
            {grid.columnWidths.map((width, c) => (
              <th key={c} class="col-head" style={{ width: px(width), minWidth: px(width) }}>
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
                  class="row-head"
                  onContextMenu={(e) => {
                    e.preventDefault();
                    setRowMenu({ row: r + 1, x: e.clientX, y: e.clientY });
                  }}
                >
                  {r + 1}
                </th>
                {cells.map((cell, c) => {
                  const isSelected = selected?.row === r + 1 && selected.column === c + 1;
                  const isEditing = editing?.row === r + 1 && editing.column === c + 1;
                  // As in Sheets, text runs over into the next cell when that one is empty.
                  const next = cells[c + 1];
                  const spills = cell.kind === 'string' && next !== undefined && next.kind === 'empty';
                  return (
                    <td
                      key={c}
                      data-cell={`${columnLetter(c)}${r + 1}`}
                      title={cell.note}
                      class={[
                        isSelected ? 'selected' : '',
                        cell.note ? 'has-note' : '',
                        cell.options ? 'has-options' : '',
                        spills ? 'spills' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      style={cellStyle(cell, grid.columnWidths[c])}
                      onClick={() => onSelect(r + 1, c + 1)}
                      onDblClick={() => setEditing({ row: r + 1, column: c + 1, value: cell.text })}
                      onKeyDown={(e) => {
                        if (!isEditing && (e.key === 'Enter' || e.key === 'F2')) {
                          setEditing({ row: r + 1, column: c + 1, value: cell.text });
                        }
                      }}
                    >
                      {isEditing && editing ? (
                        cell.options ? (
                          <select
                            aria-label={`Valeur de ${columnLetter(c)}${r + 1}`}
                            value={editing.value}
                            onChange={(e) => {
                              onEdit(r + 1, c + 1, e.currentTarget.value);
                              setEditing(null);
                            }}
                            onBlur={() => setEditing(null)}
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
                            aria-label={`Valeur de ${columnLetter(c)}${r + 1}`}
                            value={editing.value}
                            ref={(el) => el?.focus()}
                            onInput={(e) => setEditing({ ...editing, value: e.currentTarget.value })}
                            onKeyDown={(e) => {
                              // The cell's own Enter would open the editor again at once.
                              if (e.key === 'Enter' || e.key === 'Escape') e.stopPropagation();
                              if (e.key === 'Enter') commit();
                              if (e.key === 'Escape') setEditing(null);
                            }}
                            onBlur={commit}
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
    </div>
  );
}
