import "server-only";
import type { z } from "zod";
import { CreatePaymentRequestSchema, PAYMENT_METHOD_TYPES, type PaymentMethodType } from "@/lib/harsya/wire";
import type { MethodChoice } from "./charges";
import { failures, type FieldDetail } from "./envelope";
import { amountFits, DEFAULT_EXPIRY_MS, LONGEST_EXPIRY_MS, METHOD_RULES } from "./methods";
import { toWholeSeconds } from "./session-object";
import { parseOptions, zodDetails } from "./validation-details";
import { checkOwnExpiry, readChoice, REQUIRED_OPTION, type Refuse } from "./validation-method";

export { validateConfirm, type ConfirmInput } from "./validation-confirm";

/**
 * The gateway's create and confirm rules beyond the wire format: per-method limits (taken from
 * the docs' example merchant configuration), the state of the request as a whole, and what the
 * sandbox does not emulate (MULTIPLE sessions, cards outside its hosted page). The method part both
 * share is in validation-method.ts, the confirm in validation-confirm.ts.
 */

type CreateRequest = z.output<typeof CreatePaymentRequestSchema>;

export interface CreateInput {
  request: CreateRequest;
  mode: "REDIRECT" | "API";
  autoConfirm: boolean;
  bypassStatusPage: boolean;
  statementDescriptor: string;
  expiryAt: Date;
  /** The method the request names, if any. */
  method?: PaymentMethodType;
  /**
   * What the request chose, as far as it goes: complete (a charge can be issued) when it names
   * everything the method needs, such as the bank or the wallet.
   */
  choice?: MethodChoice;
}

export function validateCreate(body: unknown, now: Date, storeName: string): CreateInput {
  const parsed = CreatePaymentRequestSchema.safeParse(body, parseOptions);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const request = parsed.data;
  const details: FieldDetail[] = [];
  const refuse: Refuse = (field, message) => details.push({ field, message });

  const mode = request.mode ?? "REDIRECT";
  const autoConfirm = request.autoConfirm ?? true;
  const method = request.paymentMethod ?? undefined;
  const options = request.paymentMethodOptions ?? undefined;

  if (request.paymentType === "MULTIPLE") {
    if (mode !== "API") refuse("", "paymentType 'MULTIPLE' is only allowed when mode is set to 'API'");
    else refuse("paymentType", "MULTIPLE (static) sessions are not emulated by the sandbox; use SINGLE");
  }
  const choice = method ? readChoice(method, options, refuse) : undefined;
  if (method && autoConfirm && !choice) {
    const field = REQUIRED_OPTION[method.type] ?? "paymentMethodOptions";
    refuse(field, `is required when paymentMethod.type is ${method.type} and autoConfirm is true`);
  }
  if (method?.type === "CARD" && mode === "API") {
    refuse("mode", "CARD is emulated on the hosted payment page only: use REDIRECT");
  }
  if (request.customer && request.customerId) {
    refuse("customerId", "send either customerId or customer, not both");
  }
  if (mode === "REDIRECT") {
    for (const key of ["successReturnUrl", "failureReturnUrl", "expirationReturnUrl"] as const) {
      if (!request.redirectUrl[key]) refuse(`redirectUrl.${key}`, "is required in REDIRECT mode");
    }
  }

  checkAmount(request.amount.value, method?.type, refuse);

  const expiryAt = toWholeSeconds(
    request.expiryAt ? new Date(request.expiryAt) : new Date(now.getTime() + DEFAULT_EXPIRY_MS),
  );
  const maximum = method ? METHOD_RULES[method.type] : undefined;
  if (request.expiryAt && expiryAt.getTime() <= now.getTime()) {
    refuse("expiryAt", "must be in the future");
  } else if (expiryAt.getTime() - now.getTime() > (maximum?.maximumExpiryMs ?? LONGEST_EXPIRY_MS)) {
    refuse(
      "expiryAt",
      method && maximum
        ? `must be at most ${maximum.maximumExpiry} ahead for ${method.type}`
        : "must be at most 30 days ahead",
    );
  }
  if (method?.type === "QR") {
    checkOwnExpiry("paymentMethodOptions.qr.expiryAt", options?.qr?.expiryAt, "QR", expiryAt, now, refuse);
  }
  if (method?.type === "EWALLET") {
    checkOwnExpiry(
      "paymentMethodOptions.ewallet.expiryAt",
      options?.ewallet?.expiryAt,
      "EWALLET",
      expiryAt,
      now,
      refuse,
    );
  }

  if (details.length > 0) throw failures.validation(details);
  return {
    request,
    mode,
    autoConfirm,
    bypassStatusPage: mode === "REDIRECT" && (request.bypassStatusPage ?? false),
    statementDescriptor: request.statementDescriptor || storeName.slice(0, 20),
    expiryAt,
    method: method?.type,
    choice,
  };
}

/** With a method, its own limits; without one, the amount must suit at least one method. */
function checkAmount(amount: number, type: PaymentMethodType | undefined, refuse: Refuse) {
  const types = type ? [type] : PAYMENT_METHOD_TYPES;
  if (types.some((candidate) => amountFits(candidate, amount))) return;
  const minimum = Math.min(...types.map((candidate) => METHOD_RULES[candidate].minimumAmount));
  const maximum = Math.max(...types.map((candidate) => METHOD_RULES[candidate].maximumAmount));
  const suffix = type ? ` for ${type}` : "";
  if (amount < minimum) refuse("amount.value", `must be at least ${minimum}${suffix}`);
  else refuse("amount.value", `must be at most ${maximum}${suffix}`);
}
