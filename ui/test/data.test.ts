// @vitest-environment happy-dom
// The Data and safety panel on the in-memory backend: backups, restore with confirmation,
// the audit log per record, and the recovery screen.

import { describe, expect, it, vi } from 'vitest';
import { createMockSafetyApi } from '../src/api-safety';
import { DataPanel } from '../src/screens/data';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function mount(params = '') {
  setI18nLocale('en');
  const safety = createMockSafetyApi(new URLSearchParams(params));
  const onRestored = vi.fn();
  const panel = new DataPanel({ safety, toast: createToaster(), onRestored });
  const root = panel.render();
  document.body.replaceChildren(root);
  return { root, safety, onRestored, panel };
}

describe('Data and safety panel', () => {
  it('lists backups and makes one on request', async () => {
    const { root } = mount();
    await until(() => $(root, 'backup-list') !== null);
    expect($(root, 'backup-list')?.textContent).toContain('meeting closed');
    const before = root.querySelectorAll('[data-testid="backup-list"] tr').length;
    $(root, 'backup-now')?.click();
    await until(() => root.querySelectorAll('[data-testid="backup-list"] tr').length === before + 1);
  });

  it('restores only after showing the preview and a confirmation', async () => {
    const { root, safety, onRestored } = mount();
    const restore = vi.spyOn(safety, 'restoreBackup');
    await until(() => $(root, 'backup-list') !== null);
    root.querySelector<HTMLButtonElement>('[data-testid^="restore-concord-"]')?.click();
    await until(() => $(root, 'restore-confirm') !== null);
    expect($(root, 'restore-confirm')?.textContent).toContain('40 stakeholders');
    expect(restore).not.toHaveBeenCalled();
    $(root, 'restore-yes')?.click();
    await until(() => onRestored.mock.calls.length === 1);
    expect(restore).toHaveBeenCalledWith('concord-20261123-180000-meeting-closed.db');
  });

  it('shows the history of one record and verifies the chain', async () => {
    setI18nLocale('en');
    const safety = createMockSafetyApi();
    const panel = new DataPanel({ safety, toast: createToaster(), onRestored: () => {} }).forRecord('dialogue', '1');
    const root = panel.render();
    document.body.replaceChildren(root);
    await until(() => $(root, 'audit-list') !== null);
    expect($(root, 'audit-list')?.textContent).toContain('changed');
    $(root, 'audit-verify')?.click();
    await until(() => $(root, 'audit-verdict') !== null);
    expect($(root, 'audit-verdict')?.textContent).toContain('Intact');
  });

  it('opens in recovery with the reason and the backups to restore', async () => {
    const { root } = mount('recovery');
    await until(() => $(root, 'recovery-reason') !== null);
    expect($(root, 'recovery-reason')?.textContent).toContain('damaged');
    expect($(root, 'backup-now')).toBeNull();
    expect($(root, 'backup-list')).not.toBeNull();
  });
});
