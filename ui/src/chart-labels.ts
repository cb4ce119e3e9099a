// A chart from the backend's SVG with its words drawn as HTML over its lines. WebKit lays out
// SVG text several times slower than HTML text, and the BAU stage redraws its charts at every
// keystroke: its labels as positioned spans keep a redraw within a frame or two.

import { h } from './dom';

/** The SVG's lines, and its labels as spans at the same places, scaling with the chart's width. */
export function withHtmlLabels(svg: SVGSVGElement): HTMLElement {
  const [left = 0, top = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const box = h('div', { class: 'chart-box' });
  if (!(width > 0 && height > 0)) {
    box.append(svg);
    return box;
  }
  // The SVG keeps its label for screen readers; the spans repeat what it draws.
  const layer = h('div', { class: 'chart-labels', 'aria-hidden': 'true' });
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    const x = Number(text.getAttribute('x'));
    const baseline = Number(text.getAttribute('y'));
    const size = Number(text.getAttribute('font-size'));
    const anchor = text.getAttribute('text-anchor') ?? 'start';
    const span = h('span', { class: `chart-label-${anchor === 'middle' || anchor === 'end' ? anchor : 'start'}` }, text.textContent ?? '');
    span.style.left = `${((x - left) / width) * 100}%`;
    span.style.top = `${((baseline - top) / height) * 100}%`;
    // The text keeps its size relative to the chart as the SVG scales to its box.
    span.style.setProperty('--size', String((size / width) * 100));
    span.style.color = text.getAttribute('fill') ?? '';
    if (text.getAttribute('font-weight') === 'bold') span.classList.add('chart-label-bold');
    layer.append(span);
    text.remove();
  }
  box.append(svg, layer);
  return box;
}
