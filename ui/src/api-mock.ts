// An in-memory stand-in for the backend, used only when the UI runs in a plain
// browser (`npx vite`), to look at the screens. Not used inside Tauri.
//
// URL options: ?lang=zh-CN starts in Chinese; ?demo=1 starts with the demo dialogue.

import type { Api } from './api';
import type { ApiError, Dialogue, FieldMessage } from './bindings';
import { createI18n, normalizeLocale, type Locale } from './i18n';
import { FIELDS, isVisible, message, toFormValues, validateClient } from './dialogue-form';

export function emptyDialogue(): Dialogue {
  return {
    id: 0,
    cityZh: '', cityEn: '', economy: '', partnerCityZh: '', partnerCityEn: '',
    focalPoint: {
      familyName: '', firstName: '', title: '', administration: '', economy: '', postalAddress: '',
      email: '', mobile: '', fax: '', assistantName: '', assistantEmail: '',
    },
    highLevelRep: { name: '', title: '' },
    rule: {
      quorumPercent: 50, kind: 'unanimity', allowedObjections: 1,
      supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
    },
  };
}

export function demoDialogue(): Dialogue {
  return {
    id: 1,
    cityZh: '渭南', cityEn: 'Weinan', economy: '中国 China',
    partnerCityZh: '雷焦艾米利亚', partnerCityEn: 'Reggio Emilia',
    focalPoint: {
      familyName: '王', firstName: '立新', title: '主任 Director',
      administration: '渭南市生态环境局 Weinan Municipal Bureau of Ecology and Environment',
      economy: '中国 China', postalAddress: '陕西省渭南市临渭区朝阳大街 1 号\n714000',
      email: 'wang.lixin@example.cn', mobile: '+86 138 0000 0000', fax: '+86 913 000 0000',
      assistantName: '李娜', assistantEmail: 'li.na@example.cn',
    },
    highLevelRep: { name: '张华', title: '副市长 Vice Mayor' },
    rule: {
      quorumPercent: 50, kind: 'consensusMinus', allowedObjections: 2,
      supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
    },
  };
}

export function createMockApi(params: URLSearchParams = new URLSearchParams()): Api {
  let locale: Locale = normalizeLocale(params.get('lang') ?? navigator.language);
  let stored: Dialogue | null = params.has('demo') ? demoDialogue() : null;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));

  return {
    async appInfo() {
      return { locale, hasDialogue: stored !== null, dataPath: '(in memory)', version: '0.0.0-preview' };
    },
    async setLocale(next) {
      locale = next;
      return null;
    },
    async defaultDialogue() {
      return emptyDialogue();
    },
    async getDialogue() {
      return stored === null ? null : structuredClone(stored);
    },
    async openDemo() {
      await pause();
      stored = demoDialogue();
      return structuredClone(stored);
    },
    async saveDialogue(dialogue) {
      await pause();
      const fields = mockValidate(dialogue, locale);
      if (fields.length > 0) {
        const error: ApiError = { code: 'validation', message: createI18n(locale).t('dialogue-save-failed'), fields };
        throw error;
      }
      stored = { ...structuredClone(dialogue), id: dialogue.id || 1 };
      return structuredClone(stored);
    },
  };
}

/** Roughly what the backend checks, so the error display can be seen without it. */
function mockValidate(dialogue: Dialogue, locale: Locale): FieldMessage[] {
  const messages = createI18n(locale);
  const values = toFormValues(dialogue);
  const fields = validateClient(values, messages);
  const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  const add = (field: string, id: string) => fields.push({ field, message: messages.t(id) });
  const addEmail = (field: string) => fields.push({ field, message: message(messages, 'error-field-email', 'field-error-email') });
  const { focalPoint: fp, rule } = dialogue;
  if (fp.email !== '' && !email.test(fp.email)) addEmail('focalPoint.email');
  if (fp.assistantEmail !== '' && !email.test(fp.assistantEmail)) addEmail('focalPoint.assistantEmail');
  if (rule.quorumPercent < 1 || rule.quorumPercent > 100) add('rule.quorumPercent', 'field-error-quorum');
  if (rule.maxFailedRounds < 1) add('rule.maxFailedRounds', 'field-error-min-one');
  const supermajority = FIELDS.find((f) => f.path === 'rule.supermajority');
  if (supermajority && isVisible(supermajority, values)) {
    const { supermajorityNum: num, supermajorityDen: den } = rule;
    if (!(den > 0 && num * 2 > den && num <= den)) add('rule.supermajority', 'field-error-fraction');
  }
  return fields;
}
