// The BAU grid as the window edits it: rows of texts, the choices each column offers, a
// starting set for a new scenario, and where Enter takes the cursor. Pure: no DOM, no backend.

import type { GridRow } from './bindings';

export const VARIABLES = ['population', 'gdp', 'energy', 'emissions', 'renewables_share'] as const;
export const KINDS = ['observed', 'growth', 'linear', 'elasticity', 'intensity'] as const;
export const COLUMNS = ['variable', 'kind', 'year', 'value', 'unit', 'driver', 'source'] as const;
export type GridColumn = (typeof COLUMNS)[number];

/** The units a statistics office writes, offered as suggestions (others can be typed). */
export const UNITS: Record<string, readonly string[]> = {
  population: ['万人', '人', 'persons'],
  gdp: ['亿元', '万元', '元', 'CNY million', 'CNY'],
  energy: ['万吨标准煤', '吨标准煤', 'tce', 'TJ', 'GJ', 'MWh'],
  emissions: ['万吨CO2', '吨CO2', 'Mt CO2', 't CO2'],
  renewables_share: ['%'],
};

/** The unit a row's kind takes when the person has not chosen one. */
export function defaultUnit(row: GridRow): string {
  if (row.kind === 'growth' || row.kind === 'intensity') return '%';
  if (row.kind === 'elasticity') return '';
  return UNITS[row.variable]?.[0] ?? '';
}

/** Whether the kind names a driving variable. */
export function needsDriver(kind: string): boolean {
  return kind === 'elasticity' || kind === 'intensity';
}

export function emptyRow(variable: string = 'population', kind: string = 'observed', year = ''): GridRow {
  const row: GridRow = { variable, kind, year, value: '', unit: '', driver: '', source: '' };
  row.unit = defaultUnit(row);
  return row;
}

/** Five observed rows for `year`, one per variable, values left to fill. */
export function startingRows(year: number): GridRow[] {
  return VARIABLES.map((v) => emptyRow(v, 'observed', String(year)));
}

/** A row to add after `rows`: the last row's variable, a growth path ten years on. */
export function nextRow(rows: readonly GridRow[]): GridRow {
  const last = rows[rows.length - 1];
  if (last === undefined) return emptyRow();
  const year = Number.parseInt(last.year, 10);
  return emptyRow(last.variable, 'growth', Number.isFinite(year) ? String(Math.min(year + 10, 2060)) : '');
}

/** Sets one cell; changing the kind fixes the unit and the driver so the row stays sensible. */
export function setCell(row: GridRow, column: GridColumn, value: string): GridRow {
  const next = { ...row, [column]: value };
  if (column === 'kind' || column === 'variable') {
    const before = defaultUnit(row);
    if (next.unit === '' || next.unit === before) next.unit = defaultUnit(next);
    if (!needsDriver(next.kind)) next.driver = '';
    else if (next.driver === '' || next.driver === next.variable) next.driver = next.variable === 'gdp' ? 'population' : 'gdp';
  }
  return next;
}

export function sameRows(a: readonly GridRow[], b: readonly GridRow[]): boolean {
  return a.length === b.length && a.every((row, i) => COLUMNS.every((c) => row[c] === b[i]?.[c]));
}

/** Where Enter goes from (row, column): the same column one row down; `null` past the last. */
export function enterTarget(row: number, column: GridColumn, count: number): { row: number; column: GridColumn } | null {
  return row + 1 < count ? { row: row + 1, column } : null;
}

/** The problems of one cell, by the grid's 1-based row number. */
export function problemKey(row: number, column: string): string {
  return `${row}:${column}`;
}
