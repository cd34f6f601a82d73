import { VA_CHANNELS } from "@/lib/harsya/wire-enums";

/**
 * How to pay a virtual account, per bank, at an ATM, in mobile banking and in internet banking.
 * The gateway does not publish these (harsya-api.md §5.5): they are the banks' usual menus, kept
 * generic enough to stay true when a bank renames a button. The words (each bank's ATM network,
 * app and site, and their menus) live in the catalogue under "orders.howToPay"; this file decides
 * which steps there are and in what order.
 */

export type VaChannelKind = "atm" | "mobile" | "internet";
export const VA_CHANNEL_KINDS: readonly VaChannelKind[] = ["atm", "mobile", "internet"];

/** A translator rooted at the "orders.howToPay" namespace. */
export type HowToPayWords = (key: string, values?: Record<string, string>) => string;

export interface VaInstructionTab {
  kind: VaChannelKind;
  /** "ATM", "Mobile banking (BCA mobile)", ... */
  label: string;
  steps: string[];
}

/** The three ways to pay this bank's virtual account, as numbered steps; [] for an unknown bank. */
export function vaInstructions(
  channel: string,
  vaNumber: string,
  amount: string,
  t: HowToPayWords,
): VaInstructionTab[] {
  if (!VA_CHANNELS.some((known) => known === channel)) return [];
  // i18n-dynamic: orders.howToPay.banks
  // i18n-dynamic: orders.howToPay.kinds
  return VA_CHANNEL_KINDS.map((kind) => {
    const name = t(`banks.${channel}.${kind}.name`);
    return {
      kind,
      label: t(`kinds.${kind}`, { name }),
      steps: [
        kind === "atm" ? t("steps.atmStart", { name }) : t("steps.signIn", { name }),
        t("steps.choose", { menu: t(`banks.${channel}.${kind}.menu`) }),
        t("steps.enterNumber", { number: vaNumber }),
        t("steps.checkAmount", { amount }),
        t("steps.keepReceipt"),
      ],
    };
  });
}
