import "server-only";
import type { z } from "zod";
import type { ConfirmPaymentRequestSchema, PaymentMethodType } from "@/lib/harsya/wire";
import type { MethodChoice } from "./charges";
import { nationalMobile } from "./ewallet";
import { METHOD_RULES } from "./methods";
import { toWholeSeconds } from "./session-object";

/**
 * The method part of a create or confirm, as both read it: the choice it makes, and the rules of
 * a method's own expiry.
 */

type ConfirmRequest = z.output<typeof ConfirmPaymentRequestSchema>;
type MethodRequest = ConfirmRequest["paymentMethod"];
type OptionsRequest = NonNullable<ConfirmRequest["paymentMethodOptions"]>;

export type Refuse = (field: string, message: string) => void;

const MOBILE_MESSAGE = "must be an Indonesian mobile number, e.g. 08111111001";

/**
 * The method part of a create or confirm: the choice it makes (undefined when something the
 * charge needs is missing, e.g. the bank), each problem reported through `refuse`.
 */
export function readChoice(
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
export const REQUIRED_OPTION: Partial<Record<PaymentMethodType, string>> = {
  VIRTUAL_ACCOUNT: "paymentMethodOptions.virtualAccount.channel",
  EWALLET: "paymentMethodOptions.ewallet.channel",
};

/** A method-specific expiry: in the future, within the method's maximum and the session's expiry. */
export function checkOwnExpiry(
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
