import "server-only";
import { z } from "zod";
import { text } from "@/lib/bounds";
import { VA_CHANNELS } from "@/lib/harsya";
import { CHOOSE_ON_PAGE } from "./payment-choice";
import { normalizeIndonesianMobile } from "./phone";

export const PaymentChoice = z.enum([...VA_CHANNELS, CHOOSE_ON_PAGE], {
  error: "choose a bank or “Choose on the payment page”",
});

export const CheckoutInput = z.object({
  fullName: text({ error: "is required" })
    .trim()
    .min(2, "enter your full name")
    .max(100, "must be at most 100 characters"),
  email: text({ error: "is required" })
    .trim()
    .toLowerCase()
    .max(255, "must be at most 255 characters")
    .pipe(z.email("enter a valid email address")),
  phone: text({ error: "is required" })
    .max(32, "must be at most 32 characters")
    .transform((value, context) => {
      const number = normalizeIndonesianMobile(value);
      if (!number) {
        context.addIssue({
          code: "custom",
          message: "enter an Indonesian mobile number, e.g. 0812 3456 7890",
        });
        return z.NEVER;
      }
      return number;
    }),
  paymentMethod: PaymentChoice,
});
export type CheckoutInput = z.output<typeof CheckoutInput>;

export const ConfirmInput = z.object({
  channel: z.enum(VA_CHANNELS, { error: "choose one of the listed banks" }),
});
