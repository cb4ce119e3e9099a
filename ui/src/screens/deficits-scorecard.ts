// The Scorecard tab of the Deficits stage: the latest workshop's questions by essential, scored
// with the number keys (arrows move and change), a comment each, totals and the radar beside.

import { toApiError } from '../api';
import type { DeficitsStage, QuestionView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';
import { parseSvg } from './bau';

export class ScorecardTab {
  private stage: DeficitsStage | null = null;

  constructor(private readonly host: DeficitsHost) {}

  private async score(code: string, score: number, comment: string): Promise<void> {
    try {
      const outcome = await this.host.deps.deficits.score(code, score, comment);
      if (outcome.stage !== null) this.host.accept(outcome.stage);
      for (const p of outcome.problems) this.host.deps.toast.show(p.message, 'error');
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
    this.host.focus(`[data-question="${code}"]`);
  }

  private question(code: string): QuestionView | undefined {
    for (const e of this.stage?.scorecard.essentials ?? []) {
      const found = e.questions.find((q) => q.code === code);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private onQuestionKey(event: KeyboardEvent, code: string): void {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLInputElement) return;
    const max = this.stage?.scorecard.scaleMax ?? 3;
    const current = this.question(code);
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit !== null && digit <= max) {
      event.preventDefault();
      void this.score(code, digit, current?.comment ?? '');
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const delta = event.key === 'ArrowRight' ? 1 : -1;
      const next = Math.min(max, Math.max(0, (current?.score ?? (delta > 0 ? -1 : 1)) + delta));
      if (next !== current?.score) void this.score(code, next, current?.comment ?? '');
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const rows = this.host.queryAll<HTMLElement>('[data-question]');
      const at = rows.findIndex((r) => r.dataset.question === code);
      rows[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  }

  render(stage: DeficitsStage): HTMLElement {
    this.stage = stage;
    const card = stage.scorecard;
    const essentials = card.essentials.map((e) => h('section', { class: 'df-essential', 'data-testid': `deficits-essential-${e.number}` },
      h('h2', { class: 'df-essential-title' },
        h('span', {}, `${e.number}. ${e.name}`),
        h('span', { class: 'df-essential-total' }, t('deficits-ui-essential-total', { score: e.score, max: e.max, percent: Math.round(e.percent) }))),
      h('ul', { class: 'df-questions' }, ...e.questions.map((q) => this.renderQuestion(q, card.scaleMax)))));
    const radar = h('figure', { class: 'df-chart', 'data-testid': 'deficits-radar' });
    const drawn = parseSvg(card.radarSvg);
    if (drawn !== null) radar.append(drawn);
    return h('div', { class: 'df-scorecard' },
      h('div', { class: 'df-score-list' },
        h('p', { class: 'df-quiet' }, card.workshop === null ? t('deficits-ui-no-workshop') : t('deficits-ui-workshop', { title: card.workshop.title, date: card.workshop.heldOn })),
        h('p', { class: 'df-quiet', 'data-testid': 'deficits-score-keys' }, t('deficits-ui-score-keys', { max: card.scaleMax })),
        h('ol', { class: 'df-meanings', start: 0 }, ...card.meanings.map((m) => h('li', {}, m))),
        ...essentials),
      h('aside', { class: 'df-score-side' },
        h('p', { class: 'df-total', 'data-testid': 'deficits-score-total' }, t('deficits-ui-score-total', { score: card.score, max: card.max, percent: Math.round(card.percent), scored: card.scored, questions: card.questions })),
        radar));
  }

  private renderQuestion(q: QuestionView, max: number): HTMLElement {
    const buttons = Array.from({ length: max + 1 }, (_, n) => {
      const b = h('button', {
        type: 'button', class: 'df-score', tabindex: -1, 'aria-pressed': q.score === n ? 'true' : 'false',
        'data-testid': `deficits-score-${q.code}-${n}`, 'aria-label': t('deficits-ui-score-button', { code: q.code, score: n }),
      }, n);
      b.addEventListener('click', () => void this.score(q.code, n, q.comment));
      return b;
    });
    const comment = h('input', { class: 'input df-comment', 'data-testid': `deficits-comment-${q.code}`, value: q.comment, placeholder: t('deficits-ui-comment'), 'aria-label': t('deficits-ui-comment-for', { code: q.code }) });
    const saveComment = () => {
      if (q.score !== null && comment.value.trim() !== q.comment) void this.score(q.code, q.score, comment.value);
    };
    comment.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        saveComment();
      }
    });
    comment.addEventListener('change', saveComment);
    const row = h('li', {
      class: 'df-question', tabindex: 0, 'data-question': q.code, 'data-testid': `deficits-question-${q.code}`,
      'aria-label': `${q.code} ${q.title}: ${q.score === null ? t('deficits-ui-not-scored') : q.score}`, 'aria-keyshortcuts': '0 1 2 3 ArrowLeft ArrowRight ArrowUp ArrowDown',
    },
    h('span', { class: 'df-code' }, q.code),
    h('span', { class: 'df-question-title' }, q.title),
    h('span', { class: 'df-scores', role: 'group', 'aria-label': t('deficits-ui-score-of', { code: q.code }) }, ...buttons),
    h('span', { class: 'df-state' }, q.score === null ? `○ ${t('deficits-ui-not-scored')}` : q.score <= 1 ? `✗ ${t('deficits-ui-score-deficit')}` : '✓'),
    comment);
    row.addEventListener('keydown', (event) => this.onQuestionKey(event, q.code));
    return row;
  }
}
