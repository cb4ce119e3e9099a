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

  it('says where backups are kept and opens that folder', async () => {
    const { root, safety } = mount();
    const open = vi.spyOn(safety, 'openBackupFolder');
    await until(() => $(root, 'backup-folder-open') !== null);
    expect($(root, 'backup-folder')?.textContent).toContain('/home/user/.local/share/concord/backups');
    $(root, 'backup-folder-open')?.click();
    expect(open).toHaveBeenCalledTimes(1);
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

describe('the audit log in words', () => {
  it('says who did what to which record, in local time, with the raw form behind a disclosure', async () => {
    const { root } = mount();
    await until(() => $(root, 'audit-list') !== null);
    const entry = root.querySelector<HTMLElement>('[data-testid="audit-entry"]');
    const words = entry?.querySelector('.audit-words')?.textContent ?? '';
    expect(words).toMatch(/^focal-point (added|changed) the dialogue “Weinan( City)?” \(no\. 1\)$/);
    expect(entry?.querySelector('.audit-at')?.textContent).toMatch(/^\d{1,2} November 2026 \d\d:\d\d$/);
    expect(entry?.querySelector('.audit-at')?.textContent).not.toContain('UTC');
    expect(entry?.querySelector('details.audit-raw summary')?.textContent).toBe('Raw entry');
    expect(entry?.querySelector('details.audit-raw')?.textContent).toContain('city_en');
    expect($(root, 'backup-folder')?.textContent).toBe('Backups are kept in /home/user/.local/share/concord/backups');
  });

  it('says it in Chinese too', async () => {
    const { root } = mount();
    setI18nLocale('zh-CN');
    const panel = new DataPanel({ safety: createMockSafetyApi(), toast: createToaster(), onRestored: () => {} });
    const zhRoot = panel.render();
    document.body.replaceChildren(zhRoot);
    await until(() => $(zhRoot, 'audit-list') !== null);
    expect(zhRoot.querySelector('.audit-words')?.textContent).toMatch(/^focal-point (添加了|修改了) 对话“Weinan( City)?”（第 1 条）$/);
    expect(zhRoot.querySelector('.audit-at')?.textContent).toMatch(/^2026 年 11 月 \d+ 日 \d\d:\d\d$/);
    expect(root).toBeDefined();
  });

  it('offers a way back, unless in recovery', async () => {
    setI18nLocale('en');
    const onBack = vi.fn();
    const panel = new DataPanel({ safety: createMockSafetyApi(), toast: createToaster(), onRestored: () => {}, onBack });
    const root = panel.render();
    document.body.replaceChildren(root);
    await until(() => $(root, 'data-back') !== null);
    $(root, 'data-back')?.click();
    expect(onBack).toHaveBeenCalledOnce();
    const recovery = new DataPanel({ safety: createMockSafetyApi(new URLSearchParams('recovery')), toast: createToaster(), onRestored: () => {}, onBack: null }).render();
    document.body.replaceChildren(recovery);
    await until(() => $(recovery, 'recovery-reason') !== null);
    expect($(recovery, 'data-back')).toBeNull();
  });
});

describe('settings in the log', () => {
  it('names a setting by what it is for', async () => {
    const { auditSentence } = await import('../src/screens/data');
    setI18nLocale('en');
    const entry = { seq: 3, at: '2026-11-23T01:00:00.000Z', actor: 'li', table: 'setting', key: 'ui.locale', op: 'update', before: '{"key":"ui.locale","value":"en"}', after: '{"key":"ui.locale","value":"zh-CN"}' };
    expect(auditSentence(entry)).toBe('li changed the setting “interface language”');
    expect(auditSentence({ ...entry, key: 'other.thing' })).toBe('li changed the setting “other.thing”');
    setI18nLocale('zh-CN');
    expect(auditSentence(entry)).toBe('li 修改了 设置“界面语言”');
    setI18nLocale('en');
  });
});
