// Form fields: label above the input, an optional hint, and an error message that
// is announced with the field (aria-invalid, aria-describedby).

import { h, scrollToCentre } from '../dom';
import { RULE_KINDS, type FieldSpec, type FormValues } from '../dialogue-form';
import { t } from '../i18n';
import type { RuleKind } from '../bindings';

export interface FieldHandle {
  readonly spec: FieldSpec;
  readonly element: HTMLElement;
  setError(message: string | null): void;
  setVisible(visible: boolean): void;
  focus(): void;
}

export type OnChange = (path: string, value: string | boolean) => void;

export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

const RULE_HINTS: Record<RuleKind, [label: string, hint: string]> = {
  unanimity: ['field-rule-unanimity', 'field-rule-unanimity-hint'],
  consensusMinus: ['field-rule-consensus-minus', 'field-rule-consensus-minus-hint'],
  supermajority: ['field-rule-supermajority', 'field-rule-supermajority-hint'],
  simpleMajority: ['field-rule-simple-majority', 'field-rule-simple-majority-hint'],
};

function requiredMark(spec: FieldSpec): (HTMLElement | false)[] {
  return [
    spec.required === true && h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*'),
    spec.required === true && h('span', { class: 'visually-hidden' }, ` (${t('field-required')})`),
  ];
}

export function renderField(spec: FieldSpec, values: FormValues, onChange: OnChange): FieldHandle {
  const id = fieldId(spec.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint = spec.hint !== undefined ? h('p', { class: 'field-hint', id: hintId }, t(spec.hint)) : null;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true, 'data-testid': `error-${spec.path}` });
  const describedBy = (invalid: boolean) => [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');

  let inputs: HTMLElement[];
  let element: HTMLElement;
  const text = (path: string) => String(values[path] ?? '');
  const listen = (input: HTMLInputElement | HTMLTextAreaElement, path: string) =>
    input.addEventListener('input', () => onChange(path, input.value));

  switch (spec.kind) {
    case 'boolean': {
      const input = h('input', {
        type: 'checkbox', id, name: spec.path, checked: values[spec.path] === true,
        'data-testid': `field-${spec.path}`, 'aria-describedby': describedBy(false) || null,
      });
      input.addEventListener('change', () => onChange(spec.path, input.checked));
      inputs = [input];
      element = h('div', { class: 'field field-check' },
        input,
        h('div', {}, h('label', { for: id }, t(spec.label)), hint, error),
      );
      break;
    }
    case 'ruleKind': {
      const options = RULE_KINDS.map((kind) => {
        const optionId = `${id}-${kind}`;
        const [label, optionHint] = RULE_HINTS[kind];
        const input = h('input', {
          type: 'radio', id: optionId, name: spec.path, value: kind, checked: values[spec.path] === kind,
          'data-testid': `rule-kind-${kind}`, 'aria-describedby': `${optionId}-hint`,
        });
        input.addEventListener('change', () => { if (input.checked) onChange(spec.path, kind); });
        return h('div', { class: 'choice' },
          input,
          h('label', { for: optionId }, h('span', { class: 'choice-title' }, t(label)), h('span', { class: 'choice-hint', id: `${optionId}-hint` }, t(optionHint))),
        );
      });
      inputs = options.map((o) => o.querySelector('input') as HTMLElement);
      element = h('fieldset', { class: 'field field-choices', 'aria-describedby': errorId },
        h('legend', { class: 'field-label' }, t(spec.label), ...requiredMark(spec)),
        error,
        h('div', { class: 'choices' }, ...options),
      );
      break;
    }
    case 'fraction': {
      const [numPath, denPath] = spec.parts ?? ['', ''];
      const part = (path: string, label: string) => {
        const input = h('input', {
          type: 'text', inputmode: 'numeric', id: fieldId(path), name: path, value: text(path), class: 'input input-narrow',
          'aria-label': t(label), 'data-testid': `field-${path}`, 'aria-describedby': describedBy(false) || null, autocomplete: 'off',
        });
        listen(input, path);
        return input;
      };
      inputs = [part(numPath, 'field-supermajority-num'), part(denPath, 'field-supermajority-den')];
      element = h('fieldset', { class: 'field' },
        h('legend', { class: 'field-label' }, t(spec.label), ...requiredMark(spec)),
        hint, error,
        h('div', { class: 'fraction' }, inputs[0] ?? null, h('span', { class: 'fraction-bar', 'aria-hidden': 'true' }, '/'), inputs[1] ?? null),
      );
      break;
    }
    default: {
      const common = {
        id, name: spec.path, value: text(spec.path), 'data-testid': `field-${spec.path}`,
        'aria-required': spec.required === true ? 'true' : null, 'aria-describedby': describedBy(false) || null,
        autocomplete: spec.autocomplete ?? 'off',
      };
      const input = spec.kind === 'textarea'
        ? h('textarea', { ...common, class: 'input', rows: 3 })
        : h('input', {
          ...common,
          type: spec.kind === 'integer' ? 'text' : spec.kind,
          inputmode: spec.kind === 'integer' ? 'numeric' : null,
          class: spec.kind === 'integer' ? 'input input-narrow' : 'input',
          spellcheck: spec.kind === 'text' ? null : 'false',
        });
      listen(input, spec.path);
      inputs = [input];
      element = h('div', { class: 'field' },
        h('label', { for: id, class: 'field-label' }, t(spec.label), ...requiredMark(spec)),
        hint, error, input,
      );
    }
  }

  element.classList.toggle('field-half', spec.half === true);
  element.dataset['field'] = spec.path;

  return {
    spec,
    element,
    setError(message) {
      const invalid = message !== null;
      error.textContent = message ?? '';
      error.hidden = !invalid;
      element.classList.toggle('field-invalid', invalid);
      for (const input of inputs) {
        if (invalid) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        if (spec.kind !== 'ruleKind') {
          const ids = describedBy(invalid);
          if (ids) input.setAttribute('aria-describedby', ids);
          else input.removeAttribute('aria-describedby');
        }
      }
    },
    setVisible(visible) {
      element.hidden = !visible;
    },
    focus() {
      const target = spec.kind === 'ruleKind' ? (inputs.find((i) => (i as HTMLInputElement).checked) ?? inputs[0]) : inputs[0];
      // The whole field, label included, into the middle of the view: at the top edge its
      // label would sit under the sticky header.
      scrollToCentre(element);
      target?.focus({ preventScroll: true });
    },
  };
}
