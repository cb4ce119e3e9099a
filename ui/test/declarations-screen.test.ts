// @vitest-environment happy-dom
// The Documents stage in a DOM, on the in-memory backend: the list, signing in turn, the
// preview in each language, the form problems leading into the dialogue form, the editor.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockDeclarationsApi, type DeclarationsApi } from '../src/api-declarations';
import { demoDialogue } from '../src/api-mock';
import type { Dialogue } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { DocumentsScreen } from '../src/screens/documents';
import { createToaster } from '../src/widgets/toast';

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

function mount(api: DeclarationsApi, editDialogue = vi.fn()) {
  const toast = createToaster();
  const screen = new DocumentsScreen({ toast, editDialogue, api });
  document.body.replaceChildren(screen.render(), toast.element);
  return { screen, editDialogue, toast };
}

/** Draws a zig-zag on the pad with pointer events. */
function draw(canvas: HTMLElement): void {
  canvas.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 100, right: 300, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
  const fire = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX: x, clientY: y, bubbles: true }));
  fire('pointerdown', 20, 60);
  for (let i = 1; i <= 10; i++) fire('pointermove', 20 + i * 25, i % 2 === 0 ? 60 : 20);
  fire('pointerup', 270, 60);
}

beforeEach(() => setI18nLocale('en'));

afterEach(async () => {
  vi.restoreAllMocks();
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('the Documents stage', () => {
  it('lists the declarations with who has signed', async () => {
    mount(createMockDeclarationsApi(demoDialogue));
    await until(() => $('decl-open-membership') !== null);
    expect(must('stage-documents').textContent).toContain('Membership Declaration');
    expect(must('stage-documents').textContent).toContain('Signed by 1 of 2');
    expect(must('stage-documents').textContent).toContain('Circular');
  });

  it('lets the next signer sign on the pad, in turn, then shows everyone has signed', async () => {
    const api = createMockDeclarationsApi(demoDialogue);
    const sign = vi.spyOn(api, 'sign');
    mount(api);
    await until(() => $('decl-open-membership') !== null);
    must('decl-open-membership').click();
    await until(() => $('signing-pad') !== null && $('declaration-preview') !== null);
    expect(must('decl-now-signing').textContent).toContain('张华');
    expect($('decl-signed-focal-point')).not.toBeNull();
    expect((must('signing-pad-sign') as HTMLButtonElement).disabled).toBe(true);

    draw(must('signing-pad'));
    expect((must('signing-pad-sign') as HTMLButtonElement).disabled).toBe(false);
    must('signing-pad-sign').click();
    await until(() => $('decl-all-signed') !== null);
    const [, role, signature] = sign.mock.calls[0] ?? [];
    expect(role).toBe('high-level-rep');
    const points = signature?.strokes.flat() ?? [];
    expect(points.length).toBeGreaterThan(5);
    expect(points.every(([x, y]) => x >= 0 && x <= 1 && y >= 0 && y <= 1)).toBe(true);
    expect($('decl-signed-high-level-rep')).not.toBeNull();
    // The preview puts both drawn signatures on their lines.
    await until(() => document.querySelectorAll('[data-testid="declaration-preview"] [data-testid="signature-ink"]').length === 2);
  });

  it('previews in English, Chinese and both', async () => {
    mount(createMockDeclarationsApi(demoDialogue));
    await until(() => $('decl-open-membership') !== null);
    must('decl-open-membership').click();
    await until(() => $('declaration-preview') !== null);
    expect(must('declaration-preview').getAttribute('lang')).toBe('en');
    expect(must('declaration-preview').textContent).toContain('wang.lixin@example.cn');
    must('preview-lang-zh-CN').click();
    await until(() => must('declaration-preview').getAttribute('lang') === 'zh-CN');
    expect(must('declaration-preview').textContent).toContain('渭南');
    expect(must('preview-lang-zh-CN').getAttribute('aria-pressed')).toBe('true');
  });

  it('names each missing form field, in the language shown, and opens the dialogue form at it', async () => {
    const incomplete = (): Dialogue => {
      const d = demoDialogue();
      d.focalPoint.postalAddressEn = '';
      // Optional on the dialogue form, so never a reason to refuse the declaration.
      d.focalPoint.fax = '';
      d.focalPoint.assistantNameZh = '';
      d.focalPoint.assistantNameEn = '';
      return d;
    };
    const { editDialogue } = mount(createMockDeclarationsApi(incomplete));
    await until(() => $('decl-open-membership') !== null);
    must('decl-open-membership').click();
    await until(() => $('decl-form-problems') !== null);
    const listed = must('decl-form-problems').textContent ?? '';
    // The missing language is named: the Chinese address is there, the English one is not.
    expect(listed).toContain('Postal address in English');
    expect(listed).not.toContain('Postal address in Chinese');
    expect(listed).not.toContain('Fax');
    expect(listed.toLowerCase()).not.toContain('assistant');
    expect((must('export-declaration') as HTMLButtonElement).disabled).toBe(true);
    must('fix-focalPoint.postalAddressEn').click();
    expect(editDialogue).toHaveBeenCalledOnce();
  });

  it('asks for the assistant’s name in the other language once one is given', async () => {
    const halfNamed = (): Dialogue => {
      const d = demoDialogue();
      d.focalPoint.assistantNameEn = '';
      return d;
    };
    mount(createMockDeclarationsApi(halfNamed));
    await until(() => $('decl-open-membership') !== null);
    must('decl-open-membership').click();
    await until(() => $('decl-form-problems') !== null);
    const listed = must('decl-form-problems').textContent ?? '';
    expect(listed).toContain('Name of an assistant in English');
    expect(listed).not.toContain('Name of an assistant in Chinese');
    expect($('fix-focalPoint.assistantNameEn')).not.toBeNull();
  });

  it('exports with the language and the digital signature chosen', async () => {
    const api = createMockDeclarationsApi(demoDialogue);
    const exportPdf = vi.spyOn(api, 'exportPdf');
    mount(api);
    await until(() => $('decl-open-membership') !== null);
    must('decl-open-membership').click();
    await until(() => $('export-declaration') !== null);
    (must('export-sign') as HTMLInputElement).click();
    must('export-declaration').click();
    await until(() => $('toast') !== null);
    expect(exportPdf).toHaveBeenCalledWith(1, 'bilingual', 'focal-point');
    expect(must('toast').textContent).toContain('signed');
    await until(() => must('cert-fingerprint').textContent?.startsWith('3F:A2') === true);
  });

  it('makes a declaration from the template and refuses an empty title before saving', async () => {
    const api = createMockDeclarationsApi(demoDialogue);
    const save = vi.spyOn(api, 'save');
    mount(api);
    await until(() => $('decl-new-template') !== null);
    must('decl-new-template').click();
    await until(() => $('decl-editor') !== null);
    const title = must('decl-field-titleEn') as HTMLInputElement;
    expect(title.value).toContain('Circular');
    for (const id of ['decl-field-titleEn', 'decl-field-titleZh']) {
      const input = must(id) as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
    must('decl-editor-save').click();
    await until(() => $('error-summary') !== null);
    expect(save).not.toHaveBeenCalled();
    const zh = must('decl-field-titleZh') as HTMLInputElement;
    zh.value = '亚洲循环城市宣言';
    zh.dispatchEvent(new Event('input'));
    must('decl-editor-save').click();
    await until(() => $('decl-title') !== null);
    expect(save).toHaveBeenCalledOnce();
    expect(must('decl-title').textContent).toBe('亚洲循环城市宣言');
  });
});
