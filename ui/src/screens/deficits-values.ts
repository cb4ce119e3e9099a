// The Values tab of the Deficits stage: the indicators with their latest value against the
// benchmark and a flag in a symbol and words, one value typed in a row (Tab between fields, Enter
// saves), a file of values previewed with every row's problem before anything is imported.

import { toApiError } from '../api';
import type { DeficitsStage, EntryProblem, IndicatorView, ValueEntry, ValuesImport } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';
import { BenchmarkForm } from './deficits-benchmark';
import { flagText } from './deficits-words';

const ENTRY_FIELDS = ['code', 'year', 'value', 'unit', 'source', 'note'] as const;
/** The largest file the window sends. */
const MAX_BYTES = 20 * 1024 * 1024;

const emptyEntry = (): ValueEntry => ({ code: '', year: '', value: '', unit: '', source: '', note: '', pppBaseYear: '' });

export class ValuesTab {
  private stage: DeficitsStage | null = null;
  private entry: ValueEntry = emptyEntry();
  private entryProblems: EntryProblem[] = [];
  private replace = false;
  private file: { name: string; bytes: number[] } | null = null;
  private check: ValuesImport | null = null;
  private importReplace = false;
  private busy = false;
  private readonly benchmark: BenchmarkForm;

  constructor(private readonly host: DeficitsHost) {
    this.benchmark = new BenchmarkForm(host);
  }

