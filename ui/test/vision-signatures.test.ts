// @vitest-environment happy-dom
// The drawn signatures of an adopted Vision version: who has signed, Sign opening the pad,
// keyboard focus on the pad and back, a refusal shown and nothing changed.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { setI18nLocale } from '../src/i18n';
import { createMockVisionSignaturesApi, renderVisionSignatures, type VisionSignaturesApi } from '../src/screens/vision-signatures';
import { createToaster } from '../src/widgets/toast';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function draw(canvas: HTMLElement): void {
  canvas.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 100, right: 300, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
  const fire = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX: x, clientY: y, bubbles: true }));
  fire('pointerdown', 20, 60);
  for (let i = 1; i <= 10; i++) fire('pointermove', 20 + i * 25, i % 2 === 0 ? 60 : 20);
  fire('pointerup', 270, 60);
}

function mount(api: VisionSignaturesApi, locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const toast = createToaster();
  document.body.replaceChildren(renderVisionSignatures(3, { toast, api }), toast.element);
  return toast;
}

afterEach(() => vi.restoreAllMocks());

describe('Vision signatures', () => {
  it('shows both roles unsigned, signs one through the pad and shows it signed', async () => {
    const api = createMockVisionSignaturesApi();
    const sign = vi.spyOn(api, 'sign');
    mount(api);
    await until(() => $('vision-unsigned-focal-point') !== null);
    expect($('vision-unsigned-representative')?.textContent).toBe('Not signed yet');
    expect($('signing-pad')).toBeNull();
    $('vision-sign-focal-point')?.click();
    const pad = $('signing-pad');
    expect(pad).not.toBeNull();
    expect(document.activeElement).toBe(pad);
    draw(pad as HTMLElement);
    $('signing-pad-sign')?.click();
    await until(() => $('vision-signed-focal-point') !== null);
    expect(sign).toHaveBeenCalledWith(3, 'focal-point', expect.objectContaining({ strokes: expect.any(Array) }));
    expect($('vision-signer-focal-point')?.querySelector('[data-testid="signature-ink"]')).not.toBeNull();
    expect($('vision-unsigned-representative')).not.toBeNull();
    expect($('vision-sign-focal-point')?.textContent).toBe('Sign again');
    expect($('signing-pad')).toBeNull();
    expect(document.activeElement).toBe($('vision-sign-focal-point'));
  });

  it('closes the pad on Cancel and says a refusal in the window language, signing nothing', async () => {
    const api: VisionSignaturesApi = {
      list: async () => [],
      sign: async () => { throw { code: 'store', message: '愿景第 3 版不是已通过的版本，不能签署：未作任何更改。', fields: [] }; },
    };
    const toast = mount(api, 'zh-CN');
    await until(() => $('vision-sign-representative') !== null);
    expect($('vision-sign-representative')?.textContent).toBe('签名');
    $('vision-sign-representative')?.click();
    $('vision-sign-cancel')?.click();
    expect($('signing-pad')).toBeNull();
    expect(document.activeElement).toBe($('vision-sign-representative'));
    $('vision-sign-representative')?.click();
    draw($('signing-pad') as HTMLElement);
    $('signing-pad-sign')?.click();
    await until(() => toast.element.textContent?.includes('未作任何更改') === true);
    expect($('vision-unsigned-representative')).not.toBeNull();
  });
});
