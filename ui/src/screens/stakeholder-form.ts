// Add or edit one stakeholder; withdraw them (their history stays) or erase their personal
// data on request (a pseudonym keeps their past positions), each after a confirmation.

import { toApiError, type Api } from '../api';
import type { DisadvantagedGroup, FieldMessage, Stakeholder, StakeholderDraft } from '../bindings';
import { h, scrollToCentre } from '../dom';
import { i18n, t } from '../i18n';
import {
  GROUPS, HELIX, ROLES, SECTORS, STATUSES, emptyDraft, label, primaryName, pseudonym, toDraft, usualHelix, validateDraft,
} from '../register-model';
import { confirmDialog } from '../widgets/confirm';
import { renderErrorSummary } from '../widgets/error-summary';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { dateInput } from '../widgets/date-input';

export interface FormDeps {
  api: Api;
  toast: Toaster;
  /** `null`: nothing changed. */
  close(changed: Stakeholder | null): void;
}

type TextKey = 'nameZh' | 'nameEn' | 'organisationZh' | 'organisationEn' | 'otherGroup' | 'email' | 'mobile' | 'consentNotice' | 'note';

/** The fields in the order of the form, with their labels; errors are shown in this order. */
const ORDER: [path: string, label: string][] = [
  ['nameZh', 'register-field-name-zh'], ['nameEn', 'register-field-name-en'],
  ['organisationZh', 'register-field-organisation-zh'], ['organisationEn', 'register-field-organisation-en'],
  ['sector', 'register-field-sector'], ['helix', 'register-field-helix'], ['role', 'register-field-role'],
  ['status', 'register-field-status'], ['groups', 'register-field-groups'], ['otherGroup', 'register-field-other-group'],
  ['email', 'register-field-email'], ['mobile', 'register-field-mobile'], ['consentDate', 'register-field-consent-date'],
  ['consentNotice', 'register-field-consent-notice'], ['note', 'register-field-note'],
];

interface Slot {
  element: HTMLElement;
  error: HTMLElement;
  input: HTMLElement;
}

export class StakeholderForm {
  private draft: StakeholderDraft;
  private errors: FieldMessage[] = [];
  private saving = false;
  private slots = new Map<string, Slot>();
  private summary: HTMLElement | null = null;
  private otherSlot: HTMLElement | null = null;
  private helixTouched: boolean;

  constructor(
    private readonly person: Stakeholder | null,
    private readonly deps: FormDeps,
  ) {
    this.draft = person === null ? emptyDraft() : toDraft(person);
    this.helixTouched = person !== null;
  }

