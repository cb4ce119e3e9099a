// Consensus questions as data: the keys of fast entry and their undo, who takes a position,
// what the tally says, and the stand-in's rule arithmetic checked on the domain crate's cases.

import { describe, expect, it } from 'vitest';
import { questionState, tallyCounts } from '../src/api-questions';
import type { Attendance, DecisionRule, PositionCounts, QuestionRecord, Stakeholder } from '../src/bindings';
import { createI18n } from '../src/i18n';
import {
  allConsent, applyIntent, keyIntent, newEntry, questionBadge, refreshEntry, tallySentences, voters, type KeyLike,
} from '../src/question-model';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k, code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra,
});

const rule = (extra: Partial<DecisionRule> = {}): DecisionRule => ({
  quorumPercent: 50, kind: 'unanimity', allowedObjections: 1, supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false, ...extra,
});
const counts = (consent: number, standAside: number, object: number): PositionCounts => ({ consent, standAside, object });

const person = (id: number, nameEn: string, nameZh = '', role: Stakeholder['role'] = 'voting-member'): Stakeholder => ({
  id, nameZh, nameEn, organisationZh: '', organisationEn: '', sector: 'citizen', helix: 'civil-society', role,
  groups: [], otherGroup: '', email: '', mobile: '', consentDate: null, consentNotice: '', status: 'active', note: '', erasedOn: null,
});
const here = (id: number, extra: Partial<Attendance> = {}): Attendance => ({ stakeholderId: id, present: true, arrivedAt: null, leftAt: null, proxyFor: null, ...extra });

