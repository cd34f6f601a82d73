import { z } from "zod";
import { jsonObject, MAX_AMOUNT, text } from "@/lib/bounds";

/** The field schemas the wire format's request bodies share, with the messages the gateway gives. */

/** A type error's message: "is required" when the field is missing, `message` when it is wrong. */
export const expected = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message),
});

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

const returnUrl = text()
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters")
  .refine(isHttpUrl, "must be an absolute http(s) URL");

/** The documented format is `YYYY-MM-DDTHH:MM:SSZ`; fractions and offsets are read too. */
export const timestamp = z.iso.datetime({
  offset: true,
  ...expected("must be a timestamp like 2025-12-30T23:59:00Z"),
});

export const optionalText = (max: number) => text().max(max, `must be at most ${max} characters`).nullish();

export const AmountSchema = z.object({
  value: z
    .number(expected("must be a number"))
    .int("must be a whole number of rupiah")
    .positive("must be greater than 0")
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
  currency: z.literal("IDR", expected("must be IDR")),
});
export type Amount = z.infer<typeof AmountSchema>;

export const RedirectUrlSchema = z.object({
  successReturnUrl: returnUrl.nullish(),
  failureReturnUrl: returnUrl.nullish(),
  expirationReturnUrl: returnUrl.nullish(),
});

// Objects the sandbox keeps but does not model; stored as they came, so they must be storable.
export const anyObject = jsonObject;
