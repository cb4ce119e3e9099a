// The Targets stage's commands: the stage with every target's progress and charts, a targets
// file imported from the window, a target set from the form, a proposal removed, adoption of
// the proposals, and the documents (progress report and pledge signed digitally if asked). In
// a plain browser and in the unit tests an in-memory stand-in plays the backend.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { ApiError, DigitalSigner, ExportLanguage, ExportResult, FormSubject, TargetCheck, TargetForm, TargetItem, TargetsStage } from './bindings';
import { i18n } from './i18n';

export interface TargetsApi {
  stage(): Promise<TargetsStage>;
  /** The bytes of a CSV or .xlsx file the person chose; refused whole with every problem. */
  importFile(bytes: number[]): Promise<TargetsStage>;
  /** The subjects the form offers, flagged deficits first. */
  formSubjects(): Promise<FormSubject[]>;
  /** Saves the form as the subject's 2030 and mid-century proposals; refused at its fields. */
  setTarget(form: TargetForm): Promise<TargetsStage>;
  removeProposal(id: number): Promise<TargetsStage>;
  adopt(question: number): Promise<TargetsStage>;
  /** `null` when the person cancelled the save dialog; `signer` signs the progress report or the pledge digitally. */
  exportDocument(document: TargetsDocument, language: ExportLanguage, signer: DigitalSigner | null): Promise<ExportResult | null>;
}

/** The documents the Targets stage exports. */
export type TargetsDocument = 'progress' | 'pledge' | 'action-plan';
export const TARGETS_DOCUMENTS: readonly TargetsDocument[] = ['progress', 'pledge', 'action-plan'];

/** Whether a document is signed digitally from the window. */
export const signable = (document: TargetsDocument): boolean => document !== 'action-plan';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

const language = (): ExportLanguage => i18n().locale;

export const tauriTargetsApi: TargetsApi = {
  stage: () => call('targets_stage', { language: language() }),
  importFile: (bytes) => call('targets_import', { bytes, language: language() }),
  formSubjects: () => call('targets_form_subjects', { language: language() }),
  setTarget: (form) => call('targets_set', { form, language: language() }),
  removeProposal: (id) => call('targets_remove_proposal', { id, language: language() }),
  adopt: (question) => call('targets_adopt', { question, language: language() }),
  exportDocument: (document, lang, signer) =>
    document === 'pledge' ? call('export_pledge', { language: lang, signer })
    : document === 'action-plan' ? call('export_action_plan', { language: lang })
    : call('export_progress', { language: lang, signer }),
};

/** A target row as the stand-in shows it. */
function mockItem(id: number, subject: string, baseline: string, target: string, extra: Partial<TargetItem> = {}): TargetItem {
  return {
    id, subject, name: subject, unit: '', baseline, target, latest: '—', status: 'cannot-assess', statusWords: '○○○○ Cannot be assessed',
    adopted: false, kind: 'fixed-level', kindWords: 'Fixed level', sdgs: [], sdgWords: 'No SDG named', advantages: '',
    bau: '—', bauValue: null, gap: '—', gapValue: null, gapNote: 'The BAU scenario does not project this indicator.', revision: 1, state: 'proposed', stateWords: 'Proposed, revision 1', ...extra,
  };
}

const MOCK_SUBJECTS: FormSubject[] = [
  { key: '11.6.2', name: '11.6.2 Annual mean PM2.5', unit: 'µg/m³', group: 'deficit', goal: 11, latestYear: 2023, latestValue: 42 },
  { key: '7.2.1', name: '7.2.1 Renewable energy share', unit: '%', group: 'indicator', goal: 7, latestYear: null, latestValue: null },
  { key: 'emissions', name: 'Emissions', unit: 'Mt CO₂', group: 'series', goal: 13, latestYear: 2022, latestValue: 50 },
  { key: 'essential-5', name: 'Essential 5 (preliminary, 0–3): Safeguard natural buffers', unit: 'points', group: 'essential', goal: 11, latestYear: 2026, latestValue: 1.33 },
];

