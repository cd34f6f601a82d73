/**
 * Indonesian mobile numbers as the gateway wants them: country code "+62" and a national number
 * starting with 8, without the leading 0 or 62 people usually type.
 */
export function normalizeIndonesianMobile(raw: string): string | null {
  // "+62 (0)812…" is a common way to write it: the bracketed trunk zero is not dialled.
  const input = raw.replace("(0)", "");
  if (/[^\d\s()+.-]/.test(input)) return null;
  let digits = input.replace(/\D/g, "");
  if (input.trim().startsWith("+") && !digits.startsWith("62")) return null;
  if (digits.startsWith("62")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  // Indonesian mobile numbers have 9 to 12 digits after the country code.
  return /^8\d{8,11}$/.test(digits) ? digits : null;
}
