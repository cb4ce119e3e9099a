// Consensus questions as data: who takes a position (the voting members in the room, and the
// absent ones a proxy in the room speaks for), the keys of fast entry and what they do, the
// sentences of the live tally, and the badge of a question. Pure: no DOM, no backend.

import type {
  Attendance, DecisionRule, Outcome, Position, PositionRecord, QuestionRecord, Round, RoundResult, Stakeholder,
} from './bindings';
import type { Locale } from './i18n';
import { inRoom, pick, votes } from './meetings-model';
import { primaryName } from './register-model';

export const POSITIONS: readonly Position[] = ['consent', 'standAside', 'object'];

/** Fluent id of a position's name (the ids of questions.ftl use kebab case). */
export function positionLabel(position: Position): string {
  return position === 'standAside' ? 'question-position-stand-aside' : `question-position-${position}`;
}

/** The key letter of a position; the same in both languages. */
export const POSITION_KEY: Record<Position, string> = { consent: 'C', standAside: 'S', object: 'O' };

// ---- who takes a position --------------------------------------------------------

/** One row of the question screen. */
export interface Voter {
  id: number;
  name: string;
  /** Absent, and represented by this person in the room. */
  proxyHolderId: number | null;
  /** Took a position in this round and has left the room since. */
  left: boolean;
}

/**
 * The voting members who may take a position now, in the order the screen lists them: members
 * in the room by name, then absent members represented by a proxy in the room, then anyone who
 * took a position in the round and has left since (their position still counts).
 */
export function voters(
  people: readonly Stakeholder[],
  attendance: readonly Attendance[],
  positions: readonly PositionRecord[],
  locale: Locale,
): Voter[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const voting = people.filter(votes);
  const here = new Set(attendance.filter(inRoom).map((a) => a.stakeholderId));
  const collator = new Intl.Collator(locale === 'zh-CN' ? 'zh-CN' : 'en');
  const byName = (a: Voter, b: Voter) => collator.compare(a.name, b.name) || a.id - b.id;
  const name = (p: Stakeholder) => primaryName(p, locale);

  const present = voting.filter((p) => here.has(p.id)).map((p) => ({ id: p.id, name: name(p), proxyHolderId: null, left: false }));
  const proxied = voting
    .filter((p) => !here.has(p.id))
    .flatMap((p) => {
      const holder = attendance.find((a) => inRoom(a) && a.proxyFor === p.id);
      return holder === undefined ? [] : [{ id: p.id, name: name(p), proxyHolderId: holder.stakeholderId, left: false }];
    });
  const listed = new Set([...present, ...proxied].map((v) => v.id));
  const departed = positions
    .filter((r) => !listed.has(r.stakeholderId))
    .map((r) => {
      const p = byId.get(r.stakeholderId);
      return { id: r.stakeholderId, name: p === undefined ? `#${r.stakeholderId}` : name(p), proxyHolderId: null, left: true };
    });
  return [...present.sort(byName), ...proxied.sort(byName), ...departed.sort(byName)];
}

// ---- the keys of fast entry ------------------------------------------------------------

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export type Intent =
  | { kind: 'position'; position: Position }
  | { kind: 'move'; delta: number }
  | { kind: 'jump'; to: 'first' | 'last' }
  | { kind: 'clear' }
  | { kind: 'undo' };

const LETTERS: Record<string, Position> = {
  c: 'consent', s: 'standAside', o: 'object',
  // What the Chinese labels say, should an input method send them.
  同: 'consent', 弃: 'standAside', 反: 'object',
};
const CODES: Record<string, Position> = { KeyC: 'consent', KeyS: 'standAside', KeyO: 'object' };

/**
 * C / S / O record a position for the selected member; ↑ / ↓ (and Home / End) move; Backspace
 * or Delete clears the selected member's position; Ctrl+Z (⌘Z) takes back the last entry.
 * The physical key counts too, so the letters work whatever the keyboard layout.
 */
export function keyIntent(e: KeyLike): Intent | null {
  const command = e.ctrlKey || e.metaKey;
  if (command && !e.altKey && !e.shiftKey && (e.key.toLowerCase() === 'z' || e.code === 'KeyZ')) return { kind: 'undo' };
  if (command || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown': return { kind: 'move', delta: 1 };
    case 'ArrowUp': return { kind: 'move', delta: -1 };
    case 'Home': return { kind: 'jump', to: 'first' };
    case 'End': return { kind: 'jump', to: 'last' };
    case 'Backspace':
    case 'Delete': return { kind: 'clear' };
    default: break;
  }
  const position = LETTERS[e.key.toLowerCase()] ?? CODES[e.code];
  return position === undefined ? null : { kind: 'position', position };
}

/** One write to the backend: a position recorded, or (null) taken back. */
export interface Write {
  stakeholderId: number;
  position: Position | null;
}

/** What one action changed, so Ctrl+Z can put it back. */
interface Change {
  stakeholderId: number;
  before: Position | null;
  after: Position | null;
}

