// @vitest-environment happy-dom
// The drawn signatures on the targets pledge: both roles unsigned, Sign opening the pad with the
// keyboard focus on it, the drawing shown once signed, signing again, and a refusal (nothing
// adopted yet) said in the window's language with nothing changed.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { setI18nLocale } from '../src/i18n';
import { createMockPledgeSignaturesApi, renderTargetsSignatures, type PledgeSignaturesApi } from '../src/screens/targets-signatures';
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

function mount(api: PledgeSignaturesApi, locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const toast = createToaster();
  document.body.replaceChildren(renderTargetsSignatures({ toast, api }), toast.element);
  return toast;
}

afterEach(() => vi.restoreAllMocks());

describe('Targets pledge signatures', () => {
  it('signs both roles through the pad, shows the drawings and signs again', async () => {
    const api = createMockPledgeSignaturesApi();
    const sign = vi.spyOn(api, 'sign');
    const toast = mount(api);
    expect($('pledge-signatures')?.querySelector('h2')?.textContent).toBe('Signatures on the targets pledge');
    await until(() => $('pledge-unsigned-focal-point') !== null);
    expect($('pledge-unsigned-representative')?.textContent).toBe('Not signed');
    $('pledge-sign-representative')?.click();
    const pad = $('signing-pad');
    expect(document.activeElement).toBe(pad);
    draw(pad as HTMLElement);
    $('signing-pad-sign')?.click();
    await until(() => $('pledge-signed-representative') !== null);
    expect(sign).toHaveBeenCalledWith('representative', expect.objectContaining({ strokes: expect.any(Array) }));
    const strokes = sign.mock.calls[0]?.[1].strokes ?? [];
    expect(strokes.length).toBe(1);
    expect(strokes[0]?.length).toBeGreaterThan(5);
    expect($('pledge-signer-representative')?.querySelector('[data-testid="signature-ink"]')).not.toBeNull();
    expect($('pledge-unsigned-focal-point')).not.toBeNull();
    expect(toast.element.textContent).toContain('signed the targets pledge');
    expect(document.activeElement).toBe($('pledge-sign-representative'));
    expect($('pledge-sign-representative')?.textContent).toBe('Sign again');

    $('pledge-sign-focal-point')?.click();
    draw($('signing-pad') as HTMLElement);
    $('signing-pad-sign')?.click();
    await until(() => $('pledge-signed-focal-point') !== null);
    const roles = (await api.list()).map((s) => s.role);
    expect(roles).toEqual(['focal-point', 'representative']);
  });

  it('says a refusal in Chinese, closes on Cancel and signs nothing', async () => {
    const api: PledgeSignaturesApi = {
      list: async () => [],
      sign: async () => { throw { code: 'store', message: '尚无已通过的目标：共识议题通过目标后方可签署承诺书。未作任何更改。', fields: [] }; },
    };
    const toast = mount(api, 'zh-CN');
    await until(() => $('pledge-sign-focal-point') !== null);
    expect($('pledge-sign-focal-point')?.textContent).toBe('签名');
    expect($('pledge-signatures')?.textContent).not.toMatch(/[A-Za-z]{3,}/);
    $('pledge-sign-focal-point')?.click();
    $('pledge-sign-cancel')?.click();
    expect($('signing-pad')).toBeNull();
    expect(document.activeElement).toBe($('pledge-sign-focal-point'));
    $('pledge-sign-focal-point')?.click();
    draw($('signing-pad') as HTMLElement);
    $('signing-pad-sign')?.click();
    await until(() => toast.element.textContent?.includes('未作任何更改') === true);
    expect($('pledge-unsigned-focal-point')).not.toBeNull();
    expect($('pledge-signed-focal-point')).toBeNull();
  });
});
