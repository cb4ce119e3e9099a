// @vitest-environment happy-dom
// Amendments settled from the window — by a decided question (accepted when it adopted, else
// rejected) or editorially with a reason — each showing its change marked by more than colour;
// a version adopted by a decided question after a confirmation, then frozen; the declaration
// exported signed for the chosen signer.

import { describe, expect, it } from 'vitest';
import { createMockVisionApi, type VisionApi } from '../src/api-vision';
import type { DigitalSigner, ExportLanguage } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { VisionScreen } from '../src/screens/vision';
import { settlingFor } from '../src/screens/vision-amendments';
import type { AmendmentView, VisionStage } from '../src/bindings';
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

const toastText = () => [...document.querySelectorAll('[data-testid="toast"]')].map((t) => t.textContent).join(' | ');

/** Draft 3 with two pending amendments, 1 to paragraph 1 and 2 to paragraph 2. */
async function withAmendments(vision: VisionApi = createMockVisionApi(true), locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const toast = createToaster();
  const screen = new VisionScreen({ vision, toast });
  const root = screen.render();
  document.body.replaceChildren(root, toast.element);
  await until(() => $(root, 'vision-new-draft') !== null);
  $(root, 'vision-new-draft')?.click();
  await until(() => $(root, 'vision-propose') !== null);
  for (const [index, en] of [[0, 'Weinan works with all its residents for a green, low-carbon, resilient and fair home.'], [1, 'Shared by all.']] as const) {
    ($(root, 'vision-propose-paragraph') as HTMLSelectElement).selectedIndex = index;
    type(root, 'vision-propose-en', en);
    type(root, 'vision-propose-reason', 'Clearer.');
    $(root, 'vision-propose')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => $(root, `vision-amendment-${index + 1}`) !== null);
  }
  return { root, vision };
}