  onKey(event: KeyboardEvent): boolean {
    if (event.isComposing || event.defaultPrevented) return false;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.save();
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      this.deps.close(null);
      return true;
    }
    return false;
  }

  focusFirst(): void {
    setTimeout(() => (this.slots.get('nameZh')?.input as HTMLInputElement | undefined)?.focus(), 0);
  }

  render(): HTMLElement {
    this.slots.clear();
    const locale = i18n().locale;
    const name = this.person === null ? '' : primaryName(this.person, locale);
    const erased = this.person?.erasedOn ?? null;
    const title = this.person === null ? t('register-form-add-title') : t('register-form-edit-title', { name });

    const back = h('button', { type: 'button', class: 'button button-quiet register-back', 'data-testid': 'register-back' }, t('register-back'));
    back.addEventListener('click', () => this.deps.close(null));

    if (erased !== null && this.person !== null) {
      return h('div', { class: 'page register-form', 'data-testid': 'stakeholder-form' },
        back,
        h('h1', { class: 'page-title', tabindex: -1 }, title),
        h('p', { class: 'register-erased-note' }, icon('check'), t('register-erased-note', { date: i18n().formatDate(new Date(`${erased}T00:00:00`)) })),
      );
    }

    this.summary = h('div', { class: 'summary-slot' });
    const form = h('form', { class: 'page page-form register-form', novalidate: true, 'data-testid': 'stakeholder-form' },
      back,
      h('header', { class: 'page-header' }, h('div', {},
        h('h1', { class: 'page-title', tabindex: -1 }, title),
        h('p', { class: 'page-lead' }, t('register-form-lead')),
      )),
      this.summary,
      this.section('register-section-who', [
        // One name is enough, so neither is starred; the hint says so.
        this.text('nameZh', 'register-field-name-zh', { half: true, hint: 'register-field-name-hint', lang: 'zh-CN' }),
        this.text('nameEn', 'register-field-name-en', { half: true, lang: 'en' }),
        this.text('organisationZh', 'register-field-organisation-zh', { half: true, lang: 'zh-CN' }),
        this.text('organisationEn', 'register-field-organisation-en', { half: true, lang: 'en' }),
      ]),
      this.section('register-section-place', [
        this.select('sector', 'register-field-sector', SECTORS, label.sector, { required: true }),
        this.select('helix', 'register-field-helix', HELIX, label.helix, { hint: 'register-field-helix-hint' }),
        this.select('role', 'register-field-role', ROLES, label.role, {}),
        this.select('status', 'register-field-status', STATUSES, label.status, {}),
        this.groups(),
        this.otherGroup(),
      ]),
      this.section('register-section-contact', [
        this.text('email', 'register-field-email', { half: true, type: 'email' }),
        this.text('mobile', 'register-field-mobile', { half: true, type: 'tel' }),
        this.date(),
        this.text('consentNotice', 'register-field-consent-notice', { half: true }),
        this.text('note', 'register-field-note', { textarea: true }),
      ]),
      this.actions(),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.showErrors(false);
    return form;
  }

  private section(titleId: string, fields: HTMLElement[]): HTMLElement {
    const id = `section-${titleId}`;
    return h('section', { class: 'form-section', 'aria-labelledby': id },
      h('h2', { class: 'form-section-title', id }, t(titleId)),
      h('div', { class: 'form-grid' }, ...fields));
  }

  private wrap(path: string, labelId: string, input: HTMLElement, opts: { half?: boolean; required?: boolean; hint?: string }): HTMLElement {
    const id = `sh-${path}`;
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, 'data-testid': `error-${path}` });
    const hint = opts.hint !== undefined ? h('p', { class: 'field-hint', id: `${id}-hint` }, t(opts.hint)) : null;
    if (hint !== null) input.setAttribute('aria-describedby', `${id}-hint`);
    const element = h('div', { class: `field${opts.half === true ? ' field-half' : ''}` },
      h('label', { for: id, class: 'field-label' }, t(labelId),
        opts.required === true && h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*')),
      hint, error, input);
    this.slots.set(path, { element, error, input });
    return element;
  }

  private text(path: TextKey, labelId: string, opts: { half?: boolean; required?: boolean; hint?: string; type?: string; textarea?: boolean; lang?: string }): HTMLElement {
    const common = { id: `sh-${path}`, name: path, value: this.draft[path], 'data-testid': `sh-field-${path}`, autocomplete: 'off', lang: opts.lang ?? null };
    const input = opts.textarea === true
      ? h('textarea', { ...common, class: 'input', rows: 3 })
      : h('input', { ...common, type: opts.type ?? 'text', class: 'input', spellcheck: opts.type === undefined ? null : 'false' });
    input.addEventListener('input', () => { this.draft = { ...this.draft, [path]: input.value }; });
    return this.wrap(path, labelId, input, opts);
  }

  private select<T extends string>(path: 'sector' | 'helix' | 'role' | 'status', labelId: string, values: readonly T[], name: (v: T) => string, opts: { required?: boolean; hint?: string }): HTMLElement {
    const current = this.draft[path] as T | null;
    const input = h('select', { id: `sh-${path}`, name: path, class: 'input', 'data-testid': `sh-field-${path}` },
      (path === 'sector' || path === 'helix') && h('option', { value: '' }, t('register-choose')),
      ...values.map((v) => h('option', { value: v, selected: v === current }, t(name(v)))));
    input.value = current ?? '';
    input.addEventListener('change', () => {
      const value = input.value === '' ? null : input.value;
      this.draft = { ...this.draft, [path]: value };
      if (path === 'helix') this.helixTouched = true;
      if (path === 'sector' && value !== null && !this.helixTouched) {
        // The sector suggests the helix group until someone chooses one.
        const helix = usualHelix(value as StakeholderDraft['sector'] & string);
        this.draft = { ...this.draft, helix };
        const helixInput = this.slots.get('helix')?.input as HTMLSelectElement | undefined;
        if (helixInput !== undefined) helixInput.value = helix;
      }
    });
    return this.wrap(path, labelId, input, { ...opts, half: true });
  }

  private groups(): HTMLElement {
    const boxes = GROUPS.map((group) => {
      const id = `sh-group-${group}`;
      const box = h('input', { type: 'checkbox', id, value: group, checked: this.draft.groups.includes(group), 'data-testid': `sh-group-${group}` });
      box.addEventListener('change', () => {
        const groups: DisadvantagedGroup[] = GROUPS.filter((g) => (g === group ? box.checked : this.draft.groups.includes(g)));
        this.draft = { ...this.draft, groups };
        if (this.otherSlot !== null) this.otherSlot.hidden = !groups.includes('other');
      });
      return h('div', { class: 'check' }, box, h('label', { for: id }, t(label.group(group))));
    });
    const error = h('p', { class: 'field-error', hidden: true, 'data-testid': 'error-groups' });
    const element = h('fieldset', { class: 'field register-groups' },
      h('legend', { class: 'field-label' }, t('register-field-groups')), error, h('div', { class: 'checks' }, ...boxes));
    this.slots.set('groups', { element, error, input: boxes[0]?.querySelector('input') ?? element });
    return element;
  }

  private otherGroup(): HTMLElement {
    this.otherSlot = this.text('otherGroup', 'register-field-other-group', {});
    this.otherSlot.hidden = !this.draft.groups.includes('other');
    return this.otherSlot;
  }

  private date(): HTMLElement {
    const field = dateInput({ value: this.draft.consentDate ?? '', testid: 'sh-field-consentDate', id: 'sh-consentDate' });
    const input = field.input;
    input.addEventListener('input', () => { this.draft = { ...this.draft, consentDate: input.value === '' ? null : input.value }; });
    input.addEventListener('change', () => { this.draft = { ...this.draft, consentDate: input.value === '' ? null : input.value }; });
    return this.wrap('consentDate', 'register-field-consent-date', field.element, { half: true, hint: 'register-field-consent-hint' });
  }

  private actions(): HTMLElement {
    const save = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'sh-save' }, t('register-save'));
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'sh-cancel' }, t('register-cancel'));
    cancel.addEventListener('click', () => this.deps.close(null));
    const extra: HTMLElement[] = [];
    const person = this.person;
    if (person !== null) {
      if (person.status !== 'withdrawn') {
        const withdraw = h('button', { type: 'button', class: 'button', 'data-testid': 'sh-withdraw' }, t('register-withdraw'));
        withdraw.addEventListener('click', () => void this.withdraw(person));
        extra.push(withdraw);
      }
      const erase = h('button', { type: 'button', class: 'button button-danger-quiet', 'data-testid': 'sh-erase' }, t('register-erase'));
      erase.addEventListener('click', () => void this.erase(person));
      extra.push(erase);
    }
    return h('div', { class: 'form-actions register-form-actions' }, save, cancel,
      h('span', { class: 'form-keys' }, t('dialogue-form-keys')),
      extra.length > 0 && h('span', { class: 'register-form-danger' }, ...extra));
  }

  async save(): Promise<void> {
    if (this.saving) return;
    const client = validateDraft(this.draft, i18n());
    if (client.length > 0) {
      this.errors = client;
      this.showErrors(true);
      return;
    }
    this.saving = true;
    try {
      const saved = await this.deps.api.saveStakeholder(this.draft);
      const name = primaryName(saved, i18n().locale);
      this.deps.toast.show(t(this.person === null ? 'register-added' : 'register-saved', { name }));
      this.deps.close(saved);
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0) {
        this.errors = error.fields;
        this.showErrors(true);
      } else {
        this.deps.toast.show(error.message, 'error');
      }
    } finally {
      this.saving = false;
    }
  }

  private async withdraw(person: Stakeholder): Promise<void> {
    const name = primaryName(person, i18n().locale);
    const ok = await confirmDialog({
      title: t('register-withdraw-title', { name }), body: t('register-withdraw-body'), confirm: t('register-withdraw-confirm'), testid: 'confirm-withdraw',
    });
    if (!ok) return;
    try {
      const saved = await this.deps.api.withdrawStakeholder(person.id);
      this.deps.toast.show(t('register-withdrawn', { name }));
      this.deps.close(saved);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async erase(person: Stakeholder): Promise<void> {
    const name = primaryName(person, i18n().locale);
    const ok = await confirmDialog({
      title: t('register-erase-title', { name }), body: t('register-erase-body', { pseudonym: pseudonym(person.id) }),
      confirm: t('register-erase-confirm'), danger: true, testid: 'confirm-erase',
    });
    if (!ok) return;
    try {
      const saved = await this.deps.api.eraseStakeholder(person.id);
      this.deps.toast.show(t('register-erased', { pseudonym: saved.nameEn }));
      this.deps.close(saved);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private showErrors(focus: boolean): void {
    const byField = new Map<string, string>();
    for (const e of this.errors) if (!byField.has(e.field)) byField.set(e.field, e.message);
    for (const [path, slot] of this.slots) {
      const message = byField.get(path) ?? null;
      slot.error.textContent = message ?? '';
      slot.error.hidden = message === null;
      slot.element.classList.toggle('field-invalid', message !== null);
      if (message !== null) slot.input.setAttribute('aria-invalid', 'true');
      else slot.input.removeAttribute('aria-invalid');
    }
    if (this.summary === null) return;
    this.summary.textContent = '';
    if (this.errors.length === 0) return;
    const shown = ORDER.filter(([path]) => byField.has(path)).map(([path, labelId]) => ({ field: path, label: labelId, message: byField.get(path) ?? '' }));
    const loose = this.errors.filter((e) => !ORDER.some(([path]) => path === e.field)).map((e) => ({ field: null, label: null, message: e.message }));
    const all = [...shown, ...loose];
    const summary = renderErrorSummary(t('register-errors-title', { count: all.length }), all, (path) => this.slots.get(path)?.input.focus());
    this.summary.append(summary);
    if (!focus) return;
    const first = shown[0];
    const slot = first === undefined ? undefined : this.slots.get(first.field);
    if (slot !== undefined) {
      // Its label too, not hidden under the sticky header.
      const field = slot.input.closest<HTMLElement>('.field');
      if (field !== null) scrollToCentre(field);
      slot.input.focus({ preventScroll: true });
    }
    else summary.focus();
  }
}
