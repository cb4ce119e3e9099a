// The Data and safety panel: backups (make one, how many to keep, restore with a preview and a
// confirmation) and the audit log (per record, verification of the hash chain). In recovery
// mode (the database could not be opened) it shows only why, and the backups to restore.

import { toApiError } from '../api';
import type { AuditQuery, SafetyApi } from '../api-safety';
import type { AuditItem, BackupItem, SafetyStatus } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { Toaster } from '../widgets/toast';

export interface DataPanelDeps {
  safety: SafetyApi;
  toast: Toaster;
  /** After a restore: the app reloads everything from the restored database. */
  onRestored: () => void;
}

/** Tables a person may filter the log by; the keys are the database's own table names. */
const TABLES = ['dialogue', 'stakeholder', 'meeting', 'agenda_item', 'attendance', 'setting'];
const PAGE = 50;

export class DataPanel {
  private status: SafetyStatus | null = null;
  private entries: AuditItem[] = [];
  private query: AuditQuery = { table: null, key: null, beforeSeq: null, limit: PAGE };
  private confirming: { item: BackupItem; text: string } | null = null;
  private verdict: { ok: boolean; text: string } | null = null;
  private readonly root = h('section', { class: 'data-panel', 'data-testid': 'data-panel' });

  constructor(private readonly deps: DataPanelDeps) {}

  /** Shows the log of one record (the History buttons of other screens call this). */
  forRecord(table: string, key: string): this {
    this.query = { table, key, beforeSeq: null, limit: PAGE };
    return this;
  }

  render(): HTMLElement {
    void this.load();
    return this.root;
  }

