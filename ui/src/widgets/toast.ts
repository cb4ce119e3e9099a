// Short messages in the corner: success fades by itself, and goes at once with the next click
// or key (so it never sits on a button one is about to press); an error stays until dismissed.

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
  // Confirmations on screen when a person next acts; that action dismisses them.
  const shown = new Set<HTMLElement>();

  const dismissOnAction = (event: Event) => {
    if (event.target instanceof Node && element.contains(event.target)) return;
    // Keys that only move or modify (Tab, Shift…) are not an action.
    if (event instanceof KeyboardEvent && (event.key === 'Tab' || event.key.length > 1 && !['Enter', 'Escape', ' '].includes(event.key))) return;
    for (const toast of shown) toast.remove();
    shown.clear();
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('pointerdown', dismissOnAction, true);
    document.addEventListener('keydown', dismissOnAction, true);
  }

  function show(message: string, kind: ToastKind = 'success'): void {
    const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': t('action-dismiss') }, icon('close'));
    const toast = h('div', {
      class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': 'toast',
    }, icon(kind === 'error' ? 'alert' : 'check', 'icon toast-icon'), h('p', {}, message), close);
    close.addEventListener('click', () => toast.remove());
    element.append(toast);
    if (kind === 'success') {
      shown.add(toast);
      setTimeout(() => {
        toast.remove();
        shown.delete(toast);
      }, timeoutMs);
    }
  }

  return { element, show, clear: () => { element.textContent = ''; shown.clear(); } };
}
