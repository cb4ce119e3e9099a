// The form that adds or edits a measure: both-language title and description, term, key
// project (picked or created), owner (a stakeholder of the register or a department in words),
// budget, dates, status and the targets served with their expected effect. Enter saves, Esc
// cancels; a refusal is shown at each field it names and nothing is saved.

import type { ApiError, MeasureForm, MeasuresStage, MeasureServedForm } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { dateInput } from '../widgets/date-input';
import { STATUSES, fieldErrors } from './measures-model';
import { formKeys } from '../widgets/form-keys';

const NEW_PROJECT = '__new__';

export interface MeasureFormDeps {
  stage: MeasuresStage;
  form: MeasureForm;
  /** Resolves with the refusal, or `null` once saved. */
  submit(form: MeasureForm): Promise<ApiError | null>;
  cancel(): void;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class MeasureFormPanel {
  private readonly errors = new Map<string, HTMLElement>();
  private readonly controls = new Map<string, Control>();
  private targets: MeasureServedForm[];
  private targetsBox: HTMLElement = h('div', { class: 'measures-targets' });
  private summary: HTMLElement = h('p', { class: 'field-error', role: 'alert', hidden: true, 'data-testid': 'mf-refused' });
  private busy = false;
  root: HTMLElement | null = null;

  constructor(private readonly deps: MeasureFormDeps) {
    this.targets = deps.form.targets.map((x) => ({ ...x }));
  }

  render(): HTMLElement {
    const f = this.deps.form;
    const editing = f.editing !== null;
    const projectPick = this.select('project', [
      ...this.deps.stage.projects.map((p) => [p.code, `${p.code} · ${p.title}`] as [string, string]),
      [NEW_PROJECT, t('measures-ui-project-new')],
    ], this.deps.stage.projects.some((p) => p.code === f.projectCode) ? f.projectCode : NEW_PROJECT);
    const newProject = h('div', { class: 'measures-grid measures-new-project', 'data-testid': 'mf-new-project' },
      this.field('projectCode', 'measures-ui-project-code', this.input('projectCode', f.projectCode === '' || this.deps.stage.projects.some((p) => p.code === f.projectCode) ? '' : f.projectCode)),
      this.field('projectTitleZh', 'measures-ui-project-title-zh', this.input('projectTitleZh', f.projectTitleZh, 'zh-CN'), 'projectTitle'),
      this.field('projectTitleEn', 'measures-ui-project-title-en', this.input('projectTitleEn', f.projectTitleEn, 'en')));
    const showNew = (): void => { newProject.hidden = projectPick.value !== NEW_PROJECT; };
    projectPick.addEventListener('change', showNew);
    showNew();

    const ownerKind = this.select('ownerKind', [
      ['', t('measures-ui-owner-none')], ['stakeholder', t('measures-ui-owner-stakeholder')], ['department', t('measures-ui-owner-department')],
    ], f.ownerStakeholder !== null ? 'stakeholder' : f.ownerDepartment !== '' || f.ownerDepartmentEn !== '' ? 'department' : '');
    const ownerPick = this.select('ownerStakeholder', this.deps.stage.owners.map((o) => [String(o.id), o.name] as [string, string]),
      f.ownerStakeholder === null ? '' : String(f.ownerStakeholder));
    // A department outside the register, named in Chinese and in English (either will do):
    // the plan in each language prints its own.
    const ownerName = this.input('ownerDepartment', f.ownerDepartment, 'zh-CN');
    const ownerNameEn = this.input('ownerDepartmentEn', f.ownerDepartmentEn, 'en');
    ownerPick.setAttribute('aria-label', t('measures-ui-owner-pick'));
    ownerName.setAttribute('aria-label', t('measures-ui-owner-name'));
    ownerNameEn.setAttribute('aria-label', t('measures-ui-owner-name-en'));
    ownerName.placeholder = t('measures-ui-owner-name');
    ownerNameEn.placeholder = t('measures-ui-owner-name-en');
    const showOwner = (): void => {
      ownerPick.hidden = ownerKind.value !== 'stakeholder';
      ownerName.hidden = ownerKind.value !== 'department';
      ownerNameEn.hidden = ownerKind.value !== 'department';
    };
    ownerKind.addEventListener('change', showOwner);
    showOwner();

    const code = this.input('code', f.code);
    if (editing) code.readOnly = true;
    const addTarget = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'mf-target-add' }, t('measures-ui-target-add'));
    addTarget.addEventListener('click', () => {
      this.readTargets();
      this.targets.push({ subject: '', effect: '', unit: '' });
      this.drawTargets();
      this.targetsBox.querySelector<HTMLElement>(`[data-testid="mf-target-${this.targets.length - 1}-subject"]`)?.focus();
    });
    this.drawTargets();

