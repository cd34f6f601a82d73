import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import { checkoutDeps } from "@/lib/checkout/deps";
import { CheckoutInput } from "@/lib/checkout/input";
import { startCheckout } from "@/lib/checkout/start";
import { errorResponse, handler, jsonResponse, parseJsonBody } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const input = await parseJsonBody(request, CheckoutInput);
  if (!input.ok) return errorResponse(input.error);
  const started = await startCheckout(await checkoutDeps(), {
    cartId: await readCartId(),
    userId: (await currentUser())?.id ?? null,
    input: input.data,
  });
  if (!started.ok) return errorResponse(started.error);
  return jsonResponse(started.data, { status: 201 });
});
