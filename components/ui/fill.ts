/**
 * Fills the `{name}` slots of a sentence the server worded (`t.raw(key)`): islands get their
 * words as props, so the browser needs this one replace instead of an ICU message runtime.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
