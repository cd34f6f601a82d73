/**
 * After a refused submit: the focus goes to the first field marked invalid, or else to the
 * form's message (marked `data-form-message`, focusable with tabIndex -1), never left on <body>.
 */
export function focusFirstProblem(container: HTMLElement | null): void {
  const target =
    container?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    container?.querySelector<HTMLElement>("[data-form-message]");
  target?.focus();
}
