// @vitest-environment happy-dom
// The Targets stage on the in-memory backend: the empty state, a refused file with every
// problem shown, an import, adoption after a confirmation, and Chinese.

import { describe, expect, it } from 'vitest';
import { createMockTargetsApi } from '../src/api-targets';
import { TargetsScreen } from '../src/screens/targets';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function mount(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const targets = createMockTargetsApi();
  const screen = new TargetsScreen({ targets, toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  return { root, targets };
}

function choose(root: ParentNode, text: string): void {
  const input = $(root, 'targets-file') as HTMLInputElement;
  const file = new File([text], 'targets.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const HEADER = 'indicator,baseline_year,baseline_value,target_year,target_value\n';

describe('Targets stage', () => {
  it('explains the empty stage', async () => {
    const { root } = mount();
    await until(() => $(root, 'targets-empty') !== null);
    expect($(root, 'targets-empty')?.textContent).toContain('No targets yet');
    expect(($(root, 'targets-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports the progress report or the pledge signed by the chosen signer, or the action plan', async () => {
    const { root, targets } = mount();
    const calls: unknown[][] = [];
    targets.exportDocument = (...args) => {
      calls.push(args);
      return Promise.resolve({ path: `/tmp/${args[0]}.pdf`, pages: 1, kilobytes: 1 });
    };
    await until(() => $(root, 'targets-export-document') !== null);
    const pick = (testid: string, value: string): void => {
      const select = $(root, testid) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    // Without targets only the plan (which needs measures) can be exported.
    expect(($(root, 'targets-export') as HTMLButtonElement).disabled).toBe(true);
    expect($(root, 'targets-export-signer')?.hidden).toBe(false);
    pick('targets-export-document', 'action-plan');
    expect($(root, 'targets-export-signer')?.hidden).toBe(true);
    expect(($(root, 'targets-export') as HTMLButtonElement).disabled).toBe(false);
    $(root, 'targets-export')?.click();
    await until(() => calls.length === 1);
    expect(calls[0]).toEqual(['action-plan', 'bilingual', null]);

    choose(root, `${HEADER}11.6.2,2021,44,2030,35\n`);
    await until(() => $(root, 'targets-table') !== null);
    pick('targets-export-document', 'pledge');
    expect($(root, 'targets-export-signer')?.hidden).toBe(false);
    pick('targets-export-signer', 'representative');
    pick('targets-export-language', 'zh-CN');
    $(root, 'targets-export')?.click();
    await until(() => calls.length === 2);
    expect(calls[1]).toEqual(['pledge', 'zh-CN', 'representative']);
    pick('targets-export-document', 'progress');
    pick('targets-export-signer', 'focal-point');
    $(root, 'targets-export')?.click();
    await until(() => calls.length === 3);
    expect(calls[2]).toEqual(['progress', 'zh-CN', 'focal-point']);
  });

  it('shows every problem of a refused file, then imports and adopts after a confirmation', async () => {
    const { root } = mount();
    await until(() => $(root, 'targets-file') !== null);
    choose(root, `${HEADER}11.6.2,2021,lots,2030,35\n`);
    await until(() => $(root, 'targets-problems') !== null);
    expect($(root, 'targets-problems')?.textContent).toContain('Row 2');
    expect($(root, 'targets-table')).toBeNull();
    choose(root, `${HEADER}11.6.2,2021,44,2030,35\n11.6.2,2021,44,2050,15\n`);
    await until(() => $(root, 'targets-table') !== null);
    expect($(root, 'targets-problems')).toBeNull();
    expect(root.querySelectorAll('[data-testid="targets-table"] tbody tr')).toHaveLength(2);
    // PM2.5 has no BAU: its gap is a dash with the reason under it.
    expect($(root, 'targets-row-11.6.2-2030-gap-note')?.textContent).toBe('The BAU scenario does not project this indicator.');
    expect($(root, 'targets-signatures')).toBeNull();
    expect($(root, 'targets-chart-11.6.2')).not.toBeNull();
    $(root, 'targets-adopt')?.click();
    await until(() => $(document, 'confirm-targets-adopt') !== null);
    $(document, 'confirm-targets-adopt-confirm')?.click();
    await until(() => $(root, 'targets-adopt') === null);
    expect($(root, 'targets-table')?.textContent).toContain('Adopted');
    // Adopted targets cannot be removed; the pledge's signers panel appears.
    expect(root.querySelector('.targets-remove')).toBeNull();
    expect($(root, 'targets-signatures')).not.toBeNull();
  });

  it('speaks Chinese', async () => {
    const { root } = mount('zh-CN');
    await until(() => $(root, 'targets-empty') !== null);
    expect(root.textContent).toContain('尚无目标');
    expect(root.textContent).toContain('导入目标文件');
  });
});
