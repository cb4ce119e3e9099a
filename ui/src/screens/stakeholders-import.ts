// Import of a CSV file or .xlsx workbook from the UI: the user picks a file (the web view reads only that file and
// hands its bytes to the backend), sees a preview with every row's problems, decides about
// people already registered, then confirms. Nothing is written before, or with any error.

import { toApiError, type Api } from '../api';
import type { DuplicateChoice, ImportPreview } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';

export interface ImportDeps {
  api: Api;
  toast: Toaster;
  close(imported: boolean): void;
  redraw(): void;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** CSV or an Excel workbook as Excel and WPS save it; the backend tells them apart by content. */
export const IMPORT_ACCEPT = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class StakeholderImport {
  private fileName = '';
  private bytes: number[] | null = null;
  private preview: ImportPreview | null = null;
  private choice: DuplicateChoice = 'ask';
  private busy = false;
  private message: string | null = null;
  private chooseButton: HTMLButtonElement | null = null;

  constructor(private readonly deps: ImportDeps) {}

  onKey(event: KeyboardEvent): boolean {
    if (event.key === 'Escape' && !event.isComposing && !event.defaultPrevented) {
      event.preventDefault();
      this.deps.close(false);
      return true;
    }
    return false;
  }

  focusFirst(): void {
    setTimeout(() => this.chooseButton?.focus(), 0);
  }

  /** Reads a file the user chose (tests pass one directly). */
  async useFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      this.message = t('register-import-too-large');
      this.deps.redraw();
      return;
    }
    this.fileName = file.name;
    this.busy = true;
    this.deps.redraw();
    const buffer = new Uint8Array(await file.arrayBuffer());
    this.bytes = Array.from(buffer);
    this.choice = 'ask';
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (this.bytes === null) return;
    this.busy = true;
    try {
      this.preview = await this.deps.api.previewStakeholderImport(this.bytes, this.choice);
      this.message = null;
    } catch (raw) {
      this.preview = null;
      this.message = toApiError(raw).message;
    } finally {
      this.busy = false;
    }
    this.deps.redraw();
  }

  private async confirm(): Promise<void> {
    if (this.bytes === null || this.busy) return;
    this.busy = true;
    try {
      const outcome = await this.deps.api.importStakeholders(this.bytes, this.choice);
      this.deps.toast.show(t('register-import-done', { added: outcome.added, updated: outcome.updated }));
      this.deps.close(true);
    } catch (raw) {
      this.busy = false;
      this.deps.toast.show(toApiError(raw).message, 'error');
      await this.refresh();
    }
  }

  render(): HTMLElement {
    const fileInput = h('input', { type: 'file', accept: IMPORT_ACCEPT, class: 'visually-hidden', tabindex: -1, 'data-testid': 'import-file' });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file !== undefined) void this.useFile(file);
    });
    this.chooseButton = h('button', { type: 'button', class: `button${this.preview === null ? ' button-primary' : ''}`, 'data-testid': 'import-choose' },
      icon('upload'), t('register-import-choose'));
    this.chooseButton.addEventListener('click', () => fileInput.click());
    const back = h('button', { type: 'button', class: 'button button-quiet register-back', 'data-testid': 'import-back' }, t('register-back'));
    back.addEventListener('click', () => this.deps.close(false));

    return h('div', { class: 'page register-import', 'data-testid': 'register-import-page' },
      back,
      h('header', { class: 'page-header' }, h('div', {},
        h('h1', { class: 'page-title', tabindex: -1 }, t('register-import-title')),
        h('p', { class: 'page-lead' }, t('register-import-lead')),
      )),
      h('div', { class: 'import-choose' }, this.chooseButton, fileInput,
        this.busy && h('span', { class: 'muted', role: 'status' }, t('register-import-reading', { name: this.fileName }))),
      this.message !== null && h('p', { class: 'field-error', role: 'alert', 'data-testid': 'import-message' }, this.message),
      this.preview !== null && this.renderPreview(this.preview),
    );
  }

  private renderPreview(p: ImportPreview): HTMLElement {
    const importable = p.add + p.update;
    const blocked = p.errorCount > 0;
    const summary = h('div', { class: 'import-summary', 'data-testid': 'import-summary' },
      h('p', { class: 'import-file' }, t('register-import-file', { name: this.fileName, encoding: p.encoding, rows: p.totalRows })),
      h('p', { class: 'import-counts' }, t('register-import-summary', { add: p.add, update: p.update, skip: p.skip, errors: p.errorCount })),
      p.ignoredColumns.length > 0 && h('p', { class: 'muted' }, t('register-import-ignored', { columns: p.ignoredColumns.join(', ') })),
    );

    const duplicates = p.duplicates > 0 && this.renderChoice(p.duplicates);
    const fileErrors = p.fileErrors.length > 0 && h('div', { class: 'error-summary', role: 'alert', 'data-testid': 'import-file-errors' },
      h('ul', {}, ...p.fileErrors.map((e) => h('li', {}, e))));
    const blockedNote = blocked && p.fileErrors.length === 0 && h('p', { class: 'import-blocked', role: 'alert', 'data-testid': 'import-blocked' },
      icon('alert'), t('register-import-has-errors'));

    const table = p.rows.length > 0 && h('div', { class: 'import-table-wrap' },
      h('table', { class: 'import-table', 'data-testid': 'import-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('register-import-col-row')),
          h('th', { scope: 'col' }, t('register-import-col-action')),
          h('th', { scope: 'col' }, t('register-col-name')),
          h('th', { scope: 'col' }, t('register-col-organisation')),
          h('th', { scope: 'col' }, t('register-field-email')),
          h('th', { scope: 'col' }, t('register-import-col-problems')),
        )),
        h('tbody', {}, ...p.rows.map((row) => h('tr', { class: `import-row-${row.action}`, 'data-testid': `import-row-${row.row}` },
          h('td', { class: 'import-rownum' }, row.row),
          h('td', {}, h('span', { class: `badge badge-import-${row.action}` }, t(`register-import-action-${row.action}`))),
          h('td', {}, row.name),
          h('td', {}, row.organisation),
          h('td', {}, row.email),
          h('td', { class: 'import-problems' }, row.problems.length > 0
            ? h('ul', {}, ...row.problems.map((m) => h('li', {}, m)))
            : row.duplicateOf !== null ? h('span', { class: 'muted' }, row.duplicateOf) : ''),
        ))),
      ),
    );
    const showing = p.rows.length < p.totalRows && h('p', { class: 'muted' }, t('register-import-showing', { shown: p.rows.length, total: p.totalRows }));

    const confirm = h('button', {
      type: 'button', class: 'button button-primary', 'data-testid': 'import-confirm', disabled: blocked || importable === 0 || this.busy,
    }, importable === 0 && !blocked ? t('register-import-nothing') : t('register-import-confirm', { count: importable }));
    confirm.addEventListener('click', () => void this.confirm());
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'import-cancel' }, t('register-cancel'));
    cancel.addEventListener('click', () => this.deps.close(false));

    return h('div', { class: 'import-preview' }, summary, fileErrors, duplicates, blockedNote,
      h('div', { class: 'form-actions' }, confirm, cancel), showing, table);
  }

  private renderChoice(count: number): HTMLElement {
    const option = (value: DuplicateChoice, labelId: string) => {
      const id = `import-dup-${value}`;
      const input = h('input', { type: 'radio', name: 'import-dup', id, value, checked: this.choice === value, 'data-testid': id });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.choice = value;
        void this.refresh();
      });
      return h('div', { class: 'check' }, input, h('label', { for: id }, t(labelId)));
    };
    return h('fieldset', { class: 'import-duplicates', 'data-testid': 'import-duplicates' },
      h('legend', {}, t('register-import-duplicates', { count })),
      option('skip', 'register-import-dup-skip'),
      option('update', 'register-import-dup-update'),
    );
  }
}
