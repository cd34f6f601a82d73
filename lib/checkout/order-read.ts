import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { preparedOn } from "@/lib/db/prepared";
import { orders, payments } from "@/lib/db/schema";
import type { OrderItem } from "@/lib/orders/repository";
import type { OrderDetail } from "./order-store";

/**
 * The status endpoint's hot path: an order, its payment and its items, for a poll every second.
 *
 * Each process keeps the details it read last, each with its order row's version (Postgres's
 * `xmin`, which every update of the row changes). A poll then asks only for that version, one
 * column by primary key, and reads everything again when it moved. That is sound because nothing
 * a view shows changes without an update of the order row: items never change once the order is
 * placed, and the payment row is written only by `applyPaymentSnapshot`, whose transaction always
 * updates the order (`markOrderSynced`). Every instance checks the database on every read, so no
 * instance serves what another has changed.
 */

/** The items as the detail query aggregates them (one row per order, items as JSON). */
const ITEMS_JSON = sql<OrderItem[]>`coalesce((
  select json_agg(json_build_object('id', i.id, 'orderId', i.order_id, 'productId', i.product_id,
    'name', i.name, 'unitPrice', i.unit_price, 'quantity', i.quantity, 'lineTotal', i.line_total)
    order by i.id)
  from order_items i where i.order_id = ${orders.id}), '[]'::json)`;

const ROW_VERSION = sql<string>`${orders}.xmin::text`;

const detailQuery = preparedOn((db) =>
  db
    .select({ order: orders, payment: payments, items: ITEMS_JSON, version: ROW_VERSION })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(eq(orders.id, sql.placeholder("orderId")))
    .limit(1)
    .prepare("order_detail"),
);

const versionQuery = preparedOn((db) =>
  db
    .select({ version: ROW_VERSION })
    .from(orders)
    .where(eq(orders.id, sql.placeholder("orderId")))
    .limit(1)
    .prepare("order_version"),
);

/** Details kept per database (tests open several), the most recently read last. */
const KEPT = 2_000;
const kept = new WeakMap<Db, Map<string, { version: string; detail: OrderDetail }>>();

function keptFor(db: Db): Map<string, { version: string; detail: OrderDetail }> {
  let details = kept.get(db);
  if (!details) {
    details = new Map();
    kept.set(db, details);
  }
  return details;
}

/**
 * The order, its payment and its items: one indexed query, and while the order has not changed
 * since this process last read it, a query for its version alone. The answer is shared: read-only.
 */
export async function readOrderDetail(db: Db, orderId: string): Promise<OrderDetail | undefined> {
  const details = keptFor(db);
  const known = details.get(orderId);
  if (known) {
    const [now] = await versionQuery(db).execute({ orderId });
    if (now?.version === known.version) return known.detail;
  }
  details.delete(orderId);
  const [row] = await detailQuery(db).execute({ orderId });
  if (!row) return undefined;
  const items = row.items.map((item) => ({
    ...item,
    unitPrice: Number(item.unitPrice),
    lineTotal: Number(item.lineTotal),
  }));
  const detail = { order: row.order, payment: row.payment, items };
  details.set(orderId, { version: row.version, detail });
  if (details.size > KEPT) details.delete(details.keys().next().value!);
  return detail;
}
