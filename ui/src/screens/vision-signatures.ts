// The drawn signatures on an adopted Vision version: for the focal point and the high-level
// representative, who has signed (with the drawing) and a Sign button that opens the signing
// pad of the declarations (the shared signers panel); signing again replaces the drawing. The
// PDF draws them on its lines.

import { inTauri, toApiError } from '../api';
import { invoke } from '@tauri-apps/api/core';
import type { DrawnSignature, SignatureView } from '../bindings';
import { t } from '../i18n';
import { inSigningOrder, renderSignersPanel, roleMessage, SIGNER_ROLES, type SignerRole } from '../widgets/signers-panel';
import type { Toaster } from '../widgets/toast';

export type VisionSignerRole = SignerRole;
export const VISION_SIGNERS: readonly VisionSignerRole[] = SIGNER_ROLES;

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
      const all = inSigningOrder([...others, { role, name: t(roleLabel(role)), signature, signedAt }]);
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
  return roleMessage('vision', role);
}

export interface VisionSignaturesDeps {
  toast: Toaster;
  api?: VisionSignaturesApi;
}

/** The panel for adopted version `number`; it loads the signatures itself. */
export function renderVisionSignatures(number: number, deps: VisionSignaturesDeps): HTMLElement {
  const api = deps.api ?? connectVisionSignatures();
  return renderSignersPanel({
    prefix: 'vision',
    toast: deps.toast,
    load: () => api.list(number),
    sign: (role, signature) => api.sign(number, role, signature),
    toastArgs: { number },
  });
}
