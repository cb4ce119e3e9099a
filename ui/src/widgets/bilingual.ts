// "渭南 · Weinan": both names of a place, Chinese first, with a narrow separator.

import { h } from '../dom';

export function bilingualNameNode(zh: string, en: string, className = ''): HTMLElement {
  const parts = [zh.trim(), en.trim()].filter(Boolean);
  const node = h('span', { class: className || null });
  parts.forEach((part, index) => {
    if (index > 0) node.append(h('span', { class: 'name-sep' }, ' · '));
    node.append(h('span', { lang: index === 0 && zh.trim() !== '' ? 'zh-CN' : 'en' }, part));
  });
  return node;
}
