// The dialogue form as data: which fields there are, how a Dialogue becomes the
// strings in the inputs and back, client-side checks, and where the backend's
// field errors go. Pure: no DOM, so it is tested on its own.

import type { ApiError, Dialogue, FieldMessage, RuleKind } from './bindings';
import type { I18n } from './i18n';

/** What the form needs of the i18n module. */
export type Messages = Pick<I18n, 't' | 'has'>;

/**
 * The backend's own message (errors.ftl) when there is one, so the same problem reads
 * the same whether the UI or the backend found it; else the UI's (app.ftl).
 */
export function message(messages: Messages, backendId: string, uiId: string): string {
  return messages.t(messages.has(backendId) ? backendId : uiId);
}

export const RULE_KINDS: readonly RuleKind[] = ['unanimity', 'consensusMinus', 'supermajority', 'simpleMajority'];

export type SectionKey = 'city' | 'focalPoint' | 'assistant' | 'highLevelRep' | 'rule';

export const SECTIONS: readonly { key: SectionKey; title: string; intro?: string }[] = [
  { key: 'city', title: 'dialogue-section-city' },
  { key: 'focalPoint', title: 'dialogue-section-focal-point' },
  { key: 'assistant', title: 'dialogue-section-assistant' },
  { key: 'highLevelRep', title: 'dialogue-section-high-level-rep', intro: 'dialogue-section-high-level-rep-intro' },
  { key: 'rule', title: 'dialogue-section-rule', intro: 'dialogue-section-rule-intro' },
];

export type FieldKind = 'text' | 'email' | 'tel' | 'textarea' | 'integer' | 'fraction' | 'ruleKind' | 'boolean';

export interface FieldSpec {
  /** The backend's field path, e.g. "focalPoint.email"; a fraction has its own path and two parts. */
  path: string;
  kind: FieldKind;
  section: SectionKey;
  /** Fluent id of the label, and of the hint under it. */
  label: string;
  hint?: string;
  required?: boolean;
  /** Half-width fields sit two to a row. */
  half?: boolean;
  autocomplete?: string;
  /**
   * The other language of a text kept in both (`focalPoint.titleEn` for `focalPoint.titleZh`):
   * the dialogue saves with either; when both are empty, both are marked.
   */
  either?: string;
  /** Only shown (and checked) for these rule kinds. */
  onlyFor?: RuleKind;
  /** A fraction is edited in two integer inputs. */
  parts?: readonly [string, string];
}

/** A text kept in both languages: two half-width fields, `…Zh` then `…En`, each naming its language. */
function bilingual(path: string, kind: FieldKind, label: string, autocomplete?: string): FieldSpec[] {
  const section = path.split('.')[0] as SectionKey;
  const zh = `${path}Zh`;
  const en = `${path}En`;
  const common = { kind, section, half: true, ...(autocomplete === undefined ? {} : { autocomplete }) };
  return [
    { ...common, path: zh, label: `${label}-zh`, either: en },
    { ...common, path: en, label: `${label}-en`, either: zh },
  ];
}

/**
 * An optional text in both languages (the assistant's name): the same two fields, neither
 * required; the membership form asks for the other language once one is given.
 */
function optionalBilingual(path: string, section: SectionKey, label: string): FieldSpec[] {
  return bilingual(path, 'text', label).map(({ either: _either, ...spec }) => ({ ...spec, section }));
}

