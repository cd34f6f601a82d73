import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { text } from "@/lib/bounds";
import { env } from "@/lib/env";

/**
 * Contact details the checkout form starts with when the shopper comes back to it: after "Pay
 * again" (lib/pay-again), or after leaving the gateway's page. Kept in an httpOnly cookie for a day,
 * on this browser only; only ever used to fill the form, which the shopper still submits.
 */
const CONTACT_COOKIE = "hc_contact";
const MAX_AGE_SECONDS = 60 * 60 * 24;

export const ContactPrefill = z.object({
  fullName: text().max(100),
  email: text().max(255),
  phone: text().max(32),
});
export type ContactPrefill = z.output<typeof ContactPrefill>;

export async function readContactPrefill(): Promise<ContactPrefill | null> {
  const raw = (await cookies()).get(CONTACT_COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = ContactPrefill.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Call from a route handler or server action (where cookies can be set). A browser that already
 * holds these details (a resumed checkout) gets no new cookie.
 */
export async function rememberContactPrefill(contact: ContactPrefill): Promise<void> {
  const store = await cookies();
  const value = JSON.stringify(ContactPrefill.parse(contact));
  if (store.get(CONTACT_COOKIE)?.value === value) return;
  store.set(CONTACT_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().appUrl.startsWith("https://"),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}
