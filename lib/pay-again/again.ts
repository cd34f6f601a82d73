import "server-only";
import { inArray } from "drizzle-orm";
import { addToCart, readCart, setLineQuantity } from "@/lib/cart/repository";
import { MAX_LINE_QUANTITY } from "@/lib/cart/rules";
import type { ContactPrefill } from "@/lib/checkout/contact-prefill";
import type { CheckoutDeps } from "@/lib/checkout/deps";
import { findOrderDetail, type OrderDetail } from "@/lib/checkout/order-store";
import { findViewableOrder, type Viewer } from "@/lib/checkout/status";
import type { Db } from "@/lib/db";
import { products } from "@/lib/db/schema";
import { lineTotal, sumRupiah } from "@/lib/money";
import { isOrderId } from "@/lib/orders/identifiers";
import type { Order } from "@/lib/orders/repository";
import type { OrderStatus } from "@/lib/orders/state";
import { fail, ok, type Result } from "@/lib/result";
import { checkPayAgainToken } from "./token";

/**
 * "Pay again": an ended, unpaid order becomes a new checkout of the same items at today's prices
 * and stock. The page shows the order read-only with what changed; only the shopper's POST puts
 * the items in this browser's cart (and keeps the contact details for the checkout form).
 */

export const AGAIN_STATUSES: readonly OrderStatus[] = ["EXPIRED", "FAILED", "CANCELLED"];
export const canPayAgain = (status: OrderStatus) => AGAIN_STATUSES.includes(status);

export interface PayAgainDeps {
  db: Db;
  /** AUTH_SECRET: the emailed link's token is keyed from it. */
  secret: string;
  now: Date;
}

export interface PayAgainRequest {
  orderId: string;
  /** The emailed link's token, if the shopper came from the email. */
  token?: string | null;
  viewer: Viewer;
}

export type Access = { ok: true; detail: OrderDetail } | { ok: false; reason: "expired" | "not_found" };

/** The order, for its own browser or account, or for the holder of a valid link; nobody else. */
export async function payAgainAccess(deps: PayAgainDeps, request: PayAgainRequest): Promise<Access> {
  if (!isOrderId(request.orderId)) return { ok: false, reason: "not_found" };
  const check = checkPayAgainToken(deps.secret, request.orderId, request.token, deps.now);
  const detail =
    check === "valid"
      ? await findOrderDetail(deps.db, request.orderId)
      : await findViewableOrder(deps, request.orderId, request.viewer);
  if (detail) return { ok: true, detail };
  return { ok: false, reason: check === "expired" ? "expired" : "not_found" };
}

export type LineChange = "same" | "price" | "fewer" | "out_of_stock";

export interface AgainLine {
  productId: number;
  name: string;
  ordered: number;
  /** What goes into the cart now: the ordered quantity, or what is left of it. */
  quantity: number;
  unitPriceThen: number;
  unitPriceNow: number;
  lineTotal: number;
  change: LineChange;
}

export interface AgainPlan {
  order: Order;
  lines: AgainLine[];
  /** Today's total of what can be bought. */
  total: number;
  outOfStock: number;
  fewer: number;
  repriced: number;
}

/** The order's items at today's prices and stock (a product removed from the shop is out of stock). */
export async function planPayAgain(db: Db, detail: OrderDetail): Promise<AgainPlan> {
  const ids = detail.items.map((item) => item.productId);
  const rows = ids.length ? await db.select().from(products).where(inArray(products.id, ids)) : [];
  const now = new Map(rows.map((row) => [row.id, row]));
  const lines = detail.items.map((item): AgainLine => {
    const product = now.get(item.productId);
    const quantity = Math.min(item.quantity, product?.stock ?? 0, MAX_LINE_QUANTITY);
    const unitPriceNow = product?.price ?? item.unitPrice;
    const change: LineChange =
      quantity === 0
        ? "out_of_stock"
        : quantity < item.quantity
          ? "fewer"
          : unitPriceNow !== item.unitPrice
            ? "price"
            : "same";
    return {
      productId: item.productId,
      name: product?.name ?? item.name,
      ordered: item.quantity,
      quantity,
      unitPriceThen: item.unitPrice,
      unitPriceNow,
      lineTotal: lineTotal(unitPriceNow, quantity),
      change,
    };
  });
  const count = (change: LineChange) => lines.filter((line) => line.change === change).length;
  return {
    order: detail.order,
    lines,
    total: sumRupiah(lines.map((line) => line.lineTotal)),
    outOfStock: count("out_of_stock"),
    fewer: count("fewer"),
    repriced: lines.filter((line) => line.quantity > 0 && line.unitPriceNow !== line.unitPriceThen).length,
  };
}

/** The contact details the checkout form starts with: the ended order's. */
export function contactOf(order: Order): ContactPrefill {
  const phone = order.phoneCountryCode === "+62" ? `0${order.phoneNumber}` : order.phoneNumber;
  return { fullName: order.customerName, email: order.email, phone };
}

/**
 * The shopper's "Pay again": puts what is available of the order's items into this browser's cart
 * (keeping anything already there, never lowering a line), and answers the cart id to keep and the
 * contact details to prefill. The new order is made by the checkout, priced there as always.
 */
export async function payAgain(
  deps: PayAgainDeps & Pick<CheckoutDeps, "db">,
  request: PayAgainRequest,
): Promise<Result<{ cartId: string; contact: ContactPrefill }>> {
  const access = await payAgainAccess(deps, request);
  if (!access.ok) return fail({ code: "order_not_found" });
  if (!canPayAgain(access.detail.order.status)) return fail({ code: "order_not_payable" });
  const plan = await planPayAgain(deps.db, access.detail);
  const wanted = plan.lines.filter((line) => line.quantity > 0);
  if (wanted.length === 0) return fail({ code: "insufficient_stock", messageKey: "sold_out" });

  let cartId = request.viewer.cartId;
  const cart = await readCart(deps.db, cartId);
  for (const line of wanted) {
    const current = cart.lines.find((l) => l.productId === line.productId)?.quantity ?? 0;
    if (current >= line.quantity) continue;
    if (current > 0 && cartId) {
      const set = await setLineQuantity(deps.db, cartId, line.productId, line.quantity);
      if (!set.ok) return fail(set.error);
    } else {
      const added = await addToCart(deps.db, cartId, { productId: line.productId, quantity: line.quantity });
      if (!added.ok) return fail(added.error);
      cartId = added.data.cartId;
    }
  }
  return ok({ cartId: cartId!, contact: contactOf(plan.order) });
}
