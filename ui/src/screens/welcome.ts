// First start: no dialogue yet. Two choices: the demo, or a new dialogue.

import { h } from '../dom';
import { t } from '../i18n';
import { icon, logo, type IconName } from '../widgets/icons';

export interface WelcomeActions {
  openDemo(): Promise<void>;
  startNew(): Promise<void>;
}

export function renderWelcome(actions: WelcomeActions): HTMLElement {
  const choice = (testid: string, iconName: IconName, title: string, body: string, run: () => Promise<void>) => {
    const button = h('button', { type: 'button', class: 'choice-card', 'data-testid': testid },
      h('span', { class: 'choice-card-icon' }, icon(iconName)),
      h('span', { class: 'choice-card-text' },
        h('span', { class: 'choice-card-title' }, t(title)),
        h('span', { class: 'choice-card-body' }, t(body)),
      ),
      icon('arrow', 'icon choice-card-arrow'),
    );
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-busy') === 'true') return;
      button.setAttribute('aria-busy', 'true');
      run().finally(() => button.removeAttribute('aria-busy'));
    });
    return button;
  };

  return h('main', { class: 'welcome', id: 'main', 'data-testid': 'welcome' },
    h('div', { class: 'welcome-inner' },
      h('div', { class: 'welcome-mark' }, logo()),
      h('h1', { class: 'welcome-title', tabindex: -1 }, t('welcome-title')),
      h('p', { class: 'welcome-lead' }, t('welcome-lead')),
      h('h2', { class: 'welcome-choose' }, t('welcome-choose')),
      h('div', { class: 'welcome-choices' },
        choice('open-demo', 'dialogue', 'welcome-demo-title', 'welcome-demo-body', actions.openDemo),
        choice('start-new', 'plus', 'welcome-new-title', 'welcome-new-body', actions.startNew),
      ),
      h('p', { class: 'welcome-note' }, t('welcome-note')),
    ),
  );
}
