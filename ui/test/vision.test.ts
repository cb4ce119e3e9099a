// @vitest-environment happy-dom
// The Vision stage on the in-memory backend: the versions with their states, the adopted one
// read-only, a new draft edited in both languages with the checklist following the typing,
// saving in place and as the next version, comparing two versions (marked by more than colour),
// proposing an amendment, and the empty state of a new dialogue.

import { describe, expect, it } from 'vitest';
import { createMockVisionApi } from '../src/api-vision';
import { VisionScreen, renderSpans } from '../src/screens/vision';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function type(root: ParentNode, testid: string, value: string): void {
  const input = $(root, testid) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function mount(locale: 'en' | 'zh-CN' = 'en', withDemo = true) {
  setI18nLocale(locale);
  const vision = createMockVisionApi(withDemo);
  const screen = new VisionScreen({ vision, toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  return { root, vision, screen };
}

const passed = (root: ParentNode, id: string) => $(root, `vision-check-${id}`)?.getAttribute('data-passed');

describe('Vision stage', () => {
  it('shows every version with its state and the adopted one read-only', async () => {
    const { root } = mount();
    await until(() => $(root, 'vision-version-2') !== null);
    expect($(root, 'vision-version-1')?.getAttribute('data-state')).toBe('superseded');
    expect($(root, 'vision-version-2')?.getAttribute('data-state')).toBe('adopted');
    expect($(root, 'vision-version-2')?.textContent).toContain('Adopted');
    expect($(root, 'vision-adopted')?.textContent).toContain('consensus');
    expect($(root, 'vision-frozen')).not.toBeNull();
    expect(root.querySelector('textarea[data-testid^="vision-zh-"]')).toBeNull();
    expect($(root, 'vision-paragraph-1')?.textContent).toContain('渭南');
    expect($(root, 'vision-paragraph-1')?.textContent).toContain('Weinan');
    expect($(root, 'vision-checklist')?.querySelectorAll('li').length).toBe(7);
  });

  it('starts a draft, follows the typing with the checklist and saves in place and as the next version', async () => {
    const { root } = mount();
    await until(() => $(root, 'vision-new-draft') !== null);
    $(root, 'vision-new-draft')?.click();
    await until(() => $(root, 'vision-version-3')?.getAttribute('data-state') === 'draft');
    expect($(root, 'vision-zh-1')).not.toBeNull();
    expect(passed(root, 'purpose-zh')).toBe('true');
    // Two sentences in the Chinese purpose: the checklist warns as soon as it is typed.
    type(root, 'vision-zh-1', '渭南建设绿色家园。人人共享𠮷祥。');
    await until(() => passed(root, 'purpose-zh') === 'false');
    expect($(root, 'vision-status')?.textContent).toBe('Unsaved changes');
    type(root, 'vision-en-1', 'Weinan, a green home for all.');
    type(root, 'vision-neutrality-year', '');
    await until(() => passed(root, 'neutrality-year') === 'false');
    // The textarea is the same element: typing never loses the cursor.
    const textarea = $(root, 'vision-zh-1');
    type(root, 'vision-zh-1', '渭南建设绿色家园，人人共享𠮷祥。');
    await until(() => passed(root, 'purpose-zh') === 'true');
    expect($(root, 'vision-zh-1')).toBe(textarea);
    // Saving is never blocked by the checklist.
    $(root, 'vision-save-draft')?.click();
    await until(() => $(root, 'vision-status')?.textContent === '');
    expect(($(root, 'vision-zh-1') as HTMLTextAreaElement).value).toBe('渭南建设绿色家园，人人共享𠮷祥。');
    expect($(root, 'vision-save-as')?.textContent).toBe('Save as version 4');
    $(root, 'vision-save-as')?.click();
    await until(() => $(root, 'vision-version-4') !== null);
    expect($(root, 'vision-version-4')?.getAttribute('aria-current')).toBe('true');
  });

  it('compares two versions inline, insertions underlined and deletions struck through', async () => {
    const { root } = mount();
    await until(() => $(root, 'vision-compare') !== null);
    expect(($(root, 'vision-compare-from') as HTMLSelectElement).value).toBe('1');
    expect(($(root, 'vision-compare-to') as HTMLSelectElement).value).toBe('2');
    $(root, 'vision-compare')?.click();
    await until(() => $(root, 'vision-diff') !== null);
    expect($(root, 'vision-diff-summary')?.textContent).toBe('One paragraph changed between version 1 and version 2.');
    const changed = $(root, 'vision-diff-2');
    expect(changed?.querySelector('p[lang="en"] ins')?.textContent).toContain('every village');
    expect(changed?.querySelector('p[lang="zh-CN"] ins')?.textContent).toContain('村庄');
    const spans = renderSpans([{ op: 'equal', text: 'a ' }, { op: 'delete', text: 'b' }, { op: 'insert', text: 'c' }]);
    expect(spans.map((s) => (typeof s === 'string' ? 'text' : s.tagName))).toEqual(['text', 'DEL', 'INS']);
  });

  it('proposes an amendment to a paragraph of a draft, keeping the texts being typed', async () => {
    const { root } = mount();
    await until(() => $(root, 'vision-new-draft') !== null);
    expect($(root, 'vision-propose')).toBeNull();
    $(root, 'vision-new-draft')?.click();
    await until(() => $(root, 'vision-propose') !== null);
    type(root, 'vision-en-2', 'Typed, not saved.');
    ($(root, 'vision-propose-by') as HTMLSelectElement).value = '2';
    type(root, 'vision-propose-en', 'Shared by all, first of all the most vulnerable.');
    type(root, 'vision-propose-reason', 'Name who comes first.');
    $(root, 'vision-propose')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => $(root, 'vision-amendment-1') !== null);
    expect($(root, 'vision-amendment-1')?.getAttribute('data-status')).toBe('pending');
    expect($(root, 'vision-amendment-1')?.textContent).toContain('Chen Hong');
    expect($(root, 'vision-amendments-count')?.textContent).toBe('One amendment.');
    expect(($(root, 'vision-en-2') as HTMLTextAreaElement).value).toBe('Typed, not saved.');
  });

  it('offers the first draft in a dialogue without a Vision, in Chinese too', async () => {
    const { root } = mount('zh-CN', false);
    await until(() => $(root, 'vision-start-first') !== null);
    expect($(root, 'vision-empty')?.textContent).toContain('尚无愿景');
    $(root, 'vision-start-first')?.click();
    await until(() => $(root, 'vision-version-1') !== null);
    expect($(root, 'vision-version-1')?.textContent).toContain('草稿');
    expect(root.querySelectorAll('[data-testid^="vision-section-"]').length).toBe(5);
    expect(passed(root, 'core-values')).toBe('false');
  });
});
