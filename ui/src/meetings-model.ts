// Meetings as data: what each state allows, names and texts in the reader's language, times
// as the backend writes them, the agenda's order, proxies and the quorum. Pure: no DOM.

import type {
  ActionStatus, AgendaItem, Attendance, DecisionBasis, ExportLanguage, FieldMessage, Meeting, MeetingKind, MeetingState,
  Outcome, Quorum, Stakeholder,
} from './bindings';
import type { Messages } from './dialogue-form';
import type { Locale } from './i18n';

export const KINDS: readonly MeetingKind[] = ['plenary', 'working-group'];
export const STATES: readonly MeetingState[] = ['planned', 'opened', 'closed', 'approved'];
export const BASES: readonly DecisionBasis[] = ['consensus', 'majority', 'casting-vote', 'focal-point', 'noted'];

/**
 * `DecisionBasis::of_outcome`: the basis of a decision taken by a question settled this way, or
 * null while the question is undecided. The backend refuses any other basis with a question.
 */
export function basisOfOutcome(outcome: Outcome | null): DecisionBasis | null {
  switch (outcome?.how) {
    case 'consensus': return 'consensus';
    case 'majority': case 'rejected': return 'majority';
    case 'castingVote': return 'casting-vote';
    case 'focalPointDecision': return 'focal-point';
    default: return null;
  }
}
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'dropped'];
export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['bilingual', 'zh-CN', 'en'];

/** The one step forward a meeting may take from its state. */
export type Step = 'open' | 'close' | 'approve';

export function nextStep(state: MeetingState): Step | null {
  switch (state) {
    case 'planned': return 'open';
    case 'opened': return 'close';
    case 'closed': return 'approve';
    default: return null;
  }
}

/** What the screen offers in each state; the backend refuses the rest anyway. */
export interface Allowed {
  /** Title, time, place, people; removing agenda items and their order. */
  details: boolean;
  /** Adding agenda items. */
  addItems: boolean;
  attendance: boolean;
  /** Notes, decisions, action items: taken once the meeting is open, until approval. */
  records: boolean;
  addendum: boolean;
}

export function allowed(state: MeetingState): Allowed {
  return {
    details: state === 'planned',
    addItems: state === 'planned' || state === 'opened',
    attendance: state === 'planned' || state === 'opened',
    records: state === 'opened' || state === 'closed',
    addendum: state === 'approved',
  };
}

/** Fluent ids of the names of each choice. */
export const label = {
  kind: (k: MeetingKind) => `meetings-kind-${k}`,
  state: (s: MeetingState) => `meetings-state-${s}`,
  basis: (b: DecisionBasis) => `meetings-basis-${b}`,
  status: (s: ActionStatus) => `meetings-action-${s}`,
  language: (l: ExportLanguage) => `meetings-language-${l}`,
};

/** The text in the reader's language, or the other one when it is missing. */
export function pick(zh: string, en: string, locale: Locale): string {
  const [first, second] = locale === 'zh-CN' ? [zh, en] : [en, zh];
  return first.trim() !== '' ? first : second;
}

/** The other language's text, when there is one and it differs. */
export function other(zh: string, en: string, locale: Locale): string {
  const shown = pick(zh, en, locale);
  const rest = shown === zh ? en : zh;
  return rest.trim() !== '' && rest !== shown ? rest : '';
}

export function meetingTitle(m: Pick<Meeting, 'titleZh' | 'titleEn'>, locale: Locale): string {
  return pick(m.titleZh, m.titleEn, locale);
}

/** "2026-11-23T09:05:00" (local time, as the backend writes it) → a Date; null when unreadable. */
export function parseStamp(stamp: string | null): Date | null {
  if (stamp === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(stamp);
  if (m === null) return null;
  const [, y, mo, d, hh = '0', mm = '0', ss = '0'] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mm), Number(ss));
}

/** "23 November 2026, 09:00" / "2026年11月23日 09:00". */
export function formatStamp(stamp: string | null, locale: Locale): string {
  const date = parseStamp(stamp);
  if (date === null) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "09:05". */
export function formatTime(stamp: string | null): string {
  const m = stamp === null ? null : /[T ](\d{2}:\d{2})/.exec(stamp);
  return m?.[1] ?? '';
}

/** "23 November 2026" for a due date "2026-12-14". */
export function formatDay(day: string | null, locale: Locale): string {
  const date = parseStamp(day);
  if (date === null) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long' }).format(date);
}

/** The value of a `datetime-local` input: "2026-11-23T09:00". */
export function toInputValue(stamp: string): string {
  return stamp.slice(0, 16);
}

/** Back from a `datetime-local` input to the backend's form; null when the input is empty or wrong. */
export function fromInputValue(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/.exec(value.trim());
  return m === null ? null : `${m[1]}T${m[2]}:${m[3] ?? '00'}`;
}

/** The checks the backend makes on a meeting, worded like its messages. */
export function validateMeeting(m: Meeting, messages: Messages): FieldMessage[] {
  const out: FieldMessage[] = [];
  if (m.titleZh.trim() === '' && m.titleEn.trim() === '') out.push({ field: 'title', message: messages.t('meetings-error-title') });
  if (parseStamp(m.startsAt) === null) out.push({ field: 'startsAt', message: messages.t('meetings-error-starts-at') });
  return out;
}

/** The 1-based position an item moves to with Alt+↑ (-1) or Alt+↓ (+1); null at either end. */
export function movedPosition(agenda: readonly AgendaItem[], itemId: number, delta: number): number | null {
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const index = ordered.findIndex((a) => a.id === itemId);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= ordered.length) return null;
  return target + 1;
}