describe('keys', () => {
  it('C / S / O, arrows, Backspace and Ctrl+Z mean what the screen says', () => {
    expect(keyIntent(key('c'))).toEqual({ kind: 'position', position: 'consent' });
    expect(keyIntent(key('S'))).toEqual({ kind: 'position', position: 'standAside' });
    expect(keyIntent(key('o'))).toEqual({ kind: 'position', position: 'object' });
    // Another layout: the physical key still counts.
    expect(keyIntent(key('ц', { code: 'KeyO' }))).toEqual({ kind: 'position', position: 'object' });
    expect(keyIntent(key('反'))).toEqual({ kind: 'position', position: 'object' });
    expect(keyIntent(key('ArrowDown'))).toEqual({ kind: 'move', delta: 1 });
    expect(keyIntent(key('ArrowUp'))).toEqual({ kind: 'move', delta: -1 });
    expect(keyIntent(key('Backspace'))).toEqual({ kind: 'clear' });
    expect(keyIntent(key('Delete'))).toEqual({ kind: 'clear' });
    expect(keyIntent(key('z', { ctrlKey: true, code: 'KeyZ' }))).toEqual({ kind: 'undo' });
    expect(keyIntent(key('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    // Ctrl+C copies, Alt+3 changes stage: neither is a position.
    expect(keyIntent(key('c', { ctrlKey: true }))).toBeNull();
    expect(keyIntent(key('3', { altKey: true }))).toBeNull();
    expect(keyIntent(key('x'))).toBeNull();
  });
});

describe('fast entry', () => {
  it('records, moves on, clears, and undoes the last entry', () => {
    let state = newEntry([1, 2, 3], []);
    let step = applyIntent(state, { kind: 'position', position: 'consent' });
    expect(step.writes).toEqual([{ stakeholderId: 1, position: 'consent' }]);
    expect(step.state.selected).toBe(1);
    state = step.state;
    step = applyIntent(state, { kind: 'position', position: 'object' });
    state = step.state;
    expect(state.positions.get(2)).toBe('object');
    // Changing one's mind: back up and stand aside instead.
    state = applyIntent(state, { kind: 'move', delta: -1 }).state;
    step = applyIntent(state, { kind: 'position', position: 'standAside' });
    state = step.state;
    expect(step.writes).toEqual([{ stakeholderId: 2, position: 'standAside' }]);
    // Ctrl+Z puts the objection back, and selects the member it concerned.
    step = applyIntent(state, { kind: 'undo' });
    expect(step.writes).toEqual([{ stakeholderId: 2, position: 'object' }]);
    expect(step.state.selected).toBe(1);
    state = step.state;
    // Backspace clears the selected member's position.
    step = applyIntent(state, { kind: 'clear' });
    expect(step.writes).toEqual([{ stakeholderId: 2, position: null }]);
    expect(step.state.positions.has(2)).toBe(false);
    // The same key twice writes once.
    state = newEntry([1], [{ stakeholderId: 1, position: 'consent', recordedAt: '' }]);
    expect(applyIntent(state, { kind: 'position', position: 'consent' }).writes).toEqual([]);
    // Nothing to undo, nothing written; the selection stays within the list.
    expect(applyIntent(newEntry([1, 2], []), { kind: 'undo' }).writes).toEqual([]);
    expect(applyIntent(newEntry([1, 2], []), { kind: 'move', delta: 5 }).state.selected).toBe(1);
    expect(applyIntent(newEntry([1, 2], [], 1), { kind: 'jump', to: 'first' }).state.selected).toBe(0);
  });

  it('"all consent" fills only the members without a position, and one Ctrl+Z takes it all back', () => {
    const state = newEntry([1, 2, 3, 4], [{ stakeholderId: 2, position: 'object', recordedAt: '' }]);
    const step = allConsent(state);
    expect(step.writes).toEqual([1, 3, 4].map((stakeholderId) => ({ stakeholderId, position: 'consent' })));
    expect(step.state.positions.get(2)).toBe('object');
    const back = applyIntent(step.state, { kind: 'undo' });
    expect(back.writes.map((w) => w.position)).toEqual([null, null, null]);
    expect([...back.state.positions.keys()]).toEqual([2]);
  });

  it('keeps the positions typed and the selection on its person when the room changes', () => {
    const state = applyIntent(newEntry([1, 2, 3], [], 2), { kind: 'position', position: 'object' }).state;
    const after = refreshEntry(state, [4, 3, 1]);
    expect(after.selected).toBe(1);
    expect(after.positions.get(3)).toBe('object');
    expect(applyIntent(after, { kind: 'undo' }).writes).toEqual([{ stakeholderId: 3, position: null }]);
  });
});

describe('who takes a position', () => {
  const people = [person(1, 'Zhao Lei', '赵磊'), person(2, 'An Ning', '安宁'), person(3, 'Bo Li', '薄力'), person(4, 'Expert', '专家', 'expert'), person(5, 'Absent', '缺席')];
  it('lists members in the room by name, then those a proxy speaks for, never observers or experts', () => {
    const rows = [here(1), here(2, { proxyFor: 5 }), here(3, { leftAt: '2026-11-23T10:00:00' }), here(4)];
    const list = voters(people, rows, [], 'en');
    expect(list.map((v) => v.id)).toEqual([2, 1, 5]);
    expect(list[2]?.proxyHolderId).toBe(2);
    // Someone who spoke and left still shows, with their position.
    const after = voters(people, rows, [{ stakeholderId: 3, position: 'consent', recordedAt: '' }], 'en');
    expect(after.map((v) => [v.id, v.left])).toEqual([[2, false], [1, false], [5, false], [3, true]]);
    expect(voters(people, rows, [], 'zh-CN').map((v) => v.name)).toEqual(['安宁', '赵磊', '缺席']);
  });
});

describe('the tally in words', () => {
  const en = createI18n('en');
  const say = (r: ReturnType<typeof tallyCounts>) => tallySentences(r).map((s) => en.t(s.id, s.args));

  it('says what consensus minus one needs', () => {
    const minusOne = rule({ kind: 'consensusMinus', allowedObjections: 1 });
    expect(say(tallyCounts(minusOne, 10, 12, counts(8, 0, 2)))).toEqual([
      'Not adopted if the round closed now.', '1 objection more than the 1 allowed blocks adoption: one objector must withdraw.',
    ]);
    expect(say(tallyCounts(minusOne, 10, 12, counts(6, 0, 0)))).toEqual([
      'Adopted if the round closed now.', '2 more objections block.', '4 members present have taken no position.',
    ]);
    expect(say(tallyCounts(minusOne, 10, 12, counts(0, 0, 0)))[2]).toBe('1 more consent needed from the 10 members present.');
  });

  it('says when quorum is missing, when consent is weak, and a tie', () => {
    expect(say(tallyCounts(rule(), 4, 12, counts(4, 0, 0)))[0]).toBe('No quorum: 2 more voting members needed.');
    expect(say(tallyCounts(rule(), 9, 10, counts(5, 4, 0)))).toContain('Weak consensus: more than a third of the positions stand aside.');
    const tie = say(tallyCounts(rule({ kind: 'simpleMajority' }), 20, 30, counts(10, 4, 6)));
    expect(tie).toContain("A tie: the focal point's casting vote settles it.");
    expect(tie).toContain('1 more consent needed from the 20 members present.');
  });

  it('asks only what the members present can do (2/3 with 3 present)', () => {
    const twoThirds = rule({ kind: 'supermajority', supermajorityNum: 2, supermajorityDen: 3 });
    const zh = createI18n('zh-CN');
    const every = tallyCounts(twoThirds, 3, 3, counts(1, 1, 1));
    expect(say(every)).toEqual(['Not adopted if the round closed now.', '1 more consent needed from the 3 members present.']);
    const silent = tallyCounts(twoThirds, 3, 3, counts(0, 0, 0));
    expect(say(silent)).toContain('2 more consents needed from the 3 members present.');
    expect(tallySentences(silent).map((x) => zh.t(x.id, x.args))).toContain('在场的 3 名成员中还需 2 人同意。');
  });
});

describe('the stand-in follows the domain crate', () => {
  it('tallies as consensus.rs does', () => {
    const minusOne = rule({ kind: 'consensusMinus', allowedObjections: 1 });
    expect(tallyCounts(minusOne, 30, 36, counts(28, 1, 1)).verdict).toBe('adopted');
    const two = tallyCounts(minusOne, 30, 36, counts(27, 1, 2));
    expect([two.verdict, two.blockingObjections, two.consentsNeeded]).toEqual(['notAdopted', 1, 0]);
    const nobody = tallyCounts(rule(), 10, 10, counts(0, 10, 0));
    expect([nobody.verdict, nobody.consentsNeeded]).toEqual(['notAdopted', 1]);
    expect(tallyCounts(rule(), 9, 10, counts(6, 3, 0)).weak).toBe(false);
    const sup = rule({ kind: 'supermajority' });
    expect(tallyCounts(sup, 9, 9, counts(6, 1, 2)).verdict).toBe('adopted');
    expect(tallyCounts(sup, 9, 12, counts(5, 2, 2)).consentsNeeded).toBe(1);
    const simple = rule({ kind: 'simpleMajority' });
    expect(tallyCounts(simple, 20, 30, counts(8, 4, 8)).consentsNeeded).toBe(3);
    const short = tallyCounts(rule(), 4, 10, counts(4, 0, 0));
    expect([short.verdict, short.quorumRequired]).toEqual(['noQuorum', 5]);
    expect(tallyCounts(rule(), 5, 10, counts(4, 0, 0)).missing).toBe(1);
  });

  it('offers the focal point a decision only after the configured failures', () => {
    const r = rule({ kind: 'consensusMinus', allowedObjections: 1, maxFailedRounds: 3 });
    const failed = tallyCounts(r, 30, 36, counts(20, 5, 5));
    const noQuorum = tallyCounts(r, 10, 36, counts(10, 0, 0));
    const decision = { adopt: true, rationale: 'The vision needs a text.' };
    const two = questionState(r, [failed, noQuorum, failed], false, null, decision);
    expect([two.failedRounds, two.offers.focalPointDecision, two.decided]).toEqual([2, false, false]);
    const three = questionState(r, [failed, failed, failed], false, null, null);
    expect([three.persistentFailure, three.offers.focalPointDecision, three.offers.castingVote]).toEqual([true, true, false]);
    const decided = questionState(r, [failed, failed, failed], false, null, decision);
    expect(decided.outcome).toEqual({ how: 'focalPointDecision', adopt: true, rationale: decision.rationale });
    const tie = tallyCounts(rule({ kind: 'simpleMajority' }), 20, 30, counts(10, 4, 6));
    const awaiting = questionState(rule({ kind: 'simpleMajority' }), [tie], false, null, null);
    expect([awaiting.offers.castingVote, awaiting.offers.nextRound]).toEqual([true, false]);
  });

  it('names where a question stands', () => {
    const r = rule({ kind: 'consensusMinus' });
    const base = (state: ReturnType<typeof questionState>, rounds: QuestionRecord['rounds'] = []): QuestionRecord => ({
      question: { id: 1, meetingId: 1, agendaItemId: null, textZh: '', textEn: 'Q', subject: null, ruleOverride: null },
      number: 1, rule: r, createdAt: '', rounds, castingVote: null, focalPoint: null, decidedAt: null, state, askedAgainFrom: null, askedAgainAs: null,
    });
    const en = createI18n('en');
    const failed = tallyCounts(r, 30, 36, counts(20, 5, 5));
    const offered = questionBadge(base(questionState(r, [failed, failed, failed], false, null, null)));
    expect(en.t(offered.id, offered.args)).toBe('Consensus failed: the focal point may decide');
    const weak = questionBadge(base(questionState(r, [tallyCounts(r, 30, 36, counts(18, 11, 1))], false, null, null)));
    expect([en.t(weak.id), weak.tone]).toEqual(['Adopted by consensus (weak consensus)', 'good']);
  });
});
