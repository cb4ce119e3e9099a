// @vitest-environment happy-dom
// The Deficits stage, continued, on the in-memory backend: a ranking vote ordered with the keys
// and counted by Borda with each group's ranks beside the room's; a score's evidence; a new
// workshop compared with the one before; a benchmark edited with its problems by field and the
// flag following at once.

import { describe, expect, it } from 'vitest';
import { createMockDeficitsApi } from '../src/api-deficits';
import { DeficitsScreen } from '../src/screens/deficits';
import { groupRank } from '../src/screens/deficits-groups';
import { moved, orderOf } from '../src/screens/deficits-order';
import { changeText } from '../src/screens/deficits-compare';
import { setI18nLocale, t } from '../src/i18n';
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

function press(root: ParentNode, testid: string, key: string, extra: KeyboardEventInit = {}): void {
  $(root, testid)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...extra }));
}

async function mount(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const screen = new DeficitsScreen({ deficits: createMockDeficitsApi(), toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  await until(() => $(root, 'deficits-tab-values') !== null);
  return root;
}

async function enter(root: HTMLElement, code: string, year: string, value: string): Promise<void> {
  type(root, 'deficits-entry-code', code);
  type(root, 'deficits-entry-year', year);
  type(root, 'deficits-entry-value', value);
  press(root, 'deficits-entry-value', 'Enter');
  await until(() => $(root, `deficits-row-${code}`) !== null);
}

const order = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-order-code]')].map((e) => e.dataset.orderCode);

describe('Deficits stage, the room and the workshop', () => {
  it('moves an item of an order and keeps every other in place', () => {
    expect(moved(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', -2)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
    expect(changeText(3)).toBe('+3 ▲');
    expect(changeText(-2)).toBe('−2 ▼');
    expect(changeText(0)).toBe('0 =');
    expect(groupRank({ label: 'x', voters: 1, items: [{ code: 'a', name: '', rank: 2, tied: true, points: 4 }, { code: 'b', name: '', rank: 3, tied: false, points: 0 }] }, 'a')).toBe('=2');
    expect(groupRank({ label: 'x', voters: 1, items: [{ code: 'b', name: '', rank: 3, tied: false, points: 0 }] }, 'b')).toBe('–');
  });

  it('orders the deficits with the keys in a ranking vote and counts them by Borda, by group beside the room', async () => {
    const root = await mount();
    await enter(root, '11.6.2', '2024', '35');
    await enter(root, '7.2.1', '2024', '12');
    $(root, 'deficits-tab-ranking')?.click();
    await until(() => $(root, 'deficits-new-method') !== null);
    const method = $(root, 'deficits-new-method') as HTMLSelectElement;
    method.value = 'borda';
    method.dispatchEvent(new Event('change'));
    await until(() => $(root, 'deficits-new-dots') === null);
    $(root, 'deficits-open-vote')?.click();
    await until(() => $(root, 'deficits-order') !== null);
    expect($(root, 'deficits-order-unsaved')).not.toBeNull();
    const [first, second] = order(root);
    expect(first).toBeDefined();
    // Alt+↓ moves the first down; the focus follows it and the move is said.
    press(root, `deficits-order-${first}`, 'ArrowDown', { altKey: true });
    expect(order(root)).toEqual([second, first]);
    expect(document.activeElement?.getAttribute('data-order-code')).toBe(first);
    expect($(root, 'deficits-order-announce')?.textContent).toContain('number 2');
    // ↓ alone moves the focus, not the item.
    press(root, `deficits-order-${second}`, 'ArrowDown');
    expect(order(root)).toEqual([second, first]);
    press(root, `deficits-order-${first}`, 'Enter');
    await until(() => $(root, 'deficits-voted')?.textContent?.includes('One person has voted') === true);
    expect($(root, `deficits-result-${second}`)?.textContent).toContain('2 points');
    expect($(root, `deficits-result-${first}`)?.textContent).toContain('one point');
    // The second person keeps the list's order, moved with the button instead.
    const voter = $(root, 'deficits-voter') as HTMLSelectElement;
    voter.value = '2';
    voter.dispatchEvent(new Event('change'));
    await until(() => order(root)[0] === first);
    $(root, `deficits-down-${first}`)?.click();
    $(root, 'deficits-order-save')?.click();
    await until(() => $(root, 'deficits-voted')?.textContent?.includes('2 people have voted') === true);
    expect($(root, `deficits-result-${second}`)?.textContent).toContain('4 points');
    // Each group's rank beside the room's.
    const row = $(root, `deficits-groups-row-${second}`);
    expect(row?.textContent).toContain('1');
    expect($(root, 'deficits-by-helix')?.querySelectorAll('thead th').length).toBe(4);
  });

  it('keeps a score with its evidence, and compares a new workshop with the one before', async () => {
    const root = await mount();
    $(root, 'deficits-tab-scorecard')?.click();
    await until(() => $(root, 'deficits-question-P1.1') !== null);
    expect($(root, 'deficits-compare')).toBeNull();
    expect($(root, 'deficits-new-workshop')).toBeNull();
    press(root, 'deficits-question-P1.1', '3');
    await until(() => $(root, 'deficits-score-P1.1-3')?.getAttribute('aria-pressed') === 'true');
    type(root, 'deficits-evidence-P1.1', ' Master plan 2024 ');
    press(root, 'deficits-evidence-P1.1', 'Enter');
    await until(() => ($(root, 'deficits-evidence-P1.1') as HTMLInputElement).value === 'Master plan 2024');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('deficits-evidence-P1.1');

    $(root, 'deficits-new-workshop')?.click();
    await until(() => $(root, 'deficits-new-workshop-title') !== null);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('deficits-new-workshop-title');
    type(root, 'deficits-new-workshop-title', 'Workshop 2026');
    press(root, 'deficits-new-workshop-title', 'Enter');
    await until(() => $(root, 'deficits-compare') !== null);
    expect($(root, 'deficits-workshop')?.textContent).toContain('Workshop 2026');
    expect(($(root, 'deficits-evidence-P1.1') as HTMLInputElement).value).toBe('');
    press(root, 'deficits-question-P1.1', '1');
    await until(() => $(root, 'deficits-compare-1')?.textContent?.includes('−2 ▼') === true);
    expect($(root, 'deficits-compare-total')?.textContent).toContain('−2 ▼');
    expect($(root, 'deficits-radar-key')?.textContent).toContain('dashed');
  });

  it('edits a benchmark with its problems by field, and the flag follows at once', async () => {
    const root = await mount();
    await enter(root, '11.6.2', '2024', '35');
    expect($(root, 'deficits-flag-11.6.2')?.textContent).toContain('Deficit');
    $(root, 'deficits-edit-benchmark-11.6.2')?.click();
    expect(($(root, 'deficits-benchmark-value') as HTMLInputElement).value).toBe('5');
    expect(($(root, 'deficits-benchmark-kind') as HTMLSelectElement).value).toBe('who-guideline');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('deficits-benchmark-value');
    type(root, 'deficits-benchmark-value', 'abc');
    type(root, 'deficits-benchmark-year', '1800');
    press(root, 'deficits-benchmark-year', 'Enter');
    await until(() => $(root, 'deficits-benchmark-value-problem') !== null);
    expect($(root, 'deficits-benchmark-year-problem')?.textContent).toContain('1800');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('deficits-benchmark-value');
    expect($(root, 'deficits-flag-11.6.2')?.textContent).toContain('Deficit');
    type(root, 'deficits-benchmark-value', '40');
    type(root, 'deficits-benchmark-year', '2030');
    const kind = $(root, 'deficits-benchmark-kind') as HTMLSelectElement;
    kind.value = 'national-target';
    kind.dispatchEvent(new Event('change'));
    press(root, 'deficits-benchmark-value', 'Enter');
    await until(() => $(root, 'deficits-flag-11.6.2')?.textContent?.includes('Met') === true);
    expect($(root, 'deficits-benchmark-of-11.6.2')?.textContent).toContain('national target 2030');
    $(root, 'deficits-edit-benchmark-11.6.2')?.click();
    $(root, 'deficits-benchmark-remove')?.click();
    await until(() => $(root, 'deficits-flag-11.6.2')?.textContent?.includes('No benchmark') === true);
  });

  it('speaks Chinese in the new parts', async () => {
    const root = await mount('zh-CN');
    expect($(root, 'deficits-benchmark-form')?.textContent).toContain('基准');
    for (const id of ['deficits-ui-method-borda', 'deficits-ui-order-keys', 'deficits-ui-groups-title', 'deficits-ui-new-workshop', 'deficits-ui-evidence', 'deficits-ui-benchmark-remove']) {
      expect(t(id)).not.toBe(id);
      expect(t(id)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('shows a saved order and then what it left out', () => {
    const ranking = {
      method: 'borda', open: true, exists: true, dotsEach: 8, result: [], bySector: [], byHelix: [], barSvg: '',
      candidates: [{ code: 'a', name: '' }, { code: 'b', name: '' }, { code: 'c', name: '' }],
      voters: [{ id: 1, name: '', sector: '', helix: '', dots: {}, order: ['c', 'gone'] }],
    };
    expect(orderOf(ranking, 1)).toEqual(['c', 'a', 'b']);
    expect(orderOf(ranking, 2)).toEqual(['a', 'b', 'c']);
  });
});

describe('the projector shows the essential being scored', () => {
  it('draws its questions with score and symbol, one line per language when bilingual', async () => {
    const { renderScorecardProjection } = await import('../src/screens/deficits-projector');
    setI18nLocale('en');
    const api = createMockDeficitsApi();
    await api.score('P1.2', 1, '', '');
    const stage = await api.stage();
    const say = (id: string, args?: Record<string, string | number>) => [Object.assign(document.createElement('span'), { textContent: t(id, args) })];
    const view = renderScorecardProjection(stage, { essential: 1 }, { language: 'en', say }, null);
    expect(view.querySelector('[data-testid="projector-score-P1.2"]')?.textContent).toContain('1✗');
    expect(view.querySelector('[data-testid="projector-score-P1.1"]')?.textContent).toContain('—○');
    expect(view.querySelector('[data-testid="projector-scorecard-total"]')?.textContent).toContain('1 of 9');
    const missing = renderScorecardProjection(stage, { essential: 7 }, { language: 'en', say }, null);
    expect(missing.textContent).toContain('Essential 7 is not in the scorecard');
    const both = renderScorecardProjection({ ...stage, scorecard: { ...stage.scorecard, essentials: [{ ...stage.scorecard.essentials[0]!, name: '组织抗灾 Organise for resilience' }] } }, { essential: 1 }, { language: 'bilingual', say }, null);
    const lines = both.querySelectorAll('[data-testid="projector-scorecard-essential"] span');
    expect([...lines].map((l) => l.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
  });
});

describe('the scorecard tab puts an essential on the projector', () => {
  it('follows the question being scored, and gives the projector back', async () => {
    setI18nLocale('en');
    const deficits = createMockDeficitsApi();
    const shown: (number | null)[] = [];
    deficits.project = (essential) => {
      shown.push(essential);
      return Promise.resolve();
    };
    const screen = new DeficitsScreen({ deficits, toast: createToaster() });
    const root = screen.render();
    document.body.replaceChildren(root);
    await until(() => $(root, 'deficits-tab-scorecard') !== null);
    $(root, 'deficits-tab-scorecard')?.click();
    await until(() => $(root, 'deficits-project-1') !== null);
    $(root, 'deficits-project-1')?.click();
    await until(() => $(root, 'deficits-project-1')?.getAttribute('aria-pressed') === 'true');
    press(root, 'deficits-question-P2.1', '2');
    await until(() => shown.length === 2);
    expect(shown).toEqual([1, 2]);
    await until(() => $(root, 'deficits-project-2')?.getAttribute('aria-pressed') === 'true');
    $(root, 'deficits-project-2')?.click();
    await until(() => shown.length === 3);
    expect(shown[2]).toBeNull();
  });
});

describe('the detailed level', () => {
  it('loads its criteria, holds a workshop at that level and scores it with the keys 0–5', async () => {
    setI18nLocale('en');
    const screen = new DeficitsScreen({ deficits: createMockDeficitsApi(), toast: createToaster() });
    const root = screen.render();
    document.body.replaceChildren(root);
    await until(() => $(root, 'deficits-tab-scorecard') !== null);
    $(root, 'deficits-tab-scorecard')?.click();
    await until(() => $(root, 'deficits-question-P1.1') !== null);
    press(root, 'deficits-question-P1.1', '3');
    await until(() => $(root, 'deficits-new-workshop') !== null);
    // 4 is past the preliminary scale: nothing is scored.
    press(root, 'deficits-question-P1.2', '4');
    expect($(root, 'deficits-score-P1.2-3')?.getAttribute('aria-pressed')).toBe('false');
    $(root, 'deficits-new-workshop')?.click();
    await until(() => $(root, 'deficits-new-workshop-level') !== null);
    const option = root.querySelector<HTMLOptionElement>('[data-testid="deficits-new-workshop-level"] option[value="detailed"]');
    expect(option?.disabled).toBe(true);
    await screen.useCriteriaFile(new File(['{"level": "preliminary"}'], 'p.json'));
    expect($(root, 'deficits-detailed-problem')?.textContent).toContain('detailed');
    await screen.useCriteriaFile(new File(['{"level": "detailed"}'], 'd.json'));
    expect($(root, 'deficits-detailed-problem')).toBeNull();
    expect(($(root, 'deficits-new-workshop-level') as HTMLSelectElement).value).toBe('detailed');
    press(root, 'deficits-new-workshop-title', 'Enter');
    await until(() => $(root, 'deficits-question-D1.1') !== null);
    expect($(root, 'deficits-score-keys')?.textContent).toContain('0 to 5');
    expect($(root, 'deficits-question-D1.1')?.getAttribute('aria-keyshortcuts')).toContain('5');
    press(root, 'deficits-question-D1.1', '5');
    await until(() => $(root, 'deficits-score-D1.1-5')?.getAttribute('aria-pressed') === 'true');
    expect($(root, 'deficits-compare')).toBeNull();
  });
});
