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

describe('after an export', () => {
  it('offers Open and Show in folder for the file just saved', async () => {
    setI18nLocale('en');
    const { showExported } = await import('../src/api-files');
    const toaster = createToaster(60000);
    document.body.replaceChildren(toaster.element);
    const calls: string[] = [];
    showExported(toaster, 'Saved /tmp/minutes.pdf (3 pages)', '/tmp/minutes.pdf', {
      open: async (path) => { calls.push(`open ${path}`); },
      reveal: async (path) => { calls.push(`reveal ${path}`); },
    });
    const open = toaster.element.querySelector<HTMLButtonElement>('[data-testid="export-open"]');
    const reveal = toaster.element.querySelector<HTMLButtonElement>('[data-testid="export-reveal"]');
    expect(open?.textContent).toBe('Open');
    expect(reveal?.textContent).toBe('Show in folder');
    open?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    open?.click();
    reveal?.click();
    expect(calls).toEqual(['open /tmp/minutes.pdf', 'reveal /tmp/minutes.pdf']);
  });
});
