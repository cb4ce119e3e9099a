// The Targets stage's commands: the stage with every target's progress and charts, a targets
// file imported from the window, adoption of the proposals, and the progress report. In a
// plain browser and in the unit tests an in-memory stand-in plays the backend.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { ApiError, DigitalSigner, ExportLanguage, ExportResult, TargetItem, TargetsStage } from './bindings';
import { i18n } from './i18n';

export interface TargetsApi {
  stage(): Promise<TargetsStage>;
  /** The bytes of a CSV or .xlsx file the person chose; refused whole with every problem. */
  importFile(bytes: number[]): Promise<TargetsStage>;
  adopt(question: number): Promise<TargetsStage>;
  /** `null` when the person cancelled the save dialog; `signer` signs the pledge digitally. */
  exportDocument(document: TargetsDocument, language: ExportLanguage, signer: DigitalSigner | null): Promise<ExportResult | null>;
}

/** The documents the Targets stage exports. */
export type TargetsDocument = 'progress' | 'pledge' | 'action-plan';
export const TARGETS_DOCUMENTS: readonly TargetsDocument[] = ['progress', 'pledge', 'action-plan'];

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
  adopt: (question) => call('targets_adopt', { question, language: language() }),
  exportDocument: (document, lang, signer) =>
    document === 'pledge' ? call('export_pledge', { language: lang, signer })
    : document === 'action-plan' ? call('export_action_plan', { language: lang })
    : call('export_progress', { language: lang }),
};

/** The stand-in: a file is "indicator,baseline_year,baseline_value,target_year,target_value". */
export function createMockTargetsApi(): TargetsApi {
  let targets: TargetItem[] = [];
  let adoptedBy: number | null = null;
  const stage = (): TargetsStage => ({
    targets: targets.map((t) => ({ ...t, adopted: adoptedBy !== null })),
    charts: [...new Set(targets.map((t) => t.subject))].map((key) => ({
      key, title: key, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60"><text x="4" y="30">${key}</text></svg>`,
    })),
    adoptingQuestions: adoptedBy === null ? [{ id: 7, label: 'First plenary · 3. Adopt the targets', amendment: null }] : [],
    hasProposals: targets.length > 0 && adoptedBy === null,
  });
  const refuse = (message: string, fields: string[] = []): ApiError => ({ code: 'invalid', message, fields: fields.map((m) => ({ field: 'file', message: m })) });
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
        return { subject, name: subject, unit: '', baseline: `${by}: ${bv}`, target: `${ty}: ${tv}`, latest: '—', status: 'cannot-assess', statusWords: 'Cannot be assessed', adopted: false };
      });
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
