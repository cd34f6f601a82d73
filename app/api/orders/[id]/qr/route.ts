import { orderQrCode } from "@/lib/checkout/qr-code";
import { errorResponse, handler } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

/** The order's QRIS code as a PNG; `?download=1` asks the browser to save it. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const drawn = await orderQrCode(await appDeps(), {
    orderId: (await params).id,
    viewer: await currentViewer(),
  });
  if (!drawn.ok) return errorResponse(drawn.error);
  const download = new URL(request.url).searchParams.has("download");
  return new Response(drawn.data.png, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(drawn.data.png.byteLength),
      // Whose order it is decides who may fetch it: never a shared cache.
      "Cache-Control": "private, no-store",
      ...(download
        ? { "Content-Disposition": `attachment; filename="QRIS-${drawn.data.reference}.png"` }
        : {}),
    },
  });
});
