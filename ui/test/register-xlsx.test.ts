// @vitest-environment happy-dom
// The register's import screen with an Excel workbook: the picker offers .xlsx next to CSV,
// the workbook's bytes reach the backend unchanged, and what the backend says about the file
// (a damaged workbook, a bad row) is shown and blocks the import.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/api';
import { createMockApi } from '../src/api-mock';
import { App } from '../src/app';
import type { ImportPreview } from '../src/bindings';
import { IMPORT_ACCEPT } from '../src/screens/stakeholders-import';

const NOW = () => new Date(2026, 10, 23);
const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const must = (testid: string) => {
  const element = $(testid);
  if (element === null) throw new Error(`no element with data-testid="${testid}"`);
  return element;
};

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

async function openImport(api: Api): Promise<HTMLInputElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await new App(root, api, NOW).start();
  must('nav-stakeholders').click();
  await until(() => $('register-import') !== null);
  must('register-import').click();
  await until(() => $('register-import-page') !== null);
  return must('import-file') as HTMLInputElement;
}

/** The first bytes of a workbook: a ZIP archive. */
const WORKBOOK = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08]);

async function choose(input: HTMLInputElement, name: string): Promise<void> {
  const file = new File([WORKBOOK], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await until(() => !(document.body.textContent ?? '').includes('Reading'));
}

function preview(over: Partial<ImportPreview>): ImportPreview {
  return {
    encoding: 'Excel .xlsx', totalRows: 0, add: 0, update: 0, skip: 0, duplicates: 0, errorCount: 0,
    fileErrors: [], ignoredColumns: [], rows: [], ...over,
  };
}

beforeEach(() => {
  history.replaceState(null, '', '/');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('importing the register from an .xlsx workbook', () => {
  it('offers .xlsx in the picker and says so', async () => {
    const input = await openImport(createMockApi(new URLSearchParams('demo=1')));
    const accepted = input.accept.split(',');
    expect(accepted).toContain('.xlsx');
    expect(accepted).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(accepted).toContain('.csv');
    expect(accepted).not.toContain('.xls');
    expect(IMPORT_ACCEPT).toBe(input.accept);
    expect(must('register-import-page').textContent).toContain('CSV or .xlsx file');
  });

  it('shows a damaged workbook\'s message and offers no import', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    const message = 'The file looks like an Excel workbook (.xlsx) but cannot be read as one: it may be damaged or cut short.';
    const spy = vi.spyOn(api, 'previewStakeholderImport').mockResolvedValue(preview({ errorCount: 1, fileErrors: [message] }));
    await choose(await openImport(api), 'people.xlsx');
    await until(() => $('import-file-errors') !== null);
    expect(must('import-file-errors').textContent).toBe(message);
    expect(must('import-summary').textContent).toContain('people.xlsx · Excel .xlsx');
    expect((must('import-confirm') as HTMLButtonElement).disabled).toBe(true);
    // The workbook's bytes went to the backend as they are: it decides by content.
    expect(spy.mock.calls[0]?.[0].slice(0, 4)).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('names a bad row by its spreadsheet row and column and blocks the import', async () => {
    const api = createMockApi(new URLSearchParams('demo=1&lang=zh-CN'));
    vi.spyOn(api, 'previewStakeholderImport').mockResolvedValue(preview({
      totalRows: 2, add: 1, errorCount: 1,
      rows: [
        { row: 4, action: 'add', name: '欧阳明', organisation: '陕西绿色发展投资基金', email: 'ouyang@example.cn', duplicateOf: null, problems: [] },
        { row: 5, action: 'invalid', name: '李四', organisation: '', email: 'li.si@example.cn', duplicateOf: null, problems: ['第 5 行，D 列（领域/部门）：“面包店”不在可选值中'] },
      ],
    }));
    await choose(await openImport(api), '名册.xlsx');
    await until(() => $('import-row-5') !== null);
    expect(must('import-row-5').textContent).toContain('第 5 行，D 列（领域/部门）');
    expect(must('import-row-4').textContent).toContain('欧阳明');
    expect($('import-blocked')).not.toBeNull();
    expect((must('import-confirm') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows what the backend refused the file for', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    vi.spyOn(api, 'previewStakeholderImport').mockRejectedValue({ code: 'too-large', message: 'This file is larger than 20 MB; split it into smaller files.', fields: [] });
    await choose(await openImport(api), 'huge.xlsx');
    await until(() => $('import-message') !== null);
    expect(must('import-message').textContent).toBe('This file is larger than 20 MB; split it into smaller files.');
    expect($('import-confirm')).toBeNull();
  });
});
