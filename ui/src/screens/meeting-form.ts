// Plan a meeting or change a planned one: kind, titles, date and time, place, chair,
// secretary and the high-level representative who opens and closes it.

import { toApiError } from '../api';
import type { MeetingsApi } from '../api-meetings';
import type { FieldMessage, Meeting, MeetingKind, MeetingView } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { KINDS, fromInputValue, label, toInputValue, validateMeeting } from '../meetings-model';
import { renderErrorSummary } from '../widgets/error-summary';
import type { Toaster } from '../widgets/toast';
import { byField } from './meeting-context';
import { dateInput } from '../widgets/date-input';

export interface MeetingFormDeps {
  api: MeetingsApi;
  toast: Toaster;
  /** `null`: cancelled. */
  close(saved: MeetingView | null): void;
}

type TextKey = 'titleZh' | 'titleEn' | 'placeZh' | 'placeEn' | 'chair' | 'secretary' | 'representativeName' | 'representativeTitle';

/** The fields in the order of the form; the backend's `title` error belongs to the Chinese title. */
const ORDER: [path: string, labelId: string][] = [
  ['kind', 'meetings-field-kind'], ['titleZh', 'meetings-field-title-zh'], ['titleEn', 'meetings-field-title-en'],
  ['startsAt', 'meetings-field-starts-at'], ['placeZh', 'meetings-field-place-zh'], ['placeEn', 'meetings-field-place-en'],
  ['chair', 'meetings-field-chair'], ['secretary', 'meetings-field-secretary'],
  ['representativeName', 'meetings-field-rep-name'], ['representativeTitle', 'meetings-field-rep-title'],
];

const fieldOf = (path: string) => (path === 'title' ? 'titleZh' : path);

export class MeetingForm {
  private draft: Meeting;
  private startsAtText: string;
  private errors: FieldMessage[] = [];
  private saving = false;
  private slots = new Map<string, { element: HTMLElement; error: HTMLElement; input: HTMLElement }>();
  private summary: HTMLElement | null = null;

  constructor(base: Meeting, private readonly deps: MeetingFormDeps) {
    this.draft = structuredClone(base);
    this.startsAtText = toInputValue(base.startsAt);
  }

  get isNew(): boolean {
    return this.draft.id === 0;
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
    setTimeout(() => (this.slots.get('titleZh')?.input as HTMLInputElement | undefined)?.focus(), 0);
  }

