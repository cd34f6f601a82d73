import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { seedCatalog } from "@/lib/db/seed";

/**
 * 100x the demo's data, made by the database itself (generate_series, one statement per table and
 * batch), so it takes seconds on PGlite and PostgreSQL alike: products up to `products`, then
 * `orders` orders spread over the past year, each with an item, a payment session and a timeline.
 * Settled orders only, but for the newest few: nothing here gives the reconcile cron work.
 */
export interface ScaleSize {
  products: number;
  orders: number;
}

export const SCALE: ScaleSize = { products: 10_000, orders: 100_000 };
const BATCH = 25_000;

export async function seedScale(
  db: Db,
  size: ScaleSize = SCALE,
): Promise<{ products: number; orders: number }> {
  await seedCatalog(db);
  await db.execute(sql`
    insert into products (slug, name, description, price, stock, image)
    select 'scale-product-' || g, 'Scale product ' || g,
      'A product of the scale benchmark, number ' || g || '.',
      10000 + (g % 200) * 5000, 50 + g % 100,
      (select image from products order by id limit 1)
    from generate_series((select count(*) from products) + 1, ${size.products}) as g
    on conflict (slug) do nothing`);
  const start = (await countRows(db)).orders;
  for (let from = start + 1; from <= start + size.orders; from += BATCH) {
    await insertBatch(db, from, Math.min(from + BATCH - 1, start + size.orders));
  }
  await db.execute(sql`analyze`);
  return countRows(db);
}

async function countRows(db: Db): Promise<{ products: number; orders: number }> {
  // PGlite and node-postgres both answer { rows }.
  const result = (await db.execute(
    sql`select (select count(*) from products)::int as products, (select count(*) from orders)::int as orders`,
  )) as unknown as { rows: { products: number; orders: number }[] };
  const [row] = result.rows;
  if (!row) throw new Error("Counting rows answered nothing");
  return row;
}

async function insertBatch(db: Db, from: number, to: number): Promise<void> {
  // Order g: its id and session are derived from g, so every table joins back without lookups.
  await db.execute(sql`
    insert into orders (id, reference, status, checkout_key, customer_name, email, phone_number,
      method, channel, amount, expires_at, created_at, updated_at, paid_at, closed_at, last_synced_at)
    select md5('scale-order-' || g)::uuid::text, 'HC' || lpad(g::text, 10, '0'),
      (array['PAID','PAID','PAID','PAID','PAID','PAID','EXPIRED','FAILED','CANCELLED','PAID'])[1 + g % 10],
      md5('scale-key-' || g), 'Scale Shopper ' || g, 'shopper' || g || '@scale.example', '81234567890',
      (array['VIRTUAL_ACCOUNT','QR','EWALLET','CARD'])[1 + g % 4],
      (array['BCA',null,'DANA',null])[1 + g % 4],
      p.price, t.at + interval '15 minutes', t.at, t.at + interval '5 minutes',
      case when g % 10 in (0,1,2,3,4,5,9) then t.at + interval '3 minutes' end,
      t.at + interval '5 minutes', t.at + interval '5 minutes'
    from generate_series(${from}::int, ${to}::int) as g
    cross join lateral (select now() - interval '1 hour' - g * interval '5 minutes' as at) t
    join products p on p.id = 1 + g % (select max(id) from products)`);
  await db.execute(sql`
    insert into order_items (order_id, product_id, name, unit_price, quantity, line_total)
    select o.id, p.id, p.name, p.price, 1, p.price
    from generate_series(${from}::int, ${to}::int) as g
    join orders o on o.id = md5('scale-order-' || g)::uuid::text
    join products p on p.id = 1 + g % (select max(id) from products)`);
  await db.execute(sql`
    insert into payments (id, order_id, request_id, status, payment_url, auto_confirm, method, channel,
      va_number, expires_at, paid_at, created_at, updated_at)
    select 'ps_scale_' || g, o.id, md5('scale-request-' || g),
      case o.status when 'PAID' then 'PAID' when 'EXPIRED' then 'EXPIRED' else 'CANCELLED' end,
      null, true, o.method, o.channel,
      case when o.method = 'VIRTUAL_ACCOUNT' then lpad(g::text, 16, '8') end,
      o.expires_at, o.paid_at, o.created_at, o.updated_at
    from generate_series(${from}::int, ${to}::int) as g
    join orders o on o.id = md5('scale-order-' || g)::uuid::text`);
  await db.execute(sql`
    insert into order_events (order_id, type, message, actor, data, created_at)
    select o.id, e.type, e.message, e.actor, e.data, o.created_at + e.after
    from generate_series(${from}::int, ${to}::int) as g
    join orders o on o.id = md5('scale-order-' || g)::uuid::text
    cross join lateral (values
      ('ORDER_CREATED', 'Order ' || o.reference || ' created for 1 product(s); stock reserved.', 'shopper',
        jsonb_build_object('amount', o.amount), interval '0'),
      ('SESSION_CREATED', 'Payment session ps_scale_' || g || ' created.', 'shopper',
        jsonb_build_object('sessionId', 'ps_scale_' || g), interval '1 second'),
      ('STATUS_CHANGED', 'PENDING_PAYMENT → ' || o.status || ': callback.', 'gateway',
        jsonb_build_object('from', 'PENDING_PAYMENT', 'to', o.status), interval '3 minutes')
    ) as e(type, message, actor, data, after)`);
}
