import { getTranslations } from "next-intl/server";
import { currentOpenPayment, describeOpenPayment } from "@/components/checkout/open-payment";
import type { Shopper } from "@/components/ui/shopper-store";
import { currentUser } from "@/lib/auth/session";
import { currentCart } from "@/lib/cart";
import { handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * What the cached catalog pages' header shows of this browser: its cart's item count, who is
 * signed in, and the cart's open payment worded in the visitor's language. Read-only; no input.
 */
export const GET = handler(async () => {
  const [cart, user, open] = await Promise.all([currentCart(), currentUser(), currentOpenPayment()]);
  let openPayment: Shopper["openPayment"] = null;
  if (open) {
    const [t, words] = await Promise.all([getTranslations("common.openPayment"), describeOpenPayment(open)]);
    openPayment = {
      orderId: open.orderId,
      hint: t("hint", { amount: words.amount, deadline: words.deadline }),
    };
  }
  const shopper: Shopper = {
    cartCount: cart.count,
    user: user ? { email: user.email, isAdmin: user.isAdmin } : null,
    openPayment,
  };
  return jsonResponse(shopper, { headers: { "Cache-Control": "private, no-store" } });
});
