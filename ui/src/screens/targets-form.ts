// The form that sets a target: a subject (flagged deficits first, searchable), its baseline
// (prefilled from the latest stored value), the kind, a 2030 and a mid-century value or per
// cent, the SDGs (the indicator's goal preselected) and the advantages in both languages.
// Enter saves, Esc cancels; a refusal is shown at each field it names and nothing is saved.

import type { ApiError, FormSubject, TargetForm } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { formKeys } from '../widgets/form-keys';

export const TARGET_KINDS = ['fixed-level', 'base-year-reduction', 'base-year-intensity', 'below-bau'] as const;
const GROUPS = ['deficit', 'indicator', 'series', 'essential'] as const;
const FIELDS = ['subject', 'baselineYear', 'baselineValue', 'kind', 'value2030', 'percent2030', 'midYear', 'valueMid', 'percentMid', 'sdgs', 'advantagesZh', 'advantagesEn'] as const;
type Field = (typeof FIELDS)[number];
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface TargetFormDeps {
  subjects: FormSubject[];
  /** Resolves with the refusal, or `null` once saved. */
  submit(form: TargetForm): Promise<ApiError | null>;
  cancel(): void;
}

/** An empty form for `subject` with its latest value and goal filled in. */
export function blankForm(subject: FormSubject | undefined): TargetForm {
  return {
    subject: subject?.key ?? '',
    baselineYear: subject?.latestYear == null ? '' : String(subject.latestYear),
    baselineValue: subject?.latestValue == null ? '' : String(subject.latestValue),
    kind: 'fixed-level', value2030: '', percent2030: '', midYear: '2050', valueMid: '', percentMid: '',
    sdgs: subject?.goal == null ? [] : [subject.goal], advantagesZh: '', advantagesEn: '',
  };
}

export class TargetFormPanel {
  private readonly errors = new Map<string, HTMLElement>();
  private readonly controls = new Map<string, Control>();
  private readonly sdgBoxes: HTMLInputElement[] = [];
  private readonly summary = h('p', { class: 'field-error', role: 'alert', hidden: true, 'data-testid': 'tf-refused' });
  private readonly latest = h('p', { class: 'field-hint', 'data-testid': 'tf-latest' });
  private busy = false;
  root: HTMLElement | null = null;

  constructor(private readonly deps: TargetFormDeps) {}

