import type { PaymentPageAnswer } from "@/lib/api/schemas";
import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import { requestLocale } from "@/lib/i18n/request";
import { appDeps } from "@/lib/server/deps";
import { rememberContactPrefill } from "@/lib/checkout/contact-prefill";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";
import { CheckoutInput } from "@/lib/checkout/input";
import { startCheckout } from "@/lib/checkout/start";
import { clientAddress, errorResponse, handler, jsonResponse, parseJsonBody } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const input = await parseJsonBody(request, CheckoutInput);
  if (!input.ok) return errorResponse(input.error);
  const deps = await appDeps();
  const started = await startCheckout(deps, {
    cartId: await readCartId(),
    userId: (await currentUser())?.id ?? null,
    clientAddress: clientAddress(request),
    input: input.data,
    locale: await requestLocale(),
    // "Order placed" is written with the order's session: send it after the response.
    onWrite: () => deliverOutboxAfterResponse(deps),
  });
  if (!started.ok) return errorResponse(started.error);
  const { fullName, email, phone } = input.data;
  await rememberContactPrefill({ fullName, email, phone: `0${phone}` }); // a Back finds the form filled
  return jsonResponse(started.data satisfies PaymentPageAnswer, { status: 201 });
});
