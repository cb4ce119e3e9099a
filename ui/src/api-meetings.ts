// The meetings commands (plan, lifecycle, agenda, attendance, records, export) and the
// projector window, kept apart from `api.ts`. Every write answers with the meeting as it now
// is. In a plain browser and in the unit tests an in-memory stand-in plays the backend.

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { inTauri, toApiError } from './api';
import type {
  ActionItem, ActionStatus, AgendaDraft, AgendaItem, ApiError, Attendance, Decision, Dialogue, ExportLanguage,
  ExportResult, FieldMessage, Meeting, MeetingSummary, MeetingView, ProjectorView, Stakeholder,
} from './bindings';
import { i18n } from './i18n';
import { countQuorum, todayValue, validateMeeting, votes } from './meetings-model';

export interface MeetingsApi {
  list(): Promise<MeetingSummary[]>;
  get(id: number): Promise<MeetingView>;
  /** A new meeting, prefilled: the focal point in the chair, a week from today at 9:00. */
  defaultMeeting(): Promise<Meeting>;
  create(meeting: Meeting): Promise<MeetingView>;
  update(meeting: Meeting): Promise<MeetingView>;
  /** `onAnotherDay`: the chair confirmed opening it on a day other than the planned one. */
  open(id: number, onAnotherDay: boolean): Promise<MeetingView>;
  close(id: number): Promise<MeetingView>;
  approve(id: number): Promise<MeetingView>;
  addAgendaItem(meetingId: number, item: AgendaDraft): Promise<MeetingView>;
  updateAgendaItem(meetingId: number, item: AgendaItem): Promise<MeetingView>;
  /** `position`: 1-based. */
  moveAgendaItem(meetingId: number, itemId: number, position: number): Promise<MeetingView>;
  removeAgendaItem(meetingId: number, itemId: number): Promise<MeetingView>;
  setNotes(meetingId: number, itemId: number, notesZh: string, notesEn: string): Promise<MeetingView>;
  checkIn(meetingId: number, stakeholderId: number): Promise<MeetingView>;
  checkOut(meetingId: number, stakeholderId: number): Promise<MeetingView>;
  markAbsent(meetingId: number, stakeholderId: number): Promise<MeetingView>;
  setProxy(meetingId: number, holderId: number, memberId: number | null): Promise<MeetingView>;
  saveDecision(meetingId: number, decision: Decision): Promise<MeetingView>;
  removeDecision(meetingId: number, id: number): Promise<MeetingView>;
  saveActionItem(meetingId: number, item: ActionItem): Promise<MeetingView>;
  setActionStatus(meetingId: number, id: number, status: ActionStatus): Promise<MeetingView>;
  removeActionItem(meetingId: number, id: number): Promise<MeetingView>;
  addAddendum(meetingId: number, corrects: string, textZh: string, textEn: string): Promise<MeetingView>;
  /** `null` when the person cancelled the save dialog. */
  exportMinutes(meetingId: number, language: ExportLanguage): Promise<ExportResult | null>;
  // The projector window.
  openProjector(): Promise<boolean>;
  closeProjector(): Promise<boolean>;
  getProjector(): Promise<ProjectorView>;
  setProjector(view: ProjectorView): Promise<ProjectorView>;
  /** Calls `handler` whenever the main window changes what the projector shows; resolves to an unsubscribe. */
  onProjectorChanged(handler: (view: ProjectorView) => void): Promise<() => void>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriMeetingsApi: MeetingsApi = {
  list: () => call('list_meetings'),
  get: (id) => call('get_meeting', { id }),
  defaultMeeting: () => call('default_meeting'),
  create: (meeting) => call('create_meeting', { meeting }),
  update: (meeting) => call('update_meeting', { meeting }),
  open: (id, onAnotherDay) => call('open_meeting', { id, onAnotherDay }),
  close: (id) => call('close_meeting', { id }),
  approve: (id) => call('approve_minutes', { id }),
  addAgendaItem: (meetingId, item) => call('add_agenda_item', { meetingId, item }),
  updateAgendaItem: (meetingId, item) => call('update_agenda_item', { meetingId, item }),
  moveAgendaItem: (meetingId, itemId, position) => call('move_agenda_item', { meetingId, itemId, position }),
  removeAgendaItem: (meetingId, itemId) => call('remove_agenda_item', { meetingId, itemId }),
  setNotes: (meetingId, itemId, notesZh, notesEn) => call('set_notes', { meetingId, itemId, notesZh, notesEn }),
  checkIn: (meetingId, stakeholderId) => call('check_in', { meetingId, stakeholderId }),
  checkOut: (meetingId, stakeholderId) => call('check_out', { meetingId, stakeholderId }),
  markAbsent: (meetingId, stakeholderId) => call('mark_absent', { meetingId, stakeholderId }),
  setProxy: (meetingId, holderId, memberId) => call('set_proxy', { meetingId, holderId, memberId }),
  saveDecision: (meetingId, decision) => call('save_decision', { meetingId, decision }),
  removeDecision: (meetingId, id) => call('remove_decision', { meetingId, id }),
  saveActionItem: (meetingId, item) => call('save_action_item', { meetingId, item }),
  setActionStatus: (meetingId, id, status) => call('set_action_status', { meetingId, id, status }),
  removeActionItem: (meetingId, id) => call('remove_action_item', { meetingId, id }),
  addAddendum: (meetingId, corrects, textZh, textEn) => call('add_addendum', { meetingId, corrects, textZh, textEn }),
  exportMinutes: (meetingId, language) => call('export_minutes', { meetingId, language }),
  openProjector: () => call('open_projector'),
  closeProjector: () => call('close_projector'),
  getProjector: () => call('get_projector'),
  setProjector: (view) => call('set_projector', { view }),
  onProjectorChanged: (handler) => listen<ProjectorView>('projector-changed', (event) => handler(event.payload)),
};

/** What the stand-in needs from the rest of the backend: the register and the dialogue's rule. */
export interface MockPeopleSource {
  listStakeholders(): Promise<Stakeholder[]>;
  getDialogue(): Promise<Dialogue | null>;
}

interface MockMeeting {
  meeting: Meeting;
  agenda: AgendaItem[];
  attendance: Attendance[];
  decisions: Decision[];
  actionItems: ActionItem[];
  addenda: MeetingView['addenda'];
}

const PROJECTOR_KEY = 'concord-projector';

/** Local wall-clock time to the second, as the backend writes it: `2026-11-23T09:05:00`. */
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

/**
 * The meetings of the demo (an approved first plenary, a planned second one) once the register
 * has people; nothing before. Follows the backend's rules for what each state allows.
 */
export function createMockMeetingsApi(source: MockPeopleSource): MeetingsApi {
  let meetings: MockMeeting[] | null = null;
  let nextId = 100;
  const projectorListeners = new Set<(view: ProjectorView) => void>();
  let projector: ProjectorView = { meetingId: null, agendaItemId: null, questionId: null, language: 'bilingual' };

  async function all(): Promise<MockMeeting[]> {
    if (meetings === null) {
      const people = await source.listStakeholders();
      meetings = people.length === 0 ? [] : demoMeetings(people);
    }
    return meetings;
  }

  async function find(id: number): Promise<MockMeeting> {
    const found = (await all()).find((m) => m.meeting.id === id);
    return found ?? refuse('error-meeting-not-found', 'not-found');
  }

  async function view(m: MockMeeting): Promise<MeetingView> {
    const [people, dialogue] = await Promise.all([source.listStakeholders(), source.getDialogue()]);
    const voting = people.filter(votes).map((p) => p.id);
    const quorum = countQuorum(voting, m.attendance, dialogue?.rule.quorumPercent ?? 50);
    const carried = m.meeting.state === 'approved'
      ? []
      : (await all())
        .filter((o) => o.meeting.startsAt < m.meeting.startsAt)
        .flatMap((o) => o.actionItems.filter((a) => a.status === 'open').map((item) => ({
          meetingId: o.meeting.id, meetingTitleZh: o.meeting.titleZh, meetingTitleEn: o.meeting.titleEn, item: structuredClone(item),
        })));
    return structuredClone({ ...m, quorum, carried });
  }

  /** Runs a write on a meeting after checking that its state allows it. */
  async function write(id: number, allowed: (m: Meeting) => string | null, change: (m: MockMeeting) => void): Promise<MeetingView> {
    const m = await find(id);
    const refusal = allowed(m.meeting);
    if (refusal !== null) refuse(refusal);
    change(m);
    return view(m);
  }

  const minutesEditable = (m: Meeting) => (m.state === 'approved' ? 'meeting-refused-frozen' : null);
  const detailsEditable = (m: Meeting) => (m.state === 'planned' ? null : m.state === 'approved' ? 'meeting-refused-frozen' : 'meeting-refused-not-planned');
  const attendanceAllowed = (m: Meeting) =>
    m.state === 'planned' || m.state === 'opened' ? null : m.state === 'closed' ? 'meeting-refused-attendance' : 'meeting-refused-frozen';
  const renumber = (m: MockMeeting) => m.agenda.forEach((item, i) => { item.position = i + 1; });
  const row = (m: MockMeeting, stakeholderId: number): Attendance => {
    let found = m.attendance.find((a) => a.stakeholderId === stakeholderId);
    if (found === undefined) {
      found = { stakeholderId, present: false, arrivedAt: null, leftAt: null, proxyFor: null };
      m.attendance.push(found);
    }
    return found;
  };

  function notify(): void {
    for (const handler of projectorListeners) handler(structuredClone(projector));
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== PROJECTOR_KEY || event.newValue === null) return;
      projector = JSON.parse(event.newValue) as ProjectorView;
      notify();
    });
  }

  return {
    async list() {
      return (await all())
        .slice()
        .sort((a, b) => b.meeting.startsAt.localeCompare(a.meeting.startsAt))
        .map((m) => ({ meeting: structuredClone(m.meeting), agendaItems: m.agenda.length, present: m.attendance.filter((a) => a.present).length }));
    },
    async get(id) {
      return view(await find(id));
    },
    async defaultMeeting() {
      const dialogue = await source.getDialogue();
      const start = new Date();
      start.setDate(start.getDate() + 7);
      const p = (n: number) => String(n).padStart(2, '0');
      const fp = dialogue?.focalPoint;
      return {
        id: 0, kind: 'plenary', titleZh: '', titleEn: '',
        startsAt: `${start.getFullYear()}-${p(start.getMonth() + 1)}-${p(start.getDate())}T09:00:00`,
        placeZh: '', placeEn: '', chair: fp === undefined ? '' : [`${fp.familyNameZh}${fp.firstNameZh}`, `${fp.familyNameEn} ${fp.firstNameEn}`.trim()].filter(Boolean).join(' '), secretary: fp === undefined ? '' : [fp.assistantNameZh.trim(), fp.assistantNameEn.trim()].filter(Boolean).join(' '),
        representativeName: [dialogue?.highLevelRep.nameZh ?? '', dialogue?.highLevelRep.nameEn ?? ''].filter(Boolean).join(' '),
        representativeTitle: [dialogue?.highLevelRep.titleZh ?? '', dialogue?.highLevelRep.titleEn ?? ''].filter(Boolean).join(' '),
        state: 'planned', openedBy: '', openedAt: null, closedBy: '', closedAt: null, approvedBy: '', approvedAt: null,
      };
    },
    async create(meeting) {
      const fields = validateMeeting(meeting, i18n());
      if (fields.length > 0) invalid(fields);
      const list = await all();
      const created: MockMeeting = {
        meeting: { ...structuredClone(meeting), id: nextId++, state: 'planned', openedAt: null, closedAt: null, approvedAt: null },
        agenda: [], attendance: [], decisions: [], actionItems: [], addenda: [],
      };
      const open = list.some((o) => o.meeting.startsAt < meeting.startsAt && o.actionItems.some((a) => a.status === 'open'));
      if (open) {
        created.agenda.push({
          id: nextId++, position: 1, titleZh: '以往会议未完成的行动事项', titleEn: 'Open action items of earlier meetings',
          presenter: meeting.secretary, plannedMinutes: 15, notesZh: '', notesEn: '',
        });
      }
      list.push(created);
      return view(created);
    },
    async update(meeting) {
      const fields = validateMeeting(meeting, i18n());
      if (fields.length > 0) invalid(fields);
      return write(meeting.id, detailsEditable, (m) => {
        m.meeting = { ...structuredClone(meeting), state: m.meeting.state };
      });
    },
    open: (id, onAnotherDay) => write(id, (m) => (m.state !== 'planned' ? 'meeting-refused-open'
      : !onAnotherDay && m.startsAt.slice(0, 10) !== todayValue() ? 'meeting-refused-open-another-day' : null), (m) => {
      m.meeting.state = 'opened';
      m.meeting.openedBy = m.meeting.representativeName;
      m.meeting.openedAt = nowStamp();
    }),
    close: (id) => write(id, (m) => (m.state === 'opened' ? null : 'meeting-refused-close'), (m) => {
      m.meeting.state = 'closed';
      m.meeting.closedBy = m.meeting.representativeName;
      m.meeting.closedAt = nowStamp();
    }),
    approve: (id) => write(id, (m) => (m.state === 'closed' ? null : m.state === 'approved' ? 'meeting-refused-frozen' : 'meeting-refused-approve'), (m) => {
      m.meeting.state = 'approved';
      m.meeting.approvedBy = 'focal point';
      m.meeting.approvedAt = nowStamp();
    }),
    addAgendaItem: (meetingId, item) => write(meetingId, minutesEditable, (m) => {
      m.agenda.push({ ...item, id: nextId++, position: m.agenda.length + 1, notesZh: '', notesEn: '' });
    }),
    async updateAgendaItem(meetingId, item) {
      if (item.titleZh.trim() === '' && item.titleEn.trim() === '') invalid([{ field: 'title', message: i18n().t('meetings-error-item-title') }]);
      return write(meetingId, minutesEditable, (m) => {
        const found = m.agenda.find((a) => a.id === item.id);
        if (found !== undefined) Object.assign(found, { titleZh: item.titleZh.trim(), titleEn: item.titleEn.trim(), presenter: item.presenter.trim(), plannedMinutes: item.plannedMinutes });
      });
    },
    moveAgendaItem: (meetingId, itemId, position) => write(meetingId, detailsEditable, (m) => {
      const item = m.agenda.find((a) => a.id === itemId);
      if (item === undefined) return;
      const rest = m.agenda.filter((a) => a.id !== itemId);
      rest.splice(Math.min(Math.max(position, 1) - 1, rest.length), 0, item);
      m.agenda = rest;
      renumber(m);
    }),
    removeAgendaItem: (meetingId, itemId) => write(meetingId, detailsEditable, (m) => {
      m.agenda = m.agenda.filter((a) => a.id !== itemId);
      renumber(m);
    }),
    setNotes: (meetingId, itemId, notesZh, notesEn) => write(meetingId, minutesEditable, (m) => {
      const found = m.agenda.find((a) => a.id === itemId);
      if (found !== undefined) Object.assign(found, { notesZh, notesEn });
    }),
    checkIn: (meetingId, stakeholderId) => write(meetingId, attendanceAllowed, (m) => {
      const r = row(m, stakeholderId);
      r.present = true;
      r.arrivedAt ??= nowStamp();
      r.leftAt = null;
    }),
    checkOut: (meetingId, stakeholderId) => write(meetingId, attendanceAllowed, (m) => {
      const r = row(m, stakeholderId);
      if (r.present) r.leftAt = nowStamp();
    }),
    markAbsent: (meetingId, stakeholderId) => write(meetingId, attendanceAllowed, (m) => {
      Object.assign(row(m, stakeholderId), { present: false, arrivedAt: null, leftAt: null, proxyFor: null });
    }),
    setProxy: (meetingId, holderId, memberId) => write(meetingId, attendanceAllowed, (m) => {
      const r = row(m, holderId);
      if (r.present) r.proxyFor = memberId;
    }),
    async saveDecision(meetingId, decision) {
      if (decision.textZh.trim() === '' && decision.textEn.trim() === '') invalid([{ field: 'text', message: i18n().t('meetings-error-text') }]);
      // As the domain: without a question only agreement in the room or a note stands.
      if (decision.questionId === null && decision.basis !== 'consensus' && decision.basis !== 'noted') {
        invalid([{ field: 'basis', message: i18n().t('meetings-error-basis-needs-question') }]);
      }
      return write(meetingId, minutesEditable, (m) => {
        if (decision.id === 0) m.decisions.push({ ...decision, id: nextId++ });
        else m.decisions = m.decisions.map((d) => (d.id === decision.id ? { ...decision } : d));
      });
    },
    removeDecision: (meetingId, id) => write(meetingId, minutesEditable, (m) => {
      m.decisions = m.decisions.filter((d) => d.id !== id);
    }),
    async saveActionItem(meetingId, item) {
      if (item.whatZh.trim() === '' && item.whatEn.trim() === '') invalid([{ field: 'what', message: i18n().t('meetings-error-text') }]);
      return write(meetingId, minutesEditable, (m) => {
        if (item.id === 0) m.actionItems.push({ ...item, id: nextId++ });
        else m.actionItems = m.actionItems.map((a) => (a.id === item.id ? { ...item } : a));
      });
    },
    async setActionStatus(meetingId, id, status) {
      // The backend lets an action item's status change later too: it is followed up at the next meeting.
      const m = (await all()).find((o) => o.actionItems.some((a) => a.id === id)) ?? (await find(meetingId));
      const item = m.actionItems.find((a) => a.id === id);
      if (item !== undefined) item.status = status;
      return view(await find(meetingId));
    },
    removeActionItem: (meetingId, id) => write(meetingId, minutesEditable, (m) => {
      m.actionItems = m.actionItems.filter((a) => a.id !== id);
    }),
    async addAddendum(meetingId, corrects, textZh, textEn) {
      const fields: FieldMessage[] = [];
      if (corrects.trim() === '') fields.push({ field: 'corrects', message: i18n().t('error-field-required') });
      if (textZh.trim() === '' && textEn.trim() === '') fields.push({ field: 'text', message: i18n().t('meetings-error-text') });
      if (fields.length > 0) invalid(fields);
      return write(meetingId, (m) => (m.state === 'approved' ? null : 'meeting-refused-addendum'), (m) => {
        m.addenda.push({ id: nextId++, number: m.addenda.length + 1, corrects, textZh, textEn, by: 'focal point', at: nowStamp() });
      });
    },
    async exportMinutes(meetingId, language) {
      const m = await find(meetingId);
      return { path: `/home/user/Documents/Weinan-minutes-${m.meeting.startsAt.slice(0, 10)}-${language}.pdf`, pages: language === 'bilingual' ? 9 : 5, kilobytes: 412 };
    },
    async openProjector() {
      if (typeof window !== 'undefined' && typeof window.open === 'function' && !navigator.userAgent.includes('HappyDOM')) {
        window.open(`${window.location.pathname}${window.location.search}#/projector`, 'concord-projector');
      }
      return true;
    },
    async closeProjector() {
      if (typeof window !== 'undefined' && window.location.hash.startsWith('#/projector')) window.close();
      return true;
    },
    async getProjector() {
      const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(PROJECTOR_KEY);
      return stored === null ? structuredClone(projector) : (JSON.parse(stored) as ProjectorView);
    },
    async setProjector(next) {
      projector = structuredClone(next);
      try {
        localStorage.setItem(PROJECTOR_KEY, JSON.stringify(projector));
      } catch {
        // A preview without storage still updates this window.
      }
      notify();
      return structuredClone(projector);
    },
    async onProjectorChanged(handler) {
      projectorListeners.add(handler);
      return () => projectorListeners.delete(handler);
    },
  };
}

