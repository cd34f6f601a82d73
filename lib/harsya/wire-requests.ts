import { z } from "zod";
import { looseStorableObject, MAX_INT, text } from "@/lib/bounds";
import { MERCHANT_CANCELLATION_REASONS, SIMULATION_CHARGE_STATUSES } from "./wire-enums";
import { AmountSchema, anyObject, expected, optionalText, RedirectUrlSchema, timestamp } from "./wire-fields";
import { PaymentMethodOptionsSchema, PaymentMethodSchema } from "./wire-methods";

/** The request bodies and queries of the gateway's endpoints: create, confirm, cancel, simulate, token, list. */

const PhoneNumberSchema = z.object({
  countryCode: text().min(1, "must not be empty").max(4, "must be at most 4 characters"),
  number: text().regex(/^8\d{0,14}$/, "must start with 8 (no leading 0 or 62) and have at most 15 digits"),
});

export const CustomerSchema = looseStorableObject({
  givenName: text().min(1, "must not be empty").max(255, "must be at most 255 characters").nullish(),
  surname: optionalText(255),
  // Several of the gateway's own examples spell it this way.
  sureName: optionalText(255),
  email: z.email("must be an email address").max(255, "must be at most 255 characters"),
  phoneNumber: PhoneNumberSchema.nullish(),
  refundPreference: anyObject.nullish(),
});

const ProductDetailSchema = looseStorableObject({
  type: z.enum(["PHYSICAL", "DIGITAL", "SERVICE"], expected("must be one of PHYSICAL, DIGITAL, SERVICE")),
  category: optionalText(255),
  subCategory: optionalText(255),
  name: optionalText(255),
  description: optionalText(255),
  quantity: z
    .number(expected("must be a number"))
    .positive("must be greater than 0")
    .max(MAX_INT, `must be at most ${MAX_INT}`),
  price: AmountSchema,
});

export const OrderInformationSchema = looseStorableObject({
  productDetails: z.array(ProductDetailSchema).min(1, "must list at least one product"),
  billingInfo: anyObject.nullish(),
  shippingInfo: anyObject.nullish(),
});

export const CreatePaymentRequestSchema = z.looseObject({
  clientReferenceId: text(expected("must be a string"))
    .min(1, "must not be empty")
    .max(100, "must be at most 100 characters")
    .regex(/^[A-Za-z0-9_-]+$/, "may contain only letters, digits, '-' and '_'"),
  amount: AmountSchema,
  paymentType: z.enum(["SINGLE", "MULTIPLE"], expected("must be SINGLE or MULTIPLE")).nullish(),
  paymentMethod: PaymentMethodSchema.nullish(),
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
  saveForFutureUse: z.boolean(expected("must be true or false")).nullish(),
  showSavedPayment: z.boolean(expected("must be true or false")).nullish(),
  mode: z.enum(["REDIRECT", "API"], expected("must be REDIRECT or API")).nullish(),
  bypassStatusPage: z.boolean(expected("must be true or false")).nullish(),
  redirectUrl: RedirectUrlSchema,
  customerId: optionalText(255),
  customer: CustomerSchema.nullish(),
  orderInformation: OrderInformationSchema.nullish(),
  autoConfirm: z.boolean(expected("must be true or false")).nullish(),
  statementDescriptor: optionalText(20),
  expirationMode: z.enum(["LOOSE", "STRICT"], expected("must be LOOSE or STRICT")).nullish(),
  expiryAt: timestamp.nullish(),
  metadata: anyObject.nullish(),
  splitRoutingConfigurations: z.array(anyObject).nullish(),
});
export type CreatePaymentRequest = z.input<typeof CreatePaymentRequestSchema>;

export const ConfirmPaymentRequestSchema = looseStorableObject({
  paymentMethod: PaymentMethodSchema,
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
});
export type ConfirmPaymentRequest = z.input<typeof ConfirmPaymentRequestSchema>;

export const CancelPaymentRequestSchema = z.object({
  cancellationReason: z.enum(
    MERCHANT_CANCELLATION_REASONS,
    expected(`must be one of ${MERCHANT_CANCELLATION_REASONS.join(", ")}`),
  ),
});

/** A payment session's id, in a path or a body. The gateway's are UUIDs; any storable text is asked about. */
export const PaymentSessionIdSchema = text(expected("must be a string"))
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters");

export const SimulatePaymentRequestSchema = z.object({
  paymentSessionId: PaymentSessionIdSchema,
  chargeStatus: z.enum(
    SIMULATION_CHARGE_STATUSES,
    expected(`must be one of ${SIMULATION_CHARGE_STATUSES.join(", ")}`),
  ),
  amount: AmountSchema.nullish(),
});
export type SimulatePaymentRequest = z.input<typeof SimulatePaymentRequestSchema>;

export const AccessTokenRequestSchema = z.object({
  grantType: z.literal("client_credentials", expected("must be client_credentials")),
});

export const ListPaymentsQuerySchema = z.object({
  clientReferenceId: text().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  page: z.coerce
    .number(expected("must be a whole number"))
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_INT, `must be at most ${MAX_INT}`)
    .default(1),
  perPage: z.coerce
    .number(expected("must be a whole number"))
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(20),
});
