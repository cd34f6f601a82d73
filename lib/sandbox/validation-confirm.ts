import "server-only";
import { ConfirmPaymentRequestSchema } from "@/lib/harsya/wire";
import type { MethodChoice } from "./charges";
import { failures, type FieldDetail } from "./envelope";
import { amountFits, METHOD_RULES } from "./methods";
import { parseOptions, zodDetails } from "./validation-details";
import { checkOwnExpiry, readChoice, REQUIRED_OPTION, type Refuse } from "./validation-method";

/** `/confirm`'s rules: the method with what its charge needs, then the checks that need the session. */

export interface ConfirmInput {
  choice: MethodChoice;
  /** Checks that need the session: its amount and expiry against the chosen method. */
  checkAgainst(session: { amount: { value: number }; expiryAt: string; mode: string }, now: Date): void;
}

/** `/confirm`: the method with what its charge needs, options beside `paymentMethod` or (card example) inside it. */
export function validateConfirm(body: unknown): ConfirmInput {
  const parsed = ConfirmPaymentRequestSchema.safeParse(body, parseOptions);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const { paymentMethod, paymentMethodOptions } = parsed.data;
  const options = paymentMethodOptions ?? paymentMethod.paymentMethodOptions ?? undefined;
  if (!options) throw failures.validation([{ field: "paymentMethodOptions", message: "is required" }]);
  const details: FieldDetail[] = [];
  const refuse: Refuse = (field, message) => details.push({ field, message });
  const choice = readChoice(paymentMethod, options, refuse);
  if (!choice) refuse(REQUIRED_OPTION[paymentMethod.type] ?? "paymentMethodOptions", "is required");
  if (details.length > 0 || !choice) throw failures.validation(details);
  return {
    choice,
    checkAgainst(session, now) {
      const problems: FieldDetail[] = [];
      const problem: Refuse = (field, message) => problems.push({ field, message });
      const rules = METHOD_RULES[choice.type];
      if (!amountFits(choice.type, session.amount.value)) {
        problem(
          "paymentMethod.type",
          `${choice.type} takes ${rules.minimumAmount} to ${rules.maximumAmount}; this session is for ${session.amount.value}`,
        );
      }
      if (choice.type === "CARD" && session.mode === "API") {
        problem("paymentMethod.type", "CARD is emulated on the hosted payment page only (REDIRECT sessions)");
      }
      if (choice.type === "QR") {
        checkOwnExpiry(
          "paymentMethodOptions.qr.expiryAt",
          options.qr?.expiryAt,
          "QR",
          new Date(session.expiryAt),
          now,
          problem,
        );
      }
      if (choice.type === "EWALLET") {
        checkOwnExpiry(
          "paymentMethodOptions.ewallet.expiryAt",
          options.ewallet?.expiryAt,
          "EWALLET",
          new Date(session.expiryAt),
          now,
          problem,
        );
      }
      if (problems.length > 0) throw failures.validation(problems);
    },
  };
}
