// Declarations as data: who has signed and whose turn it is, the drawn signature's points
// (normalised to a box three times wider than high, as the domain stores them), the SVG path
// that draws them, and the checks of the declaration form. Pure: no DOM.

import type { Declaration, DeclarationSection, DeclarationSigner, DeclarationView, ExportLanguage, SignatureView } from './bindings';
import type { Locale } from './i18n';

/** Width over height of the signature box, on screen and on paper (`SIGNATURE_ASPECT`). */
export const SIGNATURE_ASPECT = 3;
/** The most points and strokes one signature may have (`MAX_SIGNATURE_POINTS`, `…_STROKES`). */
export const MAX_SIGNATURE_POINTS = 5000;
export const MAX_SIGNATURE_STROKES = 200;

export type Point = [number, number];
export type Strokes = Point[][];

export type SignerState = 'signed' | 'next' | 'waiting';

export interface SignerRow {
  signer: DeclarationSigner;
  state: SignerState;
  signature: SignatureView | null;
  /** For a waiting signer: the name of the one whose turn it is. */
  waitingFor: string | null;
}

/** Each signer in signing order with whether they have signed, sign next, or wait. */
export function signerRows(view: DeclarationView): SignerRow[] {
  const next = view.declaration.signers.find((s) => s.role === view.nextSigner) ?? null;
  return view.declaration.signers.map((signer) => {
    const signature = view.signatures.find((s) => s.role === signer.role) ?? null;
    const state: SignerState = signature !== null ? 'signed' : signer.role === view.nextSigner ? 'next' : 'waiting';
    return { signer, state, signature, waitingFor: state === 'waiting' ? (next?.name ?? null) : null };
  });
}

/** The signer whose turn it is, or null once everyone has signed. */
export function nextSigner(view: DeclarationView): DeclarationSigner | null {
  return view.declaration.signers.find((s) => s.role === view.nextSigner) ?? null;
}

/** A point of the box `width`×`height` (pixels from its top left) as 0..1, clamped, to 1/10000. */
export function normalizePoint(x: number, y: number, width: number, height: number): Point {
  const unit = (v: number, size: number) => {
    const n = size > 0 && Number.isFinite(v) ? v / size : 0;
    return Math.round(Math.min(1, Math.max(0, n)) * 10000) / 10000;
  };
  return [unit(x, width), unit(y, height)];
}

export function pointCount(strokes: Strokes): number {
  return strokes.reduce((sum, stroke) => sum + stroke.length, 0);
}

/** Whether one more point (or, with `newStroke`, one more stroke) still fits the limits. */
export function hasRoom(strokes: Strokes, newStroke = false): boolean {
  if (pointCount(strokes) >= MAX_SIGNATURE_POINTS) return false;
  return !newStroke || strokes.length < MAX_SIGNATURE_STROKES;
}

/** Adds a point to the last stroke unless it repeats the previous one (pointer jitter). */
export function addPoint(strokes: Strokes, point: Point): boolean {
  const stroke = strokes[strokes.length - 1];
  if (stroke === undefined || !hasRoom(strokes)) return false;
  const last = stroke[stroke.length - 1];
  if (last !== undefined && last[0] === point[0] && last[1] === point[1]) return false;
  stroke.push(point);
  return true;
}

/**
 * The SVG path that draws normalised strokes in a `width`×`height` box: `M x y L …` per
 * stroke; a one-point stroke is a dot (a zero-length line, drawn with round caps).
 */
export function strokesPath(strokes: readonly (readonly (readonly [number, number])[])[], width: number, height: number): string {
  const fmt = (v: number) => String(Math.round(v * 100) / 100);
  return strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => {
      const [first, ...rest] = stroke.map(([x, y]) => `${fmt(x * width)} ${fmt(y * height)}`);
      const tail = rest.length === 0 ? [first] : rest;
      return `M${first} ${tail.map((p) => `L${p}`).join(' ')}`;
    })
    .join(' ');
}

/** The Fluent id naming a known signer role, or null for a role the user typed. */
export function roleLabelId(role: string): string | null {
  return role === 'focal-point' || role === 'high-level-rep' ? `decl-role-${role}` : null;
}

/** A declaration's title in the interface language (the membership title comes from Fluent). */
export function declarationTitle(declaration: Declaration, locale: Locale, t: (id: string) => string): string {
  if (declaration.kind === 'membership') return t('decl-membership-title');
  const zh = declaration.titleZh.trim();
  const en = declaration.titleEn.trim();
  return (locale === 'zh-CN' ? zh || en : en || zh) || t('decl-ui-kind-custom');
}

/** The preview's language for the interface language. */
export function defaultExportLanguage(locale: Locale): ExportLanguage {
  return locale === 'zh-CN' ? 'zh-CN' : 'en';
}

