import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { currentCart } from "@/lib/cart";
import { readCartId, writeCartId } from "@/lib/cart/cookie";
import { addToCart } from "@/lib/cart/repository";
import { AddToCartInput } from "@/lib/cart/rules";
import { database } from "@/lib/server/deps";
import { errorResponse, handler, jsonResponse, parseJsonBody } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const input = await parseJsonBody(request, AddToCartInput);
  if (!input.ok) return errorResponse(input.error);
  const cartId = await readCartId();
  const added = await addToCart(await database(), cartId, input.data);
  if (!added.ok) return errorResponse(added.error);
  if (added.data.cartId !== cartId) await writeCartId(added.data.cartId);
  return jsonResponse({ cart: await currentCart() }, { status: 201 });
});
