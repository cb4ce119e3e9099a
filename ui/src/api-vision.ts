// The Vision stage's commands: the versions and the one shown, the checklist of a draft as
// typed, saving a draft (texts and structure) in place or as the next version, starting a
// draft, proposing and settling an amendment, adopting a version by a decided question,
// comparing two versions, and the declaration, signed on request. In a plain browser and in the unit
// tests an in-memory stand-in plays the backend with a small bilingual Vision.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type {
  AdoptingQuestion, AmendmentView, ApiError, CheckView, DigitalSigner, DraftEdit, ExportLanguage, ExportResult, ParagraphDiffView,
  ProjectorView, ProposalInput, SectionView, SpanView, VersionView, VisionDiffView, VisionProjection, VisionStage,
} from './bindings';
import { i18n } from './i18n';

/** What the stage is said in: the window's language as it is at the call. */
const language = (): ExportLanguage => i18n().locale;

export interface VisionApi {
  /** The stage with version `number` shown, the latest when `null`. */
  stage(number: number | null): Promise<VisionStage>;
  /** The checklist of the draft as typed; nothing is saved. */
  check(draft: DraftEdit): Promise<CheckView[]>;
  saveDraft(draft: DraftEdit): Promise<VisionStage>;
  saveAsVersion(draft: DraftEdit, note: string): Promise<VisionStage>;
  /** The first draft, or the latest version with its accepted amendments. */
  startDraft(): Promise<VisionStage>;
  propose(proposal: ProposalInput): Promise<VisionStage>;
  /** Accepted when the decided question adopted, else rejected; `shown` is shown again. */
  settleByQuestion(id: number, question: number, shown: number | null): Promise<VisionStage>;
  /** The focal point's editorial decision, with a reason. */
  settleEditorially(id: number, reason: string, shown: number | null): Promise<VisionStage>;
  /** By a decided question that adopted; the version is frozen from then on. */
  adopt(number: number, question: number): Promise<VisionStage>;
  diff(from: number, to: number): Promise<VisionDiffView>;
  /** Shows a paragraph (with an amendment's change) on the projector, opening it; `null` gives the projector back to the meeting. */
  project(target: VisionProjection | null): Promise<void>;
  /** `null` when the person cancelled the save dialog; `signer` signs it digitally. */
  exportDeclaration(number: number | null, language: ExportLanguage, signer: DigitalSigner | null): Promise<ExportResult | null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriVisionApi: VisionApi = {
  stage: (number) => call('vision_stage', { number, language: language() }),
  check: (draft) => call('vision_check', { draft, language: language() }),
  saveDraft: (draft) => call('vision_save_draft', { draft, language: language() }),
  saveAsVersion: (draft, note) => call('vision_save_as_version', { draft, note, language: language() }),
  startDraft: () => call('vision_start_draft', { language: language() }),
  propose: (proposal) => call('vision_propose', { proposal, language: language() }),
  settleByQuestion: (id, question, shown) => call('vision_settle_by_question', { id, question, shown, language: language() }),
  settleEditorially: (id, reason, shown) => call('vision_settle_editorially', { id, reason, shown, language: language() }),
  adopt: (number, question) => call('vision_adopt', { number, question, language: language() }),
  diff: (from, to) => call('vision_diff', { from, to, language: language() }),
  exportDeclaration: (number, language, signer) => call('export_vision', { number, language, signer }),
  project: async (target) => {
    const current = await call<ProjectorView>('get_projector');
    await call('set_projector', { view: { ...current, vision: target ?? undefined } });
    if (target !== null) await call('open_projector');
  },
};

// ---- the stand-in ----------------------------------------------------------------------

interface MockVersion { view: VersionView; savedAt: string; }

const SECTIONS: readonly [string, string][] = [
  ['purpose', 'Purpose'], ['coreValues', 'Core values'], ['longTermGoals', 'Long-term goals'], ['sdgs', 'SDGs'], ['commitments', 'Commitments'],
];

/** A sentence count good enough for the stand-in: the final marks of each language. */
const sentences = (text: string, marks: RegExp): number => text.split(marks).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;

/** The stand-in's checklist: the same items as the backend's, said in English. */
export function mockChecklist(view: VersionView): CheckView[] {
  const paragraphs = view.sections.flatMap((s) => s.paragraphs);
  const purpose = view.sections.find((s) => s.kind === 'purpose')?.paragraphs ?? [];
  const zh = purpose.map((p) => p.textZh.trim()).join('');
  const en = purpose.map((p) => p.textEn.trim()).join(' ');
  const values = view.sections.find((s) => s.kind === 'coreValues')?.paragraphs.filter((p) => p.textZh.trim() !== '' || p.textEn.trim() !== '').length ?? 0;
  const words = paragraphs.reduce((n, p) => n + (p.textEn.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0), 0);
  const han = paragraphs.reduce((n, p) => n + (p.textZh.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  const missing = paragraphs.filter((p) => !p.notYetTranslated && (p.textZh.trim() === '' || p.textEn.trim() === '')).length;
  const zhCount = sentences(zh, /[。！？]/);
  const enCount = sentences(en, /[.!?](?:\s|$)/);
  const year = view.neutralityYear;
  return [
    { id: 'purpose-zh', passed: zhCount === 1 && /[。！？]$/.test(zh), message: `The Chinese purpose has ${zhCount} sentence(s).` },
    { id: 'purpose-en', passed: enCount === 1 && /[.!?]$/.test(en), message: `The English purpose has ${enCount} sentence(s).` },
    { id: 'core-values', passed: values >= 3 && values <= 5, message: `${values} core value(s): the Vision needs 3 to 5.` },
    { id: 'english-words', passed: words >= 500, message: `${words} English words of at least 500.` },
    { id: 'chinese-characters', passed: han > 0, message: `${han} Chinese characters.` },
    { id: 'both-languages', passed: missing === 0, message: `${missing} of ${paragraphs.length} paragraphs lack a language.` },
    { id: 'neutrality-year', passed: year !== null && year >= 2030 && year <= 2070, message: year === null ? 'The carbon-neutrality year is not set.' : `Carbon neutrality by ${year}.` },
  ];
}

/** Character by character (code points), enough for the stand-in's diff. */
function mockSpans(old: string, next: string): SpanView[] {
  const a = [...old];
  const b = [...next];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const spans: SpanView[] = [];
  const push = (op: string, text: string) => { if (text !== '') spans.push({ op, text }); };
  push('equal', a.slice(0, start).join(''));
  push('delete', a.slice(start, a.length - end).join(''));
  push('insert', b.slice(start, b.length - end).join(''));
  push('equal', a.slice(a.length - end).join(''));
  return spans;
}

function cloneView(view: VersionView): VersionView {
  return { ...view, sdgs: [...view.sdgs], sections: view.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p })) })) };
}