/** The entry of one open round: the rows, the selected one, the positions, and what to undo. */
export interface EntryState {
  order: readonly number[];
  selected: number;
  positions: ReadonlyMap<number, Position>;
  history: readonly (readonly Change[])[];
}

export function newEntry(order: readonly number[], positions: readonly PositionRecord[], selected = 0): EntryState {
  return {
    order,
    selected: clamp(selected, order.length),
    positions: new Map(positions.map((p) => [p.stakeholderId, p.position])),
    history: [],
  };
}

/**
 * The same entry after the room changed (someone arrived or left): the positions typed and the
 * undo history stay, and the selection stays on its person.
 */
export function refreshEntry(state: EntryState, order: readonly number[]): EntryState {
  const selectedId = state.order[state.selected];
  const index = selectedId === undefined ? -1 : order.indexOf(selectedId);
  return { ...state, order, selected: clamp(index >= 0 ? index : state.selected, order.length) };
}

export interface Step {
  state: EntryState;
  writes: Write[];
}

function clamp(index: number, length: number): number {
  return length === 0 ? 0 : Math.min(Math.max(index, 0), length - 1);
}

function applyChanges(state: EntryState, changes: readonly Change[], selected: number, record: boolean): Step {
  const positions = new Map(state.positions);
  for (const c of changes) {
    if (c.after === null) positions.delete(c.stakeholderId);
    else positions.set(c.stakeholderId, c.after);
  }
  return {
    state: { ...state, positions, selected, history: record && changes.length > 0 ? [...state.history, changes] : state.history },
    writes: changes.map((c) => ({ stakeholderId: c.stakeholderId, position: c.after })),
  };
}

/** What a key does to the entry, and the writes it takes. A position moves on to the next member. */
export function applyIntent(state: EntryState, intent: Intent): Step {
  const id = state.order[state.selected];
  switch (intent.kind) {
    case 'move':
      return { state: { ...state, selected: clamp(state.selected + intent.delta, state.order.length) }, writes: [] };
    case 'jump':
      return { state: { ...state, selected: intent.to === 'first' ? 0 : clamp(state.order.length - 1, state.order.length) }, writes: [] };
    case 'position': {
      if (id === undefined) return { state, writes: [] };
      const before = state.positions.get(id) ?? null;
      const next = clamp(state.selected + 1, state.order.length);
      const changes = before === intent.position ? [] : [{ stakeholderId: id, before, after: intent.position }];
      return applyChanges(state, changes, next, true);
    }
    case 'clear': {
      if (id === undefined) return { state, writes: [] };
      const before = state.positions.get(id) ?? null;
      return applyChanges(state, before === null ? [] : [{ stakeholderId: id, before, after: null }], state.selected, true);
    }
    case 'undo': {
      const last = state.history[state.history.length - 1];
      if (last === undefined) return { state, writes: [] };
      const back = [...last].reverse().map((c) => ({ stakeholderId: c.stakeholderId, before: c.after, after: c.before }));
      const first = state.order.indexOf(last[0]?.stakeholderId ?? -1);
      const step = applyChanges(state, back, first >= 0 ? first : state.selected, false);
      return { ...step, state: { ...step.state, history: state.history.slice(0, -1) } };
    }
  }
}

/** "All consent, then mark the exceptions": consent for everyone listed without a position. */
export function allConsent(state: EntryState): Step {
  const changes = state.order
    .filter((id) => !state.positions.has(id))
    .map((id) => ({ stakeholderId: id, before: null, after: 'consent' as Position }));
  return applyChanges(state, changes, state.selected, true);
}

// ---- what the tally says -----------------------------------------------------------------

/** A sentence of the tally: a Fluent id of questions-ui.ftl, its arguments, and its tone. */
export interface Sentence {
  id: string;
  args?: Record<string, number | string>;
  tone: 'good' | 'bad' | 'note';
}

/**
 * Where an open round stands under its rule, said plainly: quorum, what still blocks or is
 * needed, who has not spoken, weak consensus. The first sentence is the verdict if it closed now.
 */
export function tallySentences(result: RoundResult): Sentence[] {
  const out: Sentence[] = [];
  if (!result.hasQuorum) {
    out.push({ id: 'qui-tally-no-quorum', args: { count: Math.max(1, result.quorumRequired - result.present) }, tone: 'bad' });
  } else {
    out.push({ id: `qui-tally-now-${verdictKey(result.verdict)}`, tone: result.verdict === 'adopted' ? 'good' : 'bad' });
  }
  if (result.blockingObjections > 0) {
    out.push({ id: 'qui-tally-blocks', args: { count: result.blockingObjections, allowed: result.objectionsAllowed ?? 0 }, tone: 'bad' });
  } else if (result.objectionsAllowed !== null) {
    out.push({ id: 'qui-tally-objections-left', args: { count: result.objectionsAllowed - result.counts.object + 1 }, tone: 'note' });
  }
  // Counted among the members present: each still takes a position or changes theirs.
  if (result.verdict !== 'adopted' && result.consentsNeeded !== null && result.consentsNeeded > 0) {
    out.push({ id: 'qui-tally-consents-needed', args: { count: result.consentsNeeded, present: result.present }, tone: 'bad' });
  }
  if (result.verdict === 'tie') out.push({ id: 'qui-tally-tie', tone: 'note' });
  if (result.weak) out.push({ id: 'qui-tally-weak', tone: 'note' });
  if (result.missing > 0) out.push({ id: 'qui-tally-missing', args: { count: result.missing }, tone: 'note' });
  return out;
}

