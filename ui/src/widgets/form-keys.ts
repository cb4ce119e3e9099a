// The keyboard of an inline form: Enter saves (not in a text area, on a button, or with Shift),
// Esc cancels; a key held by an input method is left alone. Submitting saves too.

export function formKeys(form: HTMLElement, actions: { save(): void; cancel(): void }): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.save();
  });
  form.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.cancel();
    } else if (event.key === 'Enter' && target.tagName !== 'TEXTAREA' && target.tagName !== 'BUTTON' && !event.shiftKey) {
      event.preventDefault();
      actions.save();
    }
  });
}
