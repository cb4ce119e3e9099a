// @vitest-environment happy-dom
// The Targets stage's form and table on the in-memory backend: a target set for PM2.5 from
// its deficit with the baseline prefilled and the goal preselected, errors at their fields,
// Esc and Enter, the BAU and the gap in the table, the checks in words and a symbol, and a
// proposal removed after a confirmation; Chinese without English.

import { describe, expect, it } from 'vitest';
import { createMockTargetsApi } from '../src/api-targets';
import { TargetsScreen } from '../src/screens/targets';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const field = (root: ParentNode, testid: string) => $(root, testid) as HTMLInputElement;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

async function openForm(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const targets = createMockTargetsApi();
  const screen = new TargetsScreen({ targets, toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  await until(() => $(root, 'targets-set') !== null);
  $(root, 'targets-set')?.click();
  await until(() => $(root, 'targets-form') !== null);
  return { root, targets };
}

function type(root: ParentNode, testid: string, value: string): void {
  const input = field(root, testid);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function key(root: ParentNode, testid: string, name: string): void {
  $(root, testid)?.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
}

describe('Set a target', () => {
  it('offers the flagged deficit first with its latest value and goal, and saves on Enter', async () => {
    const { root } = await openForm();
    const subject = $(root, 'tf-subject') as HTMLSelectElement;
    expect(subject.value).toBe('11.6.2');
    expect(subject.querySelector('optgroup')?.getAttribute('label')).toBe('Flagged deficits');
    expect(field(root, 'tf-baselineYear').value).toBe('2023');
    expect(field(root, 'tf-baselineValue').value).toBe('42');
    expect(field(root, 'tf-sdg-11').checked).toBe(true);
    expect(field(root, 'tf-sdg-3').checked).toBe(false);
    // A fixed level has no per cent.
    expect(field(root, 'tf-percent2030').closest('.field')?.hasAttribute('hidden')).toBe(true);
    type(root, 'tf-value2030', '35');
    type(root, 'tf-valueMid', '15');
    field(root, 'tf-sdg-3').checked = true;
    type(root, 'tf-advantagesEn', 'Fewer smog days');
    key(root, 'tf-valueMid', 'Enter');
    await until(() => $(root, 'targets-form') === null);
    expect($(root, 'targets-row-11.6.2-2030-target')?.textContent).toBe('2030: 35');
    expect($(root, 'targets-row-11.6.2-2050-target')?.textContent).toBe('2050: 15');
    expect($(root, 'targets-row-11.6.2-2030-advantages')?.textContent).toContain('Fewer smog days');
    expect($(root, 'targets-row-11.6.2-2030')?.textContent).toContain('SDG 3, 11');
    expect($(root, 'targets-row-11.6.2-2030-state')?.textContent).toContain('Proposed');
  });

  it('offers the scorecard essentials in their own group with the latest workshop score', async () => {
    const { root } = await openForm();
    const subject = $(root, 'tf-subject') as HTMLSelectElement;
    const groups = [...subject.querySelectorAll('optgroup')].map((g) => g.getAttribute('label'));
    expect(groups.at(-1)).toBe('Scorecard essentials');
    type(root, 'tf-search', 'natural buffers');
    expect([...subject.options].map((o) => o.value)).toEqual(['essential-5']);
    expect(subject.value).toBe('essential-5');
    expect(field(root, 'tf-baselineYear').value).toBe('2026');
    expect(field(root, 'tf-baselineValue').value).toBe('1.33');
    expect(field(root, 'tf-sdg-11').checked).toBe(true);
  });

  it('says every error at its field, keeps what was typed, and Esc cancels', async () => {
    const { root } = await openForm();
    type(root, 'tf-search', 'renewable');
    const subject = $(root, 'tf-subject') as HTMLSelectElement;
    expect(subject.value).toBe('7.2.1');
    expect(subject.options).toHaveLength(1);
    // No value stored: the baseline must be typed.
    expect(field(root, 'tf-baselineValue').value).toBe('');
    expect($(root, 'tf-latest')?.textContent).toContain('type the baseline');
    type(root, 'tf-value2030', 'lots');
    $(root, 'tf-save')?.click();
    await until(() => !($(root, 'tf-error-baselineValue')?.hidden ?? true));
    expect($(root, 'tf-error-baselineValue')?.textContent).toBe('This cell is empty; it needs a value.');
    expect($(root, 'tf-error-value2030')?.textContent).toContain('"lots" is not a number.');
    expect(field(root, 'tf-baselineValue').getAttribute('aria-invalid')).toBe('true');
    expect($(root, 'tf-error-valueMid')?.hidden).toBe(true);
    expect(field(root, 'tf-value2030').value).toBe('lots');
    expect($(root, 'targets-table')).toBeNull();
    key(root, 'tf-value2030', 'Escape');
    await until(() => $(root, 'targets-form') === null);
    expect($(root, 'targets-empty')).not.toBeNull();
  });

  it('shows the checks in words with a symbol, removes a proposal, and shows the BAU and the gap', async () => {
    const { root } = await openForm();
    type(root, 'tf-value2030', '35');
    type(root, 'tf-valueMid', '15');
    $(root, 'tf-save')?.click();
    await until(() => $(root, 'targets-row-11.6.2-2030') !== null);
    const check = $(root, 'targets-check-apec-energy-intensity-2035-proposed');
    expect(check?.textContent).toContain('? Cannot check');
    expect(check?.textContent).toContain('Proposed, revision 1');
    const remove = root.querySelector<HTMLButtonElement>('[data-testid="targets-row-11.6.2-2050"] .targets-remove');
    expect(remove?.getAttribute('aria-label')).toContain('2050: 15');
    remove?.click();
    await until(() => $(document, 'confirm-targets-remove') !== null);
    $(document, 'confirm-targets-remove-confirm')?.click();
    await until(() => $(root, 'targets-row-11.6.2-2050') === null);
    expect($(root, 'targets-row-11.6.2-2030')).not.toBeNull();

    $(root, 'targets-set')?.click();
    await until(() => $(root, 'targets-form') !== null);
    type(root, 'tf-search', 'emissions');
    type(root, 'tf-value2030', '48');
    type(root, 'tf-valueMid', '10');
    $(root, 'tf-save')?.click();
    await until(() => $(root, 'targets-row-emissions-2030') !== null);
    expect($(root, 'targets-row-emissions-2030-bau')?.textContent).toBe('2030: 60');
    expect($(root, 'targets-row-emissions-2030-gap')?.textContent).toBe('−12');
    expect($(root, 'targets-checks')?.textContent).toContain('No target is on energy intensity');
  });

  it('speaks Chinese in the form', async () => {
    const { root } = await openForm('zh-CN');
    const form = $(root, 'targets-form');
    expect(form?.textContent).toContain('设定目标');
    expect(form?.textContent).toContain('基准年');
    expect(form?.textContent).toContain('保存为提案');
    expect(form?.textContent).not.toMatch(/Baseline|Save as|Cancel/);
  });
});
