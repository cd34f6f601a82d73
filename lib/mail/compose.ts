import "server-only";
import { createTranslator } from "next-intl";
import { toBuffer } from "qrcode";
import { vaInstructions, type HowToPayWords } from "@/lib/checkout/va-instructions";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import { formatRupiah } from "@/lib/money";
import { formatDateTime, formatDeadline } from "@/lib/time";
import { renderHtml, renderText, type Block } from "./document";
import type { MailPayload } from "./payload";

export interface ComposedMail {
  subject: string;
  html: string;
  text: string;
  /** Inline images the HTML shows by `cid:`. */
  attachments: { cid: string; filename: string; contentType: string; content: Buffer }[];
}

export interface ComposeContext {
  storeName: string;
  /** The order's page on the shop: where "Open the payment page" and the receipt lead. */
  orderUrl: string;
  /** The signed "Pay again" link, for an ended order. */
  payAgainUrl?: string;
  payAgainDays: number;
}

const QR_CID = "qris@harsya-checkout";

/** The email a payload describes, in the payload's language: subject, HTML part, text part. */
export async function composeMail(payload: MailPayload, context: ComposeContext): Promise<ComposedMail> {
  const { locale, reference } = payload;
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "email" });
  const amount = formatRupiah(payload.amount);
  const deadline = formatDeadline(new Date(payload.expiresAt), locale);
  const items: Block = {
    type: "items",
    heading: t("itemsHeading"),
    lines: payload.items.map((item) => [
      t("itemLine", { quantity: item.quantity, name: item.name }),
      formatRupiah(item.lineTotal),
    ]),
    total: [t("total"), amount],
  };
  const greeting: Block = { type: "paragraph", text: t("greeting", { name: payload.customerName }) };
  const referenceRow = [t("reference"), reference] as const;
  const payAgain: Block[] = context.payAgainUrl
    ? [
        { type: "paragraph", text: t("payAgain.lead") },
        { type: "button", label: t("payAgain.action"), href: context.payAgainUrl },
        { type: "paragraph", text: t("payAgain.validity", { days: context.payAgainDays }) },
      ]
    : [];
  const attachments: ComposedMail["attachments"] = [];
  let subject: string;
  let blocks: Block[];

  switch (payload.template) {
    case "placed":
    case "reminder": {
      const intro =
        payload.template === "placed"
          ? t("placed.intro", { deadline })
          : t("reminder.intro", { amount, reference, deadline });
      subject =
        payload.template === "placed"
          ? t("placed.subject", { reference })
          : t("reminder.subject", { reference });
      const how = await howToPay(payload, context, t, { amount, deadline }, attachments);
      blocks = [
        greeting,
        { type: "paragraph", text: intro },
        ...how,
        items,
        { type: "facts", rows: [referenceRow] },
      ];
      break;
    }
    case "paid":
    case "merchantPaid": {
      const paidAt = payload.paidAt ? formatDateTime(new Date(payload.paidAt), locale) : "-";
      const facts: Block = {
        type: "facts",
        rows: [referenceRow, [t("paid.paidAt"), paidAt], [t("total"), amount]],
      };
      if (payload.template === "paid") {
        subject = t("paid.subject", { reference });
        blocks = [greeting, { type: "paragraph", text: t("paid.intro") }, facts, items];
      } else {
        subject = t("merchantPaid.subject", { reference });
        const intro = t("merchantPaid.intro", {
          name: payload.customerName,
          email: payload.email,
          reference,
        });
        blocks = [{ type: "paragraph", text: intro }, facts, items];
      }
      break;
    }
    case "expired":
      subject = t("expired.subject", { reference });
      blocks = [greeting, { type: "paragraph", text: t("expired.intro", { reference }) }, items, ...payAgain];
      break;
    case "failed":
      subject = t("failed.subject", { reference });
      blocks = [greeting, { type: "paragraph", text: t("failed.intro", { reference }) }, items, ...payAgain];
      break;
  }
  const doc = { lang: locale, subject, blocks, footer: t("footer", { store: context.storeName, reference }) };
  return { subject, html: renderHtml(doc), text: renderText(doc), attachments };
}

type EmailT = ReturnType<typeof createTranslator<(typeof CATALOGUES)["en"], "email">>;

/** The "how to pay" blocks: the VA's facts and steps, the QRIS image, or the payment page. */
async function howToPay(
  payload: MailPayload,
  context: ComposeContext,
  t: EmailT,
  shown: { amount: string; deadline: string },
  attachments: ComposedMail["attachments"],
): Promise<Block[]> {
  const payment = payload.payment;
  // The gateway's page opens in any browser; the order page only in the one that placed it.
  const href = payment?.paymentUrl ?? context.orderUrl;
  const open: Block = { type: "button", label: t("placed.openPayment"), href };
  if (payment?.method === "VIRTUAL_ACCOUNT" && payment.vaNumber && payment.channel) {
    const rows: [string, string][] = [
      [t("placed.bank"), payment.channel],
      [t("placed.vaNumber"), payment.vaNumber],
      ...(payment.vaName ? [[t("placed.vaName"), payment.vaName] as [string, string]] : []),
      [t("placed.amount"), shown.amount],
      [t("placed.deadline"), shown.deadline],
    ];
    // The banks' menus, in the order's language; the last step speaks of a web page, not an email.
    const steps = createTranslator({
      locale: payload.locale,
      messages: CATALOGUES[payload.locale],
      namespace: "orders.howToPay",
    }) as unknown as HowToPayWords;
    const groups = vaInstructions(payment.channel, payment.vaNumber, shown.amount, steps).map((tab) => ({
      label: tab.label,
      steps: tab.steps.slice(0, -1),
    }));
    return [
      { type: "heading", text: t("placed.vaHeading", { bank: payment.channel }) },
      { type: "facts", rows },
      ...(groups.length > 0 ? [{ type: "steps" as const, heading: t("placed.stepsHeading"), groups }] : []),
    ];
  }
  if (payment?.method === "QR" && payment.qrContent) {
    const png = await toBuffer(payment.qrContent, {
      errorCorrectionLevel: "M",
      margin: 2,
      type: "png",
      width: 480,
    });
    attachments.push({
      cid: QR_CID,
      filename: `qris-${payload.reference}.png`,
      contentType: "image/png",
      content: png,
    });
    return [
      { type: "heading", text: t("placed.qrHeading") },
      { type: "image", cid: QR_CID, alt: t("placed.qrAlt", { reference: payload.reference }) },
      { type: "paragraph", text: t("placed.qrBody", shown) },
      open,
    ];
  }
  return [{ type: "paragraph", text: t("placed.otherBody", { deadline: shown.deadline }) }, open];
}
