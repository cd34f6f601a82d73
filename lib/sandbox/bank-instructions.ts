import { BANK_NAMES } from "@/lib/banks";
import type { VaChannel } from "@/lib/harsya/wire";

/**
 * How to pay a virtual account at each bank, as the hosted page shows it. The gateway's docs do
 * not publish these steps; they follow the banks' usual menus and are illustrative only.
 */

export interface BankInstructions {
  name: string;
  atm: string[];
  mobile: { app: string; steps: string[] };
  internet: { site: string; steps: string[] };
}

interface BankMenus {
  atmMenu: string;
  app: string;
  appMenu: string;
  site: string;
  siteMenu: string;
}

const MENUS: Record<VaChannel, BankMenus> = {
  BCA: {
    atmMenu: "Other Transactions › Transfer › To BCA Virtual Account",
    app: "BCA mobile",
    appMenu: "m-Transfer › BCA Virtual Account",
    site: "KlikBCA",
    siteMenu: "Fund Transfer › Transfer to BCA Virtual Account",
  },
  BNI: {
    atmMenu: "Other Menu › Transfer › Virtual Account Billing",
    app: "BNI Mobile Banking",
    appMenu: "Transfer › Virtual Account Billing",
    site: "BNI Internet Banking",
    siteMenu: "Transfer › Virtual Account Billing",
  },
  BRI: {
    atmMenu: "Other Transactions › Payment › Other › BRIVA",
    app: "BRImo",
    appMenu: "Payment › BRIVA",
    site: "BRI Internet Banking",
    siteMenu: "Payment › BRIVA",
  },
  MANDIRI: {
    atmMenu: "Pay/Buy › Others › Multi Payment",
    app: "Livin' by Mandiri",
    appMenu: "Pay › Virtual Account",
    site: "Mandiri Internet Banking",
    siteMenu: "Payment › Multi Payment",
  },
  PERMATA: {
    atmMenu: "Other Transactions › Payment › Other Payments › Virtual Account",
    app: "PermataMobile X",
    appMenu: "Pay Bills › Virtual Account",
    site: "PermataNet",
    siteMenu: "Payment › Virtual Account",
  },
  CIMB: {
    atmMenu: "Transfer › Other CIMB Niaga Account › Virtual Account",
    app: "OCTO Mobile",
    appMenu: "Transfer › Virtual Account",
    site: "OCTO Clicks",
    siteMenu: "Transfer › CIMB Niaga Virtual Account",
  },
  BSI: {
    atmMenu: "Payment/Purchase › Others › Virtual Account",
    app: "BSI Mobile",
    appMenu: "Payment › Virtual Account",
    site: "BSI Net Banking",
    siteMenu: "Payment › Virtual Account",
  },
  BNC: {
    atmMenu: "Transfer › Other Bank › Bank Neo Commerce (490)",
    app: "neobank",
    appMenu: "Transfer › Virtual Account",
    site: "neobank web",
    siteMenu: "Transfer › Virtual Account",
  },
  DANAMON: {
    atmMenu: "Payment › Others › Virtual Account",
    app: "D-Bank PRO",
    appMenu: "Payment › Virtual Account",
    site: "Danamon Internet Banking",
    siteMenu: "Payment › Virtual Account",
  },
};

/** A translator rooted at "sandbox.va.steps" (the page passes next-intl's). */
export type StepWords = (key: string, values?: Record<string, string>) => string;

export function bankInstructions(channel: VaChannel, t: StepWords): BankInstructions {
  const bank = { ...MENUS[channel], name: BANK_NAMES[channel] };
  const check = t("check");
  return {
    name: bank.name,
    atm: [
      t("atmCard", { bank: bank.name }),
      t("choose", { menu: bank.atmMenu }),
      t("enterNumber"),
      check,
      t("keepReceipt"),
    ],
    mobile: {
      app: bank.app,
      steps: [
        t("openApp", { app: bank.app }),
        t("choose", { menu: bank.appMenu }),
        t("pasteNumber"),
        check,
        t("authorisePin"),
      ],
    },
    internet: {
      site: bank.site,
      steps: [
        t("signIn", { site: bank.site }),
        t("choose", { menu: bank.siteMenu }),
        t("enterNumber"),
        check,
        t("authoriseToken"),
      ],
    },
  };
}
