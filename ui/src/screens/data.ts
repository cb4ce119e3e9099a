// The Data and safety panel: backups (make one, how many to keep, restore with a preview and a
// confirmation) and the audit log (per record, verification of the hash chain). In recovery
// mode (the database could not be opened) it shows only why, and the backups to restore.

import { toApiError } from '../api';
import type { AuditQuery, SafetyApi } from '../api-safety';
import type { AuditItem, BackupItem, SafetyStatus } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import type { Toaster } from '../widgets/toast';

export interface DataPanelDeps {
  safety: SafetyApi;
  toast: Toaster;
  /** After a restore: the app reloads everything from the restored database. */
  onRestored: () => void;
  /** Back to where one was; null in recovery, where there is nothing to go back to. */
  onBack?: (() => void) | null;
  /** The demo in its own database: whether it is open, and the ways in and out. */
  demo?: { open: boolean; enter: () => Promise<void>; leave: () => Promise<void> } | null;
}

/** Tables a person may filter the log by; the keys are the database's own table names. */
const TABLES = ['dialogue', 'stakeholder', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item', 'question', 'question_round', 'position', 'declaration', 'setting'];

/** Every table the log may name, with a Fluent id for it in words. */
const TABLE_WORDS = new Set([...TABLES, 'addendum', 'drawn_signature',
  'scenario', 'scenario_assumption', 'local_indicator', 'indicator_value', 'indicator_benchmark',
  'scorecard_workshop', 'scorecard_score', 'deficit_ranking', 'deficit_ranking_candidate', 'deficit_ranking_ballot',
  'vision_version', 'vision_section', 'vision_paragraph', 'vision_amendment', 'target',
  'key_project', 'measure', 'measure_target', 'measure_progress']);
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
    const back = this.deps.onBack ?? null;
    const backButton = back !== null && h('button', { type: 'button', class: 'button button-quiet data-back', 'data-testid': 'data-back' }, t('safety-back'));
    if (backButton) backButton.addEventListener('click', back);
    replaceChildren(this.root,
      backButton,
      h('h1', { tabindex: -1 }, t('safety-data-title')),
      h('p', { class: 'data-path' }, t('safety-data-path', { path: status.dataPath })),
      this.renderBackupFolder(status.dataPath),
      this.renderBackups(status, false),
      this.renderDemo(),
      this.renderAudit(),
    );
  }

  /** Where the backups live, with a button that shows the folder in the file manager. */
  private renderBackupFolder(dataPath: string): HTMLElement {
    const open = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'backup-folder-open' }, t('safety-backup-folder-open'));
    open.addEventListener('click', () => {
      void this.deps.safety.openBackupFolder().catch((raw: unknown) => {
        this.deps.toast.show(toApiError(raw).message, 'error');
      });
    });
    return h('p', { class: 'data-path data-folder' },
      h('span', { 'data-testid': 'backup-folder' }, t('safety-backup-folder', { path: backupFolder(dataPath) })),
      ' ',
      open);
  }

  // ---- the demo ---------------------------------------------------------------

  private renderDemo(): HTMLElement | null {
    const demo = this.deps.demo ?? null;
    if (demo === null) return null;
    const button = h('button', { type: 'button', class: 'button', 'data-testid': demo.open ? 'data-demo-leave' : 'data-demo-open' },
      t(demo.open ? 'app-demo-leave' : 'safety-demo-open'));
    button.addEventListener('click', () => {
      button.setAttribute('aria-busy', 'true');
      void (demo.open ? demo.leave() : demo.enter()).finally(() => button.removeAttribute('aria-busy'));
    });
    return h('section', { class: 'data-section', 'aria-labelledby': 'demo-title' },
      h('h2', { id: 'demo-title' }, t('safety-demo-title')),
      h('p', {}, t(demo.open ? 'safety-demo-is-open' : 'safety-demo-body')),
      h('div', { class: 'data-actions' }, button));
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

  /** Who did what to which record, in words and local time; the raw form behind a disclosure. */
  private renderEntry(e: AuditItem): HTMLElement {
    return h('li', { class: 'audit-entry', 'data-testid': 'audit-entry' },
      h('span', { class: 'audit-seq' }, `#${e.seq}`),
      h('span', { class: 'audit-at' }, localTime(e.at)),
      h('span', { class: 'audit-words' }, auditSentence(e)),
      h('details', { class: 'audit-raw' },
        h('summary', {}, t('audit-raw')),
        h('pre', { class: 'audit-json' }, `${e.at} · ${e.table} ${e.key} · ${e.op}`),
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

/** The backups folder beside the database, as the store keeps it. */
export function backupFolder(dataPath: string): string {
  const cut = Math.max(dataPath.lastIndexOf('/'), dataPath.lastIndexOf('\\'));
  const separator = cut >= 0 ? dataPath.charAt(cut) : '/';
  return `${cut >= 0 ? dataPath.slice(0, cut) : '.'}${separator}backups`;
}

/** "25 November 2026, 14:05" in the person's own time zone, from the log's UTC time. */
export function localTime(utc: string): string {
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return utc;
  const time = date.toLocaleTimeString(i18n().locale === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit' });
  return `${i18n().formatDate(date)} ${time}`;
}

/** The name a row carries, for "changed the stakeholder 王丽": the first naming field found. */
function rowName(json: string | null): string {
  if (json === null) return '';
  try {
    const row = JSON.parse(json) as Record<string, unknown>;
    const zh = i18n().locale === 'zh-CN';
    const keys = zh
      ? ['name_zh', 'title_zh', 'text_zh', 'city_zh', 'what_zh', 'name_en', 'title_en', 'text_en', 'city_en', 'what_en', 'key']
      : ['name_en', 'title_en', 'text_en', 'city_en', 'what_en', 'name_zh', 'title_zh', 'text_zh', 'city_zh', 'what_zh', 'key'];
    for (const key of keys) {
      const value = row[key];
      if (typeof value === 'string' && value.trim() !== '') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
    }
  } catch {
    // Not JSON: the record is then named by its number only.
  }
  return '';
}

/** "li.jianguo changed the stakeholder “Wang Li” (no. 3)". */
export function auditSentence(e: AuditItem): string {
  const name = rowName(e.after ?? e.before);
  // A setting is named by what it is for; its key is its only number.
  const known = `audit-setting-${e.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const record = e.table === ''
    ? t('audit-record-database')
    : e.table === 'setting'
      ? t('audit-record-setting', { name: i18n().has(known) ? t(known) : e.key })
    : t(name === '' ? 'audit-record' : 'audit-record-named', {
      kind: TABLE_WORDS.has(e.table) ? t(`audit-table-${e.table.replace(/_/g, '-')}`) : e.table,
      name,
      key: e.key,
    });
  return t('audit-sentence', { actor: e.actor, op: e.op, record });
}
