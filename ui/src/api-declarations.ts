// The declarations commands (list, prepare, edit, sign in turn, preview, export) and the city's
// certificate, kept apart from `api.ts`. In a plain browser and in the unit tests an in-memory
// stand-in plays the backend; its preview is built from the same Fluent texts, more simply.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import { demoDialogue } from './api-mock';
import type {
  ApiError, CertificateExport, CityCertificate, Declaration, DeclarationPreview, DeclarationTemplate, DeclarationView,
  Dialogue, DigitalSigner, DrawnSignature, ExportLanguage, ExportResult, FormProblem, PreviewBlock, SignatureView,
} from './bindings';
import { checkDraft, cloneDeclaration } from './declarations-model';
import { createI18n, i18n } from './i18n';

export interface DeclarationsApi {
  list(): Promise<DeclarationView[]>;
  get(id: number): Promise<DeclarationView>;
  /** The membership declaration made from the dialogue, dated today, saved. */
  createMembership(): Promise<DeclarationView>;
  /** A new declaration from a template, not saved yet. */
  fromTemplate(template: DeclarationTemplate): Promise<Declaration>;
  save(declaration: Declaration): Promise<DeclarationView>;
  /** The store refuses a signer out of turn. */
  sign(id: number, role: string, signature: DrawnSignature): Promise<DeclarationView>;
  clearSignature(id: number, role: string): Promise<DeclarationView>;
  preview(id: number, language: ExportLanguage): Promise<DeclarationPreview>;
  /** `null` when the person cancelled the save dialog. */
  exportPdf(id: number, language: ExportLanguage, signer: DigitalSigner | null): Promise<ExportResult | null>;
  certificate(): Promise<CityCertificate>;
  exportCertificate(): Promise<CertificateExport | null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriDeclarationsApi: DeclarationsApi = {
  list: () => call('list_declarations'),
  get: (id) => call('get_declaration', { id }),
  createMembership: () => call('create_membership_declaration'),
  fromTemplate: (template) => call('declaration_from_template', { template }),
  save: (declaration) => call('save_declaration', { declaration }),
  sign: (id, role, signature) => call('sign_declaration', { id, role, signature }),
  clearSignature: (id, role) => call('clear_declaration_signature', { id, role }),
  preview: (id, language) => call('preview_declaration', { id, language }),
  exportPdf: (id, language, signer) => call('export_declaration', { id, language, signer }),
  certificate: () => call('city_certificate'),
  exportCertificate: () => call('export_city_certificate'),
};

export function connectDeclarations(): DeclarationsApi {
  return inTauri() ? tauriDeclarationsApi : createMockDeclarationsApi(demoDialogue);
}

// ---- the stand-in ------------------------------------------------------------------------

// Texts kept in both languages are asked for in each (the backend's `membership_form_problems`).
const FORM_FIELDS: [keyof Dialogue['focalPoint'], string][] = [
  ['familyNameZh', 'decl-form-family-name-zh'], ['familyNameEn', 'decl-form-family-name-en'],
  ['firstNameZh', 'decl-form-first-name-zh'], ['firstNameEn', 'decl-form-first-name-en'],
  ['titleZh', 'decl-form-title-zh'], ['titleEn', 'decl-form-title-en'],
  ['administrationZh', 'decl-form-administration-zh'], ['administrationEn', 'decl-form-administration-en'],
  ['economy', 'decl-form-economy'],
  ['postalAddressZh', 'decl-form-postal-address-zh'], ['postalAddressEn', 'decl-form-postal-address-en'],
  ['email', 'decl-form-email'], ['mobile', 'decl-form-mobile'],
  ['fax', 'decl-form-fax'],
  ['assistantNameZh', 'decl-form-assistant-name-zh'], ['assistantNameEn', 'decl-form-assistant-name-en'],
  ['assistantEmail', 'decl-form-assistant-email'],
];

const both = (zh: string, en: string): string => [zh.trim(), en.trim()].filter(Boolean).join(' ');

const OPTIONAL_ON_FORM: (keyof Dialogue['focalPoint'])[] = ['mobile', 'fax', 'assistantNameZh', 'assistantNameEn', 'assistantEmail'];

// An optional text in both languages: once one side is given, the other is asked for.
const PAIRED_ON_FORM: Partial<Record<keyof Dialogue['focalPoint'], keyof Dialogue['focalPoint']>> = {
  assistantNameZh: 'assistantNameEn', assistantNameEn: 'assistantNameZh',
};

function missingOnForm(fp: Dialogue['focalPoint'], key: keyof Dialogue['focalPoint']): boolean {
  if (fp[key].trim() !== '') return false;
  const other = PAIRED_ON_FORM[key];
  return !OPTIONAL_ON_FORM.includes(key) || (other !== undefined && fp[other].trim() !== '');
}

const TEMPLATE_IDS = [
  [null, ['decl-ce-intro-1', 'decl-ce-intro-2', 'decl-ce-intro-3'], false],
  ['decl-ce-philosophy', ['decl-ce-philosophy-1', 'decl-ce-philosophy-2', 'decl-ce-philosophy-3', 'decl-ce-philosophy-4'], true],
  ['decl-ce-effects', ['decl-ce-effects-1', 'decl-ce-effects-2', 'decl-ce-effects-3', 'decl-ce-effects-4'], true],
  ['decl-ce-commitments', ['decl-ce-commitments-intro'], false],
  [null, Array.from({ length: 10 }, (_, i) => `decl-ce-commit-${i + 1}`), true],
] as const;

/** A tiny signature, the same every time, for the demo's focal point. */
export function sampleStrokes(): [number, number][][] {
  const loop = Array.from({ length: 40 }, (_, i): [number, number] => {
    const t = i / 39;
    return [Math.round((0.1 + 0.8 * t) * 10000) / 10000, Math.round((0.55 - 0.3 * Math.abs(Math.sin(t * Math.PI * 5)) * (1 - 0.5 * t)) * 10000) / 10000];
  });
  return [loop, [[0.12, 0.8], [0.6, 0.78], [0.9, 0.74]]];
}

/** The in-memory backend: the demo's membership declaration signed by the focal point, and a draft commitment. */
export function createMockDeclarationsApi(dialogue: () => Dialogue): DeclarationsApi {
  const zh = createI18n('zh-CN');
  const en = createI18n('en');
  const ui = () => i18n();
  const today = new Date().toISOString().slice(0, 10);
  const membership = (d: Dialogue, id: number): Declaration => ({
    id, kind: 'membership', titleZh: '', titleEn: '', sections: [],
    signers: [
      // Chinese first, as the backend keeps them.
      { role: 'focal-point', name: both(`${d.focalPoint.familyNameZh}${d.focalPoint.firstNameZh}`, `${d.focalPoint.familyNameEn} ${d.focalPoint.firstNameEn}`), title: both(d.focalPoint.titleZh, d.focalPoint.titleEn) },
      { role: 'high-level-rep', name: both(d.highLevelRep.nameZh, d.highLevelRep.nameEn), title: both(d.highLevelRep.titleZh, d.highLevelRep.titleEn) },
    ],
    placeZh: d.cityZh, placeEn: d.cityEn, date: today,
  });
  const fromTemplate = (d: Dialogue): Declaration => {
    const m = membership(d, 0);
    return {
      ...m, kind: 'custom', titleZh: zh.t('decl-ce-title'), titleEn: en.t('decl-ce-title'),
      sections: TEMPLATE_IDS.map(([heading, ids, bullet]) => ({
        headingZh: heading === null ? '' : zh.t(heading), headingEn: heading === null ? '' : en.t(heading), numbered: false,
        paragraphs: ids.map((id) => ({ zh: zh.t(id), en: en.t(id), bullet })),
      })),
      signers: [...m.signers].reverse(),
    };
  };
  let declarations: Declaration[] = [membership(dialogue(), 1), { ...fromTemplate(dialogue()), id: 2 }];
  let signatures: Record<number, SignatureView[]> = {
    1: [{ role: 'focal-point', name: declarations[0]?.signers[0]?.name ?? '', signature: { strokes: sampleStrokes() }, signedAt: `${today}T08:45:00` }],
  };
  let nextId = 3;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
  const fail = (code: string, message: string, fields: ApiError['fields'] = []): never => {
    const error: ApiError = { code, message, fields };
    throw error;
  };
  const find = (id: number): Declaration => declarations.find((d) => d.id === id) ?? fail('not-found', ui().t('decl-error-not-found', { id }));
  const problems = (): FormProblem[] => {
    const fp = dialogue().focalPoint;
    // As the backend: what the dialogue form calls optional never blocks the form, but an
    // assistant named in one language is asked for in the other.
    return FORM_FIELDS.filter(([key]) => missingOnForm(fp, key)).map(([key, label]) => ({
      field: `focalPoint.${key}`, label: ui().t(label), message: ui().t('error-field-required'), labelId: label, problem: 'error-field-required',
    }));
  };
  const view = (d: Declaration): DeclarationView => {
    const signed = signatures[d.id] ?? [];
    const next = d.signers.find((s) => !signed.some((g) => g.role === s.role));
    return {
      declaration: cloneDeclaration(d), signatures: signed.map((s) => ({ ...s })), nextSigner: next?.role ?? null,
      formProblems: d.kind === 'membership' ? problems() : [],
    };
  };

  function preview(d: Declaration, language: ExportLanguage): DeclarationPreview {
    const pick = (zhText: string, enText: string): [string, string | null] => {
      if (language === 'en') return [enText || zhText, null];
      if (language === 'zh-CN') return [zhText || enText, null];
      return zhText && enText && zhText !== enText ? [zhText, enText] : [zhText || enText, null];
    };
    const msg = (id: string, args?: Record<string, string>) => pick(zh.t(id, args), en.t(id, args));
    const blocks: PreviewBlock[] = [];
    const paragraph = ([main, second]: [string, string | null], bullet = false) => {
      const mark = (s: string) => (bullet ? `• ${s}` : s);
      blocks.push({ kind: 'paragraph', text: mark(main), secondary: false, align: 'justify' });
      if (second !== null) blocks.push({ kind: 'paragraph', text: mark(second), secondary: true, align: 'justify' });
    };
    const label = (id: string) => (language === 'en' ? en.t(id) : language === 'zh-CN' ? zh.t(id) : `${zh.t(id)} ${en.t(id)}`);
    const dlg = dialogue();
    let title: [string, string | null];
    if (d.kind === 'membership') {
      title = msg('decl-membership-title');
      ['decl-membership-s1', 'decl-membership-s2', 'decl-membership-s3', 'decl-membership-s4', 'decl-membership-s5'].forEach((id, i) => {
        const [main, second] = msg(id);
        blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${main}`, secondary: second });
        if (i < 4) paragraph(msg(`${id}-p1`.replace('s4-p1', 's4-intro')));
      });
      blocks.push({ kind: 'heading', level: 3, text: label('decl-form-heading'), secondary: null });
      blocks.push({
        kind: 'fields',
        rows: FORM_FIELDS.map(([key, id]) => ({ label: label(id), value: dlg.focalPoint[key] })).concat([{ label: label('decl-form-city'), value: `${dlg.cityZh} ${dlg.cityEn}` }]),
      });
    } else {
      title = pick(d.titleZh, d.titleEn);
      for (const s of d.sections) {
        const [main, second] = pick(s.headingZh, s.headingEn);
        if (main !== '') blocks.push({ kind: 'heading', level: 2, text: main, secondary: second });
        for (const p of s.paragraphs) paragraph(pick(p.zh, p.en), p.bullet);
      }
    }
    blocks.push({ kind: 'heading', level: 2, text: label('decl-signatures'), secondary: null });
    const [place] = pick(d.placeZh, d.placeEn);
    blocks.push({ kind: 'paragraph', text: `${label('decl-place')}: ${place}\n${label('decl-date')}: ${d.date ?? ''}`, secondary: false, align: 'left' });
    const signed = signatures[d.id] ?? [];
    blocks.push({
      kind: 'signatures',
      signers: d.signers.map((s) => ({
        caption: label(`decl-role-${s.role}`), name: s.name, title: s.title,
        strokes: signed.find((g) => g.role === s.role)?.signature.strokes ?? null,
      })),
    });
    return { lang: language === 'en' ? 'en' : 'zh-CN', header: pick(dlg.cityZh, dlg.cityEn)[0], title: title[0], subtitle: title[1] ?? '', blocks };
  }

  return {
    list: async () => {
      await pause();
      return declarations.map(view);
    },
    get: async (id) => view(find(id)),
    createMembership: async () => {
      const d = membership(dialogue(), nextId++);
      declarations = [...declarations, d];
      return view(d);
    },
    fromTemplate: async () => fromTemplate(dialogue()),
    save: async (draft) => {
      const problemsFound = checkDraft(draft);
      if (problemsFound.length > 0) {
        fail('validation', ui().t('error-validation', { count: problemsFound.length }),
          problemsFound.map((p) => ({ field: p.field, message: ui().t(p.problem) })));
      }
      if (draft.id !== 0 && (signatures[draft.id] ?? []).length > 0) {
        fail('database', ui().t('decl-error-signed', { id: draft.id, count: (signatures[draft.id] ?? []).length }));
      }
      const saved = cloneDeclaration({ ...draft, id: draft.id === 0 ? nextId++ : draft.id });
      declarations = draft.id === 0 ? [...declarations, saved] : declarations.map((d) => (d.id === saved.id ? saved : d));
      return view(saved);
    },
    sign: async (id, role, signature) => {
      await pause();
      const d = find(id);
      const signed = signatures[id] ?? [];
      const signer = d.signers.find((s) => s.role === role) ?? fail('database', ui().t('decl-error-signer-unknown', { id, role }));
      const waiting = d.signers.slice(0, d.signers.indexOf(signer)).find((s) => !signed.some((g) => g.role === s.role));
      if (waiting !== undefined) fail('database', ui().t('decl-error-out-of-turn', { role, name: waiting.name }));
      if (signature.strokes.every((s) => s.length === 0)) fail('database', ui().t('decl-error-signature-empty'));
      const entry: SignatureView = { role, name: signer.name, signature, signedAt: new Date().toISOString().slice(0, 19) };
      signatures = { ...signatures, [id]: [...signed.filter((g) => g.role !== role), entry] };
      return view(d);
    },
    clearSignature: async (id, role) => {
      signatures = { ...signatures, [id]: (signatures[id] ?? []).filter((g) => g.role !== role) };
      return view(find(id));
    },
    preview: async (id, language) => preview(find(id), language),
    exportPdf: async (id, language, signer) => {
      await pause();
      const d = find(id);
      const open = d.kind === 'membership' ? problems() : [];
      if (open.length > 0) {
        fail('form-incomplete', ui().t('decl-ui-form-incomplete', { count: open.length }),
          open.map((p) => ({ field: p.field, message: `${p.label}: ${p.message}` })));
      }
      const suffix = signer === null ? '' : '-signed';
      return { path: `/home/user/Documents/Weinan-declaration-${id}-${language}${suffix}.pdf`, pages: 3, kilobytes: 180 };
    },
    certificate: async () => ({ fingerprint: '3F:A2:19:7C:0B:5E:D4:61:8A:C3:27:9E:F0:14:6B:D2:55:80:E9:3A:1C:7F:B6:42:08:9D:E1:6A:C4:33:70:5B', pem: '-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n' }),
    exportCertificate: async () => ({ path: '/home/user/Documents/Weinan-city-ca.pem', fingerprint: '3F:A2:19:7C:0B:5E:D4:61:8A:C3:27:9E:F0:14:6B:D2:55:80:E9:3A:1C:7F:B6:42:08:9D:E1:6A:C4:33:70:5B' }),
  };
}
