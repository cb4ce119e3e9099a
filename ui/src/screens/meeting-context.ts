// What the parts of the meeting screen share: the meeting as the backend last sent it, the
// register, and one way to run a write (refusals become a toast, field errors go to the form).

import type { Api } from '../api';
import type { MeetingsApi } from '../api-meetings';
import type { FieldMessage, MeetingView, Stakeholder } from '../bindings';
import { h } from '../dom';
import { i18n } from '../i18n';
import { primaryName } from '../register-model';
import type { Toaster } from '../widgets/toast';

export interface RunOptions {
  /** Field errors of a refused write; without it they are shown in a toast. */
  onFields?: (fields: FieldMessage[]) => void;
  /** Draw the screen again afterwards (default); notes saved on blur leave the DOM alone. */
  redraw?: boolean;
  /** Once saved, the open edit form closes (before the screen is drawn again). */
  closesEdit?: boolean;
}

/** The saved agenda item, decision or action item whose form is open in place of it. */
export interface EditTarget {
  kind: 'agenda' | 'decision' | 'action';
  id: number;
}

export interface MeetingContext {
  readonly view: MeetingView;
  readonly people: ReadonlyMap<number, Stakeholder>;
  readonly api: MeetingsApi;
  readonly peopleApi: Api;
  readonly toast: Toaster;
  /** Runs a write; resolves to true when it was saved. */
  run(write: () => Promise<MeetingView>, options?: RunOptions): Promise<boolean>;
  /** The agenda item being discussed (and shown on the projector when it follows). */
  readonly currentItemId: number | null;
  setCurrentItem(id: number | null): void;
  /** What is being edited; one thing at a time (absent: nothing can be edited). */
  readonly editing?: EditTarget | null;
  /** Opens (or, with null, closes) an edit form: draws again and puts the focus in the form. */
  setEditing?(target: EditTarget | null): void;
}

export function isEditing(ctx: Pick<MeetingContext, 'editing'>, kind: EditTarget['kind'], id: number): boolean {
  return ctx.editing !== undefined && ctx.editing !== null && ctx.editing.kind === kind && ctx.editing.id === id;
}

/** The keys of an edit form: Esc cancels, Ctrl+S saves (Enter in a one-line field submits anyway). */
export function editKeys(form: HTMLFormElement, cancel: () => void): void {
  form.setAttribute('aria-keyshortcuts', 'Control+S Escape');
  form.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      event.stopPropagation();
      form.requestSubmit();
    }
  });
}

/** A person's name in the reader's language, or "#12" for someone no longer in the register. */
export function personName(ctx: Pick<MeetingContext, 'people'>, id: number | null): string {
  if (id === null) return '';
  const p = ctx.people.get(id);
  return p === undefined ? `#${id}` : primaryName(p, i18n().locale);
}

/** A small labelled field for the inline forms of the meeting screen. */
export function smallField(id: string, labelText: string, input: HTMLElement, error: HTMLElement | null = null, wide = false): HTMLElement {
  input.id = id;
  return h('div', { class: `field mt-field${wide ? ' mt-field-wide' : ''}` },
    h('label', { for: id, class: 'field-label' }, labelText), error, input);
}

/** The error line of a field, hidden until a message is set. */
export function errorLine(testid: string): HTMLElement {
  return h('p', { class: 'field-error', hidden: true, 'data-testid': testid });
}

export function showError(line: HTMLElement, message: string | null): void {
  line.textContent = message ?? '';
  line.hidden = message === null;
  const field = line.parentElement;
  field?.classList.toggle('field-invalid', message !== null);
  const input = field?.querySelector('input, textarea, select');
  if (message !== null) input?.setAttribute('aria-invalid', 'true');
  else input?.removeAttribute('aria-invalid');
}

/** The first message of each field, by the field's path. */
export function byField(fields: readonly FieldMessage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) if (!out.has(f.field)) out.set(f.field, f.message);
  return out;
}
