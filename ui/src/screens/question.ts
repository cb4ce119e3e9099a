// One consensus question, over the meeting screen: the voting members in the room with their
// positions, taken fast from the keyboard (C / S / O, ↑ / ↓, Backspace, Ctrl+Z), the live tally
// with what the rule still needs, closing the round, the next round (amended if wanted), the
// focal point's casting vote or decision when the rule offers them, and the rounds so far.
// While it is open the projector shows the question and its tally (counts, never names).

import { inTauri, toApiError } from '../api';
import { tauriQuestionsApi, type QuestionsApi } from '../api-questions';
import type { FieldMessage, MeetingView, Position, ProjectorView, QuestionRecord, QuestionVision, Round, RoundResult } from '../bindings';
import { h } from '../dom';
import { createI18n, i18n, t, type I18n } from '../i18n';
import { other, pick, projectorLanguage, projectorLines } from '../meetings-model';
import {
  POSITIONS, allConsent, applyIntent, currentText, keyIntent, namesShown, newEntry, openRound, outcomeId, positionLabel,
  questionBadge, refreshEntry, ruleSentence, failureSentence, tallySentences, verdictKey, voters, isMajorityRule,
  type EntryState, type Intent, type Sentence, type Step, type Voter, type Write,
} from '../question-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import { modal } from '../widgets/modal';
import { askAgainDialog } from './question-ask-again';
import { renderQuestionVision } from './question-vision';
import { errorLine, personName, showError, smallField, type MeetingContext } from './meeting-context';
import { registerProjectorPanel } from './projector';

const SHORT: Record<Position, string> = { consent: 'qui-short-consent', standAside: 'qui-short-stand-aside', object: 'qui-short-object' };

export class QuestionScreen {
  private record: QuestionRecord | null = null;
  private entry: EntryState | null = null;
  /** The tally the backend answered with after the last write. */
  private live: RoundResult | null = null;
  private pending = 0;
  private queue: Promise<void> = Promise.resolve();
  private overlay: HTMLElement | null = null;
  private loadError: string | null = null;
  /** What the question decided about the Vision, in the language it was asked in. */
  private vision: { data: QuestionVision | null; error: string | null; locale: string } | null = null;
  private amend = { on: false, zh: '', en: '' };
  private busy = false;
  private closed = false;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(
    private readonly questionId: number,
    private readonly api: QuestionsApi,
    private ctx: MeetingContext,
    private readonly onClose: () => void,
    /** Shows another question of the meeting in place of this one (a question asked again). */
    private readonly openOther: (questionId: number) => void = () => undefined,
  ) {}

  // ---- lifetime ------------------------------------------------------------------------

  mount(): void {
    this.attach();
    void this.load().then(() => {
      this.focusList();
      void this.showOnProjector();
    });
  }

  /** The meeting screen drew itself again (a write, a language switch): follow its meeting. */
  remount(ctx: MeetingContext): void {
    this.ctx = ctx;
    // After the current drawing is done: the shell may still replace the main area's content.
    queueMicrotask(() => {
      if (this.closed) return;
      if (this.overlay === null || !this.overlay.isConnected) this.attach();
      this.syncEntry();
      this.draw();
      // The section titles come said in the window's language: ask again after a switch.
      if (this.vision !== null && this.vision.locale !== i18n().locale) void this.loadVision();
    });
  }

  close(notify = true): void {
    this.closed = true;
    document.removeEventListener('keydown', this.onKey, true);
    this.overlay?.remove();
    this.overlay = null;
    void this.leaveProjector();
    if (notify) this.onClose();
  }

  private attach(): void {
    document.removeEventListener('keydown', this.onKey, true);
    this.overlay = h('section', { class: 'qs-screen', role: 'region', 'aria-labelledby': 'qs-title', 'data-testid': 'question-screen' });
    // Inside the app's main area, so moving to another stage takes it away with the screen.
    const host = document.querySelector('main#main') ?? document.body;
    host.append(this.overlay);
    document.addEventListener('keydown', this.onKey, true);
    this.draw();
  }