  private async load(): Promise<void> {
    try {
      this.status = await this.deps.safety.status();
      this.entries = this.status.recovery === null ? await this.deps.safety.auditLog(this.query) : [];
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.paint();
  }

  private paint(): void {
    const status = this.status;
    if (status === null) {
      replaceChildren(this.root, h('p', { class: 'loading' }, t('app-loading')));
      return;
    }
    if (status.recovery !== null) {
      replaceChildren(this.root,
        h('h1', { tabindex: -1 }, t('safety-recovery-title')),
        h('p', { class: 'data-alert', role: 'alert', 'data-testid': 'recovery-reason' }, status.recovery),
        h('p', {}, status.backups.length > 0 ? t('safety-recovery-body') : t('safety-recovery-none')),
        this.renderBackups(status, true),
      );
      return;
    }
    replaceChildren(this.root,
      h('h1', { tabindex: -1 }, t('safety-data-title')),
      h('p', { class: 'data-path' }, t('safety-data-path', { path: status.dataPath })),
      this.renderBackups(status, false),
      this.renderAudit(),
    );
  }

  // ---- backups ---------------------------------------------------------------

  private renderBackups(status: SafetyStatus, recovery: boolean): HTMLElement {
    const rows = status.backups.map((b) => {
      const restore = h('button', { type: 'button', class: 'button', 'data-testid': `restore-${b.fileName}` }, t('backup-restore'));
      restore.addEventListener('click', () => void this.askRestore(b));
      return h('tr', {},
        h('td', {}, b.created),
        h('td', {}, t('backup-reason', { reason: b.reason })),
        h('td', { class: 'num' }, `${b.kilobytes} KB`),
        h('td', {}, restore),
      );
    });
    const section = h('section', { class: 'data-section', 'aria-labelledby': 'backups-title' },
      h('h2', { id: 'backups-title' }, t('backup-title')),
    );
    if (!recovery) {
      const now = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'backup-now' }, t('backup-now'));
      now.addEventListener('click', () => void this.backupNow(now));
      const keep = h('input', { type: 'number', min: 1, max: 999, value: String(status.keep), id: 'backup-keep', class: 'input-narrow' });
      const save = h('button', { type: 'button', class: 'button' }, t('backup-keep-save'));
      save.addEventListener('click', () => void this.saveKeep(Number(keep.value)));
      section.append(h('div', { class: 'data-actions' }, now,
        h('label', { for: 'backup-keep' }, t('backup-keep-label')), keep, save));
    }
    if (this.confirming !== null) section.append(this.renderConfirm(this.confirming.item, this.confirming.text));
    section.append(rows.length === 0
      ? h('p', { class: 'hint' }, t('backup-list-empty'))
      : h('table', { class: 'data-table', 'data-testid': 'backup-list' }, h('tbody', {}, ...rows)));
    return section;
  }

  private async backupNow(button: HTMLButtonElement): Promise<void> {
    button.setAttribute('aria-busy', 'true');
    try {
      const made = await this.deps.safety.backupNow();
      this.deps.toast.show(t('backup-made', { name: made.fileName }));
      await this.load();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  private async saveKeep(keep: number): Promise<void> {
    if (!Number.isFinite(keep) || keep < 1) return;
    try {
      await this.deps.safety.setBackupKeep(Math.floor(keep));
      await this.load();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async askRestore(item: BackupItem): Promise<void> {
    try {
      const p = await this.deps.safety.previewBackup(item.fileName);
      const text = t('backup-restore-preview', {
        city: p.city, stakeholders: p.stakeholders, meetings: p.meetings, entries: p.auditEntries, changed: p.lastChange ?? '—',
      });
      this.confirming = { item, text };
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
      this.confirming = null;
    }
    this.paint();
    this.root.querySelector<HTMLElement>('[data-testid="restore-confirm"] button')?.focus();
  }

  private renderConfirm(item: BackupItem, preview: string): HTMLElement {
    const yes = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'restore-yes' }, t('backup-restore-yes'));
    const no = h('button', { type: 'button', class: 'button' }, t('backup-restore-cancel'));
    no.addEventListener('click', () => {
      this.confirming = null;
      this.paint();
    });
    yes.addEventListener('click', () => void this.restore(item, yes));
    return h('div', { class: 'data-confirm', role: 'alertdialog', 'aria-labelledby': 'restore-title', 'data-testid': 'restore-confirm' },
      h('h3', { id: 'restore-title' }, t('backup-restore-title')),
      h('p', {}, item.created, ' · ', t('backup-reason', { reason: item.reason })),
      h('p', {}, preview),
      h('p', { class: 'data-warning' }, t('backup-restore-warning')),
      h('div', { class: 'data-actions' }, no, yes),
    );
  }

  private async restore(item: BackupItem, button: HTMLButtonElement): Promise<void> {
    button.setAttribute('aria-busy', 'true');
    try {
      const aside = await this.deps.safety.restoreBackup(item.fileName);
      this.confirming = null;
      this.deps.toast.show(t('backup-restored-ui', { aside }));
      this.deps.onRestored();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
      button.removeAttribute('aria-busy');
    }
  }

  // ---- audit log -------------------------------------------------------------

  private renderAudit(): HTMLElement {
    const verify = h('button', { type: 'button', class: 'button', 'data-testid': 'audit-verify' }, t('audit-verify'));
    verify.addEventListener('click', () => void this.verify());
    const table = h('select', { id: 'audit-table' },
      h('option', { value: '' }, t('audit-all-tables')),
      ...TABLES.map((name) => h('option', { value: name }, name)));
    table.value = this.query.table ?? '';
    const key = h('input', { id: 'audit-key', class: 'input-narrow', value: this.query.key ?? '', 'aria-label': t('audit-record-label') });
    const apply = () => {
      this.query = { table: table.value === '' ? null : table.value, key: key.value.trim() === '' ? null : key.value.trim(), beforeSeq: null, limit: PAGE };
      void this.load();
    };
    table.addEventListener('change', apply);
    key.addEventListener('change', apply);
    const more = h('button', { type: 'button', class: 'button' }, t('audit-more'));
    more.addEventListener('click', () => {
      const last = this.entries[this.entries.length - 1];
      if (last === undefined) return;
      this.query = { ...this.query, beforeSeq: last.seq };
      void this.load();
    });
    return h('section', { class: 'data-section', 'aria-labelledby': 'audit-title' },
      h('h2', { id: 'audit-title' }, t('audit-title')),
      h('div', { class: 'data-actions' }, verify, table, h('label', { for: 'audit-key' }, t('audit-record-label')), key),
      this.verdict !== null && h('p', { class: this.verdict.ok ? 'data-ok' : 'data-alert', role: 'status', 'data-testid': 'audit-verdict' }, this.verdict.text),
      this.entries.length === 0
        ? h('p', { class: 'hint' }, t('audit-log-empty'))
        : h('ol', { class: 'audit-list', 'data-testid': 'audit-list' }, ...this.entries.map((e) => this.renderEntry(e))),
      this.entries.length === PAGE && more,
    );
  }

  private renderEntry(e: AuditItem): HTMLElement {
    const at = e.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    const what = e.table === '' ? '' : `${e.table} ${e.key}`;
    return h('li', { class: 'audit-entry' },
      h('span', { class: 'audit-seq' }, `#${e.seq}`),
      h('span', {}, at), h('span', {}, e.actor),
      h('strong', {}, t('audit-op', { op: e.op })), h('span', {}, what),
      (e.before !== null || e.after !== null) && h('details', {},
        h('summary', {}, '{…}'),
        e.before !== null && h('pre', { class: 'audit-json' }, '− ', e.before),
        e.after !== null && h('pre', { class: 'audit-json' }, '+ ', e.after),
      ),
    );
  }

  private async verify(): Promise<void> {
    try {
      const check = await this.deps.safety.verifyAudit();
      this.verdict = { ok: check.intact, text: check.message };
    } catch (raw) {
      this.verdict = { ok: false, text: toApiError(raw).message };
    }
    this.paint();
  }
}
