// The BAU stage's commands: the scenarios and the one shown, a redraw from rows being typed,
// saving and copying, and the report. In a plain browser and in the unit tests an in-memory
// stand-in plays the backend, drawing a placeholder instead of the real charts.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { ApiError, BauStage, ExportLanguage, ExportResult, GridRow, OutlookView, ScenarioItem } from './bindings';
import { i18n } from './i18n';

/** What the stage is drawn in: the window's language as it is at the call. */
const language = (): ExportLanguage => i18n().locale;

export interface BauApi {
  /** The stage with `scenario` shown, the BAU when `null`; `compare` drawn beside it. */
  stage(scenario: string | null, compare: string | null): Promise<BauStage>;
  /** `endYear`: the stage's, so a redraw projects as far as the stage did. */
  preview(scenario: string, rows: GridRow[], compare: string | null, endYear: number): Promise<OutlookView>;
  save(scenario: string, rows: GridRow[], compare: string | null): Promise<BauStage>;
  copy(from: string, to: string): Promise<BauStage>;
  /** Adopts the scenario by a decided question that adopted; it is frozen from then on. */
  adopt(scenario: string, question: number): Promise<BauStage>;
  /** `null` when the person cancelled the save dialog. */
  exportReport(scenario: string, language: ExportLanguage): Promise<ExportResult | null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriBauApi: BauApi = {
  stage: (scenario, compare) => call('bau_stage', { scenario, compare, language: language() }),
  preview: (scenario, rows, compare, endYear) => call('bau_preview', { scenario, rows, compare, endYear, language: language() }),
  save: (scenario, rows, compare) => call('bau_save', { scenario, rows, compare, language: language() }),
  copy: (from, to) => call('bau_copy', { from, to, language: language() }),
  adopt: (scenario, question) => call('bau_adopt', { scenario, question, language: language() }),
  exportReport: (scenario, language) => call('export_bau', { scenario, language }),
};

/** The stand-in: a value that is not a number is the only problem it knows. */
export function createMockBauApi(): BauApi {
  const scenarios = new Map<string, { item: ScenarioItem; rows: GridRow[] }>();
  const questions = [{ id: 7, label: 'First plenary · 3. Adopt the BAU scenario as the reference', amendment: null }];
  const outlook = (rows: GridRow[]): OutlookView => {
    const problems = rows.flatMap((row, i) =>
      row.value.trim() !== '' && Number.isNaN(Number(row.value.replace(/,/g, '')))
        ? [{ row: i + 1, column: 'value', message: `"${row.value}" is not a number.` }]
        : []);
    const charts = problems.length > 0 || rows.length === 0 ? [] : [...new Set(rows.map((r) => r.variable))].map((key) => ({
      key,
      title: key,
      // A chart changes with its own variable's values only, as the real ones do.
      svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" role="img" aria-label="${key}"><text x="4" y="30">${key} ${
        rows.filter((r) => r.variable === key).map((r) => r.value).join(' ')}</text></svg>`,
    }));
    return { problems, charts, milestones: { years: [2025, 2030], rows: [] }, goals: [], notes: [] };
  };
  const stage = (name: string | null, compare: string | null = null): BauStage => {
    const shown = name === null ? [...scenarios.values()].find((s) => s.item.isBau) ?? null : scenarios.get(name) ?? null;
    return {
      scenarios: [...scenarios.values()].map((s) => s.item),
      scenario: shown?.item ?? null,
      rows: shown?.rows.map((r) => ({ ...r })) ?? [],
      outlook: outlook(shown?.rows ?? []),
      compare: compare !== null && scenarios.has(compare) && compare !== shown?.item.name ? compare : null,
      adoptingQuestions: questions.filter((q) => ![...scenarios.values()].some((s) => s.item.adoptedByQuestion === q.id)),
      endYear: 2060,
    };
  };
  const refuse = (message: string): ApiError => ({ code: 'invalid', message, fields: [] });
  return {
    stage: (name, compare) => Promise.resolve(stage(name, compare)),
    preview: (_name, rows) => Promise.resolve(outlook(rows)),
    save: (name, rows, compare) => {
      const view = outlook(rows);
      if (view.problems.length > 0) return Promise.reject(refuse('Rows have problems; nothing was saved.'));
      const existing = scenarios.get(name);
      if (existing?.item.adoptedByQuestion != null) return Promise.reject(refuse(`The scenario "${name}" was adopted and cannot change.`));
      const item = existing?.item ?? { name, isBau: scenarios.size === 0, illustrative: false, adoptedByQuestion: null };
      scenarios.set(name, { item, rows: rows.map((r) => ({ ...r })) });
      return Promise.resolve(stage(name, compare));
    },
    copy: (from, to) => {
      const source = scenarios.get(from);
      if (source === undefined) return Promise.reject(refuse(`There is no scenario "${from}".`));
      if (scenarios.has(to)) return Promise.reject(refuse(`A scenario is already called "${to}".`));
      scenarios.set(to, { item: { name: to, isBau: false, illustrative: source.item.illustrative, adoptedByQuestion: null }, rows: source.rows.map((r) => ({ ...r })) });
      return Promise.resolve(stage(to, from));
    },
    adopt: (name, question) => {
      const found = scenarios.get(name);
      if (found === undefined || !questions.some((q) => q.id === question)) return Promise.reject(refuse(`Question ${question} has not decided to adopt.`));
      found.item = { ...found.item, adoptedByQuestion: question };
      return Promise.resolve(stage(name));
    },
    exportReport: () => Promise.resolve(null),
  };
}

export function connectBau(): BauApi {
  return inTauri() ? tauriBauApi : createMockBauApi();
}