  private async load(): Promise<void> {
    try {
      this.record = await this.api.get(this.questionId);
      this.loadError = null;
      this.live = null;
      this.syncEntry(true);
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
    if (this.record !== null) void this.loadVision();
  }

  private async loadVision(): Promise<void> {
    const locale = i18n().locale;
    try {
      this.vision = { data: await this.api.vision(this.questionId), error: null, locale };
    } catch (raw) {
      this.vision = { data: null, error: toApiError(raw).message, locale };
    }
    if (!this.closed) this.draw();
  }

  /** Builds the entry of the open round from the record and the room, keeping the selection. */
  private syncEntry(fresh = false): void {
    const round = this.record === null ? null : openRound(this.record);
    if (round === null || !this.offersEntry()) {
      this.entry = null;
      return;
    }
    const order = this.voters(round).map((v) => v.id);
    this.entry = this.entry === null || fresh ? newEntry(order, round.positions, this.entry?.selected ?? 0) : refreshEntry(this.entry, order);
  }

  private offersEntry(): boolean {
    return this.record?.state.offers.recordPositions === true;
  }

  private voters(round: Round): Voter[] {
    return voters([...this.ctx.people.values()], this.ctx.view.attendance, round.positions, i18n().locale);
  }

  // ---- keys --------------------------------------------------------------------------------

  private handleKey(event: KeyboardEvent): void {
    if (this.overlay === null || !this.overlay.isConnected) {
      document.removeEventListener('keydown', this.onKey, true);
      return;
    }
    if (event.isComposing || event.defaultPrevented) return;
    // A dialog on top has the keys.
    if (document.querySelector('.modal-backdrop') !== null) return;
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);
    if (event.key === 'Escape' && !typing) {
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    if (typing || this.entry === null) return;
    // Buttons keep Enter and Space; letters and arrows belong to the entry wherever the focus is.
    const intent = keyIntent(event);
    if (intent === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.act(intent);
  }

  private act(intent: Intent): void {
    if (this.entry === null) return;
    this.apply(applyIntent(this.entry, intent), intent.kind !== 'move' && intent.kind !== 'jump');
  }

  private apply(step: Step, changed: boolean): void {
    this.entry = step.state;
    if (step.writes.length > 0) this.enqueue(step.writes);
    if (changed || step.writes.length > 0) this.drawEntry();
    else this.drawSelection();
  }

  /** Writes go to the backend one after another, in the order typed; each is on disk when it answers. */
  private enqueue(writes: readonly Write[]): void {
    const round = this.record === null ? null : openRound(this.record);
    if (round === null) return;
    this.pending += writes.length;
    this.drawPending();
    this.queue = this.queue.then(async () => {
      for (const [i, w] of writes.entries()) {
        try {
          this.live = w.position === null
            ? await this.api.undoPosition(round.id, w.stakeholderId)
            : await this.api.recordPosition(round.id, w.stakeholderId, w.position);
          this.pending -= 1;
        } catch (raw) {
          this.pending -= writes.length - i;
          this.ctx.toast.show(toApiError(raw).message, 'error');
          // What the backend holds is the truth: read it again.
          await this.load();
          return;
        }
      }
      this.drawTally();
      this.drawPending();
    });
  }

  // ---- steps ---------------------------------------------------------------------------------

  private allConsent(): void {
    if (this.entry === null) return;
    this.apply(allConsent(this.entry), true);
    this.focusList();
  }

  private async closeRound(): Promise<void> {
    const round = this.record === null ? null : openRound(this.record);
    if (round === null || this.busy) return;
    const tally = this.tally(round);
    const ok = await confirmDialog({
      title: t('qui-close-title', { number: round.number }),
      body: t('qui-close-body', { consent: tally.counts.consent, standAside: tally.counts.standAside, object: tally.counts.object, missing: tally.missing }),
      confirm: t('qui-close-confirm'), testid: 'confirm-close-round',
    });
    if (!ok) return;
    await this.queue;
    await this.write(async () => this.api.closeRound(round.id), (r) => {
      const closed = r.rounds.find((x) => x.id === round.id);
      return t('qui-closed', { number: round.number, verdict: t(`question-verdict-${verdictKey(closed?.result.verdict ?? 'notAdopted')}`) });
    });
  }

  private async openNextRound(): Promise<void> {
    if (this.record === null || this.busy) return;
    const current = currentText(this.record);
    const amended = this.amend.on && (this.amend.zh.trim() !== current.zh.trim() || this.amend.en.trim() !== current.en.trim());
    const zh = amended ? this.amend.zh : '';
    const en = amended ? this.amend.en : '';
    const number = this.record.rounds.length + 1;
    const done = await this.write(async () => this.api.openRound(this.questionId, zh, en), () => t('qui-round-opened', { number }));
    if (done) {
      this.amend = { on: false, zh: '', en: '' };
      this.draw();
      this.focusList();
    }
  }

  /** Runs a step that answers with the question; resolves to true when it was saved. */
  private async write(step: () => Promise<QuestionRecord>, done: (r: QuestionRecord) => string, onFields?: (fields: FieldMessage[]) => void): Promise<boolean> {
    this.busy = true;
    try {
      const record = await step();
      this.record = record;
      this.live = null;
      this.syncEntry(true);
      this.draw();
      this.ctx.toast.show(done(record));
      void this.showOnProjector();
      return true;
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0 && onFields !== undefined) onFields(error.fields);
      else this.ctx.toast.show(error.message, 'error');
      return false;
    } finally {
      this.busy = false;
    }
  }

  private castingVoteDialog(): void {
    const dialog = modal('question-casting-dialog', t('qui-cast-title'), t('qui-cast-body'));
    const adopt = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-cast-adopt' }, t('qui-cast-adopt'));
    const reject = h('button', { type: 'button', class: 'button', 'data-testid': 'question-cast-reject' }, t('qui-cast-reject'));
    const cast = async (value: boolean) => {
      const ok = await this.write(async () => this.api.castVote(this.questionId, value), (r) => t(r.state.outcome === null ? 'qui-decided' : outcomeId(r.state.outcome)));
      if (ok) dialog.close();
    };
    adopt.addEventListener('click', () => void cast(true));
    reject.addEventListener('click', () => void cast(false));
    dialog.actions.append(reject, adopt);
    dialog.open();
  }

  private focalPointDialog(): void {
    const dialog = modal('question-focal-dialog', t('qui-fp-title'), t('qui-fp-body', { failed: this.record?.state.failedRounds ?? 0 }));
    const choice = (value: 'adopt' | 'reject', checked: boolean) => h('label', { class: 'qs-check' },
      h('input', { type: 'radio', name: 'qs-fp-choice', value, checked, 'data-testid': `question-fp-${value}` }), t(`qui-fp-${value}`));
    const adopt = choice('adopt', true);
    const reject = choice('reject', false);
    const rationale = h('textarea', { class: 'input qs-textarea', rows: 4, 'data-testid': 'question-fp-rationale' });
    const error = errorLine('question-fp-error-rationale');
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-fp-save' }, t('qui-fp-save'));
    dialog.body.append(
      h('fieldset', { class: 'qs-fieldset' }, h('legend', { class: 'field-label' }, t('qui-fp-choice')), adopt, reject),
      smallField('qs-fp-rationale', t('qui-fp-rationale'), rationale, error, true),
    );
    const showFields = (fields: FieldMessage[]) => {
      showError(error, fields.find((f) => f.field === 'rationale')?.message ?? fields[0]?.message ?? null);
      rationale.focus();
    };
    save.addEventListener('click', () => void (async () => {
      if (rationale.value.trim() === '') {
        showFields([{ field: 'rationale', message: t('qui-error-rationale') }]);
        return;
      }
      showError(error, null);
      const adoptIt = dialog.box.querySelector<HTMLInputElement>('input[value="adopt"]')?.checked === true;
      const ok = await this.write(
        async () => this.api.decideAsFocalPoint(this.questionId, { adopt: adoptIt, rationale: rationale.value }),
        (r) => t(r.state.outcome === null ? 'qui-decided' : outcomeId(r.state.outcome)),
        showFields,
      );
      if (ok) dialog.close();
    })());
    dialog.actions.append(save);
    dialog.open(rationale);
  }

  // ---- projector ---------------------------------------------------------------------------

  /** The room sees this question: the projector follows the main window. */
  private async showOnProjector(): Promise<void> {
    try {
      const current = await this.ctx.api.getProjector();
      const meetingId = this.ctx.view.meeting.id;
      const item = this.record?.question.agendaItemId ?? (current.meetingId === meetingId ? current.agendaItemId : this.ctx.currentItemId);
      await this.ctx.api.setProjector({ meetingId, agendaItemId: item, questionId: this.questionId, language: current.language });
    } catch {
      // The projector is a help for the room; the question screen works without it.
    }
  }

  private async leaveProjector(): Promise<void> {
    try {
      const current = await this.ctx.api.getProjector();
      if (current.questionId === this.questionId) await this.ctx.api.setProjector({ ...current, questionId: null });
    } catch {
      // As above.
    }
  }

  // ---- drawing -------------------------------------------------------------------------------

  private tally(round: Round): RoundResult {
    return round.closedAt === null && this.live !== null ? this.live : round.result;
  }

  private draw(): void {
    const overlay = this.overlay;
    if (overlay === null) return;
    const hadFocus = overlay.contains(document.activeElement) ? document.activeElement?.getAttribute('data-testid') ?? null : null;
    const r = this.record;
    if (r === null) {
      overlay.replaceChildren(h('div', { class: 'qs-inner' }, this.backButton(),
        this.loadError === null ? h('p', { class: 'loading' }, t('app-loading')) : h('p', { class: 'field-error', role: 'alert' }, this.loadError)));
      return;
    }
    const locale = i18n().locale;
    const text = currentText(r);
    const second = other(text.zh, text.en, locale);
    const rule = ruleSentence(r.rule);
    const summary = isMajorityRule(r.rule)
      ? t('question-rule-summary-majority', { rule: t(rule.id, rule.args), quorum: r.rule.quorumPercent })
      : t('question-rule-summary', { rule: t(rule.id, rule.args), quorum: r.rule.quorumPercent, rounds: r.state.maxFailedRounds });
    const round = openRound(r);
    overlay.setAttribute('data-round-open', round === null ? 'false' : 'true');
    overlay.replaceChildren(h('div', { class: 'qs-inner' },
      this.backButton(),
      h('header', { class: 'qs-header' },
        h('div', { class: 'qs-header-badges' },
          h('span', { class: 'badge badge-kind' }, t('qui-number', { number: r.number })),
          badge(questionBadge(r), 'question-badge'),
          r.rule.anonymous && h('span', { class: 'badge badge-kind' }, t('qui-anonymous')),
          !isMajorityRule(r.rule) && r.state.failedRounds > 0 && !r.state.decided && !r.state.offers.focalPointDecision && h('span', { class: 'badge badge-warn', 'data-testid': 'question-failed' },
            t('qui-failed-count', { failed: r.state.failedRounds, max: r.state.maxFailedRounds })),
        ),
        h('h1', { class: 'page-title qs-title', id: 'qs-title', tabindex: -1, 'data-testid': 'question-title' }, pick(text.zh, text.en, locale)),
        second !== '' && h('p', { class: 'qs-title-second', lang: locale === 'en' ? 'zh-CN' : 'en' }, second),
        h('p', { class: 'qs-rule', 'data-testid': 'question-rule' }, summary),
        !r.state.decided && r.rounds.every((x) => x.closedAt === null)
          && h('p', { class: 'qs-rule-failure', 'data-testid': 'question-if-fails' }, t(failureSentence(r.rule).id, failureSentence(r.rule).args)),
        r.askedAgainFrom !== null && this.linkButton('question-asked-again-from', t('question-asked-again-from', { number: r.askedAgainFrom.number }), r.askedAgainFrom.id),
      ),
      this.vision !== null && renderQuestionVision(this.vision.data, this.vision.error),
      round !== null && this.entry !== null
        ? h('div', { class: 'qs-body' }, this.renderEntry(round, this.entry), this.renderSide(round))
        : h('div', { class: 'qs-body' }, this.renderNext(r), this.renderLastTally(r)),
      this.renderHistory(r),
    ));
    if (hadFocus !== null) overlay.querySelector<HTMLElement>(`[data-testid="${hadFocus}"]`)?.focus();
  }

  private backButton(): HTMLElement {
    const back = h('button', { type: 'button', class: 'button button-quiet qs-back', 'data-testid': 'question-back' }, t('qui-back'));
    back.addEventListener('click', () => this.close());
    return back;
  }

  private renderEntry(round: Round, entry: EntryState): HTMLElement {
    const list = h('ul', {
      class: 'qs-members', role: 'listbox', tabindex: 0, 'aria-label': t('qui-members-label'), 'data-testid': 'question-members',
      'aria-keyshortcuts': 'C S O ArrowUp ArrowDown Backspace Delete Control+Z',
    });
    this.fillMembers(list, round, entry);
    const amended = round.textZh.trim() !== '' || round.textEn.trim() !== '';
    return h('section', { class: 'qs-entry card', 'aria-labelledby': 'qs-entry-title' },
      h('div', { class: 'qs-entry-head' },
        h('h2', { class: 'mt-section-title', id: 'qs-entry-title', 'data-testid': 'question-round-title' },
          t(amended ? 'qui-round-amended' : 'qui-round', { number: round.number })),
        this.actionButton('question-all-consent', 'qui-all-consent', () => this.allConsent()),
      ),
      h('p', { class: 'qs-keys', 'data-testid': 'question-keys' }, t('qui-keys')),
      list,
    );
  }

  private fillMembers(list: HTMLElement, round: Round, entry: EntryState): void {
    const people = this.voters(round);
    const byId = new Map(people.map((v) => [v.id, v]));
    const rows = entry.order.map((id, index) => {
      const v = byId.get(id);
      const position = entry.positions.get(id) ?? null;
      const selected = index === entry.selected;
      const buttons = POSITIONS.map((p) => {
        const b = h('button', {
          type: 'button', class: `qs-pos-button qs-pos-${p}`, tabindex: -1, 'aria-pressed': position === p ? 'true' : 'false',
          title: t(positionLabel(p)), 'data-testid': `question-set-${p}`,
        }, t(SHORT[p]));
        b.addEventListener('click', (event) => {
          event.stopPropagation();
          if (this.entry === null) return;
          this.entry = { ...this.entry, selected: index };
          this.act({ kind: 'position', position: p });
        });
        return b;
      });
      const row = h('li', {
        class: `qs-member${selected ? ' qs-member-selected' : ''}`, role: 'option', id: `qs-member-${id}`,
        'aria-selected': selected ? 'true' : 'false', 'data-testid': 'question-member', 'data-id': String(id), 'data-position': position ?? '',
      },
      h('span', { class: 'qs-member-name' }, v?.name ?? personName(this.ctx, id),
        v?.proxyHolderId != null && h('span', { class: 'qs-member-note' }, t('qui-by-proxy', { name: personName(this.ctx, v.proxyHolderId) })),
        v?.left === true && h('span', { class: 'qs-member-note' }, t('qui-left'))),
      h('span', { class: `qs-position qs-position-${position ?? 'none'}`, 'data-testid': 'question-member-position' },
        position === null ? t('qui-no-position') : t(positionLabel(position))),
      h('span', { class: 'qs-pos-buttons' }, ...buttons),
      );
      row.addEventListener('click', () => {
        if (this.entry === null) return;
        this.entry = { ...this.entry, selected: index };
        this.drawSelection();
        this.focusList();
      });
      return row;
    });
    const selectedId = entry.order[entry.selected];
    if (selectedId !== undefined) list.setAttribute('aria-activedescendant', `qs-member-${selectedId}`);
    if (rows.length === 0) rows.push(h('li', { class: 'qs-member-none', 'data-testid': 'question-members-none' }, t('qui-members-none')));
    list.replaceChildren(...rows);
  }

  private renderSide(round: Round): HTMLElement {
    const undo = this.actionButton('question-undo', 'qui-undo', () => this.act({ kind: 'undo' }));
    if (this.entry?.history.length === 0) undo.setAttribute('disabled', '');
    const close = this.actionButton('question-close-round', 'qui-close-round', () => void this.closeRound(), true);
    return h('aside', { class: 'qs-side' },
      this.renderTally(round, this.tally(round), true),
      h('div', { class: 'qs-side-actions' }, undo, close),
    );
  }

  private actionButton(testid: string, labelId: string, onClick: () => void, primary = false): HTMLButtonElement {
    const b = h('button', { type: 'button', class: `button${primary ? ' button-primary' : ''}`, 'data-testid': testid }, t(labelId));
    b.addEventListener('click', onClick);
    return b;
  }

  private renderTally(round: Round, result: RoundResult, live: boolean): HTMLElement {
    const counts = POSITIONS.map((p) => h('div', { class: `qs-count qs-count-${p}` },
      h('span', { class: 'qs-count-n', 'data-testid': `question-count-${p}` }, String(result.counts[p])),
      h('span', { class: 'qs-count-label' }, t(positionLabel(p)))));
    const sentences: Sentence[] = live
      ? tallySentences(result)
      : [{ id: `qui-verdict-${verdictKey(result.verdict)}`, tone: result.verdict === 'adopted' ? 'good' : 'bad' }, ...(result.weak ? [{ id: 'qui-tally-weak', tone: 'note' as const }] : [])];
    return h('section', {
      class: 'qs-tally card', role: 'status', 'aria-live': 'polite', 'data-testid': 'question-tally', 'data-verdict': result.verdict,
      'data-pending': String(this.pending),
    },
    h('h2', { class: 'mt-section-title' }, t(live ? 'qui-tally-live' : 'qui-tally-round', { number: round.number })),
    h('div', { class: 'qs-counts' }, ...counts),
    h('p', { class: 'qs-present', 'data-testid': 'question-present' },
      t('qui-present', { present: result.present, total: result.total, required: result.quorumRequired })),
    h('ul', { class: 'qs-sentences', 'data-testid': 'question-tally-sentences' },
      ...sentences.map((s) => h('li', { class: `qs-sentence qs-sentence-${s.tone}`, 'data-id': s.id }, t(s.id, s.args)))),
    );
  }

  /** What comes next when no round is open: the outcome, the focal point's choice, or the next round. */
  private renderNext(r: QuestionRecord): HTMLElement {
    const s = r.state;
    const parts: HTMLElement[] = [];
    if (s.decided && s.outcome !== null) {
      parts.push(h('p', { class: 'qs-outcome', 'data-testid': 'question-outcome' }, icon(questionBadge(r).tone === 'good' ? 'check' : 'alert'), t(outcomeId(s.outcome))));
      if (s.outcome.how === 'focalPointDecision') {
        parts.push(h('p', { class: 'qs-rationale', 'data-testid': 'question-rationale' }, t('question-rationale', { text: s.outcome.rationale })));
      }
      if ((s.outcome.how === 'consensus' || s.outcome.how === 'majority') && s.outcome.weak) {
        parts.push(h('p', { class: 'qs-weak', 'data-testid': 'question-weak' }, t('question-weak-note')));
      }
    }
    if (s.offers.castingVote) {
      parts.push(h('p', {}, t('question-offer-casting-vote')),
        this.actionButton('question-casting-vote', 'qui-cast-open', () => this.castingVoteDialog(), true));
    }
    if (s.offers.focalPointDecision) {
      parts.push(h('p', { 'data-testid': 'question-focal-offer' }, t('question-offer-focal-point')),
        this.actionButton('question-focal-point', 'qui-fp-open', () => this.focalPointDialog(), true));
    }
    if (s.offers.nextRound) {
      parts.push(this.renderNextRound(r));
    }
    if (s.offers.askAgain && this.ctx.view.meeting.state === 'opened') {
      parts.push(h('p', { 'data-testid': 'question-ask-again-offer' }, t('qui-again-offer')),
        this.actionButton('question-ask-again', 'qui-again-open', () => askAgainDialog(r, this.api, this.ctx, (asked) => this.openOther(asked.question.id)), true));
    }
    if (r.askedAgainAs !== null) {
      parts.push(this.linkButton('question-asked-again-as', t('qui-again-as', { number: r.askedAgainAs.number }), r.askedAgainAs.id));
    }
    if (parts.length === 0) parts.push(h('p', { class: 'mt-hint' }, t('qui-nothing-next')));
    const closedMeeting = this.ctx.view.meeting.state !== 'opened' && !s.decided;
    return h('section', { class: 'qs-next card', 'data-testid': 'question-next' },
      h('h2', { class: 'mt-section-title' }, t(s.decided ? 'qui-outcome-title' : 'qui-next-title')),
      closedMeeting && h('p', { class: 'mt-hint' }, t('question-refused-meeting-not-open')),
      ...parts);
  }

  /** A link to another question of the meeting (the one asked again, or the one it asks again). */
  private linkButton(testid: string, label: string, questionId: number): HTMLElement {
    const b = h('button', { type: 'button', class: 'button button-quiet qs-link', 'data-testid': testid, 'data-question-id': String(questionId) }, label);
    b.addEventListener('click', () => this.openOther(questionId));
    return b;
  }

  private renderNextRound(r: QuestionRecord): HTMLElement {
    const current = currentText(r);
    const toggle = h('input', { type: 'checkbox', id: 'qs-amend', checked: this.amend.on, 'data-testid': 'question-amend' });
    const zh = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'zh-CN', 'data-testid': 'question-amend-zh' });
    const en = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'en', 'data-testid': 'question-amend-en' });
    zh.value = this.amend.on ? this.amend.zh : current.zh;
    en.value = this.amend.on ? this.amend.en : current.en;
    zh.addEventListener('input', () => { this.amend.zh = zh.value; });
    en.addEventListener('input', () => { this.amend.en = en.value; });
    const fields = h('div', { class: 'qs-amend-fields', hidden: !this.amend.on },
      smallField('qs-amend-zh', t('qui-text-zh'), zh, null, true),
      smallField('qs-amend-en', t('qui-text-en'), en, null, true));
    toggle.addEventListener('change', () => {
      this.amend = { on: toggle.checked, zh: zh.value, en: en.value };
      fields.hidden = !toggle.checked;
      if (toggle.checked) (i18n().locale === 'zh-CN' ? zh : en).focus();
    });
    const number = r.rounds.length + 1;
    const open = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-open-round' }, t('qui-open-round', { number }));
    open.addEventListener('click', () => void this.openNextRound());
    return h('div', { class: 'qs-next-round' },
      h('label', { class: 'qs-check', for: 'qs-amend' }, toggle, t('qui-amend')),
      fields,
      open);
  }

  private renderLastTally(r: QuestionRecord): HTMLElement {
    const last = r.rounds[r.rounds.length - 1];
    return h('aside', { class: 'qs-side' }, last === undefined
      ? h('p', { class: 'mt-hint card', 'data-testid': 'question-no-rounds' }, t('qui-no-rounds'))
      : this.renderTally(last, last.result, false));
  }

  private renderHistory(r: QuestionRecord): HTMLElement {
    const locale = i18n().locale;
    const closed = r.rounds.filter((x) => x.closedAt !== null);
    const rows = closed.map((round) => {
      const res = round.result;
      const amended = round.textZh.trim() !== '' || round.textEn.trim() !== '' ? pick(round.textZh, round.textEn, locale) : '';
      const names = namesShown(r.rule, round) && round.positions.length > 0 && h('details', { class: 'qs-names' },
        h('summary', {}, t('qui-history-names')),
        h('ul', {}, ...round.positions.map((p) => h('li', {}, `${personName(this.ctx, p.stakeholderId)}: ${t(positionLabel(p.position))}`))));
      return h('tr', { 'data-testid': 'question-history-row', 'data-verdict': res.verdict },
        h('td', { class: 'qs-num' }, String(round.number)),
        h('td', {}, amended === '' ? h('span', { class: 'mt-hint' }, t('qui-history-same')) : amended, names),
        h('td', { class: 'qs-num' }, String(res.counts.consent)),
        h('td', { class: 'qs-num' }, String(res.counts.standAside)),
        h('td', { class: 'qs-num' }, String(res.counts.object)),
        h('td', { class: 'qs-num' }, `${res.present}/${res.total}`),
        h('td', { class: 'qs-verdict' }, t(`question-verdict-${verdictKey(res.verdict)}`), res.weak && h('span', { class: 'qs-weak-tag' }, t('qui-weak-tag'))),
      );
    });
    return h('section', { class: 'qs-history', 'aria-labelledby': 'qs-history-title', 'data-testid': 'question-history' },
      h('h2', { class: 'mt-section-title', id: 'qs-history-title' }, t('qui-history-title')),
      rows.length === 0 ? h('p', { class: 'mt-hint' }, t('qui-history-none')) : h('table', { class: 'qs-table' },
        h('thead', {}, h('tr', {},
          ...['qui-history-round', 'qui-history-text'].map((id) => h('th', { scope: 'col' }, t(id))),
          ...POSITIONS.map((p) => h('th', { scope: 'col', class: 'qs-num' }, t(positionLabel(p)))),
          h('th', { scope: 'col', class: 'qs-num' }, t('qui-history-present')),
          h('th', { scope: 'col' }, t('qui-history-verdict')))),
        h('tbody', {}, ...rows)),
    );
  }

  /** After a key: the rows and the tally, leaving the rest (and the focus) alone. */
  private drawEntry(): void {
    const list = this.overlay?.querySelector<HTMLElement>('[data-testid="question-members"]');
    const round = this.record === null ? null : openRound(this.record);
    if (list === null || list === undefined || round === null || this.entry === null) {
      this.draw();
      return;
    }
    this.fillMembers(list, round, this.entry);
    this.scrollToSelected(list);
    const undo = this.overlay?.querySelector<HTMLButtonElement>('[data-testid="question-undo"]');
    if (undo) undo.disabled = this.entry.history.length === 0;
  }

  private drawSelection(): void {
    this.drawEntry();
  }

  private drawTally(): void {
    const round = this.record === null ? null : openRound(this.record);
    const old = this.overlay?.querySelector('[data-testid="question-tally"]');
    if (round === null || old === null || old === undefined) return;
    old.replaceWith(this.renderTally(round, this.tally(round), true));
  }

  private drawPending(): void {
    this.overlay?.querySelector('[data-testid="question-tally"]')?.setAttribute('data-pending', String(this.pending));
    this.overlay?.setAttribute('data-pending', String(this.pending));
  }

  /** Scrolls the list alone (not the screen) so the selected member shows. */
  private scrollToSelected(list: HTMLElement): void {
    const row = list.querySelector<HTMLElement>('.qs-member-selected');
    if (row === null) return;
    const top = row.offsetTop;
    const bottom = top + row.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }

  private focusList(): void {
    const list = this.overlay?.querySelector<HTMLElement>('[data-testid="question-members"]');
    if (list) {
      list.focus();
      this.scrollToSelected(list);
    } else this.overlay?.querySelector<HTMLElement>('#qs-title')?.focus();
  }
}