  render(): HTMLElement {
    const first = this.deps.subjects[0];
    const f = blankForm(first);
    const search = h('input', { class: 'input', type: 'search', 'data-testid': 'tf-search', 'aria-label': t('targets-form-search'), placeholder: t('targets-form-search') });
    const subject = this.select('subject', [], f.subject);
    subject.id = 'tf-subject';
    const fill = (): void => {
      const query = search.value.trim().toLowerCase();
      const chosen = subject.value;
      subject.replaceChildren(...GROUPS.map((g) => {
        const shown = this.deps.subjects.filter((s) => s.group === g && (query === '' || `${s.key} ${s.name}`.toLowerCase().includes(query)));
        return shown.length === 0 ? null : h('optgroup', { label: t(`targets-form-group-${g}`) },
          ...shown.map((s) => h('option', { value: s.key }, s.unit === '' ? s.name : `${s.name} (${s.unit})`)));
      }).filter((x): x is HTMLOptGroupElement => x !== null));
      const keep = [...subject.options].some((o) => o.value === chosen);
      subject.value = keep ? chosen : subject.options[0]?.value ?? '';
      if (!keep) this.prefill();
    };
    search.addEventListener('input', fill);
    subject.addEventListener('change', () => this.prefill());
    const kind = this.select('kind', TARGET_KINDS.map((k) => [k, t(`targets-kind-${k}`)]), f.kind);
    const percents = [this.input('percent2030', ''), this.input('percentMid', '')];
    const showPercent = (): void => {
      for (const p of percents) p.closest<HTMLElement>('.field')?.toggleAttribute('hidden', kind.value === 'fixed-level');
    };
    kind.addEventListener('change', showPercent);
    const sdgs = h('div', { class: 'targets-sdgs', role: 'group', 'aria-labelledby': 'tf-sdgs-label', 'data-testid': 'tf-sdgs' },
      ...Array.from({ length: 17 }, (_, i) => {
        const box = h('input', { type: 'checkbox', value: String(i + 1), 'data-testid': `tf-sdg-${i + 1}` });
        this.sdgBoxes.push(box);
        return h('label', { class: 'targets-sdg' }, box, t('targets-form-sdg', { goal: i + 1 }));
      }));
    const save = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'tf-save' }, t('targets-form-save'));
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'tf-cancel' }, t('targets-form-cancel'));
    cancel.addEventListener('click', () => this.deps.cancel());
    const form = h('form', { class: 'targets-form', 'data-testid': 'targets-form', novalidate: true, 'aria-labelledby': 'tf-heading' },
      h('h2', { id: 'tf-heading', class: 'targets-form-title' }, t('targets-form-title')),
      h('p', { class: 'field-hint' }, t('targets-form-intro')),
      this.summary,
      h('div', { class: 'targets-form-grid' },
        h('div', { class: 'field targets-form-subject' },
          h('label', { class: 'field-label', for: 'tf-subject' }, t('targets-form-subject')), search, subject, this.latest, this.errorSlot('subject')),
        this.field('baselineYear', 'targets-form-baseline-year', this.input('baselineYear', f.baselineYear, 'numeric')),
        this.field('baselineValue', 'targets-form-baseline-value', this.input('baselineValue', f.baselineValue, 'decimal')),
        this.field('kind', 'targets-form-kind', kind),
        this.field('value2030', 'targets-form-value-2030', this.input('value2030', '', 'decimal')),
        this.field('percent2030', 'targets-form-percent-2030', percents[0] as HTMLInputElement),
        this.field('midYear', 'targets-form-mid-year', this.select('midYear', [['2050', '2050'], ['2060', '2060']], f.midYear)),
        this.field('valueMid', 'targets-form-value-mid', this.input('valueMid', '', 'decimal')),
        this.field('percentMid', 'targets-form-percent-mid', percents[1] as HTMLInputElement)),
      h('p', { class: 'field-hint' }, t('targets-form-value-hint')),
      h('div', { class: 'field' }, h('span', { class: 'field-label', id: 'tf-sdgs-label' }, t('targets-form-sdgs')), sdgs, this.errorSlot('sdgs')),
      h('div', { class: 'targets-form-grid' },
        this.field('advantagesZh', 'targets-form-advantages-zh', this.area('advantagesZh', 'zh-CN')),
        this.field('advantagesEn', 'targets-form-advantages-en', this.area('advantagesEn', 'en'))),
      h('div', { class: 'targets-form-actions' }, save, cancel, h('span', { class: 'field-hint' }, t('measures-ui-keys'))));
    fill();
    this.prefill();
    showPercent();
    formKeys(form, { save: () => void this.save(), cancel: () => this.deps.cancel() });
    this.root = form;
    return form;
  }

  focusFirst(): void {
    this.controls.get('subject')?.focus();
  }

  /** The chosen subject's latest value as the baseline, its goal among the SDGs. */
  private prefill(): void {
    const chosen = this.deps.subjects.find((s) => s.key === this.controls.get('subject')?.value);
    const blank = blankForm(chosen);
    this.set('baselineYear', blank.baselineYear);
    this.set('baselineValue', blank.baselineValue);
    this.latest.textContent = chosen?.latestYear != null && chosen.latestValue != null
      ? t('targets-form-latest', { year: String(chosen.latestYear), value: String(chosen.latestValue) })
      : t('targets-form-no-latest');
    for (const box of this.sdgBoxes) box.checked = blank.sdgs.includes(Number(box.value));
  }

  private set(key: Field, value: string): void {
    const control = this.controls.get(key);
    if (control !== undefined) control.value = value;
  }

  /** What the form says now. */
  read(): TargetForm {
    const value = (key: Field): string => this.controls.get(key)?.value ?? '';
    const fixed = value('kind') === 'fixed-level';
    return {
      subject: value('subject'), baselineYear: value('baselineYear'), baselineValue: value('baselineValue'), kind: value('kind'),
      value2030: value('value2030'), percent2030: fixed ? '' : value('percent2030'),
      midYear: value('midYear'), valueMid: value('valueMid'), percentMid: fixed ? '' : value('percentMid'),
      sdgs: this.sdgBoxes.filter((b) => b.checked).map((b) => Number(b.value)),
      advantagesZh: value('advantagesZh'), advantagesEn: value('advantagesEn'),
    };
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const refusal = await this.deps.submit(this.read());
      if (refusal !== null) this.showErrors(refusal);
    } finally {
      this.busy = false;
    }
  }

  showErrors(refusal: ApiError): void {
    const errors = new Map<string, string>();
    for (const f of refusal.fields) if (!errors.has(f.field)) errors.set(f.field, f.message);
    for (const [field, slot] of this.errors) {
      const text = errors.get(field) ?? null;
      slot.textContent = text ?? '';
      slot.hidden = text === null;
      const control = field === 'sdgs' ? this.sdgBoxes[0] : this.controls.get(field);
      if (text !== null) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
    }
    this.summary.textContent = errors.size > 0 ? t('targets-form-refused') : refusal.message;
    this.summary.hidden = false;
    const first = FIELDS.find((f) => errors.has(f));
    if (first !== undefined) (first === 'sdgs' ? this.sdgBoxes[0] : this.controls.get(first))?.focus();
  }

  private errorSlot(field: string): HTMLElement {
    const slot = h('p', { class: 'field-error', hidden: true, 'data-testid': `tf-error-${field}`, id: `tf-error-${field}` });
    this.errors.set(field, slot);
    this.controls.get(field)?.setAttribute('aria-describedby', slot.id);
    return slot;
  }

  private field(key: Field, label: string, control: Control): HTMLElement {
    control.id = `tf-${key}`;
    return h('div', { class: 'field' }, h('label', { class: 'field-label', for: control.id }, t(label)), control, this.errorSlot(key));
  }

  private input(key: Field, value: string, inputmode?: string): HTMLInputElement {
    const el = h('input', { class: 'input', type: 'text', value, inputmode, 'data-testid': `tf-${key}` });
    this.controls.set(key, el);
    return el;
  }

  private area(key: Field, lang: string): HTMLTextAreaElement {
    const el = h('textarea', { class: 'input', rows: 2, lang, 'data-testid': `tf-${key}` });
    this.controls.set(key, el);
    return el;
  }

  private select(key: Field, options: [string, string][], value: string): HTMLSelectElement {
    const el = h('select', { class: 'input', 'data-testid': `tf-${key}` },
      ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
    el.value = value;
    this.controls.set(key, el);
    return el;
  }
}
