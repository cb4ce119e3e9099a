// "Ask again with a revised text": a question that ended without adoption is put to the room
// again as a new question linked to the first, with its first round opened at once, as when a
// question is asked.

import { toApiError } from '../api';
import type { QuestionsApi } from '../api-questions';
import type { FieldMessage, QuestionRecord } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { currentText } from '../question-model';
import { modal } from '../widgets/modal';
import { errorLine, showError, smallField, type MeetingContext } from './meeting-context';

/**
 * Opens the dialog for `first`; `onAsked` receives the new question once it is saved (and its
 * first round opened, when the room allows it).
 */
export function askAgainDialog(first: QuestionRecord, api: QuestionsApi, ctx: MeetingContext, onAsked: (asked: QuestionRecord) => void): void {
  const dialog = modal('question-ask-again-dialog', t('qui-again-title', { number: first.number }), t('qui-again-lead', { number: first.number }));
  const text = currentText(first);
  const zh = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'zh-CN', 'data-testid': 'question-ask-again-zh' });
  const en = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'en', 'data-testid': 'question-ask-again-en' });
  zh.value = text.zh;
  en.value = text.en;
  const zhError = errorLine('question-ask-again-error-zh');
  const enError = errorLine('question-ask-again-error-en');
  const summary = h('p', { class: 'field-error', role: 'alert', hidden: true, 'data-testid': 'question-ask-again-error' });
  const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-ask-again-save' }, t('qui-again-save'));
  dialog.body.append(
    summary,
    smallField('qs-again-zh', t('qui-text-zh'), zh, zhError, true),
    smallField('qs-again-en', t('qui-text-en'), en, enError, true),
  );
  const showFields = (fields: FieldMessage[]) => {
    showError(zhError, fields.find((f) => f.field === 'textZh')?.message ?? null);
    showError(enError, fields.find((f) => f.field === 'textEn')?.message ?? null);
    (fields.some((f) => f.field === 'textZh') && i18n().locale === 'zh-CN' ? zh : en).focus();
  };
  let saving = false;
  save.addEventListener('click', () => void (async () => {
    if (saving) return;
    if (zh.value.trim() === '' && en.value.trim() === '') {
      showFields(['textZh', 'textEn'].map((field) => ({ field, message: t('qui-error-text') })));
      return;
    }
    saving = true;
    save.setAttribute('aria-busy', 'true');
    try {
      const asked = await api.askAgain(first.question.id, zh.value, en.value);
      dialog.close();
      try {
        await api.openRound(asked.question.id, '', '');
      } catch (raw) {
        ctx.toast.show(toApiError(raw).message, 'error');
      }
      ctx.toast.show(t('qui-again-asked', { number: asked.number, first: first.number }));
      onAsked(asked);
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0) showFields(error.fields);
      else {
        summary.textContent = error.message;
        summary.hidden = false;
      }
    } finally {
      saving = false;
      save.removeAttribute('aria-busy');
    }
  })());
  dialog.actions.append(save);
  dialog.open(i18n().locale === 'zh-CN' ? zh : en);
}
