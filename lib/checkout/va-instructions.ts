import type { VaChannel } from "@/lib/harsya/wire";

/**
 * How to pay a virtual account, per bank, at an ATM, in mobile banking and in internet banking.
 * The gateway does not publish these (harsya-api.md §5.5): they are the banks' usual menus, kept
 * generic enough to stay true when a bank renames a button.
 */

export type VaChannelKind = "atm" | "mobile" | "internet";

interface Where {
  /** The ATM network, app or site, as the bank calls it. */
  name: string;
  /** The menus to follow, in order. */
  menu: readonly string[];
}

const BANKS: Record<VaChannel, Record<VaChannelKind, Where>> = {
  BCA: {
    atm: { name: "BCA ATM", menu: ["Other transactions", "Transfer", "To BCA Virtual Account"] },
    mobile: { name: "BCA mobile", menu: ["m-Transfer", "BCA Virtual Account"] },
    internet: { name: "KlikBCA", menu: ["Fund transfer", "Transfer to BCA Virtual Account"] },
  },
  BNI: {
    atm: { name: "BNI ATM", menu: ["Other menu", "Transfer", "Virtual Account Billing"] },
    mobile: { name: "wondr by BNI", menu: ["Transfer", "Virtual Account"] },
    internet: { name: "BNI Internet Banking", menu: ["Transfer", "Virtual Account Billing"] },
  },
  BRI: {
    atm: { name: "BRI ATM", menu: ["Other transactions", "Payment", "Other", "BRIVA"] },
    mobile: { name: "BRImo", menu: ["BRIVA"] },
    internet: { name: "BRI Internet Banking", menu: ["Payment", "BRIVA"] },
  },
  MANDIRI: {
    atm: { name: "Mandiri ATM", menu: ["Pay/Purchase", "Multi Payment"] },
    mobile: { name: "Livin' by Mandiri", menu: ["Payment", "Virtual Account"] },
    internet: { name: "Mandiri Internet Banking", menu: ["Payment", "Multi Payment"] },
  },
  PERMATA: {
    atm: {
      name: "Permata ATM",
      menu: ["Other transactions", "Payment", "Other payments", "Virtual Account"],
    },
    mobile: { name: "PermataMobile X", menu: ["Pay bills", "Virtual Account"] },
    internet: { name: "PermataNet", menu: ["Payment", "Virtual Account"] },
  },
  CIMB: {
    atm: { name: "CIMB Niaga ATM", menu: ["Transfer", "Virtual Account"] },
    mobile: { name: "OCTO Mobile", menu: ["Transfer", "Virtual Account"] },
    internet: { name: "OCTO Clicks", menu: ["Transfer", "Virtual Account"] },
  },
  BSI: {
    atm: { name: "BSI ATM", menu: ["Payment/Purchase", "Others", "Virtual Account"] },
    mobile: { name: "BSI Mobile", menu: ["Payment", "Virtual Account"] },
    internet: { name: "BSI Net Banking", menu: ["Payment", "Virtual Account"] },
  },
  BNC: {
    atm: {
      name: "any ATM Bersama or Prima ATM",
      menu: ["Transfer", "To another bank", "Bank Neo Commerce (490)"],
    },
    mobile: { name: "neobank", menu: ["Transfer", "Virtual Account"] },
    internet: { name: "your bank's internet banking", menu: ["Online transfer", "Bank Neo Commerce (490)"] },
  },
  DANAMON: {
    atm: { name: "Danamon ATM", menu: ["Payment", "Other", "Virtual Account"] },
    mobile: { name: "D-Bank PRO", menu: ["Payment", "Virtual Account"] },
    internet: { name: "Danamon Online Banking", menu: ["Payment", "Virtual Account"] },
  },
};

const KIND_LABELS: Record<VaChannelKind, string> = {
  atm: "ATM",
  mobile: "Mobile banking",
  internet: "Internet banking",
};

export interface VaInstructionTab {
  kind: VaChannelKind;
  /** "ATM", "Mobile banking (BCA mobile)", ... */
  label: string;
  steps: string[];
}

/** The three ways to pay this bank's virtual account, as numbered steps; [] for an unknown bank. */
export function vaInstructions(channel: string, vaNumber: string, amount: string): VaInstructionTab[] {
  const bank = (BANKS as Record<string, Record<VaChannelKind, Where>>)[channel];
  if (!bank || !Object.hasOwn(BANKS, channel)) return [];
  return (["atm", "mobile", "internet"] as const).map((kind) => {
    const where = bank[kind];
    const start =
      kind === "atm" ? `Insert your card at ${where.name} and enter your PIN.` : `Sign in to ${where.name}.`;
    return {
      kind,
      label: kind === "atm" ? KIND_LABELS.atm : `${KIND_LABELS[kind]} (${where.name})`,
      steps: [
        start,
        `Choose ${where.menu.join(" › ")}.`,
        `Enter the virtual account number ${vaNumber}.`,
        `Check that the amount is ${amount} and the name is our store's, then confirm.`,
        "Keep the receipt. This page updates by itself once the bank tells us.",
      ],
    };
  });
}
