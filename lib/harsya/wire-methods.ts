import { z } from "zod";
import { looseStorableObject, MAX_INT, text } from "@/lib/bounds";
import {
  CAPTURE_METHODS,
  EWALLET_CHANNELS,
  PAYMENT_METHOD_TYPES,
  THREE_DS_METHODS,
  VA_CHANNELS,
} from "./wire-enums";
import { anyObject, expected, optionalText, timestamp } from "./wire-fields";

/** How a request names its payment method (`paymentMethod`) and that method's options (`paymentMethodOptions`). */

export const VirtualAccountOptionsSchema = looseStorableObject({
  channel: z.enum(VA_CHANNELS, expected(`must be one of ${VA_CHANNELS.join(", ")}`)).nullish(),
  virtualAccountName: optionalText(100),
  virtualAccountNumber: optionalText(100),
  expiryAt: timestamp.nullish(),
});

/** `paymentMethodOptions.qr`: the QR's own expiry (at most 60 minutes ahead per the docs' config). */
export const QrOptionsSchema = looseStorableObject({
  expiryAt: timestamp.nullish(),
});

/** `paymentMethodOptions.ewallet`: which wallet, and the payment's expiry (at most 30 minutes ahead). */
export const EwalletOptionsSchema = looseStorableObject({
  channel: z.enum(EWALLET_CHANNELS, expected(`must be one of ${EWALLET_CHANNELS.join(", ")}`)).nullish(),
  expiryAt: timestamp.nullish(),
});

/** `paymentMethodOptions.card`. */
export const CardOptionsSchema = looseStorableObject({
  captureMethod: z.enum(CAPTURE_METHODS, expected("must be automatic or manual")).nullish(),
  threeDsMethod: z
    .enum(THREE_DS_METHODS, expected(`must be one of ${THREE_DS_METHODS.join(", ")}`))
    .nullish(),
  processingConfig: anyObject.nullish(),
  installment: anyObject.nullish(),
});

export const PaymentMethodOptionsSchema = looseStorableObject({
  id: optionalText(255),
  virtualAccount: VirtualAccountOptionsSchema.nullish(),
  card: CardOptionsSchema.nullish(),
  ewallet: EwalletOptionsSchema.nullish(),
  qr: QrOptionsSchema.nullish(),
});
export type PaymentMethodOptions = z.input<typeof PaymentMethodOptionsSchema>;

/**
 * `paymentMethod.ewallet`: the mobile number registered to the wallet (OVO pushes the payment to
 * it). Any Indonesian mobile form is read: 0811..., 62811..., +62811..., 811....
 */
export const EwalletMethodSchema = looseStorableObject({
  accountIdentifier: text(expected("must be a string"))
    .min(1, "must not be empty")
    .max(20, "must be at most 20 characters")
    .nullish(),
});

/**
 * `paymentMethod.card`: an `encryptedCard` (API mode), a stored-card `token`, or the raw card of a
 * PCI-DSS merchant. A REDIRECT integration sends none of these: the hosted page takes the card.
 */
export const CardMethodSchema = looseStorableObject({
  encryptedCard: text().max(500, "must be at most 500 characters").nullish(),
  token: text().max(255, "must be at most 255 characters").nullish(),
  number: text().max(255, "must be at most 255 characters").nullish(),
  expMonth: z.union([text().max(4), z.number().int().max(MAX_INT)]).nullish(),
  expYear: z.union([text().max(4), z.number().int().max(MAX_INT)]).nullish(),
  cvc: text().max(4, "must be at most 4 characters").nullish(),
  cardHolderFirstName: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderLastName: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderEmail: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderPhone: text().max(255, "must be at most 255 characters").nullish(),
});

export const PaymentMethodSchema = looseStorableObject({
  type: z.enum(PAYMENT_METHOD_TYPES, expected(`must be one of ${PAYMENT_METHOD_TYPES.join(", ")}`)),
  virtualAccount: anyObject.nullish(),
  qr: anyObject.nullish(),
  card: CardMethodSchema.nullish(),
  ewallet: EwalletMethodSchema.nullish(),
  // The reference's card example nests the options here; the field table has them as a sibling.
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
});
