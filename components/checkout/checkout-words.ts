import "server-only";
import { getTranslations } from "next-intl/server";
import { bankName } from "@/lib/banks";
import { CHOOSE_ON_PAGE, OTHER_CHOICE_LABELS, OTHER_CHOICES } from "@/lib/checkout/payment-choice";
import type { ExtraOption } from "./bank-options";

/** The checkout form's words, translated on the server: the island ships no message runtime. */
export async function checkoutFormWords(channels: readonly string[]) {
  const t = await getTranslations("checkout.form");
  return {
    contact: t("contact"),
    fullName: t("fullName"),
    email: t("email"),
    phone: t("phone"),
    phonePlaceholder: t("phonePlaceholder"),
    howToPay: t("howToPay"),
    banks: t("banks"),
    others: t("others"),
    walletPhone: t("walletPhone"),
    walletPhoneHint: t("walletPhoneHint"),
    payNow: t("payNow"),
    opening: t("opening"),
    showOpenPayment: t("showOpenPayment"),
    somethingWrong: t("somethingWrong"),
    fixFields: t("fixFields"),
    required: {
      fullName: t("required.fullName"),
      email: t("required.email"),
      phone: t("required.phone"),
      walletPhone: t("required.walletPhone"),
    },
    /** The banks' radios: the code is the name, the bank's full name describes it. */
    bankOptions: channels.map((channel) => ({
      value: channel,
      label: channel,
      description: bankName(channel),
    })),
    otherOptions: [
      // i18n-dynamic: checkout.form.choices
      ...OTHER_CHOICES.map((value) => ({
        value,
        label: value === "CARD" ? t("card") : OTHER_CHOICE_LABELS[value].label,
        description: t(`choices.${value}`),
      })),
      { value: CHOOSE_ON_PAGE, label: t("chooseLater"), description: t("chooseLaterDescription") },
    ] satisfies ExtraOption[],
  };
}

export type CheckoutFormWords = Awaited<ReturnType<typeof checkoutFormWords>>;