function badge(sentence: Sentence, testid: string): HTMLElement {
  return h('span', { class: `badge qs-badge qs-badge-${sentence.tone}`, 'data-testid': testid }, t(sentence.id, sentence.args));
}

// ---- the projector's panel -----------------------------------------------------------------

let projectorBackend: QuestionsApi | null = null;
let registered = false;

/** The backend the projector reads in a plain-browser preview, the last one made (inside Tauri, always the real one). */
export function useProjectorBackend(api: QuestionsApi): void {
  projectorBackend = api;
}

/** Adds the question's live tally to the projector window (once). */
export function registerProjectorTally(): void {
  if (registered) return;
  registered = true;
  const panel = new ProjectorTally();
  registerProjectorPanel((view, root, meeting) => panel.render(view, root, meeting));
}

/** In the projector window: the question and its tally in large type; counts only, never names. */
class ProjectorTally {
  private view: ProjectorView | null = null;
  private root: HTMLElement | null = null;
  private record: QuestionRecord | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private seq = 0;
  private messages: Record<'en' | 'zh-CN', I18n> | null = null;

  render(view: ProjectorView, root: HTMLElement, meeting: MeetingView | null): void {
    this.view = view;
    this.root = root;
    if (view.questionId === null || meeting === null) {
      this.record = null;
      this.stop();
      return;
    }
    if (this.record?.question.id === view.questionId) this.draw();
    void this.fetch();
  }