    const save = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'mf-save' }, t('measures-ui-save'));
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'mf-cancel' }, t('measures-ui-cancel'));
    cancel.addEventListener('click', () => this.deps.cancel());
    const form = h('form', { class: 'measures-form', 'data-testid': 'measures-form', novalidate: true, 'aria-labelledby': 'mf-heading' },
      h('h2', { id: 'mf-heading', class: 'measures-panel-title' }, editing ? t('measures-ui-form-edit', { code: f.code }) : t('measures-ui-form-add')),
      this.summary,
      h('div', { class: 'measures-grid' },
        this.field('code', 'measures-ui-field-code', code),
        this.field('project', 'measures-ui-field-project', projectPick)),
      newProject,
      h('div', { class: 'measures-grid' },
        this.field('titleZh', 'measures-ui-field-titleZh', this.input('titleZh', f.titleZh, 'zh-CN'), 'title'),
        this.field('titleEn', 'measures-ui-field-titleEn', this.input('titleEn', f.titleEn, 'en')),
        this.field('descriptionZh', 'measures-ui-field-descriptionZh', this.area('descriptionZh', f.descriptionZh, 'zh-CN')),
        this.field('descriptionEn', 'measures-ui-field-descriptionEn', this.area('descriptionEn', f.descriptionEn, 'en')),
        this.field('term', 'measures-ui-field-term', this.select('term', [['short', t('measures-term-short')], ['long', t('measures-term-long')]], f.term)),
        this.field('status', 'measures-ui-field-status', this.select('status', STATUSES.map((s) => [s, t(`measures-status-${s}`)] as [string, string]), f.status)),
        this.field('owner', 'measures-ui-field-owner', h('div', { class: 'measures-owner' }, ownerKind, ownerPick, ownerName, ownerNameEn)),
        this.field('budget', 'measures-ui-field-budget', this.input('budget', f.budget, undefined, 'decimal')),
        this.field('start', 'measures-ui-field-start', this.date('start', f.start)),
        this.field('end', 'measures-ui-field-end', this.date('end', f.end))),
      h('fieldset', { class: 'measures-targets-set' },
        h('legend', { class: 'field-label' }, t('measures-ui-col-targets')), this.targetsBox, addTarget),
      h('div', { class: 'measures-form-actions' }, save, cancel, h('span', { class: 'field-hint' }, t('measures-ui-keys'))));
    formKeys(form, { save: () => void this.save(), cancel: () => this.deps.cancel() });
    this.root = form;
    return form;
  }

  focusFirst(): void {
    const first = this.deps.form.editing === null ? 'code' : 'titleZh';
    this.controls.get(first)?.focus();
  }

  /** What the form says now. */
  read(): MeasureForm {
    this.readTargets();
    const value = (key: string): string => this.controls.get(key)?.value ?? '';
    const pick = value('project');
    const kind = value('ownerKind');
    const stakeholder = Number(value('ownerStakeholder'));
    return {
      editing: this.deps.form.editing,
      code: value('code'),
      projectCode: pick === NEW_PROJECT ? value('projectCode') : pick,
      projectTitleZh: pick === NEW_PROJECT ? value('projectTitleZh') : '',
      projectTitleEn: pick === NEW_PROJECT ? value('projectTitleEn') : '',
      titleZh: value('titleZh'), titleEn: value('titleEn'),
      descriptionZh: value('descriptionZh'), descriptionEn: value('descriptionEn'),
      term: value('term'),
      ownerStakeholder: kind === 'stakeholder' && value('ownerStakeholder') !== '' && Number.isFinite(stakeholder) ? stakeholder : null,
      ownerDepartment: kind === 'department' ? value('ownerDepartment') : '',
      ownerDepartmentEn: kind === 'department' ? value('ownerDepartmentEn') : '',
      budget: value('budget'), start: value('start'), end: value('end'), status: value('status'),
      targets: this.targets.map((x) => ({ ...x })),
    };
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const refusal = await this.deps.submit(this.read());
      if (refusal !== null) this.showErrors(fieldErrors(refusal), refusal.message);
    } finally {
      this.busy = false;
    }
  }

  showErrors(errors: Map<string, string>, message: string): void {
    for (const [field, slot] of this.errors) {
      const text = errors.get(field) ?? null;
      slot.textContent = text ?? '';
      slot.hidden = text === null;
      for (const shown of visibleParts(this.controls.get(field))) {
        if (text !== null) shown.setAttribute('aria-invalid', 'true');
        else shown.removeAttribute('aria-invalid');
      }
    }
    this.summary.textContent = message;
    this.summary.hidden = false;
    const first = [...this.errors].find(([field]) => errors.has(field));
    if (first !== undefined) visibleParts(this.controls.get(first[0]))[0]?.focus();
  }

  private drawTargets(): void {
    for (const key of [...this.errors.keys()]) if (key.startsWith('targets.')) this.errors.delete(key);
    for (const key of [...this.controls.keys()]) if (key.startsWith('targets.')) this.controls.delete(key);
    replaceChildren(this.targetsBox, ...this.targets.map((row, i) => {
      const subject = this.select(`targets.${i}.subject`, [['', t('measures-ui-target-pick')],
        ...this.deps.stage.subjects.map((s) => [s.key, s.name] as [string, string])], row.subject);
      subject.setAttribute('data-testid', `mf-target-${i}-subject`);
      subject.setAttribute('aria-label', t('measures-ui-field-targets'));
      const effect = this.input(`targets.${i}.effect`, row.effect, undefined, 'decimal');
      effect.setAttribute('data-testid', `mf-target-${i}-effect`);
      effect.setAttribute('aria-label', t('measures-ui-effect'));
      effect.placeholder = t('measures-ui-effect');
      const unit = this.input(`targets.${i}.unit`, row.unit);
      unit.setAttribute('data-testid', `mf-target-${i}-unit`);
      unit.setAttribute('aria-label', t('measures-ui-unit'));
      unit.placeholder = t('measures-ui-unit');
      subject.addEventListener('change', () => {
        const known = this.deps.stage.subjects.find((s) => s.key === subject.value);
        if (known !== undefined && unit.value === '') unit.value = known.unit;
      });
      const remove = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': `mf-target-${i}-remove` }, t('measures-ui-target-remove'));
      remove.addEventListener('click', () => {
        this.readTargets();
        this.targets.splice(i, 1);
        this.drawTargets();
      });
      return h('div', { class: 'measures-target-row' }, subject, effect, unit, remove,
        this.errorSlot(`targets.${i}.subject`), this.errorSlot(`targets.${i}.effect`));
    }));
  }

  private readTargets(): void {
    this.targets = this.targets.map((_, i) => ({
      subject: this.controls.get(`targets.${i}.subject`)?.value ?? '',
      effect: this.controls.get(`targets.${i}.effect`)?.value ?? '',
      unit: this.controls.get(`targets.${i}.unit`)?.value ?? '',
    }));
  }

  private errorSlot(field: string): HTMLElement {
    const slot = h('p', { class: 'field-error', hidden: true, 'data-testid': `mf-error-${field}`, id: `mf-error-${field.replace(/\./g, '-')}` });
    this.errors.set(field, slot);
    return slot;
  }

  /** A labelled control with its error slot; `errorField` when the store names it otherwise. */
  private field(key: string, label: string, control: HTMLElement, errorField = key): HTMLElement {
    const id = `mf-${key}`;
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) control.id = id;
    const described = control.matches('.date-input') ? [...control.querySelectorAll('.input')] : [];
    const slot = this.errorSlot(errorField);
    const input = this.controls.get(key);
    if (errorField !== key && input !== undefined) this.controls.set(errorField, input);
    input?.setAttribute('aria-describedby', slot.id);
    for (const part of described) part.setAttribute('aria-describedby', slot.id);
    return h('div', { class: 'field' }, h('label', { class: 'field-label', for: id }, t(label)), control, slot);
  }

  private input(key: string, value: string, lang?: string, inputmode?: string, type = 'text'): HTMLInputElement {
    const el = h('input', { class: 'input', type, value, lang, inputmode, 'data-testid': `mf-${key}` });
    this.controls.set(key, el);
    return el;
  }

  /** A date written the way the window's language writes it; its value is 2026-03-01. */
  private date(key: string, value: string): HTMLElement {
    const d = dateInput({ value, testid: `mf-${key}`, id: `mf-${key}` });
    this.controls.set(key, d.input);
    return d.element;
  }

  private area(key: string, value: string, lang: string): HTMLTextAreaElement {
    const el = h('textarea', { class: 'input', rows: 2, lang, 'data-testid': `mf-${key}` });
    el.value = value;
    this.controls.set(key, el);
    return el;
  }

  private select(key: string, options: [string, string][], value: string): HTMLSelectElement {
    const el = h('select', { class: 'input', 'data-testid': `mf-${key}` },
      ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
    el.value = value;
    this.controls.set(key, el);
    return el;
  }
}

/** What a person sees of a control: itself, or a date's day, month and year. */
export function visibleParts(control: Control | undefined): HTMLElement[] {
  if (control === undefined) return [];
  if (control instanceof HTMLInputElement && control.type === 'hidden') {
    return [...(control.parentElement?.querySelectorAll<HTMLElement>('.input') ?? [])];
  }
  return [control];
}
