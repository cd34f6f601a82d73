import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { currentCart } from "@/lib/cart";
import { readCartId } from "@/lib/cart/cookie";
import { removeLine, setLineQuantity } from "@/lib/cart/repository";
import { ProductIdParam, SetQuantityInput } from "@/lib/cart/rules";
import { database } from "@/lib/server/deps";
import { errorResponse, handler, jsonResponse, parseJsonBody, parseParam } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ productId: string }> };

export const PATCH = handler(async (request: Request, { params }: Context) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const productId = parseParam((await params).productId, ProductIdParam, "productId");
  if (!productId.ok) return errorResponse(productId.error);
  const input = await parseJsonBody(request, SetQuantityInput);
  if (!input.ok) return errorResponse(input.error);
  const updated = await setLineQuantity(
    await database(),
    await readCartId(),
    productId.data,
    input.data.quantity,
  );
  if (!updated.ok) return errorResponse(updated.error);
  return jsonResponse({ cart: await currentCart() });
});

export const DELETE = handler(async (request: Request, { params }: Context) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const productId = parseParam((await params).productId, ProductIdParam, "productId");
  if (!productId.ok) return errorResponse(productId.error);
  const removed = await removeLine(await database(), await readCartId(), productId.data);
  if (!removed.ok) return errorResponse(removed.error);
  return jsonResponse({ cart: await currentCart() });
});
