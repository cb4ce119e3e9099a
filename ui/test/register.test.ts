// @vitest-environment happy-dom
// The Stakeholders stage on the in-memory backend: list, pinyin search, filters, the
// inclusiveness panel, the form with its checks, withdraw, erase, and the CSV preview.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/api';
import { createMockApi, mockInclusiveness } from '../src/api-mock';
import { App } from '../src/app';
import { createI18n } from '../src/i18n';
import { emptyDraft, primaryName, usualHelix, validateDraft } from '../src/register-model';

const NOW = () => new Date(2026, 10, 23);
const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const must = (testid: string) => {
  const element = $(testid);
  if (element === null) throw new Error(`no element with data-testid="${testid}"`);
  return element;
};
const type = (testid: string, text: string, event = 'input') => {
  const input = must(testid) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event(event));
};
const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="register-row"]')];

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

async function openRegister(api: Api): Promise<void> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await new App(root, api, NOW).start();
  must('nav-stakeholders').click();
  await until(() => $('register-list') !== null || $('register-empty') !== null);
}

beforeEach(() => {
  history.replaceState(null, '', '/');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('register model', () => {
  it('checks a draft the way the backend does', () => {
    const en = createI18n('en');
    const fields = validateDraft({ ...emptyDraft(), email: 'li@weinan', groups: ['other'], consentDate: '2026-09-01' }, en).map((f) => f.field);
    expect(fields).toEqual(['nameZh', 'sector', 'otherGroup', 'email', 'consentNotice']);
    expect(validateDraft({ ...emptyDraft(), nameEn: 'Li Na', sector: 'citizen', mobile: '+86 139 1234 5678' }, en)).toEqual([]);
    expect(usualHelix('investor')).toBe('industry');
    expect(primaryName({ nameZh: '王志立', nameEn: 'Wang Zhili' }, 'en')).toBe('Wang Zhili');
    expect(primaryName({ nameZh: '王志立', nameEn: '' }, 'en')).toBe('王志立');
  });

  it('counts the balance like the backend', () => {
    const i = mockInclusiveness([]);
    expect(i.missingSectors).toHaveLength(8);
    expect(i.dominantHelix).toBeNull();
  });
});

describe('register screen', () => {
  it('shows an empty state before anyone is registered', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    vi.spyOn(api, 'listStakeholders').mockResolvedValue([]);
    await openRegister(api);
    expect(must('register-empty').textContent).toContain('No one is registered yet');
    expect($('register-add')).not.toBeNull();
    expect($('register-import')).not.toBeNull();
  });

  it('lists the register, finds 王志立 by pinyin, and renders only the visible rows', async () => {
    await openRegister(createMockApi(new URLSearchParams('demo=1&people=5000')));
    expect(must('register-count').textContent).toBe('5,012 of 5,012 people');
    expect(rows().length).toBeLessThan(60);
    type('register-search', 'wzl');
    await until(() => must('register-count').textContent === '1 of 5,012 people');
    expect(rows().map((r) => r.textContent)[0]).toContain('Wang Zhili');
    type('register-search', 'nobody-like-this');
    await until(() => !must('register-no-results').hidden);
  });

  it('focuses the search with / and Ctrl+F, and filters by sector', async () => {
    await openRegister(createMockApi(new URLSearchParams('demo=1')));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement).toBe(must('register-search'));
    (document.activeElement as HTMLElement).blur();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));
    expect(document.activeElement).toBe(must('register-search'));
    type('register-filter-sector', 'research', 'change');
    await until(() => must('register-count').textContent === '1 of 12 people');
    expect(must('register-clear').hidden).toBe(false);
  });

  it('shows what is missing in the inclusiveness panel, and it changes after an add', async () => {
    await openRegister(createMockApi(new URLSearchParams('demo=1')));
    expect(must('inclusion-missing-sectors').textContent).toContain('Investor');
    must('register-add').click();
    await until(() => $('stakeholder-form') !== null);
    must('sh-save').click();
    await until(() => !must('error-nameZh').hidden);
    expect(must('error-nameZh').textContent).toContain('Chinese or in English');
    expect(must('error-sector').textContent).toContain('required');
    expect(must('error-summary').textContent).toContain('2 fields need attention');
    type('sh-field-nameZh', '欧阳明');
    type('sh-field-sector', 'investor', 'change');
    expect((must('sh-field-helix') as HTMLSelectElement).value).toBe('industry');
    must('sh-save').click();
    await until(() => $('register-list') !== null);
    expect(must('toast').textContent).toContain('欧阳明 was added');
    await until(() => !(must('inclusion-missing-sectors').textContent ?? '').includes('Investor'));
    expect(must('inclusion-missing-sectors').textContent).toContain('Every Pact group');
    type('register-search', 'oym');
    await until(() => must('register-count').textContent === '1 of 13 people');
  });

  it('withdraws and erases after a confirmation', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    await openRegister(api);
    type('register-search', 'zhang li');
    await until(() => rows().length === 1);
    rows()[0]?.querySelector('button')?.click();
    await until(() => $('stakeholder-form') !== null);
    must('sh-withdraw').click();
    await until(() => $('confirm-withdraw') !== null);
    must('confirm-withdraw-cancel').click();
    expect((await api.listStakeholders()).find((p) => p.nameZh === '张丽')?.status).toBe('active');
    must('sh-erase').click();
    await until(() => $('confirm-erase') !== null);
    expect(must('confirm-erase').textContent).toContain('P-00003');
    must('confirm-erase-confirm').click();
    await until(() => $('register-list') !== null);
    const erased = (await api.listStakeholders()).find((p) => p.id === 3);
    expect(erased?.nameEn).toBe('P-00003');
    expect(erased?.email).toBe('');
  });

  it('keeps the search and shows Chinese after a language switch', async () => {
    await openRegister(createMockApi(new URLSearchParams('demo=1')));
    type('register-search', 'wang');
    await until(() => must('register-count').textContent === '1 of 12 people');
    must('lang-toggle').click();
    await until(() => must('register-count').textContent === '共 12 人，显示 1 人');
    expect((must('register-search') as HTMLInputElement).value).toBe('wang');
    expect(rows()[0]?.textContent).toContain('王志立');
    expect(must('inclusion-panel').textContent).toContain('投资方');
  });

  it('previews a CSV with per-row problems and imports only a clean file', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    await openRegister(api);
    must('register-import').click();
    await until(() => $('register-import-page') !== null);
    const importer = () => (document.querySelector('[data-testid="import-file"]') as HTMLInputElement);
    const file = (text: string) => new File([text], 'people.csv', { type: 'text/csv' });
    const use = async (text: string) => {
      Object.defineProperty(importer(), 'files', { value: [file(text)], configurable: true });
      importer().dispatchEvent(new Event('change'));
      await until(() => $('import-summary') !== null && !(document.body.textContent ?? '').includes('Reading'));
    };
    await use('姓名,领域,邮箱\n欧阳明,投资方,ouyang@example.cn\n李四,面包店,li.si@example.cn\n');
    expect(must('import-row-3').textContent).toContain('Row 3, column B');
    expect((must('import-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect($('import-blocked')).not.toBeNull();
    await use('姓名,领域,邮箱\n欧阳明,投资方,ouyang@example.cn\n');
    expect((must('import-confirm') as HTMLButtonElement).disabled).toBe(false);
    must('import-confirm').click();
    await until(() => $('register-list') !== null);
    expect((await api.listStakeholders()).some((p) => p.nameZh === '欧阳明')).toBe(true);
  });
});
