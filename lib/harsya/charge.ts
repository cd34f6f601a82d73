import { z } from "zod";
import { flag, label, optionalAmount, text, time, type Open } from "./lenient-fields";
import type {
  CardBrand,
  ChargeFailureCode,
  EwalletChannel,
  KnownChargeStatus,
  PaymentMethodType,
  VaChannel,
} from "./wire";

/** A charge as the gateway answers it (`chargeDetails[]`), with its method's detail: VA, QR, e-wallet or card. */

export type ChargeStatus = Open<KnownChargeStatus>;

export const VirtualAccountSchema = z
  .looseObject({
    channel: z.string().transform((value): Open<VaChannel> => value),
    virtualAccountNumber: z.string(),
    virtualAccountName: text,
    expiryAt: time,
  })
  .nullish()
  .transform((value) => value ?? null);

/** A detail object the gateway garbles reads as absent rather than failing the whole session. */
const detail = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z
    .looseObject(shape)
    .nullish()
    .transform((value) => value ?? null)
    .catch(null);

/** `chargeDetails[].qr`: the EMV string to render (`qrContent`) and/or an image of it (`qrUrl`). */
export const QrSchema = detail({
  acquirer: text,
  qrContent: text,
  qrUrl: text,
  qrType: text,
  retrievalReferenceNumber: label,
  issuerName: text,
  // The QR's own expiry, which may differ from the session's (harsya-api.md §9).
  expiryAt: time,
  merchantName: text,
  storeId: label,
});

/** `chargeDetails[].ewallet`: the wallet, and the account once the shopper has named it. */
const EwalletSchema = detail({
  channel: text.transform((value): Open<EwalletChannel> | null => value),
  accountInformations: detail({
    /** E.164, e.g. +628111111001. */
    mobileNumber: text,
    name: text,
  }),
});

/** `chargeDetails[].card`: never the full number; the brand is `binInformations.brand`. */
const CardSchema = detail({
  first6: label,
  first8: label,
  last4: label,
  fingerprint: text,
  binInformations: detail({
    type: text,
    issuingBank: text,
    brand: text.transform((value): Open<CardBrand> | null => value),
    country: text,
  }),
  authenticationResult: detail({
    threeDsVersion: label,
    threeDsResult: text,
    threeDsMethod: text,
    eciCode: label,
  }),
  authorizationResult: detail({}),
});

export const ChargeSchema = z.looseObject({
  id: z.string(),
  status: z.string().transform((value): ChargeStatus => value),
  amount: optionalAmount,
  // Not relied on: an odd value reads as absent.
  authorizedAmount: optionalAmount.catch(null),
  capturedAmount: optionalAmount.catch(null),
  paymentSessionId: text,
  paymentSessionClientReferenceId: text,
  statementDescriptor: text,
  isCaptured: flag(false),
  createdAt: time,
  updatedAt: time,
  paidAt: time,
  virtualAccount: VirtualAccountSchema,
  qr: QrSchema,
  ewallet: EwalletSchema,
  card: CardSchema,
  /** Set when the charge failed or expired (harsya-api.md §6.3). */
  failureCode: text.transform((value): Open<ChargeFailureCode> | null => value),
  failureMessage: text,
  recommendation: text,
});
export type Charge = z.infer<typeof ChargeSchema>;
export type ChargeQr = NonNullable<Charge["qr"]>;
export type ChargeEwallet = NonNullable<Charge["ewallet"]>;
export type ChargeCard = NonNullable<Charge["card"]>;

/**
 * Which method a charge is paid with, read from the detail it carries (the session's
 * `paymentMethod` says it too, but is null on some answers).
 */
export function chargeMethod(charge: Charge): PaymentMethodType | null {
  if (charge.virtualAccount) return "VIRTUAL_ACCOUNT";
  if (charge.qr) return "QR";
  if (charge.ewallet) return "EWALLET";
  if (charge.card) return "CARD";
  return null;
}
