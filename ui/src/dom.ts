// A tiny element builder: h('p', { class: 'hint' }, 'text').

import { spaceMixedScripts } from './spacing';

export type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Listener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string> = {}, ...children: SVGElement[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function setProps(element: HTMLElement, props: Props): void {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (name === 'class') {
      element.className = String(value);
    } else if (name === 'value' || name === 'checked') {
      // Properties, not attributes: they must reflect what the user sees.
      (element as unknown as Record<string, unknown>)[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    // Text from the back end and from the person's data follows the same spacing rule as
    // the messages and the documents; inputs keep exactly what was typed.
    else if (typeof child === 'string') parent.appendChild(document.createTextNode(spaceMixedScripts(child)));
    else parent.appendChild(child);
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.textContent = '';
  append(parent, children);
}

/**
 * Scrolls the page's own scrolling area (the `main` around `element`) so the element sits in
 * the middle, label and all, clear of the sticky header; the window itself never moves.
 */
export function scrollToCentre(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('main');
  if (scroller === null) return;
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - view.top - Math.max(0, (view.height - box.height) / 2);
}
