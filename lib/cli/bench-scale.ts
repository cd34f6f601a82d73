// `npm run bench -- --scale`: the catalog's and the admin's reads at demo size (100 products, 1,000
// orders) and again at 100x (10,000 products, 100,000 orders), on one database in the same run;
// each read's median time at scale must stay within 1.5x of its demo-size time. PGlite in memory,
// or the empty PostgreSQL database named by BENCH_DATABASE_URL.
import { mkdirSync, writeFileSync } from "node:fs";
import { shopNumbers } from "@/lib/admin/dashboard";
import { listAdminOrders, paidToday } from "@/lib/admin/orders";
import { findProductBySlug, listProducts } from "@/lib/catalog/repository";
import { openDatabase, SANDBOX_MIGRATIONS } from "@/lib/db/client";
import { SCALE, seedScale } from "./seed-scale-data";

const BUDGET = 1.5;
const REPEATS = Number(process.env.BENCH_SCALE_REPEATS ?? 60);
const url = process.env.BENCH_DATABASE_URL;
const database = await openDatabase(
  url ? { kind: "postgres", url } : { kind: "pglite", dataDir: "memory://" },
  [SANDBOX_MIGRATIONS],
);
const { db } = database;
const now = new Date();

/** Median milliseconds of `REPEATS` runs, after a few unmeasured ones (plans, caches). */
async function time(read: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await read();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// Each read names what it looks for at both sizes: an order and a product of the demo-size data.
const reads: [string, () => Promise<unknown>][] = [
  ["catalog, first page", () => listProducts(db)],
  ["product page (by slug)", () => findProductBySlug(db, "scale-product-50")],
  ["admin orders, first page", () => listAdminOrders(db, { page: 1 })],
  ["admin orders, filtered by status", () => listAdminOrders(db, { page: 1, status: "EXPIRED" })],
  ["admin search by reference", () => listAdminOrders(db, { page: 1, q: "HC0000000500" })],
  ["admin search by email", () => listAdminOrders(db, { page: 1, q: "shopper500@scale.example" })],
  ["admin dashboard numbers (today)", () => Promise.all([shopNumbers(db, "today", now), paidToday(db, now)])],
  ["admin dashboard numbers (30 days)", () => shopNumbers(db, "30d", now)],
];

try {
  const demo = { products: SCALE.products / 100, orders: SCALE.orders / 100 };
  let started = performance.now();
  await seedScale(db, demo);
  console.log(
    `demo size: ${demo.products} products, ${demo.orders} orders (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const small: number[] = [];
  for (const [, read] of reads) small.push(await time(read));
  started = performance.now();
  const counted = await seedScale(db, { products: SCALE.products, orders: SCALE.orders - demo.orders });
  console.log(
    `at scale: ${counted.products} products, ${counted.orders} orders (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const large: number[] = [];
  for (const [, read] of reads) large.push(await time(read));

  console.log(
    `\n${"read".padEnd(36)} ${"demo ms".padStart(8)} ${"100x ms".padStart(8)} ${"ratio".padStart(6)}  budget`,
  );
  const rows = reads.map(([name], i) => {
    const ratio = large[i]! / small[i]!;
    const ok = ratio <= BUDGET;
    console.log(
      `${name.padEnd(36)} ${small[i]!.toFixed(2).padStart(8)} ${large[i]!.toFixed(2).padStart(8)} ${ratio.toFixed(2).padStart(6)}  ≤ ${BUDGET}x ${ok ? "✓" : "✗"}`,
    );
    return { name, demoMs: small[i], scaleMs: large[i], ratio, ok };
  });
  const missed = rows.filter((row) => !row.ok).length;
  console.log(`\n${rows.length - missed} within budget, ${missed} over (${url ? "PostgreSQL" : "PGlite"})`);
  mkdirSync(".data/reports", { recursive: true });
  writeFileSync(".data/reports/bench-scale.json", JSON.stringify(rows, null, 2));
} finally {
  await database.close();
}
