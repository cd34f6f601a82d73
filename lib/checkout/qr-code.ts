import "server-only";
import { toBuffer } from "qrcode";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { findViewableOrder, type Viewer } from "./status";

export interface QrImage {
  png: Uint8Array<ArrayBuffer>;
  /** The order's reference, to name a downloaded file. */
  reference: string;
}

/**
 * The order's QRIS code as a PNG, drawn here from the stored `qrContent` (the gateway's `qrUrl` may
 * be empty, and no QR library ships to the browser). Only while the order waits for it to be paid,
 * and only for a viewer who may see the order (anyone else: not found).
 */
export async function orderQrCode(
  deps: Pick<CheckoutDeps, "db">,
  request: { orderId: string; viewer: Viewer },
): Promise<Result<QrImage>> {
  const detail = await findViewableOrder(deps, request.orderId, request.viewer);
  if (!detail) return fail({ code: "order_not_found" });
  const content = detail.payment?.qrContent;
  if (detail.order.status !== "PENDING_PAYMENT" || !content) return fail({ code: "qr_not_available" });
  const png = await toBuffer(content, { errorCorrectionLevel: "M", margin: 2, type: "png", width: 480 });
  return ok({ png: new Uint8Array(png), reference: detail.order.reference });
}