/** A person who votes: a voting member, not withdrawn, not erased (the backend's `votes`). */
export function votes(p: Stakeholder): boolean {
  return p.role === 'voting-member' && p.status !== 'withdrawn' && p.erasedOn === null;
}

/** In the room now: checked in and not left. */
export function inRoom(a: Attendance): boolean {
  return a.present && a.leftAt === null;
}

/** How a person stands at the meeting, for the attendance list. */
export type Presence = 'in-room' | 'left' | 'absent' | 'not-here';

export function presence(rows: readonly Attendance[], id: number): Presence {
  const row = rows.find((a) => a.stakeholderId === id);
  if (row === undefined) return 'not-here';
  if (!row.present) return 'absent';
  return row.leftAt === null ? 'in-room' : 'left';
}

/**
 * The members whose proxy `holderId` may hold: voting members not in the room whose proxy
 * nobody else in the room holds yet. The holder's current member stays in the list.
 */
export function proxyCandidates(people: readonly Stakeholder[], rows: readonly Attendance[], holderId: number): Stakeholder[] {
  const holderRow = rows.find((a) => a.stakeholderId === holderId);
  const heldByOthers = new Set(rows.filter((a) => a.stakeholderId !== holderId && inRoom(a) && a.proxyFor !== null).map((a) => a.proxyFor));
  return people.filter((p) => p.id !== holderId && votes(p)
    && (p.id === holderRow?.proxyFor || (!rows.some((a) => a.stakeholderId === p.id && inRoom(a)) && !heldByOthers.has(p.id))));
}

/** What the backend's `Quorum::count` computes (for the stand-in backend and the tests). */
export function countQuorum(voting: readonly number[], rows: readonly Attendance[], quorumPercent: number): Quorum {
  const here = (id: number) => rows.some((a) => a.stakeholderId === id && inRoom(a));
  const present = voting.filter(here).length;
  const byProxy = voting.filter((id) => !here(id) && rows.some((a) => a.proxyFor === id && inRoom(a))).length;
  const members = voting.length;
  const needed = Math.ceil((quorumPercent * members) / 100);
  return { present, byProxy, members, quorumPercent, needed, reached: members > 0 && (present + byProxy) * 100 >= quorumPercent * members };
}

/** Share of the needed count reached, 0–100, for the bar of the indicator. */
export function quorumFill(q: Quorum): number {
  if (q.needed === 0) return q.members === 0 ? 0 : 100;
  return Math.min(100, Math.round(((q.present + q.byProxy) * 100) / q.needed));
}

/** Which agenda item follows `currentId` in order (for "next item" on the projector); null at the end. */
export function nextItemId(agenda: readonly AgendaItem[], currentId: number | null): number | null {
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  if (currentId === null) return ordered[0]?.id ?? null;
  const index = ordered.findIndex((a) => a.id === currentId);
  return ordered[index + 1]?.id ?? null;
}

/** The projector's language, from what the main window sent (anything unknown → bilingual). */
export function projectorLanguage(value: string): ExportLanguage {
  return value === 'en' || value === 'zh-CN' ? value : 'bilingual';
}

/** The lines of a bilingual text for the projector: Chinese first, each language once. */
export function projectorLines(zh: string, en: string, language: ExportLanguage): { text: string; lang: Locale }[] {
  const lines: { text: string; lang: Locale }[] = [];
  if (language === 'zh-CN') lines.push({ text: pick(zh, en, 'zh-CN'), lang: zh.trim() !== '' ? 'zh-CN' : 'en' });
  else if (language === 'en') lines.push({ text: pick(zh, en, 'en'), lang: en.trim() !== '' ? 'en' : 'zh-CN' });
  else {
    if (zh.trim() !== '') lines.push({ text: zh.trim(), lang: 'zh-CN' });
    if (en.trim() !== '' && en.trim() !== zh.trim()) lines.push({ text: en.trim(), lang: 'en' });
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/** Today as a `date` input value, in local time. */
export function todayValue(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
