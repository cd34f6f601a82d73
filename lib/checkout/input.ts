import "server-only";
import { z } from "zod";
import { text } from "@/lib/bounds";
import { VA_CHANNELS } from "@/lib/harsya";
import { CHOOSE_ON_PAGE, OTHER_CHOICES, PUSH_WALLET_CHOICE } from "./payment-choice";
import { normalizeIndonesianMobile } from "./phone";

export const PaymentChoice = z.enum([...VA_CHANNELS, ...OTHER_CHOICES, CHOOSE_ON_PAGE], {
  error: "choose a bank, QRIS, an e-wallet, a card or “Choose on the payment page”",
});
export type PaymentChoice = z.output<typeof PaymentChoice>;

const MOBILE_HINT = "enter an Indonesian mobile number, e.g. 0812 3456 7890";

/** An Indonesian mobile number in any usual form, read as its national number (8...). */
const mobile = text({ error: "is required" })
  .max(32, "must be at most 32 characters")
  .transform((value, context) => {
    const number = normalizeIndonesianMobile(value);
    if (!number) {
      context.addIssue({ code: "custom", message: MOBILE_HINT });
      return z.NEVER;
    }
    return number;
  });

export const CheckoutInput = z
  .object({
    fullName: text({ error: "is required" })
      .trim()
      .min(2, "enter your full name")
      .max(100, "must be at most 100 characters"),
    email: text({ error: "is required" })
      .trim()
      .toLowerCase()
      .max(255, "must be at most 255 characters")
      .pipe(z.email("enter a valid email address")),
    phone: mobile,
    paymentMethod: PaymentChoice,
    /** The wallet's own number, for OVO (which pushes the payment to it); ignored for anything else. */
    walletPhone: text().max(32, "must be at most 32 characters").nullish(),
  })
  .transform((input, context) => {
    if (input.paymentMethod !== PUSH_WALLET_CHOICE) return { ...input, walletPhone: null };
    const walletPhone = normalizeIndonesianMobile(input.walletPhone ?? "");
    if (!walletPhone) {
      context.addIssue({ code: "custom", path: ["walletPhone"], message: MOBILE_HINT });
      return z.NEVER;
    }
    return { ...input, walletPhone };
  });
export type CheckoutInput = z.output<typeof CheckoutInput>;

export const ConfirmInput = z.object({
  channel: z.enum(VA_CHANNELS, { error: "choose one of the listed banks" }),
});
