// A modal question with a cancel and a confirm button. Esc or the backdrop cancels; the
// focus starts on Cancel, so Enter alone never erases anything.

import { h } from '../dom';
import { t } from '../i18n';
import { icon } from './icons';

export interface ConfirmOptions {
  title: string;
  body: string;
  confirm: string;
  danger?: boolean;
  testid: string;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': `${options.testid}-cancel` }, t('register-cancel'));
    const ok = h('button', {
      type: 'button', class: `button ${options.danger === true ? 'button-danger' : 'button-primary'}`, 'data-testid': `${options.testid}-confirm`,
    }, options.confirm);
    const titleId = `${options.testid}-title`;
    const box = h('div', { class: 'modal', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'data-testid': options.testid },
      h('h2', { class: 'modal-title', id: titleId }, options.danger === true && icon('alert'), options.title),
      h('p', { class: 'modal-body' }, options.body),
      h('div', { class: 'modal-actions' }, cancel, ok),
    );
    const backdrop = h('div', { class: 'modal-backdrop' }, box);
    const close = (answer: boolean) => {
      backdrop.remove();
      document.removeEventListener('keydown', onKey, true);
      previous?.focus();
      resolve(answer);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close(false);
      } else if (event.key === 'Tab') {
        // Keep the focus inside the dialog.
        event.preventDefault();
        (document.activeElement === ok ? cancel : ok).focus();
      }
    };
    cancel.addEventListener('click', () => close(false));
    ok.addEventListener('click', () => close(true));
    backdrop.addEventListener('click', (event) => { if (event.target === backdrop) close(false); });
    document.addEventListener('keydown', onKey, true);
    document.body.append(backdrop);
    cancel.focus();
  });
}