function demoMeetings(people: Stakeholder[]): MockMeeting[] {
  const first: Meeting = {
    id: 1, kind: 'plenary',
    titleZh: '渭南市可持续发展与碳中和多方利益相关者对话第一次全体会议',
    titleEn: 'First plenary of the Weinan multistakeholder dialogue on sustainability and carbon neutrality',
    startsAt: '2026-11-23T09:00:00',
    placeZh: '渭南市临渭区市民服务中心三楼市民大厅', placeEn: 'Town Hall, 3rd floor, Citizen Service Centre, Linwei District, Weinan',
    chair: '李建国 Li Jianguo', secretary: '周晓雯 Zhou Xiaowen',
    representativeName: '王志立 Wang Zhili', representativeTitle: '渭南市市长 Mayor of Weinan',
    state: 'approved', openedBy: '王志立 Wang Zhili', openedAt: '2026-11-23T09:05:00', closedBy: '王志立 Wang Zhili',
    closedAt: '2026-11-23T12:20:00', approvedBy: '李建国 Li Jianguo', approvedAt: '2026-11-23T16:30:00',
  };
  const second: Meeting = {
    ...first, id: 2,
    titleZh: '渭南市可持续发展与碳中和多方利益相关者对话第二次全体会议',
    titleEn: 'Second plenary of the Weinan multistakeholder dialogue on sustainability and carbon neutrality',
    startsAt: '2026-12-21T09:00:00', state: 'planned', openedBy: '', openedAt: null, closedBy: '', closedAt: null, approvedBy: '', approvedAt: null,
  };
  const item = (id: number, position: number, titleZh: string, titleEn: string, presenter: string, plannedMinutes: number, notesEn = ''): AgendaItem =>
    ({ id, position, titleZh, titleEn, presenter, plannedMinutes, notesZh: '', notesEn });
  const owner = people[1]?.id ?? null;
  return [
    {
      meeting: first,
      agenda: [
        item(11, 1, '开幕致辞', 'Opening address', '王志立 Wang Zhili', 10, 'The Mayor opened the first plenary.'),
        item(12, 2, '愿景草案', 'Draft vision', '李建国 Li Jianguo', 45, 'The draft vision was discussed.'),
      ],
      attendance: people.slice(0, Math.max(0, people.length - 2)).map((p) => ({ stakeholderId: p.id, present: true, arrivedAt: null, leftAt: null, proxyFor: null })),
      decisions: [{ id: 21, agendaItemId: 12, textZh: '以愿景草案作为讨论基础。', textEn: 'The draft vision is taken as the basis for discussion.', basis: 'consensus', questionId: null }],
      actionItems: [{ id: 31, agendaItemId: 12, whatZh: '修订愿景草案', whatEn: 'Revise the draft vision', ownerId: owner, due: '2026-12-14', status: 'open' }],
      addenda: [],
    },
    {
      meeting: second,
      agenda: [
        item(41, 1, '上次会议未完成的行动事项', 'Open action items of the previous meeting', '周晓雯 Zhou Xiaowen', 15),
        item(42, 2, '技术工作组：指标基线与差距', 'Technical working group: baseline and deficits', '韩磊 Han Lei', 40),
        item(43, 3, '愿景修订稿', 'Revised vision', '李建国 Li Jianguo', 40),
        item(44, 4, '闭幕', 'Closing', '王志立 Wang Zhili', 10),
      ],
      attendance: [], decisions: [], actionItems: [], addenda: [],
    },
  ];
}

export function connectMeetings(source: MockPeopleSource): MeetingsApi {
  return inTauri() ? tauriMeetingsApi : createMockMeetingsApi(source);
}
