// The stages not built yet: an icon, a title and what the stage will hold.

import { h } from '../dom';
import { t } from '../i18n';
import type { StageKey } from '../nav';
import { icon } from '../widgets/icons';

export function renderStageEmpty(stage: Exclude<StageKey, 'dialogue'>): HTMLElement {
  return h('section', { class: 'empty-state', 'data-testid': `stage-${stage}` },
    h('div', { class: 'empty-state-icon' }, icon(stage)),
    h('p', { class: 'empty-state-badge' }, t('stage-coming')),
    h('h1', { class: 'empty-state-title', tabindex: -1 }, t(`stage-${stage}-title`)),
    h('p', { class: 'empty-state-body' }, t(`stage-${stage}-body`)),
    h('p', { class: 'empty-state-more' }, t(`stage-${stage}-more`)),
  );
}
