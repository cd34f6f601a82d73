// `npm run bench -- --scale`: the catalog's and the admin's reads on a demo-size database (100
// products, 1,000 orders) and on one at 100x (10,000 products, 100,000 orders), timed in turns (one
// run on each, again and again, so a busy machine slows both alike); each read's median time at
// scale must stay within 1.5x of its demo-size time. Two PGlite databases in memory, or, with
// BENCH_DATABASE_URL and BENCH_SCALE_DATABASE_URL, two empty PostgreSQL databases.
import { mkdirSync, writeFileSync } from "node:fs";
import { shopNumbers } from "@/lib/admin/dashboard";
import { listAdminOrders, paidToday } from "@/lib/admin/orders";
import { findProductBySlug, listProducts } from "@/lib/catalog/repository";
import type { Db } from "@/lib/db";
import { openDatabase, SANDBOX_MIGRATIONS } from "@/lib/db/client";
import { SCALE, seedScale } from "./seed-scale-data";

const BUDGET = 1.5;
const REPEATS = Number(process.env.BENCH_SCALE_REPEATS ?? 30);
const urls = [process.env.BENCH_DATABASE_URL, process.env.BENCH_SCALE_DATABASE_URL];
const postgres = Boolean(urls[0] && urls[1]);
const open = (url: string | undefined) =>
  openDatabase(postgres && url ? { kind: "postgres", url } : { kind: "pglite", dataDir: "memory://" }, [
    SANDBOX_MIGRATIONS,
  ]);
const small = await open(urls[0]);
const large = await open(urls[1]);
const now = new Date();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median milliseconds of a read on either database, timed in turns after a few unmeasured runs. */
async function timeBoth(read: (db: Db) => Promise<unknown>): Promise<[number, number]> {
  for (let i = 0; i < 5; i++) await Promise.all([read(small.db), read(large.db)]);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < REPEATS; i++) {
    for (const [index, database] of [small, large].entries()) {
      const started = performance.now();
      await read(database.db);
      times[index]!.push(performance.now() - started);
    }
  }
  return [median(times[0]), median(times[1])];
}

// Each read names what it looks for on both: an order and a product of the demo-size data.
const reads: [string, (db: Db) => Promise<unknown>][] = [
  ["catalog, first page", (db) => listProducts(db)],
  ["product page (by slug)", (db) => findProductBySlug(db, "scale-product-50")],
  ["admin orders, first page", (db) => listAdminOrders(db, { page: 1 })],
  ["admin orders, filtered by status", (db) => listAdminOrders(db, { page: 1, status: "EXPIRED" })],
  ["admin search by reference", (db) => listAdminOrders(db, { page: 1, q: "HC0000000500" })],
  ["admin search by email", (db) => listAdminOrders(db, { page: 1, q: "shopper500@scale.example" })],
  [
    "admin dashboard numbers (today)",
    (db) => Promise.all([shopNumbers(db, "today", now), paidToday(db, now)]),
  ],
  ["admin dashboard numbers (30 days)", (db) => shopNumbers(db, "30d", now)],
];

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  const demo = { products: SCALE.products / 100, orders: SCALE.orders / 100 };
  let started = performance.now();
  await seedScale(small.db, demo);
  await seedScale(large.db, demo);
  console.log(`demo size: ${demo.products} products, ${demo.orders} orders (${seconds(started)} s)`);
  started = performance.now();
  const counted = await seedScale(large.db, { products: SCALE.products, orders: SCALE.orders - demo.orders });
  console.log(`at scale: ${counted.products} products, ${counted.orders} orders (${seconds(started)} s)`);

  console.log(
    `\n${"read".padEnd(36)} ${"demo ms".padStart(8)} ${"100x ms".padStart(8)} ${"ratio".padStart(6)}  budget`,
  );
  const rows = [];
  for (const [name, read] of reads) {
    const [demoMs, scaleMs] = await timeBoth(read);
    const ratio = scaleMs / demoMs;
    const ok = ratio <= BUDGET;
    console.log(
      `${name.padEnd(36)} ${demoMs.toFixed(2).padStart(8)} ${scaleMs.toFixed(2).padStart(8)} ${ratio.toFixed(2).padStart(6)}  ≤ ${BUDGET}x ${ok ? "✓" : "✗"}`,
    );
    rows.push({ name, demoMs, scaleMs, ratio, ok });
  }
  const missed = rows.filter((row) => !row.ok).length;
  console.log(
    `\n${rows.length - missed} within budget, ${missed} over (${postgres ? "PostgreSQL" : "PGlite"})`,
  );
  mkdirSync(".data/reports", { recursive: true });
  writeFileSync(".data/reports/bench-scale.json", JSON.stringify(rows, null, 2));
} finally {
  await small.close();
  await large.close();
}