  private backend(): QuestionsApi | null {
    return inTauri() ? tauriQuestionsApi : projectorBackend;
  }

  private async fetch(): Promise<void> {
    const api = this.backend();
    const id = this.view?.questionId ?? null;
    if (api === null || id === null) return;
    const seq = ++this.seq;
    try {
      const record = await api.get(id);
      if (seq !== this.seq || this.view?.questionId !== id) return;
      this.record = record;
    } catch {
      return;
    }
    this.draw();
    // Positions are taken in the main window: while a round is open, read it every second.
    if (openRound(this.record) !== null) this.poll();
    else this.stop();
  }

  private poll(): void {
    this.timer ??= setInterval(() => {
      if (this.root === null || !this.root.isConnected || this.view?.questionId == null) {
        this.stop();
        return;
      }
      void this.fetch();
    }, 1000);
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private say(id: string, args?: Record<string, string | number>): HTMLElement[] {
    this.messages ??= { en: createI18n('en'), 'zh-CN': createI18n('zh-CN') };
    const messages = this.messages;
    const language = projectorLanguage(this.view?.language ?? 'bilingual');
    const locales: ('en' | 'zh-CN')[] = language === 'bilingual' ? ['zh-CN', 'en'] : [language];
    return locales.map((locale, i) => h('span', { lang: locale, class: i > 0 ? 'pj-second' : null }, messages[locale].t(id, args)));
  }

  private draw(): void {
    const root = this.root;
    const r = this.record;
    if (root === null || r === null) return;
    const language = projectorLanguage(this.view?.language ?? 'bilingual');
    const text = currentText(r);
    const round = r.rounds[r.rounds.length - 1] ?? null;
    const open = round !== null && round.closedAt === null;
    const parts: HTMLElement[] = [
      h('p', { class: 'pj-item-label' }, ...this.say('qui-number', { number: r.number })),
      ...projectorLines(text.zh, text.en, language).map((line, i) =>
        h('h2', { class: `qs-pj-text${i > 0 ? ' pj-second' : ''}`, lang: line.lang }, line.text)),
    ];
    if (r.state.decided && r.state.outcome !== null) {
      parts.push(h('p', { class: 'qs-pj-outcome', 'data-testid': 'projector-question-outcome' }, ...this.say(outcomeId(r.state.outcome))));
    }
    if (round !== null) {
      const res = round.result;
      parts.push(
        h('p', { class: 'pj-item-label' }, ...this.say(open ? 'qui-tally-live' : 'qui-tally-round', { number: round.number })),
        h('div', { class: 'qs-pj-counts', 'data-testid': 'projector-tally' }, ...POSITIONS.map((p) => h('div', { class: `qs-pj-count qs-count-${p}` },
          h('span', { class: 'qs-pj-n', 'data-testid': `projector-count-${p}` }, String(res.counts[p])),
          h('span', { class: 'qs-pj-label' }, ...this.say(positionLabel(p)))))),
        h('p', { class: 'qs-pj-line' }, ...this.say('qui-present', { present: res.present, total: res.total, required: res.quorumRequired })),
        ...(open ? tallySentences(res) : [{ id: `qui-verdict-${verdictKey(res.verdict)}`, tone: 'note' as const }])
          .map((s) => h('p', { class: `qs-pj-line qs-sentence-${s.tone}` }, ...this.say(s.id, s.args))),
      );
    }
    root.querySelector('[data-testid="projector-question"]')?.remove();
    root.append(h('section', { class: 'qs-pj', 'data-testid': 'projector-question' }, ...parts));
  }
}