/** The stand-in: a file is "indicator,baseline_year,baseline_value,target_year,target_value". */
export function createMockTargetsApi(): TargetsApi {
  let targets: TargetItem[] = [];
  let adoptedBy: number | null = null;
  let nextId = 1;
  const stage = (): TargetsStage => ({
    targets: targets.map((t) => adoptedBy !== null && !t.adopted ? { ...t, adopted: true, state: 'adopted', stateWords: 'Adopted, revision 1' } : t),
    checks: targets.some((t) => t.subject === 'emissions') ? [] : [{
      key: 'apec-energy-intensity-2035', line: 'APEC 2035: −45 % from 2005', subject: 'energy_intensity', state: 'proposed', revision: 1,
      outcome: 'cannot-check', lineValue: null, targetValue: null, words: 'APEC 2035: −45 % from 2005 — cannot check: the targets for energy_intensity give no value for 2035.',
    } satisfies TargetCheck],
    charts: [...new Set(targets.map((t) => t.subject))].map((key) => ({
      key, title: key, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60"><text x="4" y="30">${key}</text></svg>`,
    })),
    adoptingQuestions: adoptedBy === null ? [{ id: 7, label: 'First plenary · 3. Adopt the targets', amendment: null }] : [],
    hasProposals: targets.length > 0 && adoptedBy === null,
  });
  const refuse = (message: string, fields: string[] = [], field = 'file'): ApiError => ({ code: 'invalid', message, fields: fields.map((m) => ({ field, message: m })) });
  return {
    stage: () => Promise.resolve(stage()),
    importFile: (bytes) => {
      if (adoptedBy !== null) return Promise.reject(refuse('The targets were adopted and cannot change.'));
      const lines = new TextDecoder().decode(new Uint8Array(bytes)).trim().split(/\r?\n/).slice(1);
      const problems = lines.flatMap((line, i) => {
        const cells = line.split(',');
        return cells.length !== 5 || cells.slice(1).some((c) => Number.isNaN(Number(c))) ? [`Row ${i + 2}: not a number.`] : [];
      });
      if (problems.length > 0) return Promise.reject(refuse(problems[0] ?? '', problems));
      targets = lines.map((line) => {
        const [subject = '', by = '', bv = '', ty = '', tv = ''] = line.split(',');
        return mockItem(nextId++, subject, `${by}: ${bv}`, `${ty}: ${tv}`);
      });
      return Promise.resolve(stage());
    },
    formSubjects: () => Promise.resolve(MOCK_SUBJECTS),
    setTarget: (form) => {
      const fields: ApiError['fields'] = [];
      if (form.baselineValue.trim() === '') fields.push({ field: 'baselineValue', message: 'This cell is empty; it needs a value.' });
      for (const key of ['baselineYear', 'baselineValue', 'value2030', 'valueMid'] as const) {
        if (form[key].trim() !== '' && Number.isNaN(Number(form[key]))) fields.push({ field: key, message: `"${form[key]}" is not a number.` });
      }
      if (fields.length > 0) return Promise.reject({ code: 'invalid', message: fields[0]?.message ?? '', fields } satisfies ApiError);
      const bau = form.subject === 'emissions' ? 60 : null;
      const row = (year: string, value: string): TargetItem => mockItem(nextId++, form.subject, `${form.baselineYear}: ${form.baselineValue}`, `${year}: ${value}`, {
        name: MOCK_SUBJECTS.find((s) => s.key === form.subject)?.name ?? form.subject,
        kind: form.kind, sdgs: form.sdgs, sdgWords: `SDG ${form.sdgs.join(', ')}`, advantages: form.advantagesEn,
        ...(bau === null ? {} : { bau: `${year}: ${bau}`, bauValue: bau, gap: `−${bau - Number(value)}`, gapValue: Number(value) - bau, gapNote: '' }),
      });
      targets = [...targets.filter((t) => t.adopted || t.subject !== form.subject), row('2030', form.value2030), row(form.midYear, form.valueMid)];
      return Promise.resolve(stage());
    },
    removeProposal: (id) => {
      const found = targets.find((t) => t.id === id);
      if (found?.adopted === true || adoptedBy !== null) return Promise.reject(refuse('The targets were adopted and cannot change.'));
      targets = targets.filter((t) => t.id !== id);
      return Promise.resolve(stage());
    },
    adopt: (question) => {
      if (targets.length === 0) return Promise.reject(refuse('There are no proposed targets to adopt.'));
      adoptedBy = question;
      return Promise.resolve(stage());
    },
    exportDocument: (document) => Promise.resolve({ path: `/tmp/${document}.pdf`, pages: 1, kilobytes: 1 }),
  };
}

export function connectTargets(): TargetsApi {
  return inTauri() ? tauriTargetsApi : createMockTargetsApi();
}
