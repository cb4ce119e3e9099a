// The drawn signatures on the targets pledge: the focal point and the high-level
// representative sign the adopted target set through the shared signers panel (the signing
// pad of the declarations); signing again replaces the drawing, and the pledge PDF prints each
// drawing on its signer's line. While nothing is adopted the backend refuses, and says so.

import { inTauri, toApiError } from '../api';
import { invoke } from '@tauri-apps/api/core';
import type { DrawnSignature, SignatureView } from '../bindings';
import { t } from '../i18n';
import { inSigningOrder, renderSignersPanel, roleMessage, type SignerRole } from '../widgets/signers-panel';
import type { Toaster } from '../widgets/toast';

export interface PledgeSignaturesApi {
  list(): Promise<SignatureView[]>;
  sign(role: SignerRole, signature: DrawnSignature): Promise<SignatureView[]>;
}

async function call<T>(command: string, args: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriPledgeSignaturesApi: PledgeSignaturesApi = {
  list: () => call('pledge_signatures', {}),
  sign: (role, signature) => call('sign_pledge', { role, signature }),
};

/** The stand-in outside the app: the signatures kept in memory. */
export function createMockPledgeSignaturesApi(): PledgeSignaturesApi {
  let stored: SignatureView[] = [];
  return {
    list: async () => stored,
    sign: async (role, signature) => {
      const signedAt = new Date().toISOString().slice(0, 19);
      stored = inSigningOrder([...stored.filter((s) => s.role !== role), { role, name: t(roleMessage('pledge', role)), signature, signedAt }]);
      return stored;
    },
  };
}

let shared: PledgeSignaturesApi | null = null;
export function connectPledgeSignatures(): PledgeSignaturesApi {
  shared ??= inTauri() ? tauriPledgeSignaturesApi : createMockPledgeSignaturesApi();
  return shared;
}

export interface TargetsSignaturesDeps {
  toast: Toaster;
  api?: PledgeSignaturesApi;
}

/** The panel for the pledge of the adopted targets; it loads the signatures itself. */
export function renderTargetsSignatures(deps: TargetsSignaturesDeps): HTMLElement {
  const api = deps.api ?? connectPledgeSignatures();
  return renderSignersPanel({
    prefix: 'pledge',
    toast: deps.toast,
    load: () => api.list(),
    sign: (role, signature) => api.sign(role, signature),
    intro: t('pledge-sig-intro'),
  });
}