export const FIELDS: readonly FieldSpec[] = [
  { path: 'cityZh', kind: 'text', section: 'city', label: 'field-city-zh', required: true, half: true },
  { path: 'cityEn', kind: 'text', section: 'city', label: 'field-city-en', required: true, half: true },
  { path: 'partnerCityZh', kind: 'text', section: 'city', label: 'field-partner-city-zh', half: true },
  { path: 'partnerCityEn', kind: 'text', section: 'city', label: 'field-partner-city-en', half: true },
  { path: 'economy', kind: 'text', section: 'city', label: 'field-economy', hint: 'field-economy-hint', required: true, half: true },

  // Names, title, administration and address in both languages, the Chinese on the left.
  ...bilingual('focalPoint.familyName', 'text', 'field-family-name', 'family-name'),
  ...bilingual('focalPoint.firstName', 'text', 'field-first-name', 'given-name'),
  ...bilingual('focalPoint.title', 'text', 'field-title', 'organization-title'),
  ...bilingual('focalPoint.administration', 'text', 'field-administration', 'organization'),
  { path: 'focalPoint.email', kind: 'email', section: 'focalPoint', label: 'field-email', required: true, half: true, autocomplete: 'email' },
  { path: 'focalPoint.mobile', kind: 'tel', section: 'focalPoint', label: 'field-mobile', half: true, autocomplete: 'tel' },
  { path: 'focalPoint.fax', kind: 'tel', section: 'focalPoint', label: 'field-fax', half: true },
  ...bilingual('focalPoint.postalAddress', 'textarea', 'field-postal-address', 'street-address'),

  ...optionalBilingual('focalPoint.assistantName', 'assistant', 'field-assistant-name'),
  { path: 'focalPoint.assistantEmail', kind: 'email', section: 'assistant', label: 'field-assistant-email', half: true },

  ...bilingual('highLevelRep.name', 'text', 'field-hlr-name'),
  ...bilingual('highLevelRep.title', 'text', 'field-hlr-title'),

  { path: 'rule.kind', kind: 'ruleKind', section: 'rule', label: 'field-rule-kind', required: true },
  { path: 'rule.allowedObjections', kind: 'integer', section: 'rule', label: 'field-allowed-objections', hint: 'field-allowed-objections-hint', required: true, onlyFor: 'consensusMinus' },
  {
    path: 'rule.supermajority', kind: 'fraction', section: 'rule', label: 'field-supermajority', hint: 'field-supermajority-hint',
    required: true, onlyFor: 'supermajority', parts: ['rule.supermajorityNum', 'rule.supermajorityDen'],
  },
  { path: 'rule.quorumPercent', kind: 'integer', section: 'rule', label: 'field-quorum', hint: 'field-quorum-hint', required: true },
  { path: 'rule.maxFailedRounds', kind: 'integer', section: 'rule', label: 'field-max-failed-rounds', hint: 'field-max-failed-rounds-hint', required: true },
  { path: 'rule.anonymous', kind: 'boolean', section: 'rule', label: 'field-anonymous', hint: 'field-anonymous-hint' },
];

/** What the inputs hold: strings as typed (numbers too, so a bad entry is kept), booleans for checkboxes. */
export type FormValues = Record<string, string | boolean>;

/** Every leaf path of the form, parts of a fraction included. */
export function valuePaths(): string[] {
  return FIELDS.flatMap((f) => f.parts ?? [f.path]);
}

export function toFormValues(dialogue: Dialogue): FormValues {
  const values: FormValues = {};
  for (const path of valuePaths()) {
    const value = getPath(dialogue, path);
    values[path] = typeof value === 'boolean' ? value : value === undefined || value === null ? '' : String(value);
  }
  return values;
}

/** The dialogue the form describes. Call after `validateClient` found nothing: numbers must parse. */
export function fromFormValues(values: FormValues, base: Dialogue): Dialogue {
  const dialogue = structuredClone(base);
  for (const spec of FIELDS) {
    for (const path of spec.parts ?? [spec.path]) {
      const raw = values[path];
      if (raw === undefined) continue;
      const original = getPath(base, path);
      let value: unknown;
      if (typeof raw === 'boolean') value = raw;
      else if (typeof original === 'number') value = parseInteger(raw) ?? original;
      else value = raw.trim();
      setPath(dialogue, path, value);
    }
  }
  // The economy is asked once, for the city; the focal point's form carries the same.
  dialogue.focalPoint.economy = dialogue.economy;
  return dialogue;
}

