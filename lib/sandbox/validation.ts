import "server-only";
import type { z } from "zod";
import { ConfirmPaymentRequestSchema, CreatePaymentRequestSchema, type VaChannel } from "@/lib/harsya/wire";
import { failures, type FieldDetail } from "./envelope";
import { toWholeSeconds } from "./session-object";
import { zodDetails } from "./validation-details";

/**
 * The gateway's create and confirm rules beyond the wire format: per-method limits (taken from
 * the docs' example merchant configuration), the state of the request as a whole, and what the
 * sandbox does not emulate (only SINGLE virtual-account sessions).
 */

export const VA_LIMITS = {
  minimumAmount: 10_000,
  maximumAmount: 9_999_999_999,
  maximumExpiryMs: 30 * 24 * 60 * 60 * 1000,
} as const;
export const DEFAULT_EXPIRY_MS = 15 * 60 * 1000;

type CreateRequest = z.output<typeof CreatePaymentRequestSchema>;

export interface CreateInput {
  request: CreateRequest;
  mode: "REDIRECT" | "API";
  autoConfirm: boolean;
  bypassStatusPage: boolean;
  statementDescriptor: string;
  expiryAt: Date;
  /** The shopper's bank when the charge can be issued now (or later, on confirm). */
  channel?: VaChannel;
  virtualAccountName?: string;
  hasMethod: boolean;
}

/** Missing objects read "is required" rather than zod's "expected object, received undefined". */
const parseOptions = {
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined,
};

export function validateCreate(body: unknown, now: Date, storeName: string): CreateInput {
  const parsed = CreatePaymentRequestSchema.safeParse(body, parseOptions);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const request = parsed.data;
  const details: FieldDetail[] = [];
  const refuse = (field: string, message: string) => details.push({ field, message });

  const mode = request.mode ?? "REDIRECT";
  const autoConfirm = request.autoConfirm ?? true;
  const method = request.paymentMethod ?? undefined;
  const options = request.paymentMethodOptions?.virtualAccount ?? undefined;

  if (request.paymentType === "MULTIPLE") {
    if (mode !== "API") refuse("", "paymentType 'MULTIPLE' is only allowed when mode is set to 'API'");
    else refuse("paymentType", "MULTIPLE (static) sessions are not emulated by the sandbox; use SINGLE");
  }
  if (method && method.type !== "VIRTUAL_ACCOUNT") {
    refuse("paymentMethod.type", "the sandbox emulates VIRTUAL_ACCOUNT only");
  }
  if (method?.type === "VIRTUAL_ACCOUNT" && autoConfirm && !options?.channel) {
    refuse(
      "paymentMethodOptions.virtualAccount.channel",
      "is required when paymentMethod.type is VIRTUAL_ACCOUNT and autoConfirm is true",
    );
  }
  if (options?.virtualAccountNumber) {
    refuse(
      "paymentMethodOptions.virtualAccount.virtualAccountNumber",
      "custom numbers belong to static (MULTIPLE) sessions, which the sandbox does not emulate",
    );
  }
  if (request.customer && request.customerId) {
    refuse("customerId", "send either customerId or customer, not both");
  }
  if (mode === "REDIRECT") {
    for (const key of ["successReturnUrl", "failureReturnUrl", "expirationReturnUrl"] as const) {
      if (!request.redirectUrl[key]) refuse(`redirectUrl.${key}`, "is required in REDIRECT mode");
    }
  }

  // Every session the sandbox makes is paid by virtual account, so the VA limits always apply.
  if (request.amount.value < VA_LIMITS.minimumAmount) {
    refuse("amount.value", `must be at least ${VA_LIMITS.minimumAmount} for VIRTUAL_ACCOUNT`);
  } else if (request.amount.value > VA_LIMITS.maximumAmount) {
    refuse("amount.value", `must be at most ${VA_LIMITS.maximumAmount} for VIRTUAL_ACCOUNT`);
  }

  const expiryAt = toWholeSeconds(
    request.expiryAt ? new Date(request.expiryAt) : new Date(now.getTime() + DEFAULT_EXPIRY_MS),
  );
  if (request.expiryAt && expiryAt.getTime() <= now.getTime()) {
    refuse("expiryAt", "must be in the future");
  } else if (expiryAt.getTime() - now.getTime() > VA_LIMITS.maximumExpiryMs) {
    refuse("expiryAt", "must be at most 30 days ahead for VIRTUAL_ACCOUNT");
  }

  if (details.length > 0) throw failures.validation(details);
  return {
    request,
    mode,
    autoConfirm,
    bypassStatusPage: mode === "REDIRECT" && (request.bypassStatusPage ?? false),
    statementDescriptor: request.statementDescriptor || storeName.slice(0, 20),
    expiryAt,
    channel: options?.channel ?? undefined,
    virtualAccountName: options?.virtualAccountName || undefined,
    hasMethod: method !== undefined,
  };
}

/** `/confirm`: a virtual account with its bank, options beside `paymentMethod` or (card example) inside it. */
export function validateConfirm(body: unknown): { channel: VaChannel; virtualAccountName?: string } {
  const parsed = ConfirmPaymentRequestSchema.safeParse(body, parseOptions);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const { paymentMethod, paymentMethodOptions } = parsed.data;
  if (paymentMethod.type !== "VIRTUAL_ACCOUNT") {
    throw failures.validation([
      { field: "paymentMethod.type", message: "the sandbox emulates VIRTUAL_ACCOUNT only" },
    ]);
  }
  const options = paymentMethodOptions ?? paymentMethod.paymentMethodOptions;
  if (!options) throw failures.validation([{ field: "paymentMethodOptions", message: "is required" }]);
  const channel = options.virtualAccount?.channel;
  if (!channel) {
    throw failures.validation([
      { field: "paymentMethodOptions.virtualAccount.channel", message: "is required" },
    ]);
  }
  return { channel, virtualAccountName: options.virtualAccount?.virtualAccountName || undefined };
}
