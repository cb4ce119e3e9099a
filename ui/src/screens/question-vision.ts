// The question screen's account of what a question decided about the Vision: the version it
// adopted or asks to adopt, and each amendment it settled, or is about and will settle, with its
// change to the paragraph in both languages. Insertions are underlined and marked "+", deletions struck through and
// marked "−", so nothing rests on colour alone.

import type { QuestionAmendment, QuestionVision, SpanView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';

/** One language's change as inline text: <ins> and <del> around what changed. */
export function diffLine(spans: readonly SpanView[], lang: 'zh-CN' | 'en', testid: string): HTMLElement {
  const changed = spans.some((s) => s.op !== 'equal');
  const parts = spans.map((s) => {
    if (s.op === 'insert') return h('ins', { class: 'qs-ins' }, s.text);
    if (s.op === 'delete') return h('del', { class: 'qs-del' }, s.text);
    return document.createTextNode(s.text);
  });
  return h('div', { class: 'qs-vision-diff', 'data-testid': testid, 'data-changed': changed ? 'true' : 'false' },
    h('span', { class: 'qs-vision-lang' }, t(lang === 'zh-CN' ? 'qui-vision-chinese' : 'qui-vision-english')),
    h('p', { lang }, ...parts),
    !changed && h('p', { class: 'qs-vision-unchanged' }, t('qui-vision-unchanged')));
}

function amendment(a: QuestionAmendment): HTMLElement {
  const [badge, words] = a.pending ? ['qs-badge-pending', 'qui-vision-pending']
    : a.accepted ? ['qs-badge-good', 'qui-vision-accepted'] : ['qs-badge-bad', 'qui-vision-rejected'];
  return h('article', {
    class: 'qs-vision-amendment', 'data-testid': `question-amendment-${a.id}`,
    'data-accepted': a.accepted ? 'true' : 'false', 'data-pending': a.pending ? 'true' : 'false',
  },
    h('h3', { class: 'qs-vision-heading' }, t('qui-vision-amendment', {
      amendment: a.id, person: a.proposedBy, version: a.version, section: a.section, paragraph: a.paragraph,
    })),
    h('span', { class: `badge ${badge}`, 'data-testid': `question-amendment-${a.id}-status` }, t(words)),
    a.pending && h('p', { class: 'qs-vision-reason' }, t('qui-vision-pending-note')),
    a.reason.trim() !== '' && h('p', { class: 'qs-vision-reason' }, t('qui-vision-reason', { reason: a.reason })),
    diffLine(a.diffZh, 'zh-CN', `question-amendment-${a.id}-zh`),
    diffLine(a.diffEn, 'en', `question-amendment-${a.id}-en`));
}

/** The block under the question's header, or nothing when the question touched no Vision. */
export function renderQuestionVision(vision: QuestionVision | null, error: string | null): HTMLElement | null {
  if (error !== null) return h('p', { class: 'field-error', role: 'alert', 'data-testid': 'question-vision-error' }, error);
  if (vision === null || (vision.version === null && vision.amendments.length === 0)) return null;
  return h('section', { class: 'qs-vision', 'data-testid': 'question-vision', 'aria-labelledby': 'qs-vision-title' },
    h('h2', { class: 'qs-vision-title', id: 'qs-vision-title' }, t('qui-vision-title')),
    vision.version !== null && h('p', { class: 'qs-vision-version', 'data-testid': 'question-vision-version' },
      t(vision.adopted ? 'qui-vision-adopts' : 'qui-vision-put', { version: vision.version })),
    vision.amendments.length > 0 && h('p', { class: 'qs-vision-legend' }, t('qui-vision-legend')),
    ...vision.amendments.map(amendment));
}
