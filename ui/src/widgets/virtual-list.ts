// A list that renders only the rows in view (plus a few around them), so ten thousand
// people scroll as smoothly as ten. Rows have one fixed height. Arrow keys, Home, End,
// Page Up and Page Down move between rows; the focused row stays rendered.

import { h } from '../dom';

export interface VirtualList<T> {
  readonly element: HTMLElement;
  setItems(items: readonly T[]): void;
  /** Re-renders the visible rows (after a language switch or an edit). */
  refresh(): void;
  focusIndex(index: number): void;
}

export interface VirtualListOptions<T> {
  rowHeight: number;
  label: string;
  testid: string;
  renderRow(item: T, index: number): HTMLElement;
  onOpen(item: T): void;
  /** Extra rows rendered above and below the viewport. */
  overscan?: number;
}

export function createVirtualList<T>(options: VirtualListOptions<T>): VirtualList<T> {
  const { rowHeight, overscan = 8 } = options;
  let items: readonly T[] = [];
  let focused = -1;
  const spacer = h('div', { class: 'vlist-spacer' });
  const element = h('div', {
    class: 'vlist', role: 'list', 'aria-label': options.label, 'data-testid': options.testid, tabindex: -1,
  }, spacer);
  let rendered = new Map<number, HTMLElement>();
  let frame = 0;

  function render(): void {
    frame = 0;
    spacer.style.height = `${items.length * rowHeight}px`;
    const viewport = element.clientHeight || rowHeight * 12;
    const first = Math.max(0, Math.floor(element.scrollTop / rowHeight) - overscan);
    const last = Math.min(items.length - 1, Math.ceil((element.scrollTop + viewport) / rowHeight) + overscan);
    const next = new Map<number, HTMLElement>();
    const wanted = new Set<number>();
    for (let i = first; i <= last; i++) wanted.add(i);
    if (focused >= 0 && focused < items.length) wanted.add(focused);
    for (const index of wanted) {
      const item = items[index];
      if (item === undefined) continue;
      const row = rendered.get(index) ?? makeRow(item, index);
      next.set(index, row);
    }
    for (const [index, row] of rendered) if (!next.has(index)) row.remove();
    for (const [index, row] of next) if (!rendered.has(index)) spacer.append(row);
    rendered = next;
  }

  function makeRow(item: T, index: number): HTMLElement {
    const row = options.renderRow(item, index);
    row.classList.add('vlist-row');
    row.setAttribute('role', 'listitem');
    row.setAttribute('aria-setsize', String(items.length));
    row.setAttribute('aria-posinset', String(index + 1));
    row.style.top = `${index * rowHeight}px`;
    row.style.height = `${rowHeight}px`;
    row.dataset['index'] = String(index);
    const target = row.querySelector<HTMLElement>('button') ?? row;
    target.addEventListener('focus', () => { focused = index; });
    target.addEventListener('click', () => options.onOpen(item));
    return row;
  }

  function schedule(): void {
    if (frame !== 0) return;
    frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(render) : (render(), 0);
  }

  function focusIndex(index: number): void {
    if (items.length === 0) return;
    const target = Math.max(0, Math.min(items.length - 1, index));
    focused = target;
    const top = target * rowHeight;
    const viewport = element.clientHeight || rowHeight * 12;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + viewport) element.scrollTop = top + rowHeight - viewport;
    render();
    const row = rendered.get(target);
    (row?.querySelector<HTMLElement>('button') ?? row)?.focus({ preventScroll: true });
  }

  element.addEventListener('scroll', schedule, { passive: true });
  element.addEventListener('keydown', (event) => {
    if (event.isComposing || items.length === 0) return;
    const page = Math.max(1, Math.floor((element.clientHeight || rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: focused + 1, ArrowUp: focused - 1, PageDown: focused + page, PageUp: focused - page,
      Home: 0, End: items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusIndex(next);
  });

  return {
    element,
    setItems(next) {
      items = next;
      focused = Math.min(focused, items.length - 1);
      for (const row of rendered.values()) row.remove();
      rendered = new Map();
      element.scrollTop = 0;
      render();
    },
    refresh() {
      for (const row of rendered.values()) row.remove();
      rendered = new Map();
      render();
    },
    focusIndex,
  };
}
