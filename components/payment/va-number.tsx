/**
 * A VA number as people read it off a screen, in groups of four ("8950 0000 0000 0003"). The gaps
 * are drawn by CSS, so the text (what is selected, copied or read by tests) stays the bare digits.
 */
export function VaNumber({ value }: { value: string }) {
  const groups = value.match(/.{1,4}/g) ?? [value];
  return (
    <span
      data-testid="va-number"
      className="inline-flex min-w-0 flex-wrap gap-x-2 font-mono text-xl font-semibold tracking-wide"
    >
      {groups.map((group, index) => (
        <span key={index}>{group}</span>
      ))}
    </span>
  );
}
