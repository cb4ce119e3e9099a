// @vitest-environment happy-dom
// The Deficits stage on the in-memory backend: the empty state of a new dialogue, a value typed
// with the keyboard and its problems by field, a file whose bad row keeps Import disabled, the
// scorecard scored with the keys, dots recorded for two people and the result with ties.

import { describe, expect, it } from 'vitest';
import { createMockDeficitsApi } from '../src/api-deficits';
import { DeficitsScreen, flagText, rankText } from '../src/screens/deficits';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function type(root: ParentNode, testid: string, value: string): void {
  const input = $(root, testid) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function press(root: ParentNode, testid: string, key: string): void {
  $(root, testid)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

async function mount(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const deficits = createMockDeficitsApi();
  const screen = new DeficitsScreen({ deficits, toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  await until(() => $(root, 'deficits-tab-values') !== null);
  return { root, deficits, screen };
}

function file(text: string, name = 'values.csv'): File {
  return new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });
}

async function enter(root: HTMLElement, code: string, year: string, value: string): Promise<void> {
  type(root, 'deficits-entry-code', code);
  type(root, 'deficits-entry-year', year);
  type(root, 'deficits-entry-value', value);
  press(root, 'deficits-entry-value', 'Enter');
  await until(() => $(root, `deficits-row-${code}`) !== null || root.querySelector('[aria-invalid="true"]') !== null);
}

describe('Deficits stage', () => {
  it('shows the empty state of a new dialogue in both languages', async () => {
    const { root } = await mount('zh-CN');
    expect($(root, 'deficits-values-empty')?.textContent).toContain('尚无数值');
    const { root: en } = await mount('en');
    expect($(en, 'deficits-values-empty')?.textContent).toContain('No values yet');
    expect($(en, 'deficits-entry-code')).not.toBeNull();
  });

  it('saves a typed value with Enter and says each field problem', async () => {
    const { root } = await mount();
    type(root, 'deficits-entry-code', '99.9');
    type(root, 'deficits-entry-year', '二〇二四');
    type(root, 'deficits-entry-value', 'x');
    press(root, 'deficits-entry-value', 'Enter');
    await until(() => $(root, 'deficits-entry-year-problem') !== null);
    expect($(root, 'deficits-entry-code')?.getAttribute('aria-invalid')).toBe('true');
    expect($(root, 'deficits-entry-year-problem')?.textContent).toContain('二〇二四');
    expect($(root, 'deficits-values')).toBeNull();

    await enter(root, '11.6.2', '2024', '35');
    expect($(root, 'deficits-latest-11.6.2')?.textContent).toContain('35');
    // A flag in a symbol and words, never colour alone.
    expect($(root, 'deficits-flag-11.6.2')?.textContent).toBe('✗ Deficit');
    // Ready for the next year of the same series.
    expect(($(root, 'deficits-entry-year') as HTMLInputElement).value).toBe('2025');
    expect(($(root, 'deficits-entry-code') as HTMLInputElement).value).toBe('11.6.2');
  });

  it('previews a file with a bad row, keeps Import disabled, then imports the fixed file', async () => {
    const { root, screen } = await mount();
    await screen.useFile(file('code,year,value\n11.6.2,2024,35\n7.2.1,二〇二四,13\n'));
    await until(() => $(root, 'deficits-import-problems') !== null);
    expect($(root, 'deficits-problem-3')?.textContent).toContain('year');
    expect(($(root, 'deficits-import-go') as HTMLButtonElement).disabled).toBe(true);
    expect($(root, 'deficits-values')).toBeNull();

    await screen.useFile(file('code,year,value\n11.6.2,2024,35\n7.2.1,2024,13\n'));
    await until(() => $(root, 'deficits-import-ready') !== null);
    const go = $(root, 'deficits-import-go') as HTMLButtonElement;
    expect(go.disabled).toBe(false);
    go.click();
    await until(() => $(root, 'deficits-row-7.2.1') !== null);
    expect($(root, 'deficits-import-preview')).toBeNull();
    expect($(root, 'deficits-flag-7.2.1')?.textContent).toBe('✗ Deficit');
  });

  it('scores questions with the keys 0–3 and the arrows, and shows the totals', async () => {
    const { root } = await mount();
    $(root, 'deficits-tab-scorecard')?.click();
    await until(() => $(root, 'deficits-question-P1.1') !== null);
    expect($(root, 'deficits-radar')?.querySelector('svg')).not.toBeNull();
    press(root, 'deficits-question-P1.1', '2');
    await until(() => $(root, 'deficits-score-P1.1-2')?.getAttribute('aria-pressed') === 'true');
    expect(document.activeElement?.getAttribute('data-question')).toBe('P1.1');
    press(root, 'deficits-question-P1.1', 'ArrowRight');
    await until(() => $(root, 'deficits-score-P1.1-3')?.getAttribute('aria-pressed') === 'true');
    press(root, 'deficits-question-P1.1', 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-question')).toBe('P1.2');
    press(root, 'deficits-question-P1.2', '0');
    await until(() => $(root, 'deficits-score-P1.2-0')?.getAttribute('aria-pressed') === 'true');
    // A key beyond the scale does nothing.
    press(root, 'deficits-question-P1.3', '7');
    expect($(root, 'deficits-score-total')?.textContent).toContain('Total 3 of 15');
    expect($(root, 'deficits-score-total')?.textContent).toContain('2 questions scored');
    expect($(root, 'deficits-question-P1.2')?.textContent).toContain('deficit');
  });

  it('records dots for two people and ranks the deficits with ties', async () => {
    const { root } = await mount();
    await enter(root, '11.6.2', '2024', '35');
    await enter(root, '7.2.1', '2024', '12');
    $(root, 'deficits-tab-ranking')?.click();
    await until(() => $(root, 'deficits-open-vote') !== null);
    $(root, 'deficits-open-vote')?.click();
    await until(() => $(root, 'deficits-ballot') !== null);

    type(root, 'deficits-dots-11.6.2', '9');
    expect($(root, 'deficits-dots-left')?.textContent).toContain('One dot too many');
    press(root, 'deficits-dots-11.6.2', 'Enter');
    await until(() => $(root, 'deficits-dots-problem') !== null);

    type(root, 'deficits-dots-11.6.2', '5');
    type(root, 'deficits-dots-7.2.1', '3');
    expect($(root, 'deficits-dots-left')?.textContent).toContain('All 8 dots placed');
    $(root, 'deficits-dots-save')?.click();
    await until(() => $(root, 'deficits-result') !== null);

    const voter = $(root, 'deficits-voter') as HTMLSelectElement;
    voter.value = '2';
    voter.dispatchEvent(new Event('change'));
    await until(() => ($(root, 'deficits-dots-11.6.2') as HTMLInputElement).value === '0');
    type(root, 'deficits-dots-7.2.1', '2');
    $(root, 'deficits-dots-save')?.click();
    await until(() => $(root, 'deficits-voted')?.textContent?.includes('2 people have voted') === true);
    expect($(root, 'deficits-result-11.6.2')?.textContent).toContain('=1');
    expect($(root, 'deficits-result-7.2.1')?.textContent).toContain('5 points');
    expect($(root, 'deficits-bars')?.querySelector('svg')).not.toBeNull();
    // Beside the room's ranks, each group's own: the triple-helix groups first, sectors a key away.
    expect($(root, 'deficits-by-helix')?.textContent).toContain('Civil society');
    $(root, 'deficits-groups-sector')?.click();
    await until(() => $(root, 'deficits-by-sector') !== null);

    $(root, 'deficits-close-vote')?.click();
    await until(() => $(root, 'deficits-open-vote') !== null);
  });

  it('says flags and ranks in words', () => {
    setI18nLocale('zh-CN');
    expect(flagText('met')).toBe('✓ 已达到');
    expect(flagText('no-benchmark')).toBe('– 无参照值');
    expect(rankText({ rank: 2, tied: true })).toBe('=2');
    expect(rankText({ rank: 1, tied: false })).toBe('1');
  });
});
