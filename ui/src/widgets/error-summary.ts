// The box at the top of a form that lists every problem, each a link to its field.

import { h } from '../dom';
import type { ShownError } from '../dialogue-form';
import { t } from '../i18n';
import { icon } from './icons';

export function renderErrorSummary(title: string, errors: readonly ShownError[], focusField: (path: string) => void): HTMLElement {
  const items = errors.map((error) => {
    if (error.field === null || error.label === null) return h('li', {}, error.message);
    const field = error.field;
    const link = h('a', { href: `#${field}` }, `${t(error.label)}: ${error.message}`);
    link.addEventListener('click', (event) => { event.preventDefault(); focusField(field); });
    return h('li', {}, link);
  });
  return h('div', { class: 'error-summary', role: 'alert', 'data-testid': 'error-summary', tabindex: -1 },
    h('h2', { class: 'error-summary-title' }, icon('alert'), title),
    h('ul', {}, ...items),
  );
}