  render(): HTMLElement {
    this.slots.clear();
    this.summary = h('div', { class: 'summary-slot' });
    const back = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'meeting-form-back' }, t('meetings-back'));
    back.addEventListener('click', () => this.deps.close(null));
    const save = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'meeting-save' }, t('meetings-save'));
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'meeting-cancel' }, t('meetings-cancel'));
    cancel.addEventListener('click', () => this.deps.close(null));

    const kind = h('select', { class: 'input', 'data-testid': 'meeting-field-kind' },
      ...KINDS.map((k) => h('option', { value: k, selected: k === this.draft.kind }, t(label.kind(k)))));
    kind.value = this.draft.kind;
    kind.addEventListener('change', () => { this.draft.kind = kind.value as MeetingKind; });
    const starts = dateInput({ value: this.startsAtText, testid: 'meeting-field-startsAt', withTime: true });
    const onStarts = () => { this.startsAtText = starts.input.value; };
    starts.input.addEventListener('input', onStarts);
    starts.input.addEventListener('change', onStarts);

    const form = h('form', { class: 'page page-form mt-form', novalidate: true, 'data-testid': 'meeting-form' },
      back,
      h('header', { class: 'page-header' }, h('div', {},
        h('h1', { class: 'page-title', tabindex: -1 }, t(this.isNew ? 'meetings-form-new-title' : 'meetings-form-edit-title')),
        h('p', { class: 'page-lead' }, t('meetings-form-lead')),
      )),
      this.summary,
      this.section('meetings-section-what', [
        this.wrap('kind', kind, true),
        this.wrap('startsAt', starts.element, true),
        this.text('titleZh', 'zh-CN'),
        this.text('titleEn', 'en'),
        this.text('placeZh', 'zh-CN'),
        this.text('placeEn', 'en'),
      ]),
      this.section('meetings-section-who', [
        this.text('chair'),
        this.text('secretary'),
        this.text('representativeName'),
        this.text('representativeTitle'),
      ]),
      h('div', { class: 'form-actions' }, save, cancel, h('span', { class: 'form-keys' }, t('meetings-form-keys'))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.showErrors(false);
    return form;
  }

  private section(titleId: string, fields: HTMLElement[]): HTMLElement {
    return h('section', { class: 'form-section', 'aria-labelledby': `mt-${titleId}` },
      h('h2', { class: 'form-section-title', id: `mt-${titleId}` }, t(titleId)),
      h('div', { class: 'form-grid' }, ...fields));
  }

  private wrap(path: string, input: HTMLElement, half = true): HTMLElement {
    const id = `mt-${path}`;
    input.id = id;
    const labelId = ORDER.find(([p]) => p === path)?.[1] ?? path;
    const required = path === 'titleZh' || path === 'titleEn' || path === 'startsAt';
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, 'data-testid': `meeting-error-${path}` });
    const element = h('div', { class: `field${half ? ' field-half' : ''}` },
      h('label', { for: id, class: 'field-label' }, t(labelId),
        required && h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*')),
      error, input);
    this.slots.set(path, { element, error, input });
    return element;
  }

  private text(path: TextKey, lang: string | null = null): HTMLElement {
    const input = h('input', { type: 'text', class: 'input', value: this.draft[path], lang, autocomplete: 'off', 'data-testid': `meeting-field-${path}` });
    input.addEventListener('input', () => { this.draft[path] = input.value; });
    return this.wrap(path, input);
  }

  async save(): Promise<void> {
    if (this.saving) return;
    const startsAt = fromInputValue(this.startsAtText);
    const draft: Meeting = { ...this.draft, startsAt: startsAt ?? '' };
    const client = validateMeeting(draft, i18n());
    if (client.length > 0) {
      this.errors = client;
      this.showErrors(true);
      return;
    }
    this.saving = true;
    try {
      const saved = this.isNew ? await this.deps.api.create(draft) : await this.deps.api.update(draft);
      this.deps.toast.show(t(this.isNew ? 'meetings-created' : 'meetings-saved'));
      this.deps.close(saved);
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0) {
        this.errors = error.fields;
        this.showErrors(true);
      } else this.deps.toast.show(error.message, 'error');
    } finally {
      this.saving = false;
    }
  }

  private showErrors(focus: boolean): void {
    const messages = byField(this.errors.map((e) => ({ ...e, field: fieldOf(e.field) })));
    for (const [path, slot] of this.slots) {
      const message = messages.get(path) ?? null;
      slot.error.textContent = message ?? '';
      slot.error.hidden = message === null;
      slot.element.classList.toggle('field-invalid', message !== null);
      if (message !== null) slot.input.setAttribute('aria-invalid', 'true');
      else slot.input.removeAttribute('aria-invalid');
    }
    if (this.summary === null) return;
    this.summary.textContent = '';
    if (this.errors.length === 0) return;
    const shown = ORDER.filter(([path]) => messages.has(path)).map(([path, labelId]) => ({ field: path, label: labelId, message: messages.get(path) ?? '' }));
    const loose = [...messages].filter(([path]) => !ORDER.some(([p]) => p === path)).map(([, message]) => ({ field: null, label: null, message }));
    const all = [...shown, ...loose];
    const summary = renderErrorSummary(t('meetings-errors-title', { count: all.length }), all, (path) => this.slots.get(path)?.input.focus());
    this.summary.append(summary);
    if (!focus) return;
    const first = shown[0] === undefined ? undefined : this.slots.get(shown[0].field);
    if (first !== undefined) first.input.focus();
    else summary.focus();
  }
}
