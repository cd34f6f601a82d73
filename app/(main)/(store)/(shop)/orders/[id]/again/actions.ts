"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { text } from "@/lib/bounds";
import { writeCartId } from "@/lib/cart/cookie";
import { rememberContactPrefill } from "@/lib/checkout/contact-prefill";
import { payAgain } from "@/lib/pay-again/again";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";

const PayAgainForm = z.object({ orderId: text().max(64), token: text().max(100).optional() });

/** "Pay again": the items go into this browser's cart, the contact details into the checkout form. */
export async function payAgainAction(form: FormData): Promise<void> {
  const parsed = PayAgainForm.safeParse({
    orderId: form.get("orderId"),
    token: form.get("token") || undefined,
  });
  if (!parsed.success) redirect("/");
  const { orderId, token } = parsed.data;
  const deps = await appDeps();
  const done = await payAgain(
    { db: deps.db, secret: deps.config.auth.secret, now: deps.clock.now() },
    { orderId, token, viewer: await currentViewer() },
  );
  if (!done.ok) {
    const query = new URLSearchParams({ ...(token ? { token } : {}), failed: "1" });
    redirect(`/orders/${encodeURIComponent(orderId)}/again?${query}`);
  }
  await writeCartId(done.data.cartId);
  await rememberContactPrefill(done.data.contact);
  redirect("/checkout");
}
