// Line icons drawn inline (24×24, stroked with currentColor), so nothing is fetched.

import { svg } from '../dom';
import type { StageKey } from '../nav';

type Shape = [tag: string, attrs: Record<string, string>];

const p = (d: string): Shape => ['path', { d }];
const c = (cx: number, cy: number, r: number): Shape => ['circle', { cx: String(cx), cy: String(cy), r: String(r) }];

const ICONS = {
  dialogue: [
    p('M4 4h11a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H9l-4 3.5V14H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z'),
    p('M17 8h3a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2h-1v3l-3.5-3H12a2 2 0 0 1-2-2'),
  ],
  stakeholders: [c(9, 8, 3.2), p('M3 20a6 6 0 0 1 12 0'), c(17, 9, 2.5), p('M16 14.1a5 5 0 0 1 5.5 5.4')],
  meetings: [p('M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z'), p('M3 10h18'), p('M8 3v4'), p('M16 3v4'), p('M7.5 14h3'), p('M13.5 14h3')],
  vision: [p('M2 19h20'), p('M6 19a6 6 0 0 1 12 0'), p('M12 4v3'), p('M4.2 9.2l1.9 1.4'), p('M19.8 9.2l-1.9 1.4'), p('M7 22h10')],
  deficits: [p('M3 21h18'), p('M7 21v-6'), p('M12 21V9'), p('M17 21v-4'), ['path', { d: 'M3 5h18', 'stroke-dasharray': '2 3' }]],
  bau: [p('M4 3v17h17'), p('M7 16l4-5 3 3 6-7'), p('M16 7h4v4')],
  targets: [c(12, 12, 9), c(12, 12, 5), c(12, 12, 1.2)],
  measures: [p('M9 4h6v3H9z'), p('M9 5.5H6a1 1 0 0 0-1 1V20a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V6.5a1 1 0 0 0-1-1h-3'), p('M8.5 12l1.5 1.5 3-3'), p('M8.5 17h7')],
  documents: [p('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z'), p('M14 3v5h5'), p('M9 13h6'), p('M9 17h4')],
  check: [p('M5 12.5l4.5 4.5L19 7.5')],
  alert: [c(12, 12, 9), p('M12 7.5v5.5'), p('M12 16.5v.5')],
  edit: [p('M4 20h4L19 9l-4-4L4 16z'), p('M13 7l4 4')],
  globe: [c(12, 12, 9), p('M3 12h18'), p('M12 3c2.8 3 2.8 15 0 18'), p('M12 3c-2.8 3-2.8 15 0 18')],
  close: [p('M6 6l12 12'), p('M18 6L6 18')],
  plus: [p('M12 5v14'), p('M5 12h14')],
  arrow: [p('M5 12h14'), p('M13 6l6 6-6 6')],
  search: [c(10.5, 10.5, 6.5), p('M15.5 15.5L21 21')],
  upload: [p('M12 15V4'), p('M7 9l5-5 5 5'), p('M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4')],
} satisfies Record<StageKey, Shape[]> & Record<string, Shape[]>;

export type IconName = keyof typeof ICONS;

export function icon(name: IconName, className = 'icon'): SVGElement {
  return svg(
    'svg',
    {
      class: className,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '1.8',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    ...ICONS[name].map(([tag, attrs]) => svg(tag, attrs)),
  );
}

/** Concord's mark: two circles that overlap, where the parties agree. */
export function logo(): SVGElement {
  return svg(
    'svg',
    { class: 'logo', viewBox: '0 0 32 32', 'aria-hidden': 'true', focusable: 'false' },
    svg('circle', { cx: '12', cy: '16', r: '9', class: 'logo-a' }),
    svg('circle', { cx: '20', cy: '16', r: '9', class: 'logo-b' }),
    svg('path', { d: 'M16 7.94A9 9 0 0 1 16 24.06A9 9 0 0 1 16 7.94z', class: 'logo-c' }),
  );
}
