// The data-safety commands (backups, restore, the audit log), kept apart from `api.ts` so the
// screens that need them get them passed in. The web view never names a path: a backup is
// chosen by the file name the backend listed.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { AuditCheck, AuditItem, BackupItem, BackupSummary, SafetyStatus } from './bindings';

export interface AuditQuery {
  table: string | null;
  key: string | null;
  beforeSeq: number | null;
  limit: number;
}

export interface SafetyApi {
  status(): Promise<SafetyStatus>;
  backupNow(): Promise<BackupItem>;
  setBackupKeep(keep: number): Promise<null>;
  previewBackup(fileName: string): Promise<BackupSummary>;
  /** Resolves to the file name under which the replaced database was kept. */
  restoreBackup(fileName: string): Promise<string>;
  auditLog(query: AuditQuery): Promise<AuditItem[]>;
  verifyAudit(): Promise<AuditCheck>;
  /** Shows the backups folder in the file manager. */
  openBackupFolder(): Promise<null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriSafetyApi: SafetyApi = {
  status: () => call('safety_status'),
  backupNow: () => call('backup_now'),
  setBackupKeep: (keep) => call('set_backup_keep', { keep }),
  previewBackup: (fileName) => call('preview_backup', { fileName }),
  restoreBackup: (fileName) => call('restore_backup', { fileName }),
  auditLog: (query) => call('audit_log', { ...query }),
  verifyAudit: () => call('verify_audit'),
  openBackupFolder: () => call('open_backup_folder'),
};

/** An in-memory stand-in for the browser preview and the unit tests. `?recovery` starts broken. */
export function createMockSafetyApi(params = new URLSearchParams()): SafetyApi {
  let recovery: string | null = params.has('recovery') ? 'The database concord.db is damaged (database disk image is malformed). Nothing was changed.' : null;
  let keep = 10;
  let backups: BackupItem[] = [
    { fileName: 'concord-20261123-180000-meeting-closed.db', created: '2026-11-23 18:00', reason: 'meeting-closed', kilobytes: 212 },
    { fileName: 'concord-20261123-090000-daily.db', created: '2026-11-23 09:00', reason: 'daily', kilobytes: 208 },
  ];
  const log: AuditItem[] = [
    { seq: 1, at: '2026-11-23T01:00:00.000Z', actor: 'focal-point', table: 'dialogue', key: '1', op: 'insert', before: null, after: '{"id":1,"city_zh":"渭南","city_en":"Weinan"}' },
    { seq: 2, at: '2026-11-23T01:05:00.000Z', actor: 'focal-point', table: 'dialogue', key: '1', op: 'update', before: '{"id":1,"city_en":"Weinan"}', after: '{"id":1,"city_en":"Weinan City"}' },
  ];
  return {
    status: () => Promise.resolve({ recovery, dataPath: '/home/user/.local/share/concord/concord.db', keep, backups: [...backups] }),
    backupNow: () => {
      const item: BackupItem = { fileName: `concord-20261124-10000${backups.length}-manual.db`, created: '2026-11-24 10:00', reason: 'manual', kilobytes: 214 };
      backups = [item, ...backups].slice(0, keep);
      return Promise.resolve(item);
    },
    setBackupKeep: (n) => {
      keep = Math.max(1, n);
      backups = backups.slice(0, keep);
      return Promise.resolve(null);
    },
    previewBackup: (fileName) => Promise.resolve({ fileName, city: '渭南 Weinan', stakeholders: 40, meetings: 1, auditEntries: 120, lastChange: '2026-11-23T09:58:00.000Z' }),
    restoreBackup: () => {
      recovery = null;
      return Promise.resolve('concord-20261124-101500-before-restore.db');
    },
    auditLog: (q) => Promise.resolve(log
      .filter((e) => (q.table === null || e.table === q.table) && (q.key === null || e.key === q.key))
      .filter((e) => q.beforeSeq === null || e.seq < q.beforeSeq)
      .sort((a, b) => b.seq - a.seq)
      .slice(0, q.limit)),
    verifyAudit: () => Promise.resolve({ intact: true, entries: log.length, head: 'ab12…', message: `Intact: ${log.length} entries.` }),
    openBackupFolder: () => Promise.resolve(null),
  };
}

export function connectSafety(): SafetyApi {
  return inTauri() ? tauriSafetyApi : createMockSafetyApi(new URLSearchParams(window.location.search));
}
