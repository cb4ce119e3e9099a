// Navigation state: the nine stages of the MSD cycle, routes in the URL hash,
// and the keyboard shortcuts that move between them. Pure: no DOM.

export const STAGES = [
  'dialogue',
  'stakeholders',
  'meetings',
  'vision',
  'deficits',
  'bau',
  'targets',
  'measures',
  'documents',
] as const;

export type StageKey = (typeof STAGES)[number];

/** Where the user is: a stage, and for the Dialogue stage whether its form is open. */
export interface Route {
  stage: StageKey;
  edit: boolean;
}

export const HOME: Route = { stage: 'dialogue', edit: false };

export function isStage(value: string): value is StageKey {
  return (STAGES as readonly string[]).includes(value);
}

/** "#/dialogue/edit" → { stage: 'dialogue', edit: true }; anything unknown → null. */
export function parseHash(hash: string): Route | null {
  const [stage = '', mode, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!isStage(stage) || rest.length > 0) return null;
  if (mode === undefined || mode === '') return { stage, edit: false };
  if (mode === 'edit' && stage === 'dialogue') return { stage, edit: true };
  return null;
}

export function toHash(route: Route): string {
  return route.edit ? `#/${route.stage}/edit` : `#/${route.stage}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.stage === b.stage && a.edit === b.edit;
}

/** 1-based position of a stage in the cycle. */
export function stageNumber(stage: StageKey): number {
  return STAGES.indexOf(stage) + 1;
}

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Alt+1…9 or Ctrl+1…9 (Cmd on a Mac) jump to a stage. The physical key is read
 * (`code`), because Alt+digit types other characters on some keyboard layouts.
 */
export function stageForShortcut(event: KeyLike): StageKey | null {
  const modifier = event.altKey !== (event.ctrlKey || event.metaKey);
  if (!modifier || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return match ? (STAGES[Number(match[1]) - 1] ?? null) : null;
}

/** The shortcut shown for a stage, e.g. "Alt+3". */
export function shortcutLabel(stage: StageKey): string {
  return `Alt+${stageNumber(stage)}`;
}

/** Arrow keys within the sidebar: the previous or next stage, wrapping round. */
export function stepStage(stage: StageKey, delta: number): StageKey {
  const n = STAGES.length;
  const index = (((STAGES.indexOf(stage) + delta) % n) + n) % n;
  return STAGES[index] ?? stage;
}
