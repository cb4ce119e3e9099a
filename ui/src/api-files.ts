// Open an exported file, or show it in its folder. The backend acts only on files it exported
// itself in this run; the web view cannot name another.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import { t } from './i18n';
import type { Toaster } from './widgets/toast';

export interface FilesApi {
  open(path: string): Promise<void>;
  reveal(path: string): Promise<void>;
}

async function call(command: string, path: string): Promise<void> {
  try {
    await invoke(command, { path });
  } catch (error) {
    throw toApiError(error);
  }
}

export function connectFiles(): FilesApi {
  if (inTauri()) return { open: (path) => call('open_exported', path), reveal: (path) => call('reveal_exported', path) };
  // In a plain browser there is no file to open.
  return { open: () => Promise.resolve(), reveal: () => Promise.resolve() };
}

/** "Saved …", with Open and Show in folder. */
export function showExported(toast: Toaster, message: string, path: string, files: FilesApi = connectFiles()): void {
  const run = (action: (path: string) => Promise<void>) => () => {
    action(path).catch((raw: unknown) => toast.show(toApiError(raw).message, 'error'));
  };
  toast.show(message, 'success', [
    { label: t('export-open'), testid: 'export-open', run: run(files.open) },
    { label: t('export-reveal'), testid: 'export-reveal', run: run(files.reveal) },
  ]);
}
