import { describe, expect, it } from "vitest";
import { formatRupiah } from "@/lib/money";
import { composeMail } from "./compose";
import { MailPayload } from "./payload";

const base = MailPayload.parse({
  template: "placed",
  to: "budi@example.com",
  locale: "en",
  orderId: "3f1c2f0e-6a36-4f0e-9a53-1f7b0a1c2d3e",
  reference: "HC7K3M9Q2X4T",
  customerName: "Budi <Santoso>",
  email: "budi@example.com",
  items: [{ name: "Teh Melati", quantity: 2, unitPrice: 48_000, lineTotal: 96_000 }],
  amount: 96_000,
  expiresAt: "2026-11-26T10:15:00.000Z",
  closedAt: "2026-11-26T10:15:00.000Z",
  payment: {
    method: "QR",
    channel: null,
    vaNumber: null,
    vaName: null,
    qrContent: "00020101021226570011ID.CO.QRIS.WWW",
    paymentUrl: "https://pay.example/s/1",
  },
});
const context = { storeName: "Toko", orderUrl: "https://shop.example/orders/x", payAgainDays: 7 };

describe("composeMail", () => {
  it("shows a QRIS payment as an inline image in the HTML, and says the same in the text part", async () => {
    const mail = await composeMail(base, context);
    expect(mail.subject).toBe("Order HC7K3M9Q2X4T placed: how to pay");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.contentType).toBe("image/png");
    expect(mail.html).toContain(`src="cid:${mail.attachments[0]!.cid}"`);
    expect(mail.html).toContain("Budi &lt;Santoso&gt;");
    expect(mail.html).not.toContain("<Santoso>");
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain(formatRupiah(96_000));
      expect(part).toContain("https://pay.example/s/1");
      expect(part).toContain("HC7K3M9Q2X4T");
    }
  });

  it("writes an ended order's email in its language, with the pay-again link in both parts", async () => {
    const payAgainUrl = "https://shop.example/orders/x/again?token=abc";
    const mail = await composeMail(
      { ...base, template: "expired", locale: "id", payment: null },
      {
        ...context,
        payAgainUrl,
      },
    );
    expect(mail.subject).toBe("Pesanan HC7K3M9Q2X4T kedaluwarsa");
    expect(mail.html).toContain('lang="id"');
    expect(mail.text).toContain(`Bayar lagi: ${payAgainUrl}`);
    expect(mail.html).toContain(`href="${payAgainUrl.replace("&", "&amp;")}"`);
    expect(mail.attachments).toEqual([]);
  });
});
