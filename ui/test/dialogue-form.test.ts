import { describe, expect, it } from 'vitest';
import { demoDialogue, emptyDialogue } from '../src/api-mock';
import {
  FIELDS, arrangeErrors, fieldErrorsOf, fieldFor, fromFormValues, isEmail, isPhone, toFormValues, validateClient, valuePaths,
} from '../src/dialogue-form';
import { createI18n } from '../src/i18n';

const en = createI18n('en');
const { t } = en;
const zh = createI18n('zh-CN');
const required = (m: typeof en) => m.t(m.has('error-field-required') ? 'error-field-required' : 'field-error-required');

describe('dialogue form state', () => {
  it('turns a dialogue into form values and back', () => {
    const dialogue = demoDialogue();
    const values = toFormValues(dialogue);
    expect(values['cityZh']).toBe('渭南');
    expect(values['rule.quorumPercent']).toBe('50');
    expect(values['rule.anonymous']).toBe(false);
    expect(fromFormValues(values, dialogue)).toEqual(dialogue);
  });

  it('covers every field of the Dialogue type but the id and the economy asked once', () => {
    const leaves = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]);
    expect(valuePaths().sort()).toEqual(leaves(emptyDialogue()).filter((p) => p !== 'id' && p !== 'focalPoint.economy').sort());
  });

  it('trims text and parses numbers typed by the user', () => {
    const values = toFormValues(demoDialogue());
    values['cityEn'] = '  Weinan City ';
    values['rule.quorumPercent'] = ' 60 ';
    values['rule.kind'] = 'supermajority';
    values['rule.supermajorityNum'] = '3';
    values['rule.supermajorityDen'] = '4';
    values['rule.anonymous'] = true;
    const dialogue = fromFormValues(values, demoDialogue());
    expect(dialogue.cityEn).toBe('Weinan City');
    expect(dialogue.rule).toMatchObject({ quorumPercent: 60, kind: 'supermajority', supermajorityNum: 3, supermajorityDen: 4, anonymous: true });
  });

  it('finds empty required fields, in form order, with the Fluent message', () => {
    const errors = validateClient(toFormValues(emptyDialogue()), en);
    // A text kept in both languages with neither given marks both of its fields.
    expect(errors.map((e) => e.field)).toEqual([
      'cityZh', 'cityEn', 'economy', 'focalPoint.familyNameZh', 'focalPoint.familyNameEn',
      'focalPoint.firstNameZh', 'focalPoint.firstNameEn', 'focalPoint.titleZh', 'focalPoint.titleEn',
      'focalPoint.administrationZh', 'focalPoint.administrationEn', 'focalPoint.email',
      'focalPoint.postalAddressZh', 'focalPoint.postalAddressEn',
      'highLevelRep.nameZh', 'highLevelRep.nameEn', 'highLevelRep.titleZh', 'highLevelRep.titleEn',
    ]);
    expect(new Set(errors.map((e) => e.message))).toEqual(new Set([required(en)]));
    expect(validateClient(toFormValues(emptyDialogue()), zh)[0]?.message).toBe(required(zh));
    expect(required(zh)).toMatch(/必填|请填写/);
  });

  it('reports a bad e-mail and phone together with the empty fields, as the backend would', () => {
    const values = toFormValues(emptyDialogue());
    values['focalPoint.email'] = 'li.jianguo@';
    values['focalPoint.fax'] = '12';
    const errors = validateClient(values, en);
    expect(errors.map((e) => e.field)).toContain('cityZh');
    expect(errors.find((e) => e.field === 'focalPoint.email')?.message).toBe(en.t('error-field-email'));
    expect(errors.find((e) => e.field === 'focalPoint.fax')?.message).toBe(en.t('error-field-phone'));
    for (const good of ['li.na@weinan.gov.cn', 'a@b.cn']) expect(isEmail(good), good).toBe(true);
    for (const bad of ['li.na@weinan', 'li na@weinan.gov.cn', '@weinan.gov.cn', 'a@@b.cn', 'a@b.']) expect(isEmail(bad), bad).toBe(false);
    expect(isPhone('+86 913 212 3456')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(isPhone('+86 913 abc 3456')).toBe(false);
  });

  it('takes each text in either language and labels each field with its language', () => {
    const values = toFormValues(demoDialogue());
    values['focalPoint.titleEn'] = ' ';
    values['highLevelRep.nameZh'] = '';
    expect(validateClient(values, en)).toEqual([]);
    values['focalPoint.titleZh'] = '';
    expect(validateClient(values, en).map((e) => e.field)).toEqual(['focalPoint.titleZh', 'focalPoint.titleEn']);
    for (const spec of FIELDS.filter((f) => f.either !== undefined)) {
      expect(en.has(spec.label), spec.label).toBe(true);
      expect(zh.t(spec.label)).toMatch(spec.path.endsWith('Zh') ? /中文/ : /英文|拼音/);
    }
  });

  it('takes the optional assistant in one language, either or none, labelled like the other names', () => {
    const values = toFormValues(demoDialogue());
    values['focalPoint.assistantNameEn'] = '';
    expect(validateClient(values, en)).toEqual([]);
    values['focalPoint.assistantNameZh'] = ' ';
    expect(validateClient(values, en)).toEqual([]);
    const assistant = FIELDS.filter((f) => f.path.startsWith('focalPoint.assistantName'));
    expect(assistant.map((f) => [f.path, f.section, f.label, f.half])).toEqual([
      ['focalPoint.assistantNameZh', 'assistant', 'field-assistant-name-zh', true],
      ['focalPoint.assistantNameEn', 'assistant', 'field-assistant-name-en', true],
    ]);
    for (const spec of assistant) {
      expect(spec.either).toBeUndefined();
      expect(en.has(spec.label), spec.label).toBe(true);
      expect(zh.t(spec.label)).toMatch(spec.path.endsWith('Zh') ? /中文/ : /拼音/);
    }
  });

  it('asks the economy once and gives it to the focal point too', () => {
    const values = toFormValues(emptyDialogue());
    values['economy'] = 'Viet Nam';
    expect(fromFormValues(values, emptyDialogue()).focalPoint.economy).toBe('Viet Nam');
  });

  it('accepts the demo dialogue', () => {
    expect(validateClient(toFormValues(demoDialogue()), en)).toEqual([]);
  });

  it('asks for whole numbers, and checks only the rule fields in use', () => {
    const values = toFormValues(demoDialogue());
    values['rule.quorumPercent'] = '50.5';
    values['rule.supermajorityNum'] = 'two';
    values['rule.allowedObjections'] = '';
    expect(validateClient(values, en)).toEqual([
      { field: 'rule.allowedObjections', message: required(en) },
      { field: 'rule.quorumPercent', message: t('field-error-integer') },
    ]);
    values['rule.kind'] = 'supermajority';
    expect(validateClient(values, en).map((e) => e.field)).toEqual(['rule.supermajority', 'rule.quorumPercent']);
  });

  it('places backend errors beside their fields, in form order', () => {
    const shown = arrangeErrors([
      { field: 'rule.quorumPercent', message: 'quorum' },
      { field: 'somethingElse', message: 'general' },
      { field: 'focalPoint.email', message: 'email' },
      { field: 'rule.supermajorityDen', message: 'fraction' },
      { field: 'focalPoint.email', message: 'second email message' },
      { field: 'cityZh', message: 'city' },
    ]);
    expect(shown).toEqual([
      { field: 'cityZh', label: 'field-city-zh', message: 'city' },
      { field: 'focalPoint.email', label: 'field-email', message: 'email' },
      { field: 'rule.supermajority', label: 'field-supermajority', message: 'fraction' },
      { field: 'rule.quorumPercent', label: 'field-quorum', message: 'quorum' },
      { field: null, label: null, message: 'general' },
    ]);
  });

  it('maps the fraction parts to the fraction field', () => {
    expect(fieldFor('rule.supermajority')?.path).toBe('rule.supermajority');
    expect(fieldFor('rule.supermajorityNum')?.path).toBe('rule.supermajority');
    expect(fieldFor('nope')).toBeNull();
  });

  it('takes field errors only from validation errors', () => {
    const fields = [{ field: 'cityZh', message: 'x' }];
    expect(fieldErrorsOf({ code: 'validation', message: '', fields })).toBe(fields);
    expect(fieldErrorsOf({ code: 'database', message: 'disk full', fields })).toEqual([]);
  });

  it('has a label, and hint if any, in both locales for every field', () => {
    for (const spec of FIELDS) {
      for (const id of [spec.label, spec.hint].filter((x): x is string => x !== undefined)) {
        expect(createI18n('en').has(id), id).toBe(true);
        expect(zh.has(id), id).toBe(true);
      }
    }
  });
});