export function isVisible(spec: FieldSpec, values: FormValues): boolean {
  return spec.onlyFor === undefined || values['rule.kind'] === spec.onlyFor;
}

export function parseInteger(raw: string): number | null {
  const text = raw.trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function isEmpty(value: string | boolean | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Light checks before calling the backend: required fields filled, numbers whole.
 * The backend checks everything again and has the last word.
 */
export function validateClient(values: FormValues, messages: Messages): FieldMessage[] {
  const errors: FieldMessage[] = [];
  for (const spec of FIELDS) {
    if (!isVisible(spec, values)) continue;
    const leaves = (spec.parts ?? [spec.path]).map((p) => values[p]);
    const single = leaves[0];
    const neither = spec.either !== undefined && isEmpty(single) && isEmpty(values[spec.either]);
    if ((spec.required && leaves.some(isEmpty)) || neither) {
      errors.push({ field: spec.path, message: message(messages, 'error-field-required', 'field-error-required') });
    } else if (spec.kind === 'email' && typeof single === 'string' && !isEmpty(single) && !isEmail(single.trim())) {
      // Checked here too, so a bad address is reported with the empty fields, not after them.
      errors.push({ field: spec.path, message: message(messages, 'error-field-email', 'field-error-email') });
    } else if (spec.kind === 'tel' && typeof single === 'string' && !isEmpty(single) && !isPhone(single.trim())) {
      errors.push({ field: spec.path, message: messages.t('error-field-phone') });
    } else if ((spec.kind === 'integer' || spec.kind === 'fraction') && leaves.some((v) => typeof v === 'string' && !isEmpty(v) && parseInteger(v) === null)) {
      errors.push({ field: spec.path, message: messages.t('field-error-integer') });
    }
  }
  return errors;
}

/** The backend's e-mail check (`concord_domain::validation::is_email`), so both agree. */
export function isEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || value.indexOf('@', at + 1) >= 0 || /\s/.test(value)) return false;
  const parts = value.slice(at + 1).split('.');
  return parts.length >= 2 && parts.every((p) => p !== '');
}

/** The backend's phone check: an optional +, digits and separators, at least six digits. */
export function isPhone(value: string): boolean {
  const body = value.startsWith('+') ? value.slice(1) : value;
  return (body.match(/\d/g)?.length ?? 0) >= 6 && /^[\d \-()./]*$/.test(body);
}

/** The form field that shows a backend error, or null when none does (it then shows in the summary only). */
export function fieldFor(path: string): FieldSpec | null {
  return FIELDS.find((f) => f.path === path || f.parts?.includes(path) === true) ?? null;
}

export interface ShownError {
  /** The form field's path, or null if no field matches. */
  field: string | null;
  label: string | null;
  message: string;
}

/**
 * Orders errors as the fields appear in the form (so the first one is focused),
 * puts those for unknown fields last, and keeps one message per field.
 */
export function arrangeErrors(messages: readonly FieldMessage[]): ShownError[] {
  const order = new Map(FIELDS.map((f, i) => [f.path, i]));
  const byField = new Map<string, ShownError>();
  const loose: ShownError[] = [];
  for (const { field, message } of messages) {
    const spec = fieldFor(field);
    if (spec === null) loose.push({ field: null, label: null, message });
    else if (!byField.has(spec.path)) byField.set(spec.path, { field: spec.path, label: spec.label, message });
  }
  const placed = [...byField.values()].sort((a, b) => (order.get(a.field ?? '') ?? 0) - (order.get(b.field ?? '') ?? 0));
  return [...placed, ...loose];
}

/** The field errors of a rejected save; a non-validation error yields none. */
export function fieldErrorsOf(error: ApiError): FieldMessage[] {
  return error.code === 'validation' ? error.fields : [];
}

function getPath(object: unknown, path: string): unknown {
  let value: unknown = object;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setPath(object: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop();
  let target = object as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (last !== undefined) target[last] = value;
}
