import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/rules";
import { cancelOrderPayment } from "@/lib/checkout/cancel";
import type { CheckoutDeps } from "@/lib/checkout/deps";
import { syncOrder } from "@/lib/checkout/sync";
import { parseJsonBody } from "@/lib/http";
import { isOrderId } from "@/lib/orders/identifiers";
import { fail, ok, type Result } from "@/lib/result";

/** The dashboard's two actions on an order, behind POST /api/admin/orders/[id]/{sync,cancel}. */
export const AdminCommand = z.enum(["sync", "cancel"]);
export type AdminCommand = z.infer<typeof AdminCommand>;

// The dashboard sends this only after the merchant confirmed; a bare POST does nothing.
const ConfirmedBody = z.object({
  confirm: z.literal(true, { error: "must be true: confirm the action first" }),
});

const orderNotFound = () => fail({ code: "order_not_found" });

export async function runAdminCommand(
  deps: CheckoutDeps,
  command: AdminCommand,
  request: Request,
  rawOrderId: string,
  admin: SessionUser,
): Promise<Result<{ orderId: string }>> {
  const body = await parseJsonBody(request, ConfirmedBody);
  // Well-formed JSON that is not a confirmation is unprocessable rather than bad syntax.
  if (!body.ok)
    return fail(
      body.error.code === "invalid_json" ? body.error : { code: "not_confirmed", fields: body.error.fields },
    );

  if (!isOrderId(rawOrderId)) return orderNotFound();
  const actor = admin.email;
  const done =
    command === "sync"
      ? await syncOrder(deps, rawOrderId, { actor, reason: "merchant sync", record: true })
      : await cancelOrderPayment(deps, rawOrderId, { actor });
  return done.ok ? ok({ orderId: rawOrderId }) : done;
}
