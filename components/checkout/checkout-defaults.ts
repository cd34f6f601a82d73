import "server-only";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import { readContactPrefill } from "@/lib/checkout/contact-prefill";
import { findLatestContactOfCart, type OpenPayment } from "@/lib/checkout/open-payment";
import { CHOOSE_ON_PAGE } from "@/lib/checkout/payment-choice";
import { findLatestPhoneOfUser } from "@/lib/orders/repository";
import { database } from "@/lib/server/deps";
import type { CheckoutDefaults } from "./checkout-form";
import type { OpenPaymentSummary } from "./open-payment-note";
import { describeOpenPayment } from "./open-payment";

/**
 * What the checkout form starts with: the contact remembered on this browser (a checkout, or
 * "Pay again"), else the one this cart's latest order was placed with, else the account's name
 * and email (and its latest phone). The form itself then restores what was typed in this tab.
 */
export async function checkoutDefaults(): Promise<CheckoutDefaults> {
  const remembered = await readContactPrefill();
  if (remembered) return remembered;
  const [cartId, db] = await Promise.all([readCartId(), database()]);
  const ofCart = cartId ? await findLatestContactOfCart(db, cartId) : null;
  if (ofCart) return ofCart;
  const user = await currentUser();
  const phone = user ? await findLatestPhoneOfUser(db, user.id) : undefined;
  return { fullName: user?.name ?? "", email: user?.email ?? "", phone: phone ? `0${phone}` : "" };
}

/** The form's choice that resumes a session (VA: the bank; wallets: their code; QR; card). */
function choiceOf(open: OpenPayment): string {
  if (open.method === "QR") return "QRIS";
  if (open.method === "CARD") return "CARD";
  return open.channel ?? CHOOSE_ON_PAGE;
}

/** Only a payment that another method cannot replace needs explaining before "Pay now". */
export async function openPaymentSummary(open: OpenPayment): Promise<OpenPaymentSummary | null> {
  if (!open.locked) return null;
  const [words, t] = await Promise.all([describeOpenPayment(open), getTranslations("checkout.form")]);
  const facts = { reference: open.reference, deadline: words.deadline };
  return {
    orderId: open.orderId,
    choice: choiceOf(open),
    note:
      open.vaIssued && open.channel
        ? t("vaStays", { ...facts, bank: open.channel })
        : t("paymentStays", { ...facts, method: words.method }),
    payableUntil: t("payableUntil", { deadline: words.deadline }),
    showLink: t("showOpenPayment"),
  };
}
