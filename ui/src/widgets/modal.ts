// A small modal dialog: a title, a lead, a body to fill and actions; Esc, Cancel or a click
// outside closes it and gives the focus back.

import { h } from '../dom';
import { t } from '../i18n';

/** A small modal of the question screen: a title, a lead, a body to fill, actions; Esc or Cancel closes it. */
export function modal(testid: string, title: string, lead: string): {
  box: HTMLElement; body: HTMLElement; actions: HTMLElement; open(focus?: HTMLElement): void; close(): void;
} {
  const previous = document.activeElement as HTMLElement | null;
  const cancel = h('button', { type: 'button', class: 'button', 'data-testid': `${testid}-cancel` }, t('register-cancel'));
  const body = h('div', { class: 'qs-modal-body' });
  const actions = h('div', { class: 'modal-actions' }, cancel);
  const box = h('div', { class: 'modal qs-modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${testid}-title`, 'data-testid': testid },
    h('h2', { class: 'modal-title', id: `${testid}-title` }, title),
    h('p', { class: 'modal-body' }, lead),
    body, actions);
  const backdrop = h('div', { class: 'modal-backdrop' }, box);
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing || event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  function close(): void {
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    previous?.focus();
  }
  cancel.addEventListener('click', close);
  backdrop.addEventListener('click', (event) => { if (event.target === backdrop) close(); });
  return {
    box, body, actions, close,
    open(focus) {
      document.addEventListener('keydown', onKey, true);
      document.body.append(backdrop);
      (focus ?? cancel).focus();
    },
  };
}
