// @vitest-environment happy-dom
// The Measures stage: its model (search over thousands of measures, grouping by key project,
// the next code) and the screen on the in-memory backend: the empty state, a measure added
// through the form with Enter after a refusal shown at its field, a progress update dated
// before the start refused at the date, the delete refused once there is progress, and Chinese.

import { describe, expect, it } from 'vitest';
import { createMockMeasuresApi } from '../src/api-measures';
import type { MeasureItem } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { filterMeasures, fieldErrors, groupByProject, nextCode, searchText } from '../src/screens/measures-model';
import { MeasuresScreen } from '../src/screens/measures';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function measure(i: number, over: Partial<MeasureItem> = {}): MeasureItem {
  const code = `M-${String(i).padStart(4, '0')}`;
  return {
    code, project: i % 2 === 0 ? 'KP1' : 'KP2', title: `Measure ${i}`, titleFallback: false, titleZh: `措施${i}`, titleEn: `Measure ${i}`,
    descriptionZh: '', descriptionEn: '', term: 'short', termWords: 'short term', ownerStakeholder: null, ownerDepartment: '生态环境局', ownerDepartmentEn: 'Ecology bureau',
    ownerWords: 'Ecology bureau', budget: 1000, budgetWords: 'CNY 1,000', start: '2026-03-01', end: '2027-12-31',
    datesWords: '1 March 2026 – 31 December 2027', status: i % 3 === 0 ? 'late' : 'on-time', statusWords: i % 3 === 0 ? 'late' : 'on time',
    progress: [], targets: [{ subject: '11.6.2', name: '11.6.2 PM2.5', effectValue: -1.5, effectUnit: 'µg/m³', words: '11.6.2 PM2.5: -1.5 µg/m³' }],
    deleteRefused: null, ...over,
  };
}

function mount(seed: MeasureItem[] = [], locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const api = createMockMeasuresApi(seed);
  const screen = new MeasuresScreen({ measures: api, toast: createToaster(), today: () => new Date(2026, 11, 4) });
  const root = screen.render();
  document.body.replaceChildren(root);
  return { root, api };
}

