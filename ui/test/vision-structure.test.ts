// @vitest-environment happy-dom
// The Vision draft's structure in the window: paragraphs moved by buttons and by Alt+↑/↓ with the
// focus kept, added and removed (a paragraph with text only after a confirmation; one that an
// amendment names stays), free sections added with a title, moved and removed; the checklist
// follows; an untitled section is named and nothing is saved. The pure model underneath too.

import { describe, expect, it } from 'vitest';
import { createMockVisionApi } from '../src/api-vision';
import type { VersionView } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { VisionScreen } from '../src/screens/vision';
import { addParagraph, addSection, differs, draftEdit, draftOf, moveParagraph, moveSection, removeSection, untitled } from '../src/screens/vision-draft';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
/** Dialogs open over the whole document. */
const $$ = (testid: string) => $(document, testid);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function type(root: ParentNode, testid: string, value: string): void {
  const input = $(root, testid) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The demo's draft 3 (from the adopted version 2), on the stand-in. */
async function draft(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const vision = createMockVisionApi(true);
  const toast = createToaster();
  const screen = new VisionScreen({ vision, toast });
  const root = screen.render();
  document.body.replaceChildren(root, toast.element);
  await until(() => $(root, 'vision-new-draft') !== null);
  $(root, 'vision-new-draft')?.click();
  await until(() => $(root, 'vision-version-3')?.getAttribute('data-state') === 'draft');
  return { root, vision };
}

const keysIn = (root: ParentNode, section: number) =>
  [...($(root, `vision-section-${section}`)?.querySelectorAll<HTMLElement>('textarea[lang="zh-CN"]') ?? [])].map((t) => t.dataset.testid?.replace('vision-zh-', ''));

const toastText = () => [...document.querySelectorAll('[data-testid="toast"]')].map((t) => t.textContent).join(' | ');

describe('the Vision draft model', () => {
  const version: VersionView = {
    number: 3, state: 'draft', neutralityYear: 2060, sdgs: [], adopted: null,
    sections: [
      { kind: 'purpose', title: 'Purpose', titleZh: '', titleEn: '', paragraphs: [{ id: 1, key: 1, textZh: '甲', textEn: 'A', notYetTranslated: false }] },
      { kind: 'coreValues', title: 'Core values', titleZh: '', titleEn: '', paragraphs: [
        { id: 2, key: 2, textZh: '乙', textEn: 'B', notYetTranslated: false },
        { id: 3, key: 3, textZh: '丙', textEn: 'C', notYetTranslated: false }] },
    ],
  };

  it('moves a paragraph within its section and across the edge into the next one', () => {
    const sections = draftOf(version);
    const b = sections[1]!.paragraphs[0]!.uid;
    expect(differs(version, sections, 2060)).toBe(false);
    expect(moveParagraph(sections, b, 1)).toBe(true);
    expect(sections[1]!.paragraphs.map((p) => p.key)).toEqual([3, 2]);
    expect(moveParagraph(sections, sections[0]!.paragraphs[0]!.uid, 1)).toBe(true);
    expect(sections[0]!.paragraphs).toEqual([]);
    expect(sections[1]!.paragraphs.map((p) => p.key)).toEqual([1, 3, 2]);
    expect(moveParagraph(sections, b, 1)).toBe(false);
    expect(differs(version, sections, 2060)).toBe(true);
  });

  it('adds paragraphs without a key and free sections, and names the untitled ones', () => {
    const sections = draftOf(version);
    addParagraph(sections, 0);
    const free = addSection(sections);
    expect(untitled(sections)).toEqual([2]);
    free.titleEn = 'Monitoring';
    expect(untitled(sections)).toEqual([]);
    expect(moveSection(sections, 2, -1)).toBe(true);
    const edit = draftEdit(3, sections, null);
    expect(edit.sections.map((s) => s.kind)).toEqual(['purpose', 'free', 'coreValues']);
    expect(edit.sections[0]!.paragraphs.map((p) => p.key)).toEqual([1, null]);
    expect(removeSection(sections, 2)).toBeNull();
    expect(removeSection(sections, 1)?.titleEn).toBe('Monitoring');
  });
});

describe('the Vision draft in the window', () => {
  it('moves a paragraph with its buttons and with Alt+↓, the focus staying on it, and saves the order', async () => {
    const { root, vision } = await draft();
    expect(keysIn(root, 1)).toEqual(['2', '3', '4']);
    expect(($(root, 'vision-up-2') as HTMLButtonElement).disabled).toBe(false);
    $(root, 'vision-down-2')?.click();
    expect(keysIn(root, 1)).toEqual(['3', '2', '4']);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('vision-down-2');
    const textarea = $(root, 'vision-en-3') as HTMLTextAreaElement;
    textarea.focus();
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    expect(keysIn(root, 1)).toEqual(['2', '3', '4']);
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    expect(keysIn(root, 1)).toEqual(['3', '2', '4']);
    // The textarea is drawn again; the focus is on the same paragraph's textarea.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('vision-en-3');
    expect($(root, 'vision-status')?.textContent).toBe('Unsaved changes');
    $(root, 'vision-save-draft')?.click();
    await until(() => $(root, 'vision-status')?.textContent === '');
    const saved = await vision.stage(3);
    expect(saved.version?.sections[1]?.paragraphs.map((p) => p.key)).toEqual([3, 2, 4]);
  });

  it('adds a paragraph and a titled section, the checklist counting the new core value', async () => {
    const { root, vision } = await draft();
    await until(() => $(root, 'vision-check-core-values') !== null);
    expect($(root, 'vision-check-core-values')?.textContent).toContain('3 core value');
    $(root, 'vision-add-paragraph-1')?.click();
    const added = root.querySelector<HTMLTextAreaElement>('[data-testid="vision-section-1"] textarea[data-testid^="vision-zh-new-"]');
    expect(added).not.toBeNull();
    expect(document.activeElement).toBe(added);
    type(root, added!.dataset.testid!, '开放包容。');
    await until(() => ($(root, 'vision-check-core-values')?.textContent ?? '').includes('4 core value'));
    $(root, 'vision-add-section')?.click();
    expect($(root, 'vision-section-5')?.getAttribute('data-kind')).toBe('free');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('vision-title-en-5');
    // Untitled: named, nothing saved.
    $(root, 'vision-save-draft')?.click();
    await until(() => toastText().includes('needs a title'));
    expect((await vision.stage(3)).version?.sections.length).toBe(5);
    type(root, 'vision-title-en-5', 'Monitoring');
    type(root, 'vision-title-zh-5', '监测');
    $(root, 'vision-save-draft')?.click();
    await until(() => $(root, 'vision-status')?.textContent === '');
    const saved = (await vision.stage(3)).version!;
    expect(saved.sections.map((s) => s.kind)).toEqual(['purpose', 'coreValues', 'longTermGoals', 'sdgs', 'commitments', 'free']);
    expect(saved.sections[5]?.titleEn).toBe('Monitoring');
    expect(saved.sections[1]?.paragraphs.at(-1)?.textZh).toBe('开放包容。');
    // The new paragraph has a key now.
    expect(keysIn(root, 1).every((k) => /^\d+$/.test(k ?? ''))).toBe(true);
  });

  it('asks before removing a paragraph with text, and keeps one that an amendment names', async () => {
    const { root } = await draft();
    $(root, 'vision-remove-3')?.click();
    await until(() => $$('confirm-vision-remove-paragraph') !== null);
    $$('confirm-vision-remove-paragraph-cancel')?.click();
    expect(keysIn(root, 1)).toEqual(['2', '3', '4']);
    $(root, 'vision-remove-3')?.click();
    await until(() => $$('confirm-vision-remove-paragraph') !== null);
    $$('confirm-vision-remove-paragraph-confirm')?.click();
    await until(() => keysIn(root, 1).join() === '2,4');
    // An empty paragraph goes at once.
    $(root, 'vision-add-paragraph-0')?.click();
    const id = root.querySelector<HTMLElement>('[data-testid="vision-section-0"] textarea[data-testid^="vision-zh-new-"]')!.dataset.testid!.replace('vision-zh-', '');
    $(root, `vision-remove-${id}`)?.click();
    expect($(root, `vision-zh-${id}`)).toBeNull();
    expect($$('confirm-vision-remove-paragraph')).toBeNull();
    // An amended paragraph's remove button is disabled and says why.
    ($(root, 'vision-propose-paragraph') as HTMLSelectElement).selectedIndex = 0;
    type(root, 'vision-propose-en', 'A shorter purpose.');
    type(root, 'vision-propose-reason', 'Shorter.');
    $(root, 'vision-propose')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => $(root, 'vision-amendment-1') !== null);
    const remove = $(root, 'vision-remove-1') as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    expect(remove.title).toContain('amendment');
    // The removal typed before proposing is still there.
    expect(keysIn(root, 1)).toEqual(['2', '4']);
  });

  it('moves and removes a free section, in Chinese, after a confirmation', async () => {
    const { root } = await draft('zh-CN');
    $(root, 'vision-add-section')?.click();
    type(root, 'vision-title-zh-5', '监测');
    expect($(root, 'vision-add-section')?.textContent).toContain('添加章节');
    $(root, 'vision-move-section-up-5')?.click();
    expect($(root, 'vision-section-4')?.getAttribute('data-kind')).toBe('free');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('vision-move-section-up-4');
    expect($(root, 'vision-remove-section-0')).toBeNull();
    $(root, 'vision-remove-section-4')?.click();
    await until(() => $$('confirm-vision-remove-section') !== null);
    expect($$('confirm-vision-remove-section')?.textContent).toContain('监测');
    $$('confirm-vision-remove-section-confirm')?.click();
    await until(() => $(root, 'vision-section-5') === null && $(root, 'vision-section-4')?.getAttribute('data-kind') === 'commitments');
  });
});