  private async saveEntry(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const outcome = await this.host.deps.deficits.enterValue({ ...this.entry }, this.replace);
      this.entryProblems = outcome.problems;
      if (outcome.stage !== null) {
        this.host.accept(outcome.stage);
        this.host.deps.toast.show(t('deficits-ui-value-saved', { code: this.entry.code.trim(), year: this.entry.year.trim() }));
        // The next year of the same series is the likeliest next entry.
        const year = Number(this.entry.year);
        this.entry = { ...emptyEntry(), code: this.entry.code, source: this.entry.source, unit: this.entry.unit, year: Number.isFinite(year) ? String(year + 1) : '' };
        this.replace = false;
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
    const problem = this.entryProblems[0];
    this.host.focus(`[data-testid="deficits-entry-${problem === undefined ? 'value' : problem.field}"]`);
  }

  /** Reads a file the person chose (tests pass one directly) and checks it. */
  async useFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      this.host.deps.toast.show(t('register-import-too-large'), 'error');
      return;
    }
    const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
    this.file = { name: file.name, bytes };
    await this.checkFile();
  }

  private async checkFile(): Promise<void> {
    if (this.file === null) return;
    try {
      this.check = await this.host.deps.deficits.previewImport(this.file.bytes, this.importReplace);
    } catch (raw) {
      this.check = null;
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
  }

  private async importFile(): Promise<void> {
    if (this.file === null || this.busy) return;
    this.busy = true;
    try {
      const done = await this.host.deps.deficits.importValues(this.file.bytes, this.importReplace);
      if (done.written) {
        this.host.deps.toast.show(t('deficits-ui-imported', { count: done.add + done.update, file: this.file.name }));
        this.file = null;
        this.check = null;
        this.host.accept(await this.host.deps.deficits.stage());
      } else this.check = done;
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
  }

  render(stage: DeficitsStage): HTMLElement {
    this.stage = stage;
    const table = stage.indicators.length === 0
      ? h('div', { class: 'empty-state df-empty', 'data-testid': 'deficits-values-empty' },
        h('h2', { class: 'empty-state-title' }, t('deficits-ui-values-empty-title')),
        h('p', { class: 'empty-state-body' }, t('deficits-ui-values-empty-body')))
      : h('div', { class: 'df-scroll' }, h('table', { class: 'df-table', 'data-testid': 'deficits-values' },
        h('thead', {}, h('tr', {}, ...['code', 'indicator', 'latest', 'year', 'benchmark', 'gap', 'flag'].map((c) =>
          h('th', { scope: 'col', class: c === 'latest' || c === 'year' ? 'df-number' : '' }, t(`deficits-ui-col-${c}`))))),
        h('tbody', {}, ...stage.indicators.map((i) => this.renderIndicator(i)))));
    return h('div', { class: 'df-values' },
      h('p', { class: 'df-count' }, t('deficits-ui-values-count', {
        count: stage.indicators.length,
        flagged: stage.indicators.filter((i) => i.flag === 'deficit').length,
      })),
      table,
      this.renderEntry(stage),
      this.benchmark.render(stage),
      this.renderImport());
  }

  private renderIndicator(i: IndicatorView): HTMLElement {
    const b = i.benchmark;
    // A yes-or-no answer needs no unit after it.
    const unit = this.stage?.catalogue.find((c) => c.code === i.code)?.yesNo === true ? '' : ` ${i.unit}`;
    const edit = h('button', { type: 'button', class: 'button button-quiet df-edit', 'data-testid': `deficits-edit-benchmark-${i.code}`, 'aria-label': t('deficits-ui-benchmark-edit', { code: i.code }) }, '✎');
    edit.addEventListener('click', () => { if (this.stage !== null) this.benchmark.edit(this.stage, i.code); });
    return h('tr', { 'data-testid': `deficits-row-${i.code}`, class: `df-flag-${i.flag}` },
      h('td', { class: 'df-code' }, i.code),
      h('td', { class: 'df-name' }, i.name),
      h('td', { class: 'df-number', 'data-testid': `deficits-latest-${i.code}` }, i.valueText === '' ? '—' : `${i.valueText}${unit}`),
      h('td', { class: 'df-number' }, i.year ?? '—'),
      h('td', { class: 'df-benchmark', 'data-testid': `deficits-benchmark-of-${i.code}` }, b === null ? '—' : `${b.valueText}${unit}`, b !== null && h('span', { class: 'df-quiet' }, ` · ${b.kind}${b.year === null ? '' : ` ${b.year}`}`), ' ', edit),
      h('td', { class: 'df-gap' }, i.gapText === '' ? '—' : i.gapText),
      h('td', { class: 'df-flag', 'data-testid': `deficits-flag-${i.code}` }, flagText(i.flag)));
  }

  private renderEntry(stage: DeficitsStage): HTMLElement {
    const item = stage.catalogue.find((c) => c.code === this.entry.code.trim());
    const problem = (field: string) => this.entryProblems.find((p) => p.field === field);
    const fields = [...ENTRY_FIELDS, ...(item?.needsPppBaseYear === true ? ['pppBaseYear' as const] : [])];
    const cells = fields.map((field) => {
      const wrong = problem(field);
      const input = h('input', {
        id: `df-entry-${field}`, class: `input df-entry-${field}`, 'data-testid': `deficits-entry-${field}`, value: this.entry[field], autocomplete: 'off',
        list: field === 'code' ? 'df-codes' : null, inputmode: field === 'year' || field === 'value' || field === 'pppBaseYear' ? 'decimal' : null,
        placeholder: field === 'unit' ? (item?.unit ?? '') : field === 'value' && item?.yesNo === true ? t('deficits-ui-yes-no') : null,
        'aria-invalid': wrong === undefined ? null : 'true', 'aria-describedby': wrong === undefined ? null : `df-entry-${field}-problem`,
      });
      input.addEventListener('input', () => {
        this.entry = { ...this.entry, [field]: input.value };
        // The indicator's unit and PPP field follow the code as it is typed.
        if (field === 'code') this.refreshEntryHint(stage);
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          void this.saveEntry();
        }
      });
      return h('div', { class: 'df-entry-field' },
        h('label', { for: `df-entry-${field}` }, t(`deficits-ui-entry-${field === 'pppBaseYear' ? 'ppp' : field}`)),
        input,
        wrong !== undefined && h('p', { class: 'field-error', id: `df-entry-${field}-problem`, 'data-testid': `deficits-entry-${field}-problem` }, wrong.message));
    });
    const replace = h('input', { type: 'checkbox', id: 'df-entry-replace', 'data-testid': 'deficits-entry-replace', checked: this.replace });
    replace.addEventListener('change', () => { this.replace = replace.checked; });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-entry-save' }, t('deficits-ui-entry-save'));
    save.addEventListener('click', () => void this.saveEntry());
    return h('section', { class: 'df-entry', 'aria-labelledby': 'df-entry-title' },
      h('h2', { id: 'df-entry-title', class: 'df-section-title' }, t('deficits-ui-entry-title')),
      h('datalist', { id: 'df-codes' }, ...stage.catalogue.map((c) => h('option', { value: c.code }, `${c.code} ${c.name}`))),
      h('div', { class: 'df-entry-row' }, ...cells),
      h('p', { class: 'df-entry-hint', 'data-testid': 'deficits-entry-hint' }, item === undefined ? t('deficits-ui-entry-keys') : `${item.code} ${item.name} · ${item.unit}`),
      h('div', { class: 'df-actions' },
        h('label', { class: 'df-check' }, replace, t('deficits-ui-entry-replace')),
        save));
  }

  private refreshEntryHint(stage: DeficitsStage): void {
    const item = stage.catalogue.find((c) => c.code === this.entry.code.trim());
    const hint = this.host.query('[data-testid="deficits-entry-hint"]');
    if (hint) hint.textContent = item === undefined ? t('deficits-ui-entry-keys') : `${item.code} ${item.name} · ${item.unit}`;
    const unit = this.host.query<HTMLInputElement>('[data-testid="deficits-entry-unit"]');
    if (unit) unit.placeholder = item?.unit ?? '';
    const hasPpp = this.host.query('[data-testid="deficits-entry-pppBaseYear"]') != null;
    if (hasPpp !== (item?.needsPppBaseYear === true)) {
      this.host.draw();
      this.host.focus('[data-testid="deficits-entry-code"]');
      const code = this.host.query<HTMLInputElement>('[data-testid="deficits-entry-code"]');
      code?.setSelectionRange(code.value.length, code.value.length);
    }
  }

  private renderImport(): HTMLElement {
    const picker = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv', class: 'df-file', 'data-testid': 'deficits-import-file', 'aria-label': t('deficits-ui-import-choose') });
    picker.addEventListener('change', () => {
      const chosen = picker.files?.[0];
      if (chosen !== undefined) void this.useFile(chosen);
    });
    const choose = h('button', { type: 'button', class: 'button', 'data-testid': 'deficits-import-choose' }, t('deficits-ui-import-choose'));
    choose.addEventListener('click', () => picker.click());
    const check = this.check;
    const ready = check !== null && check.problems.length === 0 && check.rows > 0;
    const replace = h('input', { type: 'checkbox', id: 'df-import-replace', 'data-testid': 'deficits-import-replace', checked: this.importReplace });
    replace.addEventListener('change', () => {
      this.importReplace = replace.checked;
      void this.checkFile();
    });
    const go = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-import-go', disabled: !ready || this.busy }, t('deficits-ui-import-go'));
    go.addEventListener('click', () => void this.importFile());
    const cancel = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-import-cancel' }, t('deficits-ui-import-cancel'));
    cancel.addEventListener('click', () => {
      this.file = null;
      this.check = null;
      this.host.draw();
    });
    const preview = check === null || this.file === null ? null : h('div', { class: 'df-preview', 'data-testid': 'deficits-import-preview', 'aria-live': 'polite' },
      h('p', {}, t('deficits-ui-import-file', { file: this.file.name, rows: check.rows, format: check.format.toUpperCase() })),
      check.problems.length === 0
        ? h('p', { class: 'df-ok', 'data-testid': 'deficits-import-ready' }, `✓ ${t('deficits-ui-import-ready', { add: check.add, update: check.update })}`)
        : h('div', {},
          h('p', { class: 'field-error', role: 'alert' }, t('deficits-ui-import-problems', { count: check.problems.length })),
          h('div', { class: 'df-scroll df-problems-scroll' }, h('table', { class: 'df-table', 'data-testid': 'deficits-import-problems' },
            h('thead', {}, h('tr', {}, ...['row', 'column', 'reason'].map((c) => h('th', { scope: 'col' }, t(`deficits-ui-problem-${c}`))))),
            h('tbody', {}, ...check.problems.map((p) => h('tr', { 'data-testid': `deficits-problem-${p.row}` },
              h('td', { class: 'df-number' }, p.row === 0 ? '—' : p.row), h('td', {}, p.column === '' ? '—' : p.column), h('td', {}, p.reason))))))),
      h('div', { class: 'df-actions' },
        h('label', { class: 'df-check' }, replace, t('deficits-ui-import-replace')),
        go, cancel));
    return h('section', { class: 'df-import', 'aria-labelledby': 'df-import-title' },
      h('h2', { id: 'df-import-title', class: 'df-section-title' }, t('deficits-ui-import-title')),
      h('p', { class: 'df-quiet' }, t('deficits-ui-import-help')),
      h('div', { class: 'df-actions' }, choose, picker),
      preview);
  }
}
