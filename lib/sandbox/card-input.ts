import type { CardBrand } from "@/lib/harsya/wire";

/**
 * The hosted card form's checks, each answering the message shown on its field. The full number
 * lives only as long as the request that carries it: what is kept is brand, first 6 and last 4.
 */

export const CARD_FIELDS = ["number", "expiry", "cvv", "name"] as const;
export type CardField = (typeof CARD_FIELDS)[number];
export type CardErrors = Partial<Record<CardField, string>>;

export interface CardForm {
  number: string;
  expiry: string;
  cvv: string;
  name?: string;
}

export interface ValidCard {
  /** Digits only. Never stored, never logged. */
  number: string;
  brand: CardBrand;
  first6: string;
  last4: string;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The brand by its IIN range; undefined for brands the sandbox does not take (AMEX and others). */
export function cardBrand(digits: string): CardBrand | undefined {
  if (/^4/.test(digits)) return "VISA";
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return "MASTERCARD";
  if (four >= 3528 && four <= 3589) return "JCB";
  return undefined;
}

const NUMBER_LENGTHS: Record<CardBrand, readonly number[]> = {
  VISA: [13, 16, 19],
  MASTERCARD: [16],
  JCB: [16, 17, 18, 19],
};

function checkNumber(raw: string): { error: string } | { card: ValidCard } {
  const digits = raw.replace(/[\s-]/g, "");
  if (digits === "") return { error: "Enter the card number." };
  if (!/^\d+$/.test(digits)) return { error: "A card number has digits only." };
  if (digits.length < 12 || digits.length > 19) return { error: "A card number has 12 to 19 digits." };
  if (!luhnValid(digits)) return { error: "This card number is not valid. Check it for typos." };
  const brand = cardBrand(digits);
  if (!brand) return { error: "Only Visa, Mastercard and JCB cards are accepted." };
  if (!NUMBER_LENGTHS[brand].includes(digits.length)) {
    return {
      error: `A ${brand === "MASTERCARD" ? "Mastercard" : brand} number has ${NUMBER_LENGTHS[brand].join(" or ")} digits.`,
    };
  }
  return { card: { number: digits, brand, first6: digits.slice(0, 6), last4: digits.slice(-4) } };
}

/** `MM/YY` (also `MM/YYYY`, `MMYY`, `MM-YY`); valid through the last day of that month (UTC). */
export function checkExpiry(raw: string, now: Date): string | undefined {
  const match = /^\s*(\d{1,2})\s*[/\-\s]?\s*(\d{2}|\d{4})\s*$/.exec(raw);
  if (!raw.trim()) return "Enter the expiry date.";
  if (!match) return "Enter the expiry date as MM/YY.";
  const month = Number(match[1]);
  const yearText = match[2] ?? "";
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return "The month must be 01 to 12.";
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const expiry = year * 12 + (month - 1);
  if (expiry < current) return "This card has expired.";
  if (expiry > current + 20 * 12) return "Check the expiry year.";
  return undefined;
}

export function checkCvv(raw: string): string | undefined {
  const cvv = raw.trim();
  if (cvv === "") return "Enter the CVV.";
  if (!/^\d{3}$/.test(cvv)) return "The CVV is the 3 digits on the back of the card.";
  return undefined;
}

/** Every field's message at once, or the card to charge when all are right. */
export function validateCard(
  form: CardForm,
  now: Date,
): { ok: true; card: ValidCard } | { ok: false; errors: CardErrors } {
  const errors: CardErrors = {};
  const number = checkNumber(form.number);
  if ("error" in number) errors.number = number.error;
  const expiry = checkExpiry(form.expiry, now);
  if (expiry) errors.expiry = expiry;
  const cvv = checkCvv(form.cvv);
  if (cvv) errors.cvv = cvv;
  if ((form.name ?? "").trim().length > 50) errors.name = "Use at most 50 characters.";
  if ("card" in number && Object.keys(errors).length === 0) return { ok: true, card: number.card };
  return { ok: false, errors };
}
