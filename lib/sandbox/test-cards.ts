import { z } from "zod";
import { CARD_BRANDS, CHARGE_FAILURE_CODES, type CardBrand, type ChargeFailureCode } from "@/lib/harsya/wire";

/**
 * The documented test cards (harsya-api.md §10.3) and what each does. The docs left out the numbers
 * of four failure codes; the sandbox gives them numbers in the same shape: prefix + "3" + a Luhn
 * digit + "000" + 1..4 (Visa 4440000334300001, 4440000334390002, ...). Any other valid card of an
 * accepted brand is approved without a challenge.
 */

export const CardOutcomeSchema = z.discriminatedUnion("result", [
  z.object({ result: z.literal("SUCCESS"), challenge: z.boolean() }),
  z.object({
    result: z.literal("FAILED"),
    challenge: z.boolean(),
    failureCode: z.enum(CHARGE_FAILURE_CODES),
    reason: z.string(),
  }),
]);
export type CardOutcome = z.infer<typeof CardOutcomeSchema>;

interface TestCardRow {
  label: string;
  numbers: Record<CardBrand, string>;
  outcome: CardOutcome;
}

const fails = (failureCode: ChargeFailureCode, reason: string): CardOutcome => ({
  result: "FAILED",
  challenge: true,
  failureCode,
  reason,
});

export const TEST_CARDS: readonly TestCardRow[] = [
  {
    label: "Success, frictionless",
    numbers: { VISA: "4440000112200001", MASTERCARD: "5550000112230001", JCB: "3550000112280001" },
    outcome: { result: "SUCCESS", challenge: false },
  },
  {
    label: "Success after the 3-D Secure challenge",
    numbers: { VISA: "4440000112290002", MASTERCARD: "5550000112220002", JCB: "3550000112270002" },
    outcome: { result: "SUCCESS", challenge: true },
  },
  {
    label: "Declined by the channel",
    numbers: { VISA: "4440000334480001", MASTERCARD: "5550000334410001", JCB: "3550000334460001" },
    outcome: fails("DECLINED_BY_CHANNEL", "declined by the channel"),
  },
  {
    label: "Card already expired",
    numbers: { VISA: "4440000334470002", MASTERCARD: "5550000334400002", JCB: "3550000334450002" },
    outcome: fails("DECLINED_BY_CHANNEL", "card already expired"),
  },
  {
    label: "Invalid CVV",
    numbers: { VISA: "4440000334460003", MASTERCARD: "5550000334490003", JCB: "3550000334440003" },
    outcome: fails("DECLINED_BY_CHANNEL", "invalid CVV"),
  },
  {
    label: "Card marked invalid",
    numbers: { VISA: "4440000334450004", MASTERCARD: "5550000334480004", JCB: "3550000334430004" },
    outcome: fails("INVALID_ACCOUNT", "card marked invalid"),
  },
  {
    label: "3-D Secure rejected by the issuer",
    numbers: { VISA: "4440000334440005", MASTERCARD: "5550000334470005", JCB: "3550000334420005" },
    outcome: fails("AUTHENTICATION_FAILED", "3DS rejected by the issuer"),
  },
  {
    label: "Stolen or potential fraud",
    numbers: { VISA: "4440000334430006", MASTERCARD: "5550000334460006", JCB: "3550000334410006" },
    outcome: fails("SUSPECTED_FRAUD", "stolen or potential fraud"),
  },
  {
    label: "Account blocked by the channel",
    numbers: { VISA: "4440000334420007", MASTERCARD: "5550000334450007", JCB: "3550000334400007" },
    outcome: fails("SUSPECTED_FRAUD", "account blocked by the channel"),
  },
  {
    label: "High risk (fraud detection)",
    numbers: { VISA: "4440000334410008", MASTERCARD: "5550000334440008", JCB: "3550000334490008" },
    outcome: fails("BLOCKED_BY_FDS", "high risk"),
  },
  // Not in the recovered docs: numbers chosen by the sandbox (see the comment above).
  {
    label: "Held for review (sandbox number)",
    numbers: { VISA: "4440000334300001", MASTERCARD: "5550000334330001", JCB: "3550000334380001" },
    outcome: fails("REQUIRE_REVIEW", "held for manual review"),
  },
  {
    label: "Insufficient funds (sandbox number)",
    numbers: { VISA: "4440000334390002", MASTERCARD: "5550000334320002", JCB: "3550000334370002" },
    outcome: fails("INSUFFICIENT_FUND", "insufficient funds"),
  },
  {
    label: "Channel unavailable (sandbox number)",
    numbers: { VISA: "4440000334380003", MASTERCARD: "5550000334310003", JCB: "3550000334360003" },
    outcome: fails("CHANNEL_UNAVAILABLE", "the issuer is unavailable"),
  },
  {
    label: "Cancelled by the cardholder (sandbox number)",
    numbers: { VISA: "4440000334370004", MASTERCARD: "5550000334300004", JCB: "3550000334350004" },
    outcome: fails("CANCELLED_BY_USER", "cancelled by the cardholder"),
  },
];

const BY_NUMBER = new Map(
  TEST_CARDS.flatMap((row) => CARD_BRANDS.map((brand) => [row.numbers[brand], row.outcome] as const)),
);

const APPROVED: CardOutcome = { result: "SUCCESS", challenge: false };

/** What paying with `number` (digits only, already valid) comes to. */
export function cardOutcome(number: string): CardOutcome {
  return BY_NUMBER.get(number) ?? APPROVED;
}

/**
 * Whether the mock 3-D Secure page comes first: as the card says, unless the merchant asked for
 * `threeDsMethod` CHALLENGE (always) or NEVER (never; a failing card then fails at once).
 */
export function needsChallenge(outcome: CardOutcome, threeDsMethod: string | undefined): boolean {
  if (threeDsMethod === "CHALLENGE") return true;
  if (threeDsMethod === "NEVER") return false;
  return outcome.challenge;
}