export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['en', 'zh-CN', 'bilingual'];

export function exportLanguageLabel(language: ExportLanguage): string {
  return language === 'en' ? 'decl-ui-lang-en' : language === 'zh-CN' ? 'decl-ui-lang-zh' : 'decl-ui-lang-bilingual';
}

/** `focalPoint.fax` → the id of its input in the dialogue form (`f-focalPoint-fax`). */
export function dialogueFieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

// ---- the declaration form ---------------------------------------------------------------

export interface DraftProblem {
  /** The domain's path: `titleZh`, `sections.0.paragraphs.2.en`, `signers.1.name`, `date`. */
  field: string;
  /** Fluent id of the problem. */
  problem: string;
}

const MAX_TEXT = 500;
const MAX_PARAGRAPH = 4000;
const MAX_SIGNERS = 8;

const blank = (s: string) => s.trim() === '';

/** The checks the backend makes (`Declaration::validate`), so the form answers at once. */
export function checkDraft(d: Declaration): DraftProblem[] {
  const out: DraftProblem[] = [];
  const push = (field: string, problem: string) => out.push({ field, problem });
  const length = (field: string, value: string) => {
    if ([...value].length > MAX_TEXT) push(field, 'error-field-too-long');
  };
  if (d.kind === 'custom') {
    if (blank(d.titleZh) && blank(d.titleEn)) push('titleZh', 'error-field-required');
    length('titleZh', d.titleZh);
    length('titleEn', d.titleEn);
    const hasText = d.sections.some((s) => s.paragraphs.some((p) => !blank(p.zh) || !blank(p.en)));
    if (!hasText) push('sections', 'error-field-required');
  }
  d.sections.forEach((s, i) => {
    length(`sections.${i}.headingZh`, s.headingZh);
    length(`sections.${i}.headingEn`, s.headingEn);
    s.paragraphs.forEach((p, j) => {
      if ([...p.zh].length > MAX_PARAGRAPH) push(`sections.${i}.paragraphs.${j}.zh`, 'error-field-too-long');
      if ([...p.en].length > MAX_PARAGRAPH) push(`sections.${i}.paragraphs.${j}.en`, 'error-field-too-long');
    });
  });
  if (d.signers.length === 0) push('signers', 'error-field-required');
  else if (d.signers.length > MAX_SIGNERS) push('signers', 'error-field-range');
  d.signers.forEach((s, i) => {
    if (blank(s.role)) push(`signers.${i}.role`, 'error-field-required');
    else if (d.signers.slice(0, i).some((o) => o.role.trim() === s.role.trim())) push(`signers.${i}.role`, 'error-field-range');
    if (blank(s.name)) push(`signers.${i}.name`, 'error-field-required');
    length(`signers.${i}.title`, s.title);
  });
  if (blank(d.placeZh) && blank(d.placeEn)) push('placeZh', 'error-field-required');
  length('placeZh', d.placeZh);
  length('placeEn', d.placeEn);
  if (d.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) push('date', 'error-field-required');
  return out;
}

/** The Fluent id of the label of a form path (`sections.0.paragraphs.1.en` → the English field). */
export function draftFieldLabel(path: string): string {
  const last = path.split('.').pop() ?? path;
  const labels: Record<string, string> = {
    titleZh: 'decl-ui-field-title-zh', titleEn: 'decl-ui-field-title-en',
    placeZh: 'decl-ui-field-place-zh', placeEn: 'decl-ui-field-place-en', date: 'decl-ui-field-date',
    headingZh: 'decl-ui-field-heading-zh', headingEn: 'decl-ui-field-heading-en',
    zh: 'decl-ui-field-zh', en: 'decl-ui-field-en',
    role: 'decl-ui-field-role', name: 'decl-ui-field-name', title: 'decl-ui-field-signer-title',
    sections: 'decl-ui-field-sections', signers: 'decl-ui-field-signers',
  };
  return labels[last] ?? 'decl-ui-field-sections';
}

/** The id of the input of a form path. */
export function draftInputId(path: string): string {
  return `decl-${path.replace(/\./g, '-')}`;
}

export function emptySection(): DeclarationSection {
  return { headingZh: '', headingEn: '', numbered: false, paragraphs: [{ zh: '', en: '', bullet: false }] };
}

export function emptySigner(): DeclarationSigner {
  return { role: '', name: '', title: '' };
}

/** A copy of `items` with the item at `from` moved to `to` (clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const target = Math.min(out.length - 1, Math.max(0, to));
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(target, 0, item);
  return out;
}

/** A deep copy of a declaration, for a form to edit. */
export function cloneDeclaration(d: Declaration): Declaration {
  return {
    ...d,
    sections: d.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p })) })),
    signers: d.signers.map((s) => ({ ...s })),
  };
}
