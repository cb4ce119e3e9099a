// The projector's scorecard mode: the essential the room is scoring in large type, in the
// projector's language (both, one under the other, when bilingual), each question with its
// score as a number and a symbol — ○ not scored, ✗ a deficit (0 or 1), ✓ — never colour alone,
// and the essential's total. The main window chooses the essential; the projector reads the
// stage again each time, so the scores are the saved ones.

import { connectDeficits } from '../api-deficits';
import type { DeficitsStage, ExportLanguage, ScorecardProjection } from '../bindings';
import { h } from '../dom';
import type { ProjectorVoice } from './vision-projector';
import '../styles/deficits-projector.css';

/** The stage with names in the projector's language(s). */
export function loadScorecardProjection(language: ExportLanguage): Promise<DeficitsStage> {
  return connectDeficits().stage(language);
}

/** A bilingual name ("中文 English") split where the backend joined it, one line per language. */
function nameLines(name: string, language: ExportLanguage): HTMLElement[] {
  if (language !== 'bilingual') return [h('span', {}, name)];
  const cut = name.search(/\s[A-Za-z]/);
  if (cut < 0) return [h('span', {}, name)];
  return [h('span', { lang: 'zh-CN' }, name.slice(0, cut)), h('span', { lang: 'en', class: 'pj-second' }, name.slice(cut + 1))];
}

export function renderScorecardProjection(stage: DeficitsStage | null, target: ScorecardProjection, voice: ProjectorVoice, error: string | null): HTMLElement {
  const card = stage?.scorecard ?? null;
  const essential = card?.essentials.find((e) => e.number === target.essential) ?? null;
  if (card === null || essential === null) {
    return h('div', { class: 'pj-scorecard', 'data-testid': 'projector-scorecard' },
      h('p', { class: 'pj-no-item' }, ...(error !== null ? [h('span', { role: 'alert' }, error)] : voice.say('deficits-projector-missing', { n: target.essential }))));
  }
  const state = (score: number | null) => (score === null ? '○' : score <= 1 ? '✗' : '✓');
  return h('div', { class: 'pj-scorecard', 'data-testid': 'projector-scorecard' },
    h('header', { class: 'pj-header' },
      h('p', { class: 'pj-item-label' }, ...voice.say('deficits-projector-label', { n: essential.number, max: card.scaleMax })),
      h('h1', { class: 'pj-title-line pj-sc-name', 'data-testid': 'projector-scorecard-essential' }, `${essential.number}. `, ...nameLines(essential.name, voice.language))),
    h('ol', { class: 'pj-sc-questions' }, ...essential.questions.map((q) => h('li', { class: 'pj-sc-question', 'data-testid': `projector-score-${q.code}` },
      h('span', { class: 'pj-sc-code' }, q.code),
      h('span', { class: 'pj-sc-title' }, ...nameLines(q.title, voice.language)),
      h('span', { class: 'pj-sc-score' }, q.score === null ? '—' : String(q.score)),
      h('span', { class: 'pj-sc-state', 'aria-hidden': 'true' }, state(q.score))))),
    h('p', { class: 'pj-sc-total', 'data-testid': 'projector-scorecard-total' }, ...voice.say('deficits-projector-total', { score: essential.score, max: essential.max, percent: Math.round(essential.percent) })));
}
