// The drawn signatures on an adopted Vision version: for the focal point and the high-level
// representative, who has signed (with the drawing) and a Sign button that opens the signing
// pad of the declarations; signing again replaces the drawing. The PDF draws them on its lines.

import { inTauri, toApiError } from '../api';
import { invoke } from '@tauri-apps/api/core';
import type { DrawnSignature, SignatureView } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { createSigningPad } from '../widgets/signing-pad';
import type { Toaster } from '../widgets/toast';
import { signatureSvg } from './declaration-preview';

export type VisionSignerRole = 'focal-point' | 'representative';
export const VISION_SIGNERS: readonly VisionSignerRole[] = ['focal-point', 'representative'];

export interface VisionSignaturesApi {
  list(number: number): Promise<SignatureView[]>;
  sign(number: number, role: VisionSignerRole, signature: DrawnSignature): Promise<SignatureView[]>;
}

async function call<T>(command: string, args: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriVisionSignaturesApi: VisionSignaturesApi = {
  list: (number) => call('vision_signatures', { number }),
  sign: (number, role, signature) => call('sign_vision', { number, role, signature }),
};

/** The stand-in outside the app: signatures kept in memory per version. */
export function createMockVisionSignaturesApi(): VisionSignaturesApi {
  const stored = new Map<number, SignatureView[]>();
  return {
    list: async (number) => stored.get(number) ?? [],
    sign: async (number, role, signature) => {
      const others = (stored.get(number) ?? []).filter((s) => s.role !== role);
      const signedAt = new Date().toISOString().slice(0, 19);
      const all = [...others, { role, name: t(roleLabel(role)), signature, signedAt }];
      all.sort((a, b) => VISION_SIGNERS.indexOf(a.role as VisionSignerRole) - VISION_SIGNERS.indexOf(b.role as VisionSignerRole));
      stored.set(number, all);
      return all;
    },
  };
}

let shared: VisionSignaturesApi | null = null;
export function connectVisionSignatures(): VisionSignaturesApi {
  shared ??= inTauri() ? tauriVisionSignaturesApi : createMockVisionSignaturesApi();
  return shared;
}

export function roleLabel(role: VisionSignerRole): string {
  return role === 'focal-point' ? 'vision-sig-focal-point' : 'vision-sig-representative';
}

export interface VisionSignaturesDeps {
  toast: Toaster;
  api?: VisionSignaturesApi;
}

/** The panel for adopted version `number`; it loads the signatures itself. */
export function renderVisionSignatures(number: number, deps: VisionSignaturesDeps): HTMLElement {
  const api = deps.api ?? connectVisionSignatures();
  const list = h('ul', { class: 'vision-signers' });
  const padHost = h('div', { class: 'vision-signing' });
  const panel = h('section', { class: 'card vision-signatures', 'data-testid': 'vision-signatures', 'aria-labelledby': 'vision-signatures-title' },
    h('h2', { class: 'card-title', id: 'vision-signatures-title' }, t('vision-sig-title')), list, padHost);

  const render = (signed: SignatureView[]): void => {
    replaceChildren(list, ...VISION_SIGNERS.map((role) => {
      const done = signed.find((s) => s.role === role);
      const sign = h('button', { type: 'button', class: 'button', 'data-testid': `vision-sign-${role}` },
        t(done === undefined ? 'vision-sig-sign' : 'vision-sig-sign-again'));
      sign.addEventListener('click', () => open(role));
      const status = done === undefined
        ? h('span', { class: 'chip', 'data-testid': `vision-unsigned-${role}` }, t('vision-sig-unsigned'))
        : h('span', { class: 'chip chip-signed', 'data-testid': `vision-signed-${role}` },
          t('vision-sig-signed', { time: i18n().formatDate(new Date(done.signedAt)) }));
      return h('li', { class: 'vision-signer', 'data-testid': `vision-signer-${role}` },
        h('p', { class: 'decl-signer-role' }, t(roleLabel(role)), done !== undefined && ` · ${done.name}`),
        status,
        done !== undefined && signatureSvg(done.signature.strokes, t('vision-sig-of', { name: done.name })),
        sign);
    }));
  };

  const open = (role: VisionSignerRole): void => {
    const close = (): void => {
      replaceChildren(padHost);
      list.querySelector<HTMLElement>(`[data-testid="vision-sign-${role}"]`)?.focus();
    };
    const pad = createSigningPad({
      signerName: t(roleLabel(role)),
      onSign: async (strokes) => {
        try {
          const signed = await api.sign(number, role, { strokes });
          const name = signed.find((s) => s.role === role)?.name ?? t(roleLabel(role));
          deps.toast.show(t('vision-sig-signed-toast', { name, number }));
          render(signed);
          close();
        } catch (raw) {
          deps.toast.show(toApiError(raw).message, 'error');
        }
      },
    });
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-sign-cancel' }, t('vision-sig-cancel'));
    cancel.addEventListener('click', close);
    replaceChildren(padHost, h('h3', { class: 'decl-pad-title' }, t(roleLabel(role))), pad.element, cancel);
    padHost.querySelector<HTMLElement>('[data-testid="signing-pad"]')?.focus();
  };

  render([]);
  api.list(number).then(render).catch((raw: unknown) => deps.toast.show(toApiError(raw).message, 'error'));
  return panel;
}
