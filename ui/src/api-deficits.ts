// The Deficits stage's commands: the stage, a typed value, a file of values checked and imported,
// a scorecard score, the dots of a vote, and the report. In a plain browser and in the unit tests
// an in-memory stand-in plays the backend with a small catalogue and placeholder charts.

import { invoke } from '@tauri-apps/api/core';
import { inTauri, toApiError } from './api';
import type {
  BenchmarkEntry, DeficitsStage, ProjectorView, EntryOutcome, EntryProblem, ExportLanguage, ExportResult, ImportProblem, IndicatorView,
  RankedView, ValueEntry, ValuesImport, VoteMethod,
} from './bindings';
import { i18n } from './i18n';

/** What the stage is drawn in: the window's language as it is at the call. */
const language = (): ExportLanguage => i18n().locale;

export interface DeficitsApi {
  /** In the window's language unless another is given (the projector's own). */
  stage(language?: ExportLanguage): Promise<DeficitsStage>;
  /** Shows an essential of the scorecard on the projector, opening it; `null` gives it back. */
  project(essential: number | null): Promise<void>;
  /** `replace`: a value already stored for the indicator and year is replaced, not refused. */
  enterValue(entry: ValueEntry, replace: boolean): Promise<EntryOutcome>;
  /** `bytes`: the content of the file the person chose; nothing is written. */
  previewImport(bytes: number[], replace: boolean): Promise<ValuesImport>;
  /** All or nothing: with any problem nothing is written. */
  importValues(bytes: number[], replace: boolean): Promise<ValuesImport>;
  score(code: string, score: number, comment: string, evidence: string): Promise<EntryOutcome>;
  /** A new workshop today; an empty title takes the default one. */
  newWorkshop(title: string, level: string): Promise<EntryOutcome>;
  /** `bytes`: the detailed level's criteria file the person chose. */
  loadDetailed(bytes: number[]): Promise<EntryOutcome>;
  setBenchmark(entry: BenchmarkEntry): Promise<EntryOutcome>;
  removeBenchmark(code: string): Promise<DeficitsStage>;
  openVote(method: VoteMethod, dotsEach: number): Promise<DeficitsStage>;
  recordDots(stakeholder: number, dots: Record<string, number>): Promise<EntryOutcome>;
  /** `order`: candidate codes, first priority first. */
  recordOrder(stakeholder: number, order: string[]): Promise<EntryOutcome>;
  closeVote(): Promise<DeficitsStage>;
  /** `null` when the person cancelled the save dialog. */
  exportReport(language: ExportLanguage): Promise<ExportResult | null>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const tauriDeficitsApi: DeficitsApi = {
  stage: (shown) => call('deficits_stage', { language: shown ?? language() }),
  project: async (essential) => {
    const current = await call<ProjectorView>('get_projector');
    // The scorecard takes the projector from the Vision's paragraph, and gives it back to the meeting.
    const scorecard = essential === null ? undefined : { essential };
    await call('set_projector', { view: { ...current, vision: essential === null ? current.vision : undefined, scorecard } });
    if (essential !== null) await call('open_projector');
  },
  enterValue: (entry, replace) => call('deficits_enter_value', { entry, replace, language: language() }),
  previewImport: (bytes, replace) => call('deficits_preview_import', { bytes, replace, language: language() }),
  importValues: (bytes, replace) => call('deficits_import', { bytes, replace, language: language() }),
  score: (code, score, comment, evidence) => call('deficits_score', { code, score, comment, evidence, language: language() }),
  newWorkshop: (title, level) => call('deficits_new_workshop', { title, level, language: language() }),
  loadDetailed: (bytes) => call('deficits_load_detailed', { bytes, language: language() }),
  setBenchmark: (entry) => call('deficits_set_benchmark', { entry, language: language() }),
  removeBenchmark: (code) => call('deficits_remove_benchmark', { code, language: language() }),
  openVote: (method, dotsEach) => call('deficits_open_vote', { method, dotsEach, language: language() }),
  recordDots: (stakeholder, dots) => call('deficits_record_dots', { stakeholder, dots, language: language() }),
  recordOrder: (stakeholder, order) => call('deficits_record_order', { stakeholder, order, language: language() }),
  closeVote: () => call('deficits_close_vote', { language: language() }),
  exportReport: (language) => call('export_deficits', { language }),
};

const CATALOGUE = [
  { code: '7.2.1', name: 'Renewable energy share in the total final energy consumption', unit: '%', yesNo: false, needsPppBaseYear: false, lower: false },
  { code: '11.6.2', name: 'Annual mean levels of fine particulate matter (PM2.5)', unit: 'µg/m³', yesNo: false, needsPppBaseYear: false, lower: true },
  { code: '13.2.2', name: 'Total greenhouse gas emissions per year', unit: 'Mt CO₂e', yesNo: false, needsPppBaseYear: false, lower: true },
];
const KINDS: Record<string, string> = { 'national-target': 'national target', 'partner-city': 'partner city', 'who-guideline': 'WHO guideline', 'dialogue-own': 'set by the dialogue' };
const QUESTIONS: [number, string, string[]][] = [
  [1, 'Organise for resilience', ['P1.1', 'P1.2', 'P1.3']],
  [2, 'Identify, understand and use current and future risk scenarios', ['P2.1', 'P2.2']],
];

const svgOf = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" role="img" aria-label="${label}"><text x="4" y="30">${label}</text></svg>`;

/** Reads a CSV as the stand-in knows it: `code,year,value` with a header row, UTF-8 only. */
function readCsv(bytes: number[]): { rows: string[][]; problems: ImportProblem[] } {
  const text = new TextDecoder().decode(new Uint8Array(bytes)).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const problems: ImportProblem[] = [];
  const rows = lines.slice(1).map((l) => l.split(','));
  rows.forEach((cells, i) => {
    const [code = '', year = '', value = ''] = cells.map((c) => c.trim());
    const row = i + 2;
    if (!CATALOGUE.some((c) => c.code === code)) problems.push({ row, column: 'code', reason: `${code} is not an indicator of the catalogue.` });
    if (!/^\d{4}$/.test(year)) problems.push({ row, column: 'year', reason: `${year} is not a year between 1990 and 2100.` });
    if (value === '' || Number.isNaN(Number(value))) problems.push({ row, column: 'value', reason: `${value} is not a number.` });
  });
  return { rows, problems };
}

export function createMockDeficitsApi(): DeficitsApi {
  const values = new Map<string, { year: number; value: number }[]>();
  const benchmarks = new Map<string, { value: number; kind: string; year: number | null; source: string }>([
    ['7.2.1', { value: 20, kind: 'national-target', year: 2030, source: 'Mock' }],
    ['11.6.2', { value: 5, kind: 'who-guideline', year: 2021, source: 'Mock' }],
  ]);
  // Benchmarks typed in the window list their indicator before it has a value, as the backend does.
  const typed = new Set<string>();
  type Scores = Map<string, { score: number; comment: string; evidence: string }>;
  // Workshops oldest first; the last is the one scored.
  const workshops: { title: string; heldOn: string; level: string; scores: Scores }[] = [];
  let detailedLoaded = false;
  // The detailed level scores 0–5 and names its criteria D…; the stand-in keeps the same essentials.
  const level = () => workshops[workshops.length - 1]?.level ?? 'preliminary';
  const top = () => (level() === 'detailed' ? 5 : 3);
  const coded = (code: string) => (level() === 'detailed' ? code.replace(/^P/, 'D') : code);
  const scoresNow = (): Scores => workshops[workshops.length - 1]?.scores ?? new Map();
  // A Borda ballot keeps places (1 = first) where a dot ballot keeps dots.
  let vote: { method: VoteMethod; open: boolean; candidates: string[]; ballots: Map<number, Record<string, number>> } | null = null;
  const people = [
    { id: 1, name: 'Li Wei', sector: 'Local authority', helix: 'Government' },
    { id: 2, name: 'Maria Rossi', sector: 'Civil-society organisation', helix: 'Civil society' },
  ];

  const latest = (code: string) => (values.get(code) ?? []).reduce<{ year: number; value: number } | null>((a, v) => (a === null || v.year > a.year ? v : a), null);
  const flagged = () => CATALOGUE.filter((c) => {
    const v = latest(c.code);
    const b = benchmarks.get(c.code)?.value;
    return v !== null && b !== undefined && (c.lower ? v.value > b : v.value < b);
  }).map((c) => c.code);
  const nameOf = (code: string) => CATALOGUE.find((c) => c.code === code)?.name ?? code;

  const result = (): RankedView[] => {
    if (vote === null || vote.ballots.size === 0) return [];
    const worth = (b: Record<string, number>, code: string) => {
      const place = b[code];
      if (vote!.method === 'dots' || place === undefined) return place ?? 0;
      return Object.keys(b).length - place + 1;
    };
    const points = vote.candidates.map((code) => ({ code, points: [...vote!.ballots.values()].reduce((s, b) => s + worth(b, code), 0) }));
    points.sort((a, b) => b.points - a.points);
    return points.map((p) => {
      const rank = points.findIndex((q) => q.points === p.points) + 1;
      return { code: p.code, name: nameOf(p.code), rank, tied: points.filter((q) => q.points === p.points).length > 1, points: p.points };
    });
  };

  const stage = (): DeficitsStage => {
    const indicators: IndicatorView[] = CATALOGUE.filter((c) => values.has(c.code) || typed.has(c.code)).map((c) => {
      const v = latest(c.code);
      const stored = benchmarks.get(c.code);
      const b = stored?.value;
      const deficit = flagged().includes(c.code);
      return {
        code: c.code, name: c.name, unit: c.unit, year: v?.year ?? null, value: v?.value ?? null, valueText: v === null ? '' : String(v.value),
        years: values.get(c.code)?.length ?? 0,
        benchmark: stored === undefined ? null : { value: stored.value, valueText: String(stored.value), valueInput: String(stored.value), kindKey: stored.kind, kind: KINDS[stored.kind] ?? stored.kind, year: stored.year, source: stored.source },
        gapText: deficit && v !== null && b !== undefined ? `${Math.abs(v.value - b)} ${c.unit}` : '',
        flag: v === null ? 'no-value' : b === undefined ? 'no-benchmark' : deficit ? 'deficit' : 'met',
      };
    });
    const scores = scoresNow();
    const sum = (of: Scores, codes: string[]) => codes.reduce((s, c) => s + (of.get(c)?.score ?? 0), 0);
    const essentials = QUESTIONS.map(([number, name, plain]) => {
      const codes = plain.map(coded);
      const score = sum(scores, codes);
      return {
        number, name, score, max: codes.length * top(), percent: (score * 100) / (codes.length * top()),
        questions: codes.map((code) => ({ code, title: `Question ${code}`, score: scores.get(code)?.score ?? null, comment: scores.get(code)?.comment ?? '', evidence: scores.get(code)?.evidence ?? '' })),
      };
    });
    const total = essentials.reduce((s, e) => s + e.score, 0);
    const max = essentials.reduce((s, e) => s + e.max, 0);
    const view = (i: number) => ({ id: i + 1, title: workshops[i]?.title ?? '', heldOn: workshops[i]?.heldOn ?? '' });
    const earlier = [...workshops.keys()].slice(0, -1).reverse().find((i) => workshops[i]?.level === level() && (workshops[i]?.scores.size ?? 0) > 0);
    const before = earlier === undefined ? null : workshops[earlier]?.scores ?? null;
    const comparison = before === null || earlier === undefined ? null : {
      earlier: view(earlier), later: view(workshops.length - 1), max,
      earlierScore: QUESTIONS.reduce((s, [, , codes]) => s + sum(before, codes.map(coded)), 0), laterScore: total,
      change: total - QUESTIONS.reduce((s, [, , codes]) => s + sum(before, codes.map(coded)), 0),
      essentials: QUESTIONS.map(([number, name, codes]) => ({ number, name, earlier: sum(before, codes.map(coded)), later: sum(scores, codes.map(coded)), max: codes.length * top(), change: sum(scores, codes.map(coded)) - sum(before, codes.map(coded)) })),
    };
    const ranked = result();
    return {
      catalogueVersion: 'mock',
      indicators,
      catalogue: CATALOGUE.map(({ lower: _lower, ...item }) => item),
      scorecard: {
        workshop: workshops.length === 0 ? null : view(workshops.length - 1),
        comparison,
        level: level(),
        detailedLoaded,
        scaleMax: top(),
        meanings: ['0 – nothing in place', '1 – started', '2 – largely in place', '3 – fully in place', '4 – tested', '5 – best practice'].slice(0, top() + 1),
        essentials, score: total, max, percent: (total * 100) / max, scored: scores.size, questions: 5,
        radarSvg: svgOf('radar'),
      },
      ranking: {
        method: vote?.method ?? 'dots',
        open: vote?.open ?? false,
        exists: vote !== null,
        dotsEach: 8,
        candidates: (vote?.candidates ?? flagged()).map((code) => ({ code, name: nameOf(code) })),
        voters: people.map((p) => {
          const ballot = vote?.ballots.get(p.id) ?? {};
          const order = Object.entries(ballot).sort((a, b) => a[1] - b[1]).map(([code]) => code);
          return vote?.method === 'borda' ? { ...p, dots: {}, order } : { ...p, dots: { ...ballot }, order: [] };
        }),
        result: ranked,
        bySector: ranked.length === 0 ? [] : [{ label: 'Local authority', voters: 1, items: ranked }],
        byHelix: ranked.length === 0 ? [] : [{ label: 'Government', voters: 1, items: ranked }, { label: 'Civil society', voters: 1, items: [...ranked].reverse().map((i, n) => ({ ...i, rank: n + 1, tied: false })) }],
        barSvg: ranked.length === 0 ? '' : svgOf('bars'),
      },
    };
  };
  const refused = (problems: EntryProblem[]): EntryOutcome => ({ problems, stage: null });

  const check = (bytes: number[], replace: boolean): ValuesImport => {
    const { rows, problems } = readCsv(bytes);
    if (problems.length === 0 && !replace) {
      rows.forEach((cells, i) => {
        const [code = '', year = ''] = cells.map((c) => c.trim());
        if ((values.get(code) ?? []).some((v) => v.year === Number(year))) {
          problems.push({ row: i + 2, column: 'code', reason: 'A value for this indicator and year is already stored.' });
        }
      });
    }
    return { format: 'csv', rows: rows.length, add: problems.length === 0 ? rows.length : 0, update: 0, problems, written: false };
  };

  return {
    stage: () => Promise.resolve(stage()),
    project: () => Promise.resolve(),
    enterValue: (entry, replace) => {
      const problems: EntryProblem[] = [];
      const item = CATALOGUE.find((c) => c.code === entry.code.trim());
      if (item === undefined) problems.push({ field: 'code', message: `${entry.code} is not an indicator of the catalogue.` });
      const year = Number(entry.year);
      if (!/^\d{4}$/.test(entry.year.trim()) || year < 1990 || year > 2100) problems.push({ field: 'year', message: `${entry.year} is not a year between 1990 and 2100.` });
      const value = Number(entry.value.replace(/,/g, ''));
      if (entry.value.trim() === '' || Number.isNaN(value)) problems.push({ field: 'value', message: `${entry.value} is not a number.` });
      if (item !== undefined && entry.unit.trim() !== '' && entry.unit.trim() !== item.unit) problems.push({ field: 'unit', message: `The unit ${entry.unit} is not the indicator's unit (${item.unit}).` });
      if (problems.length > 0 || item === undefined) return Promise.resolve(refused(problems));
      const list = values.get(item.code) ?? [];
      const at = list.findIndex((v) => v.year === year);
      if (at >= 0 && !replace) return Promise.resolve(refused([{ field: 'year', message: 'A value for this indicator and year is already stored.' }]));
      if (at >= 0) list.splice(at, 1);
      list.push({ year, value });
      values.set(item.code, list);
      return Promise.resolve({ problems: [], stage: stage() });
    },
    previewImport: (bytes, replace) => Promise.resolve(check(bytes, replace)),
    importValues: (bytes, replace) => {
      const report = check(bytes, replace);
      if (report.problems.length > 0) return Promise.resolve(report);
      for (const cells of readCsv(bytes).rows) {
        const [code = '', year = '', value = ''] = cells.map((c) => c.trim());
        const list = (values.get(code) ?? []).filter((v) => v.year !== Number(year));
        list.push({ year: Number(year), value: Number(value) });
        values.set(code, list);
      }
      return Promise.resolve({ ...report, written: true });
    },
    score: (code, score, comment, evidence) => {
      if (score < 0 || score > top()) return Promise.resolve(refused([{ field: 'score', message: `${code}: the score ${score} is outside the scale 0–${top()}.` }]));
      if (workshops.length === 0) workshops.push({ title: 'Resilience workshop', heldOn: '2026-12-04', level: 'preliminary', scores: new Map() });
      scoresNow().set(code, { score, comment: comment.trim(), evidence: evidence.trim() });
      return Promise.resolve({ problems: [], stage: stage() });
    },
    openVote: (method) => {
      vote = { method, open: true, candidates: flagged(), ballots: new Map() };
      return Promise.resolve(stage());
    },
    recordDots: (stakeholder, dots) => {
      const used = Object.values(dots).reduce((s, n) => s + n, 0);
      const person = people.find((p) => p.id === stakeholder)?.name ?? String(stakeholder);
      if (used > 8) return Promise.resolve(refused([{ field: 'dots', message: `${person} placed ${used} dots; each person has 8.` }]));
      if (vote?.open === true && vote.method === 'borda') return Promise.resolve(refused([{ field: 'dots', message: `This vote ranks the deficits in order: record ${person}'s order, or start a dot vote.` }]));
      if (vote === null || !vote.open) vote = { method: 'dots', open: true, candidates: flagged(), ballots: new Map() };
      vote.ballots.set(stakeholder, Object.fromEntries(Object.entries(dots).filter(([, n]) => n > 0)));
      return Promise.resolve({ problems: [], stage: stage() });
    },
    recordOrder: (stakeholder, order) => {
      const person = people.find((p) => p.id === stakeholder)?.name ?? String(stakeholder);
      if (vote?.open === true && vote.method === 'dots') return Promise.resolve(refused([{ field: 'order', message: `This vote counts dots: record ${person}'s dots, or start a ranking vote.` }]));
      if (vote === null || !vote.open) vote = { method: 'borda', open: true, candidates: flagged(), ballots: new Map() };
      const twice = order.find((c, i) => order.indexOf(c) !== i);
      if (twice !== undefined) return Promise.resolve(refused([{ field: 'order', message: `${person} ranked ${twice} twice.` }]));
      vote.ballots.set(stakeholder, Object.fromEntries(order.map((code, i) => [code, i + 1])));
      return Promise.resolve({ problems: [], stage: stage() });
    },
    newWorkshop: (title, wanted) => {
      if (wanted === 'detailed' && !detailedLoaded) return Promise.resolve(refused([{ field: 'level', message: "Load the detailed level's criteria file first." }]));
      workshops.push({ title: title.trim() === '' ? 'Resilience workshop' : title.trim(), heldOn: '2026-12-05', level: wanted === 'detailed' ? 'detailed' : 'preliminary', scores: new Map() });
      return Promise.resolve({ problems: [], stage: stage() });
    },
    loadDetailed: (bytes) => {
      const text = new TextDecoder().decode(new Uint8Array(bytes));
      if (!/"level"\s*:\s*"detailed"/.test(text)) return Promise.resolve(refused([{ field: 'file', message: 'The scorecard file does not have the structure of its level: not the detailed level' }]));
      detailedLoaded = true;
      return Promise.resolve({ problems: [], stage: stage() });
    },
    setBenchmark: (entry) => {
      const problems: EntryProblem[] = [];
      if (!CATALOGUE.some((c) => c.code === entry.code.trim())) problems.push({ field: 'code', message: `${entry.code} is not an indicator of the catalogue.` });
      const value = Number(entry.value);
      if (entry.value.trim() === '' || Number.isNaN(value)) problems.push({ field: 'value', message: `${entry.value} is not a number.` });
      if (KINDS[entry.kind] === undefined) problems.push({ field: 'kind', message: 'Choose what kind of reference this is.' });
      const year = entry.year.trim() === '' ? null : Number(entry.year);
      if (year !== null && !(year >= 1990 && year <= 2100)) problems.push({ field: 'year', message: `${entry.year} is not a year between 1990 and 2100.` });
      if (problems.length > 0) return Promise.resolve(refused(problems));
      typed.add(entry.code.trim());
      benchmarks.set(entry.code.trim(), { value, kind: entry.kind, year, source: entry.source.trim() });
      return Promise.resolve({ problems: [], stage: stage() });
    },
    removeBenchmark: (code) => {
      benchmarks.delete(code);
      return Promise.resolve(stage());
    },
    closeVote: () => {
      if (vote !== null) vote.open = false;
      return Promise.resolve(stage());
    },
    exportReport: () => Promise.resolve(null),
  };
}

export function connectDeficits(): DeficitsApi {
  return inTauri() ? tauriDeficitsApi : createMockDeficitsApi();
}
