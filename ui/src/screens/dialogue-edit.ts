// The Dialogue stage's edit form. The editor outlives its DOM: leaving the stage and
// coming back, or switching language, keeps what was typed and the errors shown.

import { toApiError, type Api } from '../api';
import type { Dialogue, FieldMessage } from '../bindings';
import {
  SECTIONS, FIELDS, arrangeErrors, fieldErrorsOf, fromFormValues, isVisible, toFormValues, validateClient,
  type FormValues,
} from '../dialogue-form';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { renderErrorSummary } from '../widgets/error-summary';
import { renderField, type FieldHandle } from '../widgets/field';
import type { Toaster } from '../widgets/toast';

export interface EditorDeps {
  api: Api;
  toast: Toaster;
  onSaved(dialogue: Dialogue): void;
  onCancel(): void;
}

type ErrorSource = 'client' | 'server';

export class DialogueEditor {
  private values: FormValues;
  private errors: FieldMessage[] = [];
  private errorSource: ErrorSource = 'client';
  private saving = false;
  private handles = new Map<string, FieldHandle>();
  private summarySlot: HTMLElement | null = null;
  private saveButton: HTMLButtonElement | null = null;

  constructor(
    private readonly base: Dialogue,
    readonly isNew: boolean,
    private readonly deps: EditorDeps,
  ) {
    this.values = toFormValues(base);
  }

  /** The current input, as the backend would receive it. */
  draft(): Dialogue {
    return fromFormValues(this.values, this.base);
  }

  render(): HTMLElement {
    this.handles.clear();
    const onChange = (path: string, value: string | boolean) => {
      this.values[path] = value;
      if (path === 'rule.kind') this.updateVisibility();
    };

    const sections = SECTIONS.map(({ key, title, intro }) => {
      const headingId = `section-${key}`;
      const fields = FIELDS.filter((f) => f.section === key).map((spec) => {
        const handle = renderField(spec, this.values, onChange);
        this.handles.set(spec.path, handle);
        return handle.element;
      });
      return h('section', { class: 'form-section', 'aria-labelledby': headingId },
        h('h2', { class: 'form-section-title', id: headingId }, t(title)),
        intro !== undefined && h('p', { class: 'form-section-intro' }, t(intro)),
        h('div', { class: 'form-grid' }, ...fields),
      );
    });

    this.summarySlot = h('div', { class: 'summary-slot' });
    this.saveButton = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'save-dialogue' }, t('action-save'));
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'cancel-dialogue' }, t('action-cancel'));
    cancel.addEventListener('click', () => this.cancel());

    const form = h('form', { class: 'page page-form', novalidate: true, 'data-testid': 'dialogue-form' },
      h('header', { class: 'page-header' },
        h('div', {},
          h('h1', { class: 'page-title', tabindex: -1 }, t(this.isNew ? 'dialogue-new-title' : 'dialogue-edit-title')),
          h('p', { class: 'page-lead' }, t(this.isNew ? 'dialogue-new-intro' : 'dialogue-intro')),
        ),
      ),
      this.summarySlot,
      h('p', { class: 'required-note' }, t('dialogue-required-note')),
      ...sections,
      h('div', { class: 'form-actions' },
        this.saveButton, cancel,
        h('span', { class: 'form-keys' }, t('dialogue-form-keys')),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });

    this.updateVisibility();
    // Errors from the client are worded again in the new language; the backend's stay as sent.
    if (this.errorSource === 'client' && this.errors.length > 0) this.errors = validateClient(this.values, i18n());
    this.showErrors(false);
    return form;
  }

  async save(): Promise<void> {
    if (this.saving) return;
    const clientErrors = validateClient(this.values, i18n());
    if (clientErrors.length > 0) {
      this.setErrors(clientErrors, 'client');
      return;
    }
    this.setSaving(true);
    try {
      const saved = await this.deps.api.saveDialogue(this.draft());
      this.errors = [];
      this.deps.onSaved(saved);
      this.deps.toast.show(t('dialogue-saved'));
    } catch (raw) {
      const error = toApiError(raw);
      const fields = fieldErrorsOf(error);
      if (fields.length > 0) this.setErrors(fields, 'server');
      else this.deps.toast.show(error.message || t('dialogue-save-failed'), 'error');
    } finally {
      this.setSaving(false);
    }
  }

  /** Puts the cursor in the first field, where a new dialogue starts. */
  focusFirst(): void {
    this.handles.values().next().value?.focus();
  }

  cancel(): void {
    this.deps.onCancel();
  }

  private setErrors(errors: FieldMessage[], source: ErrorSource): void {
    this.errors = errors;
    this.errorSource = source;
    this.showErrors(true);
  }

  private showErrors(focus: boolean): void {
    const shown = arrangeErrors(this.errors);
    const byField = new Map(shown.map((e) => [e.field, e.message]));
    for (const [path, handle] of this.handles) handle.setError(byField.get(path) ?? null);

    if (this.summarySlot === null) return;
    this.summarySlot.textContent = '';
    if (shown.length === 0) return;
    const summary = renderErrorSummary(t('dialogue-errors-title', { count: shown.length }), shown, (path) => this.handles.get(path)?.focus());
    this.summarySlot.append(summary);
    if (!focus) return;
    const first = shown.map((e) => (e.field === null ? undefined : this.handles.get(e.field))).find((hd) => hd !== undefined && !hd.element.hidden);
    if (first) first.focus();
    else summary.focus();
  }

  private updateVisibility(): void {
    for (const handle of this.handles.values()) handle.setVisible(isVisible(handle.spec, this.values));
  }

  private setSaving(saving: boolean): void {
    this.saving = saving;
    if (this.saveButton === null) return;
    this.saveButton.textContent = t(saving ? 'action-saving' : 'action-save');
    this.saveButton.setAttribute('aria-busy', String(saving));
  }
}