/** The draft as typed over `view`: its sections and paragraphs in order, new ones keyed from `nextKey`. */
function applyDraft(view: VersionView, draft: DraftEdit, nextKey: () => number): VersionView {
  const next = cloneView(view);
  const old = new Map(view.sections.flatMap((s) => s.paragraphs.map((p) => [p.key, p] as const)));
  next.sections = draft.sections.map((s): SectionView => ({
    kind: s.kind,
    title: s.kind === 'free' ? (s.titleEn.trim() || s.titleZh.trim()) : (view.sections.find((v) => v.kind === s.kind)?.title ?? s.kind),
    titleZh: s.kind === 'free' ? s.titleZh.trim() : '',
    titleEn: s.kind === 'free' ? s.titleEn.trim() : '',
    paragraphs: s.paragraphs.map((p) => {
      const before = p.key === null ? undefined : old.get(p.key);
      return { id: before?.id ?? 0, key: before?.key ?? nextKey(), textZh: p.textZh, textEn: p.textEn, notYetTranslated: p.notYetTranslated };
    }),
  }));
  next.neutralityYear = draft.neutralityYear;
  return next;
}

/** The stand-in: `withDemo` gives it a small Vision in two versions, the second adopted. */
export function createMockVisionApi(withDemo = true): VisionApi {
  const versions: MockVersion[] = [];
  const amendments: AmendmentView[] = [];
  const stakeholders = [{ id: 1, name: 'Li Jianguo' }, { id: 2, name: 'Chen Hong' }];
  const questions = [
    { id: 11, label: 'First plenary · 1. Accept the amendment — Adopted by consensus', adopted: true },
    { id: 12, label: 'First plenary · 2. Accept the amendment — Not adopted', adopted: false },
    { id: 13, label: 'First plenary · 3. Adopt the Vision — Adopted by consensus', adopted: true },
  ];
  const used = new Set<number>();
  let nextParagraphId = 100;
  let lastKey = 5;
  const nextKey = () => ++lastKey;
  const paragraph = (key: number, textZh: string, textEn: string) => ({ id: nextParagraphId++, key, textZh, textEn, notYetTranslated: false });
  const refuse = (message: string): ApiError => ({ code: 'refused', message, fields: [] });
  const latest = () => versions[versions.length - 1];
  const find = (number: number) => versions.find((v) => v.view.number === number);
  const add = (view: VersionView) => {
    // New rows for a new version's paragraphs, as the store gives them.
    for (const section of view.sections) for (const p of section.paragraphs) p.id = nextParagraphId++;
    versions.push({ view, savedAt: '4 December 2026, 10:00' });
  };
  if (withDemo) {
    const first: VersionView = {
      number: 1, state: 'superseded', neutralityYear: 2060, sdgs: [4, 6, 7, 11, 13], adopted: null,
      sections: SECTIONS.map(([kind, title]) => ({ kind, title, titleZh: '', titleEn: '', paragraphs: [] })),
    };
    first.sections[0]!.paragraphs.push(paragraph(1, '渭南与全体市民携手，建设绿色低碳、韧性宜居的家园。', 'Weinan works with all its residents for a green, low-carbon and resilient home.'));
    first.sections[1]!.paragraphs.push(
      paragraph(2, '人人共享：转型的成本和收益公平分配。', 'Shared by all: the costs and gains of the transition are shared fairly.'),
      paragraph(3, '尊重自然：守住生态红线。', 'Living within nature’s limits: growth stays within ecological red lines.'),
      paragraph(4, '公开透明：目标和进展向市民公开。', 'Open and accountable: targets and progress are public.'),
    );
    first.sections[2]!.paragraphs.push(paragraph(5, '2060年前实现碳中和。', 'Carbon neutral before 2060.'));
    versions.push({ view: first, savedAt: '2 November 2026, 17:00' });
    const second = cloneView(first);
    second.number = 2;
    second.state = 'adopted';
    second.adopted = 'Adopted at the First plenary, question 6, on 23 November 2026: Adopted by consensus.';
    second.sections[1]!.paragraphs[0]!.textEn = 'Shared by all: the costs and the gains of the transition are shared fairly, and every village enjoys clean air.';
    second.sections[1]!.paragraphs[0]!.textZh = '人人共享：转型的成本和收益公平分配，每一个村庄都能享有清洁的空气。';
    add(second);
  }
  const stage = (number: number | null): VisionStage => {
    const shown = number === null ? latest() : find(number);
    return {
      versions: versions.map((v) => ({ number: v.view.number, state: v.view.state, savedBy: '韩磊 Han Lei', savedAt: v.savedAt, note: '' })),
      version: shown === undefined ? null : cloneView(shown.view),
      checklist: shown === undefined ? [] : mockChecklist(shown.view),
      amendments: amendments.map((a) => ({ ...a })),
      stakeholders: stakeholders.map((s) => ({ ...s })),
      settlingQuestions: questions.filter((q) => !used.has(q.id)).map(({ id, label }): AdoptingQuestion => ({ id, label, amendment: null })),
      adoptingQuestions: questions.filter((q) => q.adopted && !used.has(q.id)).map(({ id, label }): AdoptingQuestion => ({ id, label, amendment: null })),
    };
  };
  const amendment = (id: number) => amendments.find((a) => a.id === id);
  return {
    stage: (number) => {
      if (number !== null && find(number) === undefined) return Promise.reject(refuse(`There is no version ${number}.`));
      return Promise.resolve(stage(number));
    },
    check: (draft) => {
      const found = find(draft.number);
      if (found === undefined) return Promise.reject(refuse(`There is no version ${draft.number}.`));
      if (found.view.state !== 'draft') return Promise.reject(refuse(`Version ${draft.number} is ${found.view.state} and can no longer change.`));
      return Promise.resolve(mockChecklist(applyDraft(found.view, draft, () => 0)));
    },
    saveDraft: (draft) => {
      const found = find(draft.number);
      if (found === undefined) return Promise.reject(refuse(`There is no version ${draft.number}.`));
      if (found.view.state !== 'draft') return Promise.reject(refuse(`Version ${draft.number} is ${found.view.state} and can no longer change.`));
      const untitled = draft.sections.findIndex((s) => s.kind === 'free' && s.titleZh.trim() === '' && s.titleEn.trim() === '');
      if (untitled >= 0) return Promise.reject({ code: 'validation', message: '1 field needs attention.', fields: [{ field: `sections.${untitled}.title`, message: 'Required' }] });
      const kept = new Set(draft.sections.flatMap((s) => s.paragraphs.map((p) => p.key)));
      const amended = amendments.find((a) => a.version === draft.number && !kept.has(a.paragraphKey));
      if (amended !== undefined) return Promise.reject(refuse(`Paragraph ${amended.paragraphKey} has amendments, so it stays in this draft: it cannot be removed. Nothing was saved.`));
      found.view = applyDraft(found.view, draft, nextKey);
      for (const s of found.view.sections) for (const p of s.paragraphs) if (p.id === 0) p.id = nextParagraphId++;
      return Promise.resolve(stage(draft.number));
    },
    saveAsVersion: (draft) => {
      const found = find(draft.number);
      if (found === undefined) return Promise.reject(refuse(`There is no version ${draft.number}.`));
      const view = applyDraft({ ...found.view, state: 'draft' }, draft, nextKey);
      view.number = (latest()?.view.number ?? 0) + 1;
      view.state = 'draft';
      view.adopted = null;
      add(view);
      return Promise.resolve(stage(view.number));
    },
    startDraft: () => {
      const last = latest();
      let view: VersionView;
      if (last === undefined) {
        view = { number: 1, state: 'draft', neutralityYear: null, sdgs: [4, 6, 7, 8, 9, 11, 12, 15, 17], adopted: null,
          sections: SECTIONS.map(([kind, title], i) => ({ kind, title, titleZh: '', titleEn: '', paragraphs: [paragraph(i + 1, '', '')] })) };
      } else {
        view = cloneView(last.view);
        view.number = last.view.number + 1;
        view.state = 'draft';
        view.adopted = null;
        for (const a of amendments.filter((a) => a.version === last.view.number && (a.status === 'accepted' || a.status === 'editorial'))) {
          for (const s of view.sections) for (const p of s.paragraphs) if (p.key === a.paragraphKey) {
            p.textZh = a.textZh ?? p.textZh;
            p.textEn = a.textEn ?? p.textEn;
          }
        }
      }
      add(view);
      return Promise.resolve(stage(view.number));
    },
    propose: (proposal) => {
      const owner = versions.find((v) => v.view.sections.some((s) => s.paragraphs.some((p) => p.id === proposal.paragraphId)));
      if (owner === undefined) return Promise.reject(refuse('This paragraph is not in any version.'));
      if (owner.view.state !== 'draft') return Promise.reject(refuse(`Version ${owner.view.number} is ${owner.view.state}: it cannot be amended.`));
      if (proposal.textZh.trim() === '' && proposal.textEn.trim() === '') return Promise.reject(refuse('An amendment needs a new Chinese or English text.'));
      if (proposal.reason.trim() === '') return Promise.reject(refuse('An amendment needs a reason.'));
      const target = owner.view.sections.flatMap((s) => s.paragraphs).find((p) => p.id === proposal.paragraphId);
      const key = target?.key ?? 0;
      const zhText = proposal.textZh.trim();
      const enText = proposal.textEn.trim();
      amendments.push({
        id: amendments.length + 1, version: owner.view.number, paragraphId: proposal.paragraphId, paragraphKey: key,
        proposedBy: stakeholders.find((s) => s.id === proposal.proposedBy)?.name ?? String(proposal.proposedBy),
        textZh: proposal.textZh.trim() === '' ? null : proposal.textZh.trim(), textEn: proposal.textEn.trim() === '' ? null : proposal.textEn.trim(),
        reason: proposal.reason.trim(), status: 'pending', settled: null, questionId: null, askedIn: [],
        diffZh: mockSpans(target?.textZh ?? '', zhText === '' ? target?.textZh ?? '' : zhText),
        diffEn: mockSpans(target?.textEn ?? '', enText === '' ? target?.textEn ?? '' : enText),
      });
      return Promise.resolve(stage(owner.view.number));
    },
    settleByQuestion: (id, question, shown) => {
      const found = amendment(id);
      const q = questions.find((x) => x.id === question);
      if (found === undefined) return Promise.reject(refuse(`There is no amendment ${id}.`));
      if (q === undefined) return Promise.reject(refuse(`There is no question ${question}.`));
      if (found.status !== 'pending') return Promise.reject(refuse(`Amendment ${id} was already settled.`));
      Object.assign(found, { status: q.adopted ? 'accepted' : 'rejected', questionId: q.id, settled: `Settled by question ${q.label}` });
      return Promise.resolve(stage(shown));
    },
    settleEditorially: (id, reason, shown) => {
      const found = amendment(id);
      if (found === undefined) return Promise.reject(refuse(`There is no amendment ${id}.`));
      if (reason.trim() === '') return Promise.reject(refuse('An editorial decision needs a reason.'));
      if (found.status !== 'pending') return Promise.reject(refuse(`Amendment ${id} was already settled.`));
      Object.assign(found, { status: 'editorial', settled: `Accepted by the focal point as an editorial correction: ${reason.trim()}` });
      return Promise.resolve(stage(shown));
    },
    adopt: (number, question) => {
      const found = find(number);
      const q = questions.find((x) => x.id === question && x.adopted && !used.has(x.id));
      if (found === undefined) return Promise.reject(refuse(`There is no version ${number}.`));
      if (found.view.state !== 'draft') return Promise.reject(refuse(`Version ${number} is ${found.view.state} already.`));
      if (q === undefined) return Promise.reject(refuse(`Question ${question} did not adopt the version.`));
      for (const v of versions) if (v.view.state === 'adopted') v.view.state = 'superseded';
      found.view.state = 'adopted';
      found.view.adopted = `Adopted at the First plenary, question ${q.id}, on 4 December 2026: Adopted by consensus.`;
      used.add(q.id);
      return Promise.resolve(stage(number));
    },
    diff: (from, to) => {
      const a = find(from);
      const b = find(to);
      if (a === undefined || b === undefined) return Promise.reject(refuse(`There is no version ${a === undefined ? from : to}.`));
      const old = new Map(a.view.sections.flatMap((s) => s.paragraphs.map((p) => [p.key, p] as const)));
      const paragraphs: ParagraphDiffView[] = b.view.sections.flatMap((s) => s.paragraphs.map((p) => {
        const before = old.get(p.key);
        const zh = mockSpans(before?.textZh ?? '', p.textZh);
        const en = mockSpans(before?.textEn ?? '', p.textEn);
        return { key: p.key, presence: before === undefined ? 'added' : 'kept', section: s.title, changed: [...zh, ...en].some((x) => x.op !== 'equal'), zh, en };
      }));
      return Promise.resolve({ from, to, paragraphs });
    },
    exportDeclaration: () => Promise.resolve(null),
    project: () => Promise.resolve(),
  };
}

export function connectVision(): VisionApi {
  return inTauri() ? tauriVisionApi : createMockVisionApi();
}
