// Short messages in the corner: success fades by itself, and goes at once with the next click
// or key (so it never sits on a button one is about to press); an error stays until dismissed.

import { h } from '../dom';
import { t } from '../i18n';
import { icon } from './icons';

export type ToastKind = 'success' | 'error';

/** A button in a toast, e.g. "Open" after an export. */
export interface ToastAction {
  label: string;
  testid: string;
  run(): void;
}

export interface Toaster {
  readonly element: HTMLElement;
  show(message: string, kind?: ToastKind, actions?: readonly ToastAction[]): void;
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

  function show(message: string, kind: ToastKind = 'success', actions: readonly ToastAction[] = []): void {
    const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': t('action-dismiss') }, icon('close'));
    const buttons = actions.map((action) => {
      const button = h('button', { type: 'button', class: 'toast-action', 'data-testid': action.testid }, action.label);
      button.addEventListener('click', () => action.run());
      return button;
    });
    const text = buttons.length === 0 ? h('p', {}, message) : h('div', { class: 'toast-body' }, h('p', {}, message), h('div', { class: 'toast-actions' }, ...buttons));
    const toast = h('div', {
      class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': 'toast',
    }, icon(kind === 'error' ? 'alert' : 'check', 'icon toast-icon'), text, close);
    close.addEventListener('click', () => toast.remove());
    element.append(toast);
    if (kind === 'success') {
      shown.add(toast);
      // With buttons to press, it stays longer; the next action elsewhere still takes it away.
      setTimeout(() => {
        toast.remove();
        shown.delete(toast);
      }, buttons.length === 0 ? timeoutMs : timeoutMs * 4);
    }
  }

  return { element, show, clear: () => { element.textContent = ''; shown.clear(); } };
}
