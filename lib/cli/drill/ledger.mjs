// The books every drill must leave balanced, read straight from the database: for each product,
// stock at the start = stock now + units in open orders + units in paid orders (stock comes back
// on EXPIRED, FAILED and CANCELLED); no order without items; stock never below zero.

const PAYABLE_STATUSES = "('REQUIRE_PAYMENT_METHOD','REQUIRE_CONFIRMATION','REQUIRE_ACTION','PROCESSING')";

export async function auditLedger(db, initialStock) {
  const lines = [];
  const problems = [];
  const products = await db.query(`
    select p.id, p.slug, p.stock,
      coalesce(sum(i.quantity) filter (where o.status = 'PENDING_PAYMENT'), 0)::int as reserved,
      coalesce(sum(i.quantity) filter (where o.status = 'PAID'), 0)::int as sold
    from products p
    left join order_items i on i.product_id = p.id
    left join orders o on o.id = i.order_id
    group by p.id, p.slug, p.stock
    order by p.id`);
  const unbalanced = [];
  for (const product of products) {
    const initial = initialStock[product.id]?.stock;
    if (product.stock < 0) problems.push(`oversell: ${product.slug} stock is ${product.stock}`);
    if (initial === undefined) continue;
    const accounted = product.stock + product.reserved + product.sold;
    if (accounted !== initial) {
      unbalanced.push(
        `${product.slug} ${initial} at start ≠ ${product.stock} left + ${product.reserved} reserved + ${product.sold} paid`,
      );
    }
  }
  const [{ count: withoutItems }] = await db.query(
    "select count(*)::int as count from orders o where not exists (select 1 from order_items i where i.order_id = o.id)",
  );
  const statuses = await db.query(
    "select status, count(*)::int as count from orders group by status order by status",
  );
  lines.push(
    `ledger: ${products.length - unbalanced.length}/${products.length} products balance; ` +
      `${withoutItems} orders without items; orders ${statuses.map((row) => `${row.status} ${row.count}`).join(", ") || "none"}`,
  );
  for (const line of unbalanced) problems.push(`stock does not balance: ${line}`);
  if (withoutItems > 0) problems.push(`${withoutItems} orders without items`);
  return { lines, problems };
}

/** Open orders and payable sandbox sessions per cart, for the carts that have more than one. */
export async function cartsWithSeveral(db) {
  const open = await db.query(`
    select cart_id, count(*)::int as count from orders
    where status = 'PENDING_PAYMENT' and cart_id is not null
    group by cart_id having count(*) > 1`);
  const payable = await db.query(`
    select o.cart_id, count(*)::int as count
    from sandbox_sessions s join orders o on o.reference = s.client_reference_id
    where s.status in ${PAYABLE_STATUSES} and (s.expiry_at is null or s.expiry_at > now())
    group by o.cart_id having count(*) > 1`);
  return { open, payable };
}

/** Open orders and payable sessions of the orders placed with these emails. */
export async function openByEmails(db, emails) {
  const [row] = await db.query(
    `select
       count(*) filter (where o.status = 'PENDING_PAYMENT')::int as open,
       count(*)::int as orders,
       count(distinct o.cart_id)::int as carts,
       (select count(*)::int from sandbox_sessions s join orders x on x.reference = s.client_reference_id
         where x.email = any($1) and s.status in ${PAYABLE_STATUSES}
           and (s.expiry_at is null or s.expiry_at > now())) as payable
     from orders o where o.email = any($1)`,
    [emails],
  );
  return row;
}