describe('settling amendments and adopting a version in the window', () => {
  it('offers the question asked about an amendment first, and never one asked about another', () => {
    const stage = { settlingQuestions: [
      { id: 1, label: 'Free', amendment: null },
      { id: 2, label: 'About amendment 9', amendment: 9 },
      { id: 3, label: 'About amendment 4', amendment: 4 },
    ] } as unknown as VisionStage;
    const ids = (id: number) => settlingFor(stage, { id } as AmendmentView).map((q) => q.id);
    expect(ids(4)).toEqual([3, 1]);
    expect(ids(9)).toEqual([2, 1]);
    expect(ids(5)).toEqual([1]);
  });

  it('shows an amendment’s change with insertions in <ins> and deletions in <del>', async () => {
    const { root } = await withAmendments();
    const diff = $(root, 'vision-amendment-diff-1');
    expect(diff?.querySelector('p[lang="en"] ins')?.textContent).toContain('fair');
    expect(diff?.querySelector('p[lang="zh-CN"]')?.textContent).toBe('This language stays as it is.');
    expect($(root, 'vision-amendment-diff-2')?.querySelector('p[lang="en"] del')).not.toBeNull();
  });

  it('settles one amendment by a question and another editorially, the texts being typed kept', async () => {
    const { root } = await withAmendments();
    type(root, 'vision-en-4', 'Typed, not saved.');
    const select = $(root, 'vision-settle-question-1') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('First plenary · 2. Accept the amendment — Not adopted');
    select.value = '12';
    $(root, 'vision-settle-1')?.click();
    await until(() => $(root, 'vision-amendment-1')?.getAttribute('data-status') === 'rejected');
    expect($(root, 'vision-settled-1')?.textContent).toContain('Not adopted');
    expect($(root, 'vision-settle-1')).toBeNull();
    expect(toastText()).toContain('Amendment 1: Rejected.');
    expect(($(root, 'vision-en-4') as HTMLTextAreaElement).value).toBe('Typed, not saved.');
    // Editorially: a reason is needed, and nothing changes without one.
    $(root, 'vision-editorial-2')?.click();
    await until(() => toastText().includes('needs a reason'));
    expect($(root, 'vision-amendment-2')?.getAttribute('data-status')).toBe('pending');
    type(root, 'vision-editorial-reason-2', 'Wording only.');
    $(root, 'vision-editorial-2')?.click();
    await until(() => $(root, 'vision-amendment-2')?.getAttribute('data-status') === 'editorial');
    expect($(root, 'vision-settled-2')?.textContent).toContain('Wording only.');
  });

  it('adopts the draft by a decided question after a confirmation; it is frozen then', async () => {
    const { root } = await withAmendments();
    // Not while the draft has unsaved changes.
    type(root, 'vision-en-4', 'Typed, not saved.');
    expect(($(root, 'vision-adopt') as HTMLButtonElement).disabled).toBe(true);
    expect($(root, 'vision-adopt-unsaved')?.hidden).toBe(false);
    $(root, 'vision-save-draft')?.click();
    await until(() => !($(root, 'vision-adopt') as HTMLButtonElement).disabled);
    const question = $(root, 'vision-adopt-question') as HTMLSelectElement;
    expect([...question.options].map((o) => o.value)).toEqual(['11', '13']);
    question.value = '13';
    $(root, 'vision-adopt')?.click();
    await until(() => $(document, 'confirm-vision-adopt') !== null);
    expect($(document, 'confirm-vision-adopt')?.textContent).toContain('Adopt the Vision');
    $(document, 'confirm-vision-adopt-cancel')?.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect($(root, 'vision-version-3')?.getAttribute('data-state')).toBe('draft');
    $(root, 'vision-adopt')?.click();
    await until(() => $(document, 'confirm-vision-adopt') !== null);
    $(document, 'confirm-vision-adopt-confirm')?.click();
    await until(() => $(root, 'vision-version-3')?.getAttribute('data-state') === 'adopted');
    expect($(root, 'vision-version-2')?.getAttribute('data-state')).toBe('superseded');
    expect($(root, 'vision-adopted')?.textContent).toContain('question 13');
    expect($(root, 'vision-frozen')).not.toBeNull();
    expect(root.querySelector('textarea')).toBeNull();
    expect($(root, 'vision-add-section')).toBeNull();
    expect($(root, 'vision-adopt')).toBeNull();
  });

  it('offers the settling and adopting tools in Chinese', async () => {
    const { root } = await withAmendments(createMockVisionApi(true), 'zh-CN');
    expect($(root, 'vision-adopt-question')).not.toBeNull();
    expect($(root, 'vision-settle-1')?.textContent).toBe('按此议题处理');
  });

  it('exports the declaration signed for the chosen signer', async () => {
    const calls: [number | null, ExportLanguage, DigitalSigner | null][] = [];
    const vision = createMockVisionApi(true);
    vision.exportDeclaration = (number, language, signer) => {
      calls.push([number, language, signer]);
      return Promise.resolve({ path: '/tmp/vision.pdf', pages: 3, bytes: 1000 } as never);
    };
    const { root } = await withAmendments(vision);
    $(root, 'vision-export')?.click();
    await until(() => calls.length === 1);
    expect(calls[0]).toEqual([3, 'bilingual', null]);
    expect(($(root, 'vision-signer') as HTMLSelectElement).disabled).toBe(true);
    const sign = $(root, 'vision-sign') as HTMLInputElement;
    sign.checked = true;
    sign.dispatchEvent(new Event('change'));
    const signer = $(root, 'vision-signer') as HTMLSelectElement;
    expect(signer.disabled).toBe(false);
    signer.value = 'representative';
    signer.dispatchEvent(new Event('change'));
    $(root, 'vision-export')?.click();
    await until(() => calls.length === 2);
    expect(calls[1]).toEqual([3, 'bilingual', 'representative']);
    await until(() => toastText().includes('signed digitally'));
  });
});
