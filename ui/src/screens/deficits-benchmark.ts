// An indicator's benchmark in the Values tab: its value, kind (national target, partner city,
// WHO guideline, the dialogue's own), year and source typed in one row (Tab between fields,
// Enter saves), each field's problem said under it; replaced or removed, the flags and gaps
// in the table follow at once.

import { toApiError } from '../api';
import type { BenchmarkEntry, DeficitsStage, EntryProblem } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';

export const BENCHMARK_KINDS = ['national-target', 'partner-city', 'who-guideline', 'dialogue-own'] as const;
const FIELDS = ['code', 'value', 'kind', 'year', 'source'] as const;

const empty = (): BenchmarkEntry => ({ code: '', value: '', kind: '', year: '', source: '' });

export class BenchmarkForm {
  private entry: BenchmarkEntry = empty();
  private problems: EntryProblem[] = [];
  private busy = false;

  constructor(private readonly host: DeficitsHost) {}

  /** Fills the form with an indicator's benchmark as stored (or only its code) to change it. */
  edit(stage: DeficitsStage, code: string): void {
    const b = stage.indicators.find((i) => i.code === code)?.benchmark ?? null;
    this.entry = b === null
      ? { ...empty(), code }
      : { code, value: b.valueInput, kind: b.kindKey, year: b.year === null ? '' : String(b.year), source: b.source };
    this.problems = [];
    this.host.draw();
    this.host.focus('[data-testid="deficits-benchmark-value"]');
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const code = this.entry.code.trim();
    try {
      const outcome = await this.host.deps.deficits.setBenchmark({ ...this.entry });
      this.problems = outcome.problems;
      if (outcome.stage !== null) {
        this.host.accept(outcome.stage);
        this.host.deps.toast.show(t('deficits-ui-benchmark-saved', { code }));
        this.entry = empty();
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
    const first = this.problems[0];
    this.host.focus(first === undefined ? `[data-testid="deficits-row-${code}"] .df-edit` : `[data-testid="deficits-benchmark-${first.field}"]`);
  }

  private async remove(code: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.host.accept(await this.host.deps.deficits.removeBenchmark(code));
      this.host.deps.toast.show(t('deficits-ui-benchmark-removed', { code }));
      this.entry = empty();
      this.problems = [];
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
    this.host.focus('[data-testid="deficits-benchmark-code"]');
  }

  render(stage: DeficitsStage): HTMLElement {
    const code = this.entry.code.trim();
    const item = stage.catalogue.find((c) => c.code === code);
    const stored = stage.indicators.find((i) => i.code === code)?.benchmark ?? null;
    const problem = (field: string) => this.problems.find((p) => p.field === field);
    const cells = FIELDS.map((field) => {
      const wrong = problem(field);
      const common = {
        id: `df-benchmark-${field}`, class: `input df-benchmark-${field}`, 'data-testid': `deficits-benchmark-${field}`,
        'aria-invalid': wrong === undefined ? null : 'true', 'aria-describedby': wrong === undefined ? null : `df-benchmark-${field}-problem`,
      };
      const input = field === 'kind'
        ? h('select', common,
          h('option', { value: '', selected: this.entry.kind === '' }, t('deficits-ui-benchmark-kind-choose')),
          ...BENCHMARK_KINDS.map((k) => h('option', { value: k, selected: this.entry.kind === k }, t(`deficits-report-kind-${k}`))))
        : h('input', {
          ...common, value: this.entry[field], autocomplete: 'off', list: field === 'code' ? 'df-codes' : null,
          inputmode: field === 'year' || field === 'value' ? 'decimal' : null,
          placeholder: field === 'value' && item?.yesNo === true ? t('deficits-ui-yes-no') : field === 'value' ? (item?.unit ?? '') : null,
        });
      // The chosen kind as a property too: an option's attribute alone is not always honoured.
      if (input instanceof HTMLSelectElement) input.value = this.entry.kind;
      const read = () => { this.entry = { ...this.entry, [field]: input.value }; };
      input.addEventListener('input', read);
      input.addEventListener('change', read);
      input.addEventListener('keydown', (raw) => {
        const event = raw as KeyboardEvent;
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          read();
          void this.save();
        }
      });
      return h('div', { class: 'df-entry-field' },
        h('label', { for: `df-benchmark-${field}` }, t(`deficits-ui-benchmark-${field}`)),
        input,
        wrong !== undefined && h('p', { class: 'field-error', id: `df-benchmark-${field}-problem`, 'data-testid': `deficits-benchmark-${field}-problem` }, wrong.message));
    });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-benchmark-save' }, t(stored === null ? 'deficits-ui-benchmark-save' : 'deficits-ui-benchmark-replace'));
    save.addEventListener('click', () => void this.save());
    const remove = stored === null ? null : h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-benchmark-remove' }, t('deficits-ui-benchmark-remove'));
    remove?.addEventListener('click', () => void this.remove(code));
    return h('section', { class: 'df-entry df-benchmark-form', 'aria-labelledby': 'df-benchmark-title', 'data-testid': 'deficits-benchmark-form' },
      h('h2', { id: 'df-benchmark-title', class: 'df-section-title' }, t('deficits-ui-benchmark-title')),
      h('div', { class: 'df-entry-row' }, ...cells),
      h('p', { class: 'df-entry-hint', 'data-testid': 'deficits-benchmark-hint' },
        item === undefined ? t('deficits-ui-benchmark-keys') : `${item.code} ${item.name} · ${item.unit}${stored === null ? '' : ` · ${t('deficits-ui-benchmark-now', { value: stored.valueText, kind: stored.kind })}`}`),
      h('div', { class: 'df-actions' }, save, remove));
  }
}
