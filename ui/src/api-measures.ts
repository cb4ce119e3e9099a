// The Measures stage's commands: the measures of the Local Action Plan, a measure saved from
// the form, a progress update, a delete, a measures file imported or exported. In a plain
// browser and in the unit tests an in-memory stand-in plays the backend.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { ApiError, ExportLanguage, MeasureForm, MeasureItem, MeasuresStage, MeasureProgressForm } from './bindings';
import { i18n } from './i18n';

export interface MeasuresApi {
  stage(): Promise<MeasuresStage>;
  /** Adds or edits; refused whole with every problem at its field. */
  save(form: MeasureForm): Promise<MeasuresStage>;
  /** A date before the measure's start is refused at the `date` field. */
  addProgress(form: MeasureProgressForm): Promise<MeasuresStage>;
  remove(code: string): Promise<MeasuresStage>;
  /** The bytes of a CSV or .xlsx file the person chose; refused whole with every problem. */
  importFile(bytes: number[]): Promise<MeasuresStage>;
  /** The path saved, or `null` when the person cancelled the save dialog. */
  exportFile(): Promise<string | null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

const language = (): ExportLanguage => i18n().locale;

export const tauriMeasuresApi: MeasuresApi = {
  stage: () => call('measures_stage', { language: language() }),
  save: (form) => call('measures_save', { form, language: language() }),
  addProgress: (form) => call('measures_add_progress', { form, language: language() }),
  remove: (code) => call('measures_delete', { code, language: language() }),
  importFile: (bytes) => call('measures_import', { bytes, language: language() }),
  exportFile: () => call('export_measures', { language: language() }),
};

const STATUS_WORDS: Record<string, string> = {
  'not-started': 'not started', 'on-time': 'on time', late: 'late', completed: 'completed', postponed: 'postponed', cancelled: 'cancelled',
};

/** The stand-in keeps measures in memory with the store's rules: unique codes, no progress before the start, no delete once there is progress. */
export function createMockMeasuresApi(seed: MeasureItem[] = []): MeasuresApi {
  let measures: MeasureItem[] = seed.map((m) => ({ ...m }));
  const projects = new Map<string, { zh: string; en: string }>();
  for (const m of measures) projects.set(m.project, { zh: m.project, en: m.project });
  const refuse = (fields: [string, string][], message = 'Nothing was saved; correct the fields marked below.'): ApiError =>
    ({ code: 'validation', message, fields: fields.map(([field, m]) => ({ field, message: m })) });
  const stage = (): MeasuresStage => ({
    projects: [...projects].map(([code, p]) => ({ code, title: p.en || p.zh, titleZh: p.zh, titleEn: p.en })).sort((a, b) => a.code.localeCompare(b.code)),
    measures: [...measures].sort((a, b) => a.project.localeCompare(b.project) || a.code.localeCompare(b.code)),
    subjects: [{ key: '11.6.2', name: '11.6.2 PM2.5', unit: 'µg/m³' }, { key: 'emissions', name: 'CO₂ emissions', unit: 't CO₂' }],
    owners: [{ id: 1, name: 'Li Jianguo (Weinan Ecology and Environment Bureau)' }],
  });
  return {
    stage: () => Promise.resolve(stage()),
    save: (form) => {
      const problems: [string, string][] = [];
      const code = form.code.trim();
      if (code === '') problems.push(['code', 'Code: it is needed.']);
      else if (form.editing !== code && measures.some((m) => m.code === code)) problems.push(['code', `Code: another measure already has the code “${code}”.`]);
      if (form.titleZh.trim() === '' && form.titleEn.trim() === '') problems.push(['title', 'Title: write it in Chinese or in English (or both).']);
      if (form.projectCode.trim() === '') problems.push(['project', 'Key project: it is needed.']);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.start)) problems.push(['start', 'Start: it is needed.']);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.end)) problems.push(['end', 'End: it is needed.']);
      else if (form.end < form.start) problems.push(['end', 'End: the measure would end before it starts.']);
      if (form.budget.trim() !== '' && Number.isNaN(Number(form.budget.replace(/,/g, '')))) problems.push(['budget', `Budget (CNY): “${form.budget}” is not a number.`]);
      if (problems.length > 0) return Promise.reject(refuse(problems));
      if (!projects.has(form.projectCode)) projects.set(form.projectCode, { zh: form.projectTitleZh, en: form.projectTitleEn });
      const before = measures.find((m) => m.code === form.editing);
      const budget = form.budget.trim() === '' ? null : Number(form.budget.replace(/,/g, ''));
      const item: MeasureItem = {
        code, project: form.projectCode, title: form.titleEn || form.titleZh, titleFallback: form.titleEn === '',
        titleZh: form.titleZh, titleEn: form.titleEn, descriptionZh: form.descriptionZh, descriptionEn: form.descriptionEn,
        term: form.term, termWords: `${form.term} term`, ownerStakeholder: form.ownerStakeholder, ownerDepartment: form.ownerDepartment,
        ownerDepartmentEn: form.ownerDepartmentEn,
        ownerWords: form.ownerDepartmentEn || form.ownerDepartment || (form.ownerStakeholder === null ? 'not yet known' : `#${form.ownerStakeholder}`),
        budget, budgetWords: budget === null ? '' : `CNY ${budget.toLocaleString('en')}`,
        start: form.start, end: form.end, datesWords: `${form.start} – ${form.end}`,
        status: form.status, statusWords: STATUS_WORDS[form.status] ?? form.status,
        progress: before?.progress ?? [],
        targets: form.targets.map((t) => ({ subject: t.subject, name: t.subject, effectValue: t.effect === '' ? null : Number(t.effect), effectUnit: t.unit, words: `${t.subject}: ${t.effect} ${t.unit}`.trim() })),
        deleteRefused: before?.deleteRefused ?? null,
      };
      measures = [...measures.filter((m) => m.code !== form.editing && m.code !== code), item];
      return Promise.resolve(stage());
    },
    addProgress: (form) => {
      const m = measures.find((x) => x.code === form.code);
      if (m === undefined) return Promise.reject(refuse([['code', 'There is no such measure.']]));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) return Promise.reject(refuse([['date', 'Date: it is needed.']]));
      if (form.date < m.start) return Promise.reject(refuse([['date', 'A progress update cannot be dated before its measure starts.']]));
      const percent = Number(form.percent);
      if (form.percent.trim() === '' || Number.isNaN(percent) || percent < 0 || percent > 100) return Promise.reject(refuse([['percent', `Per cent: “${form.percent}” lies outside 0 to 100.`]]));
      m.progress = [...m.progress, { date: form.date, dateWords: form.date, percent, note: form.note }].sort((a, b) => a.date.localeCompare(b.date));
      m.deleteRefused = 'It has progress updates and cannot be deleted; set its status to cancelled instead.';
      return Promise.resolve(stage());
    },
    remove: (code) => {
      const m = measures.find((x) => x.code === code);
      if (m?.deleteRefused != null) return Promise.reject({ code: 'database', message: m.deleteRefused, fields: [] } satisfies ApiError);
      measures = measures.filter((x) => x.code !== code);
      return Promise.resolve(stage());
    },
    importFile: (bytes) => {
      const lines = new TextDecoder().decode(new Uint8Array(bytes)).trim().split(/\r?\n/);
      if (!(lines[0] ?? '').startsWith('code,')) return Promise.reject({ code: 'invalid', message: 'The file needs the columns the export writes.', fields: [{ field: 'file', message: 'The file needs the columns the export writes.' }] } satisfies ApiError);
      return Promise.resolve(stage());
    },
    exportFile: () => Promise.resolve('/tmp/measures.csv'),
  };
}

export function connectMeasures(): MeasuresApi {
  return inTauri() ? tauriMeasuresApi : createMockMeasuresApi();
}
