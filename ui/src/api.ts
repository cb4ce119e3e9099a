// The backend, as Tauri commands. Screens get an `Api` passed in, so tests and the
// plain-browser preview can give them another one.

import { invoke } from '@tauri-apps/api/core';
import type {
  ApiError, AppInfo, Dialogue, DocumentStyle, DuplicateChoice, ImportOutcome, ImportPreview, Inclusiveness, Stakeholder,
  StakeholderDraft, StakeholderQuery,
} from './bindings';
import type { Locale } from './i18n';

export interface Api {
  appInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<null>;
  defaultDialogue(): Promise<Dialogue>;
  getDialogue(): Promise<Dialogue | null>;
  /** Opens the demo in a database of its own; the person's dialogue is untouched. */
  openDemo(): Promise<Dialogue>;
  /** Back from the demo to the person's own database. */
  closeDemo(): Promise<AppInfo>;
  saveDialogue(dialogue: Dialogue): Promise<Dialogue>;
  /** How the dialogue's documents look; every later export uses it. */
  documentStyle(): Promise<DocumentStyle>;
  setDocumentStyle(style: DocumentStyle): Promise<DocumentStyle>;
  // The stakeholder register.
  listStakeholders(): Promise<Stakeholder[]>;
  /** The ids of the people matching, in order. */
  searchStakeholders(query: StakeholderQuery): Promise<number[]>;
  stakeholderInclusiveness(): Promise<Inclusiveness>;
  saveStakeholder(draft: StakeholderDraft): Promise<Stakeholder>;
  withdrawStakeholder(id: number): Promise<Stakeholder>;
  eraseStakeholder(id: number): Promise<Stakeholder>;
  /** `bytes`: the content of the CSV file the user chose; the web view reads nothing else. */
  previewStakeholderImport(bytes: number[], onDuplicate: DuplicateChoice): Promise<ImportPreview>;
  importStakeholders(bytes: number[], onDuplicate: DuplicateChoice): Promise<ImportOutcome>;
}

/** Tauri rejects with whatever the command returned as its error; make it an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return { code: 'unknown', message: String((error as { message: unknown }).message), fields: [] };
  }
  return { code: 'unknown', message: String(error), fields: [] };
}

export function isApiError(error: unknown): error is ApiError {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Partial<ApiError>;
  return typeof e.code === 'string' && typeof e.message === 'string' && Array.isArray(e.fields);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriApi: Api = {
  appInfo: () => call('app_info'),
  setLocale: (locale) => call('set_locale', { locale }),
  defaultDialogue: () => call('default_dialogue'),
  getDialogue: () => call('get_dialogue'),
  openDemo: () => call('open_demo'),
  closeDemo: () => call('close_demo'),
  saveDialogue: (dialogue) => call('save_dialogue', { dialogue }),
  documentStyle: () => call('get_document_style'),
  setDocumentStyle: (style) => call('set_document_style', { style }),
  listStakeholders: () => call('list_stakeholders'),
  searchStakeholders: (query) => call('search_stakeholders', { query }),
  stakeholderInclusiveness: () => call('stakeholder_inclusiveness'),
  saveStakeholder: (draft) => call('save_stakeholder', { draft }),
  withdrawStakeholder: (id) => call('withdraw_stakeholder', { id }),
  eraseStakeholder: (id) => call('erase_stakeholder', { id }),
  previewStakeholderImport: (bytes, onDuplicate) => call('preview_stakeholder_import', { bytes, onDuplicate }),
  importStakeholders: (bytes, onDuplicate) => call('import_stakeholders', { bytes, onDuplicate }),
};

export function inTauri(): boolean {
  return typeof window !== 'undefined' && window.__TAURI_INTERNALS__ !== undefined;
}

/** The real backend inside Tauri; an in-memory stand-in in a plain browser (`npx vite`). */
export async function connect(): Promise<Api> {
  if (inTauri()) return tauriApi;
  const { createMockApi } = await import('./api-mock');
  return createMockApi(new URLSearchParams(window.location.search));
}
