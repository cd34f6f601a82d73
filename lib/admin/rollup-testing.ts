import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { dashboardDays, dashboardMethodDays } from "@/lib/db/schema";

/**
 * For tests: the dashboard roll-up's tables beside what the live queries it replaced count from
 * the orders, payments and refunds themselves; the two must be equal.
 */
export async function rollupAndLive(db: Db) {
  const [rollup, live] = await Promise.all([rollupTables(db), liveTables(db)]);
  return { rollup, live };
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The dashboard's numbers as the live queries counted them before the roll-up. */
async function liveTables(db: Db) {
  const funnel = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select (date '1970-01-01' + floor((extract(epoch from o.created_at) + 25200) / 86400)::int)::text as day,
        coalesce(o.channel, p.channel, o.method, p.method, '') as method, count(*)::int as created,
        (count(*) filter (where o.status = 'PAID'))::int as paid,
        (count(*) filter (where o.status = 'EXPIRED'))::int as expired,
        (count(*) filter (where o.status = 'FAILED'))::int as failed
      from orders o join payments p on p.order_id = o.id group by 1, 2 order by 1, 2`),
  );
  const days = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select day::text, sum(paid_count)::int as "paidCount", sum(paid_amount)::bigint as "paidAmount",
        sum(refund_count)::int as "refundCount", sum(refund_amount)::bigint as "refundAmount"
      from (
        select date '1970-01-01' + floor((extract(epoch from paid_at) + 25200) / 86400)::int as day,
          1 as paid_count, amount as paid_amount, 0 as refund_count, 0 as refund_amount
        from orders where status = 'PAID' and paid_at is not null
        union all
        select date '1970-01-01' + floor((extract(epoch from updated_at) + 25200) / 86400)::int,
          0, 0, 1, amount
        from refunds where status = 'SUCCESS'
      ) as shares group by 1 order by 1`),
  );
  return {
    funnel,
    days: days.map((row) => ({
      ...row,
      paidAmount: Number(row.paidAmount),
      refundAmount: Number(row.refundAmount),
    })),
  };
}

/** The roll-up's rows, those counting nothing left out (a share that moved away leaves zeros). */
async function rollupTables(db: Db) {
  const funnel = await db
    .select()
    .from(dashboardMethodDays)
    .orderBy(dashboardMethodDays.day, dashboardMethodDays.method);
  const days = await db.select().from(dashboardDays).orderBy(dashboardDays.day);
  return {
    funnel: funnel.filter((row) => row.created !== 0 || row.paid || row.expired || row.failed),
    days: days.filter((row) => row.paidCount !== 0 || row.paidAmount || row.refundCount || row.refundAmount),
  };
}
