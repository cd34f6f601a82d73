import "server-only";
import type { z } from "zod";
import {
  ConfirmPaymentRequestSchema,
  CreatePaymentRequestSchema,
  PAYMENT_METHOD_TYPES,
  type PaymentMethodType,
} from "@/lib/harsya/wire";
import type { MethodChoice } from "./charges";
import { failures, type FieldDetail } from "./envelope";
import { nationalMobile } from "./ewallet";
import { amountFits, DEFAULT_EXPIRY_MS, LONGEST_EXPIRY_MS, METHOD_RULES } from "./methods";
import { toWholeSeconds } from "./session-object";
import { zodDetails } from "./validation-details";

/**
 * The gateway's create and confirm rules beyond the wire format: per-method limits (taken from
 * the docs' example merchant configuration), the state of the request as a whole, and what the
 * sandbox does not emulate (MULTIPLE sessions, cards outside its hosted page).
 */

type CreateRequest = z.output<typeof CreatePaymentRequestSchema>;
type ConfirmRequest = z.output<typeof ConfirmPaymentRequestSchema>;
type MethodRequest = ConfirmRequest["paymentMethod"];
type OptionsRequest = NonNullable<ConfirmRequest["paymentMethodOptions"]>;

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

/** Missing objects read "is required" rather than zod's "expected object, received undefined". */
const parseOptions = {
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined,
};

type Refuse = (field: string, message: string) => void;

const MOBILE_MESSAGE = "must be an Indonesian mobile number, e.g. 08111111001";

/**
 * The method part of a create or confirm: the choice it makes (undefined when something the
 * charge needs is missing, e.g. the bank), each problem reported through `refuse`.
 */
function readChoice(
  method: MethodRequest,
  options: OptionsRequest | undefined,
  refuse: Refuse,
): MethodChoice | undefined {
  switch (method.type) {
    case "VIRTUAL_ACCOUNT": {
      const va = options?.virtualAccount ?? undefined;
      if (va?.virtualAccountNumber) {
        refuse(
          "paymentMethodOptions.virtualAccount.virtualAccountNumber",
          "custom numbers belong to static (MULTIPLE) sessions, which the sandbox does not emulate",
        );
      }
      return va?.channel
        ? {
            type: "VIRTUAL_ACCOUNT",
            channel: va.channel,
            virtualAccountName: va.virtualAccountName || undefined,
          }
        : undefined;
    }
    case "QR": {
      const expiryAt = options?.qr?.expiryAt ? toWholeSeconds(new Date(options.qr.expiryAt)) : undefined;
      return { type: "QR", expiryAt };
    }
    case "EWALLET": {
      const identifier = method.ewallet?.accountIdentifier ?? undefined;
      const national = identifier ? nationalMobile(identifier) : undefined;
      if (identifier && !national) refuse("paymentMethod.ewallet.accountIdentifier", MOBILE_MESSAGE);
      const channel = options?.ewallet?.channel ?? undefined;
      return channel ? { type: "EWALLET", channel, accountIdentifier: national } : undefined;
    }
    case "CARD": {
      const card = method.card ?? undefined;
      if (card && (card.number || card.encryptedCard || card.token || card.cvc)) {
        refuse(
          "paymentMethod.card",
          "the sandbox takes card details on its hosted payment page only (no raw, encrypted or tokenised cards)",
        );
      }
      const captureMethod = options?.card?.captureMethod?.toLowerCase();
      if (captureMethod === "manual") {
        refuse("paymentMethodOptions.card.captureMethod", "manual capture is not emulated by the sandbox");
      }
      return { type: "CARD", threeDsMethod: options?.card?.threeDsMethod ?? undefined };
    }
  }
}

/** The field that names the part of a choice a charge cannot go without. */
const REQUIRED_OPTION: Partial<Record<PaymentMethodType, string>> = {
  VIRTUAL_ACCOUNT: "paymentMethodOptions.virtualAccount.channel",
  EWALLET: "paymentMethodOptions.ewallet.channel",
};

/** A method-specific expiry: in the future, within the method's maximum and the session's expiry. */
function checkOwnExpiry(
  field: string,
  value: string | null | undefined,
  type: PaymentMethodType,
  sessionExpiry: Date,
  now: Date,
  refuse: Refuse,
) {
  if (!value) return;
  const at = toWholeSeconds(new Date(value));
  if (at.getTime() <= now.getTime()) refuse(field, "must be in the future");
  else if (at.getTime() - now.getTime() > METHOD_RULES[type].maximumExpiryMs) {
    refuse(field, `must be at most ${METHOD_RULES[type].maximumExpiry} ahead for ${type}`);
  } else if (at.getTime() > sessionExpiry.getTime())
    refuse(field, "must not be later than the session's expiryAt");
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