function set(root: ParentNode, testid: string, value: string, event = 'input'): void {
  const el = $(root, testid) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('measures model', () => {
  it('finds measures by any word in either language and by status, fast for thousands', () => {
    const items = Array.from({ length: 5000 }, (_, i) => measure(i));
    const texts = items.map(searchText);
    const started = performance.now();
    const hit = filterMeasures(items, texts, { query: '措施4999', status: '' });
    const late = filterMeasures(items, texts, { query: 'pm2.5 ECOLOGY', status: 'late' });
    const elapsed = performance.now() - started;
    expect(hit.rows.map((m) => m.code)).toEqual(['M-4999']);
    expect(late.matched).toBe(1667);
    expect(late.rows).toHaveLength(200);
    expect(late.rows.every((m) => m.status === 'late')).toBe(true);
    expect(filterMeasures(items, texts, { query: 'ｍ－0003', status: '' }).rows.map((m) => m.code)).toEqual(['M-0003']);
    expect(elapsed).toBeLessThan(100);
  });

  it('groups by key project in the projects order and keeps a row of an unknown project', () => {
    const rows = [measure(1), measure(2), measure(3, { project: 'KP9' })];
    const groups = groupByProject([{ code: 'KP2', title: 'Two', titleZh: '', titleEn: 'Two' }, { code: 'KP1', title: 'One', titleZh: '', titleEn: 'One' }], rows);
    expect(groups.map((g) => [g.project.code, g.rows.map((r) => r.code)])).toEqual([['KP2', ['M-0001']], ['KP1', ['M-0002']], ['KP9', ['M-0003']]]);
  });

  it('proposes the next free code and reads refusals by field', () => {
    expect(nextCode([])).toBe('M-01');
    expect(nextCode(['M-01', 'M-12', 'X'])).toBe('M-13');
    expect(fieldErrors({ code: 'validation', message: 'No', fields: [{ field: 'date', message: 'Too early' }] }).get('date')).toBe('Too early');
    expect(fieldErrors({ code: 'database', message: 'Broken', fields: [] }).get('')).toBe('Broken');
  });
});

describe('Measures stage', () => {
  it('explains what a measure is when there is none', async () => {
    const { root } = mount();
    await until(() => $(root, 'measures-empty') !== null);
    expect($(root, 'measures-empty')?.textContent).toContain('A measure is one action of the Local Action Plan');
    expect(($(root, 'measures-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a form without a title at its field, then saves with Enter', async () => {
    const { root } = mount();
    await until(() => $(root, 'measures-add') !== null);
    $(root, 'measures-add')?.click();
    await until(() => $(root, 'measures-form') !== null);
    expect(($(root, 'mf-code') as HTMLInputElement).value).toBe('M-01');
    // No project yet: the form offers to create one.
    expect($(root, 'mf-new-project')?.hidden).toBe(false);
    set(root, 'mf-projectCode', 'KP1');
    set(root, 'mf-projectTitleEn', 'Clean air');
    set(root, 'mf-end', '2027-06-30');
    $(root, 'mf-save')?.click();
    await until(() => $(root, 'mf-error-title')?.hidden === false);
    expect($(root, 'mf-error-title')?.textContent).toContain('Title');
    expect($(root, 'measures-table')).toBeNull();

    set(root, 'mf-titleEn', 'Gas boilers');
    $(root, 'mf-target-add')?.click();
    set(root, 'mf-target-0-subject', '11.6.2', 'change');
    expect(($(root, 'mf-target-0-unit') as HTMLInputElement).value).toBe('µg/m³');
    set(root, 'mf-target-0-effect', '-1.5');
    $(root, 'mf-titleEn')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => $(root, 'measure-row-M-01') !== null);
    expect($(root, 'measures-form')).toBeNull();
    expect($(root, 'measure-row-M-01')?.textContent).toContain('11.6.2: -1.5 µg/m³');
  });

  it('names a department in Chinese and in English and finds it by either', async () => {
    const { root, api } = mount([measure(1)]);
    await until(() => $(root, 'measure-row-M-0001') !== null);
    $(root, 'measures-add')?.click();
    await until(() => $(root, 'measures-form') !== null);
    set(root, 'mf-titleEn', 'Bus lanes');
    set(root, 'mf-end', '2027-06-30');
    // Both names are hidden until the owner is a department.
    expect($(root, 'mf-ownerDepartmentEn')?.hidden).toBe(true);
    set(root, 'mf-ownerKind', 'department', 'change');
    expect($(root, 'mf-ownerDepartment')?.hidden).toBe(false);
    expect($(root, 'mf-ownerDepartmentEn')?.hidden).toBe(false);
    expect($(root, 'mf-ownerDepartment')?.getAttribute('lang')).toBe('zh-CN');
    set(root, 'mf-ownerDepartment', '渭南市交通运输局');
    set(root, 'mf-ownerDepartmentEn', 'Weinan Transport Bureau');
    $(root, 'mf-save')?.click();
    await until(() => $(root, 'measure-row-M-0002') !== null);
    const saved = (await api.stage()).measures.find((m) => m.code === 'M-0002');
    expect([saved?.ownerDepartment, saved?.ownerDepartmentEn]).toEqual(['渭南市交通运输局', 'Weinan Transport Bureau']);
    // Found by its Chinese name in an English window.
    const found = filterMeasures([saved!], [searchText(saved!)], { query: '交通运输局', status: '' });
    expect(found.rows).toHaveLength(1);
    // Editing shows both names again.
    $(root, 'measure-edit-M-0002')?.click();
    await until(() => $(root, 'measures-form') !== null);
    expect(($(root, 'mf-ownerDepartmentEn') as HTMLInputElement).value).toBe('Weinan Transport Bureau');
  });

  it('refuses progress before the start at the date field and keeps the measure deletable only without progress', async () => {
    const { root } = mount([measure(1), measure(2)]);
    await until(() => $(root, 'measure-row-M-0001') !== null);
    $(root, 'measure-progress-M-0001')?.click();
    await until(() => $(root, 'measures-progress') !== null);
    set(root, 'mp-date', '2026-01-15');
    set(root, 'mp-percent', '30');
    $(root, 'mp-save')?.click();
    await until(() => $(root, 'mp-error-date')?.hidden === false);
    expect($(root, 'mp-error-date')?.textContent).toContain('before its measure starts');
    // The date is written in its parts; each is marked and the first gets the focus.
    const parts = [...(root.querySelectorAll<HTMLElement>('.measures-progress-date .input'))];
    expect(parts.length).toBe(3);
    expect(parts.every((p) => p.getAttribute('aria-invalid') === 'true')).toBe(true);
    expect(document.activeElement).toBe(parts[0]);
    expect($(root, 'measure-latest-M-0001')?.textContent).toContain('none yet');

    set(root, 'mp-date', '2026-04-01');
    $(root, 'mp-save')?.click();
    await until(() => ($(root, 'measure-latest-M-0001')?.textContent ?? '').includes('30 %'));
    expect($(root, 'mp-history')?.textContent).toContain('30 %');
    const remove = $(root, 'measure-delete-M-0001') as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    expect(remove.title).toContain('progress updates');
    expect($(root, 'measure-row-M-0001')?.textContent).toContain('Kept: it has progress.');
    expect(($(root, 'measure-delete-M-0002') as HTMLButtonElement).disabled).toBe(false);
  });

  it('filters the list and says so in Chinese', async () => {
    const { root } = mount([measure(1), measure(2), measure(3)], 'zh-CN');
    await until(() => $(root, 'measures-count') !== null && ($(root, 'measures-count')?.textContent ?? '') !== '');
    expect($(root, 'measures-count')?.textContent).toBe('共 3 项措施，显示 3 项');
    set(root, 'measures-filter-status', 'late', 'change');
    expect($(root, 'measures-count')?.textContent).toBe('共 3 项措施，显示 1 项');
    set(root, 'measures-search', 'nothing like this');
    expect($(root, 'measures-none-found')?.textContent).toBe('没有符合搜索条件的措施。');
    expect($(root, 'measures-add')?.textContent).toBe('新增措施');
  });

  it('lists every problem of a refused file and changes nothing', async () => {
    const { root, api } = mount([measure(1)]);
    api.importFile = () => Promise.reject({
      code: 'invalid', message: 'Row 2, column status: "soon" is not a status.',
      fields: [
        { field: 'file', message: 'Row 2, column status: "soon" is not a status.' },
        { field: 'file', message: 'Row 3, column start: "2026-13-01" is not a date; write it as 2026-03-01.' },
      ],
    });
    await until(() => $(root, 'measures-file') !== null);
    const input = $(root, 'measures-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['code,key_project\n'], 'measures.csv', { type: 'text/csv' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await until(() => $(root, 'measures-problems') !== null);
    const items = [...($(root, 'measures-problems')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toEqual(['Row 2, column status: "soon" is not a status.', 'Row 3, column start: "2026-13-01" is not a date; write it as 2026-03-01.']);
    expect($(root, 'measures-problems')?.textContent).toContain('nothing changed');
    expect($(root, 'measures-count')?.textContent).toBe('1 of 1 measure');
  });
});
