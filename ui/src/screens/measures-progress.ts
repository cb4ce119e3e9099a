// A measure's progress: the updates so far and a new one (date, per cent, note). The store
// refuses an update dated before the measure starts; that refusal is shown at the date field
// and nothing changes. Enter records, Esc closes.

import type { ApiError, MeasureItem, MeasureProgressForm } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { dateInput } from '../widgets/date-input';
import { visibleParts } from './measures-form';
import { fieldErrors } from './measures-model';

export interface ProgressPanelDeps {
  measure: MeasureItem;
  today: string;
  /** Resolves with the refusal, or `null` once recorded. */
  submit(form: MeasureProgressForm): Promise<ApiError | null>;
  close(): void;
}

const FIELDS = ['date', 'percent', 'note'] as const;

export class ProgressPanel {
  private readonly inputs = new Map<string, HTMLInputElement>();
  private readonly errors = new Map<string, HTMLElement>();
  private busy = false;

  constructor(private readonly deps: ProgressPanelDeps) {}

  render(): HTMLElement {
    const m = this.deps.measure;
    // Today, unless the measure has not started: then its start.
    const date = this.deps.today < m.start ? m.start : this.deps.today;
    const last = m.progress[m.progress.length - 1];
    const values: Record<(typeof FIELDS)[number], string> = { date, percent: last === undefined ? '' : String(last.percent), note: '' };
    const fields = FIELDS.map((key) => {
      const date = key === 'date' ? dateInput({ value: values[key], testid: `mp-${key}`, id: `mp-${key}` }) : null;
      const input = date?.input ?? h('input', {
        class: 'input', id: `mp-${key}`, 'data-testid': `mp-${key}`, value: values[key],
        type: 'text', inputmode: key === 'percent' ? 'decimal' : undefined, 'aria-describedby': `mp-error-${key}`,
      });
      date?.element.querySelectorAll('.input').forEach((part) => part.setAttribute('aria-describedby', `mp-error-${key}`));
      this.inputs.set(key, input);
      const error = h('p', { class: 'field-error', id: `mp-error-${key}`, 'data-testid': `mp-error-${key}`, hidden: true, role: 'alert' });
      this.errors.set(key, error);
      return h('div', { class: `field measures-progress-${key}` }, h('label', { class: 'field-label', for: `mp-${key}` }, t(`measures-ui-field-${key}`)), date?.element ?? input, error);
    });
    const record = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'mp-save' }, t('measures-ui-progress-add'));
    const close = h('button', { type: 'button', class: 'button', 'data-testid': 'mp-close' }, t('measures-ui-progress-close'));
    close.addEventListener('click', () => this.deps.close());
    const history = m.progress.length === 0
      ? h('p', { class: 'measures-muted', 'data-testid': 'mp-history' }, t('measures-ui-progress-none'))
      : h('table', { class: 'measures-history', 'data-testid': 'mp-history' },
        h('thead', {}, h('tr', {}, ...['date', 'percent', 'note'].map((c) => h('th', { scope: 'col' }, t(`measures-ui-field-${c}`))))),
        h('tbody', {}, ...[...m.progress].reverse().map((p) => h('tr', {},
          h('td', {}, p.dateWords), h('td', { class: 'measures-num' }, `${p.percent} %`), h('td', {}, p.note)))));
    const form = h('form', { class: 'measures-progress', 'data-testid': 'measures-progress', novalidate: true, 'aria-labelledby': 'mp-heading' },
      h('h2', { id: 'mp-heading', class: 'measures-panel-title' }, t('measures-ui-progress-title', { code: m.code }), ' ', h('span', { class: 'measures-muted' }, m.title)),
      h('p', { class: 'measures-muted' }, t('measures-ui-progress-starts', { start: m.datesWords.split(' – ')[0] ?? m.start, end: m.datesWords.split(' – ')[1] ?? m.end })),
      h('div', { class: 'measures-progress-fields' }, ...fields),
      h('div', { class: 'measures-form-actions' }, record, close, h('span', { class: 'field-hint' }, t('measures-ui-keys'))),
      h('h3', { class: 'measures-history-title' }, t('measures-ui-progress-history')),
      history);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    form.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        this.deps.close();
      } else if (event.key === 'Enter' && ['INPUT', 'SELECT'].includes((event.target as HTMLElement).tagName)) {
        event.preventDefault();
        void this.save();
      }
    });
    return form;
  }

  focusFirst(): void {
    this.inputs.get('percent')?.focus();
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const value = (key: string): string => this.inputs.get(key)?.value ?? '';
      const refusal = await this.deps.submit({ code: this.deps.measure.code, date: value('date'), percent: value('percent'), note: value('note') });
      if (refusal !== null) this.showErrors(fieldErrors(refusal));
    } finally {
      this.busy = false;
    }
  }

  private showErrors(errors: Map<string, string>): void {
    // A refusal that names no field is said at the date, where the store's rule lives.
    const general = errors.get('');
    for (const key of FIELDS) {
      const text = errors.get(key) ?? (key === 'date' ? general : undefined) ?? null;
      const slot = this.errors.get(key);
      const input = this.inputs.get(key);
      if (slot !== undefined) {
        slot.textContent = text ?? '';
        slot.hidden = text === null;
      }
      for (const shown of visibleParts(input)) {
        if (text !== null) shown.setAttribute('aria-invalid', 'true');
        else shown.removeAttribute('aria-invalid');
      }
    }
    const first = FIELDS.find((key) => errors.has(key) || (key === 'date' && general !== undefined));
    if (first !== undefined) visibleParts(this.inputs.get(first))[0]?.focus();
  }
}