/** The kebab-case name of a verdict, as the Fluent ids write it. */
export function verdictKey(verdict: RoundResult['verdict']): string {
  switch (verdict) {
    case 'adopted': return 'adopted';
    case 'notAdopted': return 'not-adopted';
    case 'tie': return 'tie';
    case 'noQuorum': return 'no-quorum';
  }
}

/** The Fluent id of an outcome in questions.ftl (`question-outcome-…`), as the minutes say it. */
export function outcomeId(outcome: Outcome): string {
  switch (outcome.how) {
    case 'consensus': return outcome.weak ? 'question-outcome-weak-consensus' : 'question-outcome-consensus';
    case 'majority': return outcome.weak ? 'question-outcome-weak-majority' : 'question-outcome-majority';
    case 'castingVote': return outcome.adopt ? 'question-outcome-casting-vote-adopt' : 'question-outcome-casting-vote-reject';
    case 'focalPointDecision': return outcome.adopt ? 'question-outcome-focal-point-adopt' : 'question-outcome-focal-point-reject';
    case 'rejected': return 'question-outcome-rejected';
    case 'noQuorum': return 'question-outcome-no-quorum';
  }
}

/** The badge of a question in the list and on its screen: a Fluent id, its arguments and a tone. */
export function questionBadge(q: QuestionRecord): Sentence {
  const s = q.state;
  if (s.decided && s.outcome !== null) {
    const adopted = s.outcome.how === 'consensus' || s.outcome.how === 'majority'
      || ((s.outcome.how === 'castingVote' || s.outcome.how === 'focalPointDecision') && s.outcome.adopt);
    return { id: outcomeId(s.outcome), tone: adopted ? 'good' : 'bad' };
  }
  const open = openRound(q);
  if (open !== null) return { id: 'qui-badge-round-open', args: { number: open.number }, tone: 'note' };
  if (s.offers.castingVote) return { id: 'qui-badge-casting-vote', tone: 'note' };
  if (s.offers.focalPointDecision) return { id: 'qui-badge-focal-point', tone: 'note' };
  if (q.rounds.length === 0) return { id: 'qui-badge-not-started', tone: 'note' };
  return { id: 'qui-badge-failed', args: { failed: s.failedRounds, max: s.maxFailedRounds }, tone: 'note' };
}

export function openRound(q: QuestionRecord): Round | null {
  const last = q.rounds[q.rounds.length - 1];
  return last !== undefined && last.closedAt === null ? last : null;
}

/** The text put to the last round (its amendment where it has one), else the question's. */
export function currentText(q: QuestionRecord): { zh: string; en: string } {
  for (let i = q.rounds.length - 1; i >= 0; i -= 1) {
    const r = q.rounds[i];
    if (r !== undefined && (r.textZh.trim() !== '' || r.textEn.trim() !== '')) return { zh: r.textZh, en: r.textEn };
  }
  return { zh: q.question.textZh, en: q.question.textEn };
}

export function questionText(q: QuestionRecord, locale: Locale): string {
  const text = currentText(q);
  return pick(text.zh, text.en, locale);
}

/** Whether names may be shown for a round: never once an anonymous round has closed. */
export function namesShown(rule: DecisionRule, round: Round): boolean {
  return !(rule.anonymous && round.closedAt !== null);
}

/** The rule in words: a Fluent id of questions.ftl with its arguments. */
export function ruleSentence(rule: DecisionRule): { id: string; args: Record<string, number> } {
  switch (rule.kind) {
    case 'unanimity': return { id: 'question-rule-unanimity', args: {} };
    case 'consensusMinus': return { id: 'question-rule-consensus-minus', args: { allowed: rule.allowedObjections } };
    case 'supermajority': return { id: 'question-rule-supermajority', args: { num: rule.supermajorityNum, den: rule.supermajorityDen } };
    case 'simpleMajority': return { id: 'question-rule-simple-majority', args: {} };
  }
}

/** What happens when a round fails under the rule, said before the first round. */
export function failureSentence(rule: DecisionRule): { id: string; args: Record<string, number> } {
  switch (rule.kind) {
    case 'unanimity':
    case 'consensusMinus': return { id: 'qui-if-fails-consensus', args: { max: Math.max(1, rule.maxFailedRounds) } };
    case 'supermajority': return { id: 'qui-if-fails-supermajority', args: { num: rule.supermajorityNum, den: rule.supermajorityDen } };
    case 'simpleMajority': return { id: 'qui-if-fails-simple-majority', args: {} };
  }
}

export function isMajorityRule(rule: DecisionRule): boolean {
  return rule.kind === 'supermajority' || rule.kind === 'simpleMajority';
}
