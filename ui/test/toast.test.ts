// @vitest-environment happy-dom
// A confirmation never sits on a button one is about to press: the next click or key takes it away.

import { describe, expect, it } from 'vitest';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

describe('toasts', () => {
  it('a confirmation goes with the next action; an error stays; a click on the toast itself keeps it', () => {
    setI18nLocale('en');
    const toaster = createToaster(60000);
    const button = document.createElement('button');
    document.body.replaceChildren(toaster.element, button);
    toaster.show('Saved');
    toaster.show('Cannot save', 'error');
    toaster.element.querySelector('p')?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(toaster.element.textContent).toContain('Saved');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    expect(toaster.element.textContent).toContain('Saved');
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(toaster.element.textContent).not.toContain('Saved');
    expect(toaster.element.textContent).toContain('Cannot save');
    toaster.show('Checked in');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    expect(toaster.element.textContent).not.toContain('Checked in');
  });
});
