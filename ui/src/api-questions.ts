// The consensus-question commands, kept apart from `api.ts`. Every position is committed by
// the backend before the command answers. In a plain browser and in the unit tests an in-memory
// stand-in plays the backend, with the same rule arithmetic as the domain crate.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type { MeetingsApi } from './api-meetings';
import type {
  ApiError, DecisionRule, Dialogue, FieldMessage, FocalPointDecision, Outcome, Position, PositionCounts, Question,
  QuestionRecord, QuestionState, QuestionVision, Round, RoundResult, Stakeholder, SubjectOption,
} from './bindings';
import { i18n } from './i18n';
import { inRoom, votes } from './meetings-model';

export interface QuestionsApi {
  list(meetingId: number): Promise<QuestionRecord[]>;
  get(id: number): Promise<QuestionRecord>;
  /** Saves a new question (`id` 0); its first round is opened with `openRound`. */
  ask(question: Question): Promise<QuestionRecord>;
  /** Empty texts: the question's text stands; otherwise the amendment put to this round. */
  openRound(questionId: number, textZh: string, textEn: string): Promise<QuestionRecord>;
  recordPosition(roundId: number, stakeholderId: number, position: Position): Promise<RoundResult>;
  undoPosition(roundId: number, stakeholderId: number): Promise<RoundResult>;
  closeRound(roundId: number): Promise<QuestionRecord>;
  castVote(questionId: number, adopt: boolean): Promise<QuestionRecord>;
  decideAsFocalPoint(questionId: number, decision: FocalPointDecision): Promise<QuestionRecord>;
  /** Asks a question that was not adopted again with a revised text: a new, linked question. */
  askAgain(questionId: number, textZh: string, textEn: string): Promise<QuestionRecord>;
  /** What the question decided about the Vision (a version, the amendments it settled with
   *  their change), said in the window's language as it is at the call. */
  vision(questionId: number): Promise<QuestionVision>;
  /** What a new question may be about: the Vision's draft and its pending amendments. */
  subjects(): Promise<SubjectOption[]>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriQuestionsApi: QuestionsApi = {
  list: (meetingId) => call('list_questions', { meetingId }),
  get: (id) => call('get_question', { id }),
  ask: (question) => call('ask_question', { question }),
  openRound: (questionId, textZh, textEn) => call('open_round', { questionId, textZh, textEn }),
  recordPosition: (roundId, stakeholderId, position) => call('record_position', { roundId, stakeholderId, position }),
  undoPosition: (roundId, stakeholderId) => call('undo_position', { roundId, stakeholderId }),
  closeRound: (roundId) => call('close_round', { roundId }),
  castVote: (questionId, adopt) => call('cast_vote', { questionId, adopt }),
  decideAsFocalPoint: (questionId, decision) => call('decide_as_focal_point', { questionId, decision }),
  askAgain: (questionId, textZh, textEn) => call('ask_again', { questionId, textZh, textEn }),
  vision: (questionId) => call('question_vision', { questionId, language: i18n().locale }),
  subjects: () => call('question_subjects', { language: i18n().locale }),
};

// ---- the rule arithmetic of crates/domain/src/consensus.rs -------------------------------

const MAX_TEXT = 4000;

function taken(c: PositionCounts): number {
  return c.consent + c.standAside + c.object;
}

function supermajority(rule: DecisionRule): [number, number] {
  const { supermajorityNum: num, supermajorityDen: den } = rule;
  return den === 0 || num === 0 || num > den ? [1, 1] : [num, den];
}

/** `tally_counts`: where a round stands under the rule. */
export function tallyCounts(rule: DecisionRule, presentVoting: number, totalVoting: number, counts: PositionCounts): RoundResult {
  const n = taken(counts);
  const present = Math.max(presentVoting, n);
  const total = Math.max(totalVoting, present);
  const quorumPercent = Math.min(Math.max(rule.quorumPercent, 1), 100);
  const quorumRequired = Math.max(1, Math.ceil((quorumPercent * total) / 100));
  const hasQuorum = total > 0 && present * 100 >= quorumPercent * total;
  const { consent: c, standAside: s, object: o } = counts;
  let blockingObjections = 0;
  let objectionsAllowed: number | null = null;
  let meets: boolean;
  let tie = false;
  let consentsNeeded: number | null;
  // Consents still needed from the members present, once each of them holds a position.
  if (rule.kind === 'unanimity' || rule.kind === 'consensusMinus') {
    const allowed = rule.kind === 'unanimity' ? 0 : rule.allowedObjections;
    objectionsAllowed = allowed;
    blockingObjections = Math.max(0, o - allowed);
    consentsNeeded = c === 0 ? 1 : 0;
    meets = o <= allowed && c >= 1;
  } else if (rule.kind === 'supermajority') {
    const [num, den] = supermajority(rule);
    meets = n > 0 && c * den >= num * n;
    consentsNeeded = Math.max(0, Math.ceil((num * present) / den) - c);
  } else {
    meets = 2 * c > n;
    tie = n > 0 && 2 * c === n;
    consentsNeeded = Math.max(0, Math.floor(present / 2) + 1 - c);
  }
  if (present === 0) consentsNeeded = null;
  const verdict = !hasQuorum ? 'noQuorum' : meets ? 'adopted' : tie ? 'tie' : 'notAdopted';
  return {
    counts: { ...counts }, present, total, quorumRequired, hasQuorum, missing: present - n, verdict,
    weak: verdict === 'adopted' && s * 3 > n, consentsNeeded, blockingObjections, objectionsAllowed,
  };
}

/** `Outcome::adopted`: adopted or not, `null` while undecided. */
function adopted(outcome: Outcome): boolean | null {
  switch (outcome.how) {
    case 'consensus': case 'majority': return true;
    case 'castingVote': case 'focalPointDecision': return outcome.adopt;
    case 'rejected': return false;
    case 'noQuorum': return null;
  }
}

const isMajority = (rule: DecisionRule) => rule.kind === 'supermajority' || rule.kind === 'simpleMajority';

/** `question_state`: what the closed rounds add up to and what is offered next. */
export function questionState(
  rule: DecisionRule, closed: readonly RoundResult[], roundOpen: boolean, castingVote: boolean | null, focalPoint: FocalPointDecision | null,
): QuestionState {
  const maxFailed = Math.max(1, rule.maxFailedRounds);
  let failed = 0;
  let outcome: Outcome | null = null;
  let decided = false;
  let awaiting = false;
  for (const round of closed) {
    if (round.verdict === 'noQuorum') {
      outcome = { how: 'noQuorum' };
      continue;
    }
    if (round.verdict === 'adopted') {
      decided = true;
      outcome = isMajority(rule) ? { how: 'majority', weak: round.weak } : { how: 'consensus', weak: round.weak };
    } else if (round.verdict === 'tie') {
      if (castingVote !== null) {
        decided = true;
        outcome = { how: 'castingVote', adopt: castingVote };
      } else {
        awaiting = true;
        outcome = null;
      }
    } else if (isMajority(rule)) {
      decided = true;
      outcome = { how: 'rejected' };
    } else {
      failed += 1;
      outcome = null;
    }
    if (decided || awaiting) break;
  }
  const persistent = failed >= maxFailed;
  if (!decided && !awaiting && !roundOpen && persistent && focalPoint !== null) {
    decided = true;
    outcome = { how: 'focalPointDecision', adopt: focalPoint.adopt, rationale: focalPoint.rationale };
  }
  const more = !decided && !awaiting;
  return {
    decided, outcome, failedRounds: failed, maxFailedRounds: maxFailed, persistentFailure: persistent,
    roundOpen: roundOpen && more,
    offers: {
      nextRound: more && !roundOpen,
      recordPositions: more && roundOpen,
      castingVote: awaiting,
      focalPointDecision: more && !roundOpen && persistent,
      changeRule: closed.length === 0 && !roundOpen,
      askAgain: decided && outcome !== null && adopted(outcome) === false,
    },
  };
}

// ---- the stand-in backend ----------------------------------------------------------------

/** What the stand-in needs from the rest of the backend. */
export interface MockQuestionsSource {
  meetings: Pick<MeetingsApi, 'get'>;
  listStakeholders(): Promise<Stakeholder[]>;
  getDialogue(): Promise<Dialogue | null>;
}

interface MockQuestion {
  question: Question;
  number: number;
  /** Fixed when the first round opens. */
  rule: DecisionRule | null;
  createdAt: string;
  rounds: Round[];
  castingVote: boolean | null;
  focalPoint: FocalPointDecision | null;
  decidedAt: string | null;
  askedAgainFrom: number | null;
}

const DEFAULT_RULE: DecisionRule = {
  quorumPercent: 50, kind: 'unanimity', allowedObjections: 1, supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
};

function nowStamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function refuse(id: string, code = 'refused'): never {
  const error: ApiError = { code, message: i18n().t(id), fields: [] };
  throw error;
}

function invalid(fields: FieldMessage[]): never {
  const error: ApiError = { code: 'validation', message: i18n().t('error-validation', { count: fields.length }), fields };
  throw error;
}

function checkTexts(zh: string, en: string, required: boolean): FieldMessage[] {
  if (zh.trim() === '' && en.trim() === '') {
    return required ? ['textZh', 'textEn'].map((field) => ({ field, message: i18n().t('qui-error-text') })) : [];
  }
  return ([['textZh', zh], ['textEn', en]] as const)
    .filter(([, text]) => [...text].length > MAX_TEXT)
    .map(([field]) => ({ field, message: i18n().t('qui-error-too-long', { max: MAX_TEXT }) }));
}

export function createMockQuestionsApi(source: MockQuestionsSource): QuestionsApi {
  const questions: MockQuestion[] = [];
  let nextId = 1;

  async function room(meetingId: number): Promise<{ voting: number[]; present: number; total: number; mayVote: (id: number) => boolean }> {
    const [people, view] = await Promise.all([source.listStakeholders(), source.meetings.get(meetingId)]);
    const voting = people.filter(votes).map((p) => p.id);
    const rows = view.attendance;
    const here = (id: number) => rows.some((a) => a.stakeholderId === id && inRoom(a));
    const proxied = (id: number) => rows.some((a) => a.proxyFor === id && inRoom(a));
    const mayVote = (id: number) => voting.includes(id) && (here(id) || proxied(id));
    return { voting, present: voting.filter(mayVote).length, total: voting.length, mayVote };
  }

  async function ruleOf(q: MockQuestion): Promise<DecisionRule> {
    return q.rule ?? q.question.ruleOverride ?? (await source.getDialogue())?.rule ?? DEFAULT_RULE;
  }

  function countsOf(round: Round): PositionCounts {
    const counts = { consent: 0, standAside: 0, object: 0 };
    for (const p of round.positions) counts[p.position] += 1;
    return counts;
  }

  async function record(q: MockQuestion): Promise<QuestionRecord> {
    const rule = await ruleOf(q);
    const live = await room(q.question.meetingId);
    const rounds = q.rounds.map((r) => (r.closedAt === null
      ? { ...r, result: tallyCounts(rule, live.present, live.total, countsOf(r)) }
      : r));
    const closed = rounds.filter((r) => r.closedAt !== null).map((r) => r.result);
    const open = rounds.some((r) => r.closedAt === null);
    const state = questionState(rule, closed, open, q.castingVote, q.focalPoint);
    const link = (other: MockQuestion | undefined) => (other === undefined ? null : { id: other.question.id, number: other.number });
    const from = link(questions.find((x) => x.question.id === q.askedAgainFrom));
    const as = link(questions.find((x) => x.askedAgainFrom === q.question.id));
    state.offers.askAgain &&= as === null;
    return structuredClone({
      question: q.question, number: q.number, rule, createdAt: q.createdAt, rounds,
      castingVote: q.castingVote, focalPoint: q.focalPoint, decidedAt: q.decidedAt,
      state, askedAgainFrom: from, askedAgainAs: as,
    });
  }

  function find(id: number): MockQuestion {
    return questions.find((q) => q.question.id === id) ?? refuse('qui-error-not-found', 'not-found');
  }

  function findRound(roundId: number): { q: MockQuestion; round: Round } {
    for (const q of questions) {
      const round = q.rounds.find((r) => r.id === roundId);
      if (round !== undefined) return { q, round };
    }
    return refuse('qui-error-not-found', 'not-found');
  }

  async function meetingOpen(meetingId: number): Promise<void> {
    const view = await source.meetings.get(meetingId);
    if (view.meeting.state !== 'opened') refuse('question-refused-meeting-not-open');
  }

  async function add(question: Question, askedAgainFrom: number | null): Promise<QuestionRecord> {
    const fields = checkTexts(question.textZh, question.textEn, true);
    if (fields.length > 0) invalid(fields);
    await meetingOpen(question.meetingId);
    const id = nextId++;
    const number = questions.filter((q) => q.question.meetingId === question.meetingId).length + 1;
    const q: MockQuestion = {
      question: { ...structuredClone(question), id, textZh: question.textZh.trim(), textEn: question.textEn.trim() },
      number, rule: null, createdAt: nowStamp(), rounds: [], castingVote: null, focalPoint: null, decidedAt: null, askedAgainFrom,
    };
    questions.push(q);
    return record(q);
  }

  async function settle(q: MockQuestion): Promise<QuestionRecord> {
    const r = await record(q);
    if (r.state.decided && q.decidedAt === null) q.decidedAt = nowStamp();
    return record(q);
  }

  async function writePosition(roundId: number, stakeholderId: number, position: Position | null): Promise<RoundResult> {
    const { q, round } = findRound(roundId);
    await meetingOpen(q.question.meetingId);
    if (round.closedAt !== null) refuse('question-refused-round-closed');
    const live = await room(q.question.meetingId);
    round.positions = round.positions.filter((p) => p.stakeholderId !== stakeholderId);
    if (position !== null) {
      if (!live.mayVote(stakeholderId)) refuse('question-refused-not-a-voter');
      round.positions.push({ stakeholderId, position, recordedAt: nowStamp() });
    }
    return tallyCounts(await ruleOf(q), live.present, live.total, countsOf(round));
  }

  return {
    async list(meetingId) {
      return Promise.all(questions.filter((q) => q.question.meetingId === meetingId).map(record));
    },
    async get(id) {
      return record(find(id));
    },
    async ask(question) {
      return add(question, null);
    },
    async askAgain(questionId, textZh, textEn) {
      const first = find(questionId);
      const fields = checkTexts(textZh, textEn, true);
      if (fields.length > 0) invalid(fields);
      if (!(await record(first)).state.offers.askAgain) refuse('question-refused-ask-again');
      const ownRule = first.question.ruleOverride;
      return add({ ...first.question, id: 0, textZh, textEn, ruleOverride: ownRule }, questionId);
    },
    async openRound(questionId, textZh, textEn) {
      const fields = checkTexts(textZh, textEn, false);
      if (fields.length > 0) invalid(fields);
      const q = find(questionId);
      await meetingOpen(q.question.meetingId);
      const now = await record(q);
      if (!now.state.offers.nextRound) {
        refuse(now.state.decided ? 'question-refused-decided' : now.state.roundOpen ? 'question-refused-round-open' : 'question-refused-casting-vote');
      }
      q.rule = await ruleOf(q);
      const live = await room(q.question.meetingId);
      q.rounds.push({
        id: nextId++, number: q.rounds.length + 1, textZh: textZh.trim(), textEn: textEn.trim(), openedAt: nowStamp(), closedAt: null,
        positions: [], result: tallyCounts(q.rule, live.present, live.total, { consent: 0, standAside: 0, object: 0 }),
      });
      return record(q);
    },
    recordPosition: (roundId, stakeholderId, position) => writePosition(roundId, stakeholderId, position),
    undoPosition: (roundId, stakeholderId) => writePosition(roundId, stakeholderId, null),
    async closeRound(roundId) {
      const { q, round } = findRound(roundId);
      await meetingOpen(q.question.meetingId);
      if (round.closedAt !== null) refuse('question-refused-round-closed');
      const live = await room(q.question.meetingId);
      round.result = tallyCounts(await ruleOf(q), live.present, live.total, countsOf(round));
      round.closedAt = nowStamp();
      return settle(q);
    },
    async castVote(questionId, adopt) {
      const q = find(questionId);
      await meetingOpen(q.question.meetingId);
      const now = await record(q);
      if (now.state.decided) refuse('question-refused-decided');
      if (!now.state.offers.castingVote) refuse('question-refused-casting-vote');
      q.castingVote = adopt;
      return settle(q);
    },
    async decideAsFocalPoint(questionId, decision) {
      if (decision.rationale.trim() === '') invalid([{ field: 'rationale', message: i18n().t('qui-error-rationale') }]);
      const q = find(questionId);
      await meetingOpen(q.question.meetingId);
      const now = await record(q);
      if (now.state.decided) refuse('question-refused-decided');
      if (!now.state.offers.focalPointDecision) refuse('question-refused-focal-point');
      q.focalPoint = { adopt: decision.adopt, rationale: decision.rationale.trim() };
      return settle(q);
    },
    async vision(questionId) {
      find(questionId);
      // The stand-in holds no Vision: its questions decide nothing of it.
      return { version: null, adopted: false, amendments: [] };
    },
    async subjects() {
      return [];
    },
  };
}

export function connectQuestions(source: MockQuestionsSource): QuestionsApi {
  return inTauri() ? tauriQuestionsApi : createMockQuestionsApi(source);
}
