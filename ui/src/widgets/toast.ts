// Short messages in the corner: success fades by itself, an error stays until dismissed.

import { h } from '../dom';
import { t } from '../i18n';
import { icon } from './icons';

export type ToastKind = 'success' | 'error';

export interface Toaster {
  readonly element: HTMLElement;
  show(message: string, kind?: ToastKind): void;
  clear(): void;
}

export function createToaster(timeoutMs = 4000): Toaster {
  // Polite region for confirmations; errors get role="alert" on the toast itself.
  const element = h('div', { class: 'toasts', 'aria-live': 'polite', 'data-testid': 'toasts' });

  function show(message: string, kind: ToastKind = 'success'): void {
    const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': t('action-dismiss') }, icon('close'));
    const toast = h('div', {
      class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': 'toast',
    }, icon(kind === 'error' ? 'alert' : 'check', 'icon toast-icon'), h('p', {}, message), close);
    close.addEventListener('click', () => toast.remove());
    element.append(toast);
    if (kind === 'success') setTimeout(() => toast.remove(), timeoutMs);
  }

  return { element, show, clear: () => { element.textContent = ''; } };
}
