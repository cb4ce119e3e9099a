// The Vision's amendments: each with who proposed it, its reason, its change to the paragraph
// (insertions underlined, deletions struck through), its state and how it was settled — by which
// question, or the focal point's editorial reason. A pending one is settled here, by a decided
// question (accepted if it adopted, else rejected) or as an editorial correction with a reason.
// Below, the form to propose one to a paragraph of a draft.

import type { AmendmentView, ParagraphView, ProposalInput, VisionStage } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { renderSpans } from './vision-compare';

export interface AmendmentsHost {
  isDraft: boolean;
  /** The paragraphs of the version shown, as saved. */
  paragraphs: ParagraphView[];
  settleByQuestion(id: number, question: number): void;
  settleEditorially(id: number, reason: string): void;
  propose(proposal: ProposalInput): void;
  /** Puts the amendment's paragraph and change on the projector. */
  project(amendment: AmendmentView): void;
}

export function renderAmendments(stage: VisionStage, host: AmendmentsHost): HTMLElement {
  const list = h('ul', { class: 'vision-amendments', 'data-testid': 'vision-amendments' },
    ...stage.amendments.map((a) => renderAmendment(stage, a, host)));
  return h('section', { class: 'vision-amendments-section', 'aria-labelledby': 'vision-amendments-title' },
    h('h2', { id: 'vision-amendments-title' }, t('vision-ui-amendments')),
    h('p', { 'data-testid': 'vision-amendments-count' }, t('vision-ui-amendments-count', { count: stage.amendments.length })),
    list,
    host.isDraft ? renderProposal(stage, host) : h('p', { class: 'vision-note' }, t('vision-ui-propose-draft-only')));
}

function renderAmendment(stage: VisionStage, a: AmendmentView, host: AmendmentsHost): HTMLElement {
  const changed = (spans: AmendmentView['diffZh']) => spans.some((s) => s.op !== 'equal');
  const project = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': `vision-project-${a.id}` }, t('vision-ui-project'));
  project.addEventListener('click', () => host.project(a));
  return h('li', { class: 'vision-amendment', 'data-testid': `vision-amendment-${a.id}`, 'data-status': a.status },
    h('div', { class: 'vision-amendment-head' },
      h('span', { class: `badge badge-${a.status}` }, t(`vision-ui-amendment-status-${a.status}`)), ' ',
      h('span', {}, t('vision-ui-amendment-by', { name: a.proposedBy, key: a.paragraphKey, version: a.version })),
      h('span', { class: 'vision-spacer' }), project),
    h('div', { class: 'vision-columns vision-amendment-diff', 'data-testid': `vision-amendment-diff-${a.id}` },
      h('p', { lang: 'zh-CN' }, ...(changed(a.diffZh) ? renderSpans(a.diffZh) : [h('span', { class: 'vision-note' }, t('vision-ui-amendment-unchanged'))])),
      h('p', { lang: 'en' }, ...(changed(a.diffEn) ? renderSpans(a.diffEn) : [h('span', { class: 'vision-note' }, t('vision-ui-amendment-unchanged'))]))),
    h('p', { class: 'vision-note' }, t('vision-ui-amendment-reason', { reason: a.reason })),
    a.settled !== null && h('p', { class: 'vision-settled', 'data-testid': `vision-settled-${a.id}` }, a.settled),
    a.status === 'pending' && a.askedIn.length > 0 && h('p', { class: 'vision-note', 'data-testid': `vision-asked-${a.id}` },
      t('vision-ui-asked-in', { questions: a.askedIn.join('; ') })),
    a.status === 'pending' && renderSettle(stage, a, host));
}

/** The questions that may settle amendment `a`: those asked about it first, then those about
 *  no amendment; a question about another amendment settles only that one. */
export function settlingFor(stage: VisionStage, a: AmendmentView): VisionStage['settlingQuestions'] {
  const questions = stage.settlingQuestions;
  return [...questions.filter((q) => q.amendment === a.id), ...questions.filter((q) => q.amendment === null)];
}

function renderSettle(stage: VisionStage, a: AmendmentView, host: AmendmentsHost): HTMLElement {
  const questions = settlingFor(stage, a);
  const byQuestion: HTMLElement[] = [];
  if (questions.length === 0) {
    byQuestion.push(h('p', { class: 'vision-note', 'data-testid': `vision-settle-none-${a.id}` }, t('vision-ui-settle-no-questions')));
  } else {
    const selectId = `vision-settle-question-${a.id}`;
    const select = h('select', { class: 'input vision-question', id: selectId, 'data-testid': selectId },
      ...questions.map((q) => h('option', { value: q.id }, q.label)));
    const settle = h('button', { type: 'button', class: 'button', 'data-testid': `vision-settle-${a.id}` }, t('vision-ui-settle-question'));
    settle.addEventListener('click', () => host.settleByQuestion(a.id, Number(select.value)));
    byQuestion.push(h('label', { class: 'vision-field', for: selectId }, h('span', {}, t('vision-ui-settle-by-question')), select), settle);
  }
  const reasonId = `vision-editorial-reason-${a.id}`;
  const reason = h('input', { type: 'text', class: 'input', id: reasonId, 'data-testid': reasonId });
  const editorial = h('button', { type: 'button', class: 'button', 'data-testid': `vision-editorial-${a.id}` }, t('vision-ui-settle-editorial-submit'));
  editorial.addEventListener('click', () => host.settleEditorially(a.id, reason.value));
  return h('div', { class: 'vision-settle', role: 'group', 'aria-label': t('vision-ui-settle', { id: a.id }) },
    h('div', { class: 'vision-settle-row' }, ...byQuestion),
    h('div', { class: 'vision-settle-row' },
      h('label', { class: 'vision-field', for: reasonId }, h('span', {}, t('vision-ui-settle-editorial')), reason), editorial));
}

function renderProposal(stage: VisionStage, host: AmendmentsHost): HTMLElement {
  const field = (labelId: string, control: HTMLElement) => h('label', { class: 'vision-field' }, h('span', {}, t(labelId)), control);
  const paragraph = h('select', { class: 'input', 'data-testid': 'vision-propose-paragraph' },
    ...host.paragraphs.map((p) => h('option', { value: p.id }, `${t('vision-ui-paragraph', { key: p.key })} · ${excerpt(p.textZh || p.textEn)}`)));
  const by = h('select', { class: 'input', 'data-testid': 'vision-propose-by' },
    ...stage.stakeholders.map((s) => h('option', { value: s.id }, s.name)));
  const zh = h('textarea', { class: 'input', lang: 'zh-CN', rows: 3, 'data-testid': 'vision-propose-zh' });
  const en = h('textarea', { class: 'input', lang: 'en', rows: 3, 'data-testid': 'vision-propose-en' });
  const reason = h('input', { type: 'text', class: 'input', 'data-testid': 'vision-propose-reason' });
  const submit = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'vision-propose-submit' }, t('vision-ui-propose-submit'));
  const form = h('form', { class: 'vision-propose', 'data-testid': 'vision-propose' },
    h('h3', {}, t('vision-ui-propose')),
    h('div', { class: 'vision-propose-grid' },
      field('vision-ui-propose-paragraph', paragraph),
      field('vision-ui-propose-by', by),
      field('vision-ui-propose-zh', zh),
      field('vision-ui-propose-en', en),
      field('vision-ui-propose-reason', reason)),
    submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    host.propose({ paragraphId: Number(paragraph.value), proposedBy: Number(by.value), textZh: zh.value, textEn: en.value, reason: reason.value });
  });
  return form;
}

/** The first words of a paragraph, for a list of paragraphs. */
function excerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}
