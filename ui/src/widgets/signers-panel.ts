// A panel where the focal point and the high-level representative draw their signatures on an
// adopted document (the Vision, the targets pledge): who has signed (with the drawing) and a
// Sign button that opens the signing pad; signing again replaces the drawing. The messages and
// test ids are the caller's prefix (`vision-sig-title`, `vision-sign-focal-point`, …).

import { toApiError } from '../api';
import type { DrawnSignature, SignatureView } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { signatureSvg } from '../screens/declaration-preview';
import { createSigningPad } from './signing-pad';
import type { Toaster } from './toast';

export type SignerRole = 'focal-point' | 'representative';
export const SIGNER_ROLES: readonly SignerRole[] = ['focal-point', 'representative'];

export interface SignersPanelOptions {
  /** `vision` or `pledge`: the prefix of classes, test ids and message ids. */
  prefix: string;
  toast: Toaster;
  load(): Promise<SignatureView[]>;
  sign(role: SignerRole, signature: DrawnSignature): Promise<SignatureView[]>;
  /** Variables of the toast after signing besides the signer's name. */
  toastArgs?: Record<string, string | number>;
  /** Shown under the title (e.g. what the signatures are for); none when absent. */
  intro?: string;
}

/** The message id of a role's label: `vision-sig-focal-point`. */
export function roleMessage(prefix: string, role: SignerRole): string {
  return `${prefix}-sig-${role}`;
}

/** Signers sorted as they sign on the page, focal point first. */
export function inSigningOrder(signed: SignatureView[]): SignatureView[] {
  return [...signed].sort((a, b) => SIGNER_ROLES.indexOf(a.role as SignerRole) - SIGNER_ROLES.indexOf(b.role as SignerRole));
}

export function renderSignersPanel(options: SignersPanelOptions): HTMLElement {
  const { prefix } = options;
  const msg = (suffix: string): string => `${prefix}-sig-${suffix}`;
  const list = h('ul', { class: `${prefix}-signers` });
  const padHost = h('div', { class: `${prefix}-signing` });
  const panel = h('section', { class: `card ${prefix}-signatures`, 'data-testid': `${prefix}-signatures`, 'aria-labelledby': `${prefix}-signatures-title` },
    h('h2', { class: 'card-title', id: `${prefix}-signatures-title` }, t(msg('title'))),
    options.intro !== undefined && h('p', { class: 'muted' }, options.intro),
    list, padHost);

  const render = (signed: SignatureView[]): void => {
    replaceChildren(list, ...SIGNER_ROLES.map((role) => {
      const done = signed.find((s) => s.role === role);
      const sign = h('button', { type: 'button', class: 'button', 'data-testid': `${prefix}-sign-${role}` },
        t(done === undefined ? msg('sign') : msg('sign-again')));
      sign.addEventListener('click', () => open(role));
      const status = done === undefined
        ? h('span', { class: 'chip', 'data-testid': `${prefix}-unsigned-${role}` }, t(msg('unsigned')))
        : h('span', { class: 'chip chip-signed', 'data-testid': `${prefix}-signed-${role}` },
          t(msg('signed'), { time: i18n().formatDate(new Date(done.signedAt)) }));
      return h('li', { class: `${prefix}-signer`, 'data-testid': `${prefix}-signer-${role}` },
        h('p', { class: 'decl-signer-role' }, t(roleMessage(prefix, role)), done !== undefined && ` · ${done.name}`),
        status,
        done !== undefined && signatureSvg(done.signature.strokes, t(msg('of'), { name: done.name })),
        sign);
    }));
  };

  const open = (role: SignerRole): void => {
    const close = (): void => {
      replaceChildren(padHost);
      list.querySelector<HTMLElement>(`[data-testid="${prefix}-sign-${role}"]`)?.focus();
    };
    const pad = createSigningPad({
      signerName: t(roleMessage(prefix, role)),
      onSign: async (strokes) => {
        try {
          const signed = await options.sign(role, { strokes });
          const name = signed.find((s) => s.role === role)?.name ?? t(roleMessage(prefix, role));
          options.toast.show(t(msg('signed-toast'), { ...options.toastArgs, name }));
          render(signed);
          close();
        } catch (raw) {
          options.toast.show(toApiError(raw).message, 'error');
        }
      },
    });
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': `${prefix}-sign-cancel` }, t(msg('cancel')));
    cancel.addEventListener('click', close);
    replaceChildren(padHost, h('h3', { class: 'decl-pad-title' }, t(roleMessage(prefix, role))), pad.element, cancel);
    padHost.querySelector<HTMLElement>('[data-testid="signing-pad"]')?.focus();
  };

  render([]);
  options.load().then(render).catch((raw: unknown) => options.toast.show(toApiError(raw).message, 'error'));
  return panel;
}
