import "server-only";
import { toBuffer, toString } from "qrcode";
import type { SandboxDeps } from "./deps";
import { failures } from "./envelope";
import { findSessionByCharge } from "./store";

/**
 * QRIS codes as images, drawn on the server by the `qrcode` library: an SVG data URL for the
 * hosted page (no QR code ships to the browser as JavaScript) and the PNG behind a charge's
 * `qrUrl`, which integrations show as an image.
 */

const RENDER = { errorCorrectionLevel: "M", margin: 2 } as const;

export async function qrSvgDataUrl(content: string): Promise<string> {
  const svg = await toString(content, { ...RENDER, type: "svg" });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}

export function qrPng(content: string): Promise<Buffer> {
  return toBuffer(content, { ...RENDER, type: "png", width: 360 });
}

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.png$/;

/** `GET /sandbox/qr/{chargeId}.png`: public like the gateway's, unguessable by its random charge id. */
export async function qrImageResponse(deps: SandboxDeps, file: string): Promise<Response> {
  const match = FILE.exec(file);
  if (!match?.[1]) throw failures.endpointMissing();
  const chargeId = match[1];
  const stored = await findSessionByCharge(await deps.db(), deps.clientId, chargeId);
  const qr = stored?.session.chargeDetails?.find((charge) => charge.id === chargeId)?.qr;
  if (!qr) throw failures.endpointMissing();
  const png = await qrPng(qr.qrContent);
  return new Response(new Uint8Array(png), {
    status: 200,
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      // A charge's QR never changes.
      "Cache-Control": "private, max-age=3600, immutable",
    },
  });
}
