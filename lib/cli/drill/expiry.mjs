// Expiry: orders on 1-minute payment sessions (PAYMENT_SESSION_MINUTES=1, a server of its own)
// are placed first, the other drills run meanwhile, and once the minute is over status reads
// (half the orders) and the reconcile cron (with and without the CRON_SECRET bearer) must expire
// them all and put every reserved unit back on the shelf.
import { pool, send, Shopper, sleep } from "./http.mjs";
import { contact, productBySlug, readStock } from "./shop.mjs";

const SESSION_MS = 60_000;

const drill = {
  name: "expiry",
  /** Runs first: starts the 1-minute server and places the orders. */
  async prepare(ctx) {
    const server = await ctx.startApp({ name: "expiry", env: { PAYMENT_SESSION_MINUTES: "1" } });
    const targets = ctx.targetsOf([server]);
    const stock = await readStock(targets);
    const product = productBySlug(stock, "sambal-matah");
    const count = ctx.short ? 4 : 8;
    const placedAt = Date.now();
    const orders = await pool(4, Array.from({ length: count }), async (_, i) => {
      const shopper = new Shopper(targets);
      await shopper.add(product.id, 2);
      const method = i % 2 === 0 ? "BCA" : "CHOOSE_ON_PAGE";
      const answer = await shopper.placeOrder(
        contact({ email: `expiry${i}@example.com`, paymentMethod: method }),
      );
      return { shopper, method, status: answer.status, orderId: answer.json?.orderId };
    });
    const reserved = (await readStock(targets))[product.id].stock;
    return { server, targets, product, before: stock[product.id].stock, reserved, orders, placedAt };
  },

  async run(ctx, prepared) {
    const { server, targets, product, before, reserved, orders, placedAt } = prepared;
    const placed = orders.filter((order) => order.status === 201);
    const lines = [];
    const problems = [];
    if (placed.length < orders.length) {
      problems.push(`${orders.length - placed.length} of ${orders.length} expiry orders were refused`);
    }
    const wait = placedAt + SESSION_MS + 2_000 - Date.now();
    if (wait > 0) {
      ctx.log(`expiry: waiting ${Math.ceil(wait / 1000)} s for the 1-minute sessions to end`);
      await sleep(wait);
    }

    // Half by status reads (what a shopper's open return page does), the rest by the cron.
    const byRead = placed.slice(0, Math.ceil(placed.length / 2));
    await Promise.all(byRead.map((order) => order.shopper.order(order.orderId)));
    const cronUrl = `${server.base}/api/cron/reconcile`;
    const refused = await send(cronUrl);
    const wrong = await send(cronUrl, { headers: { authorization: "Bearer not-the-cron-secret-0000" } });
    const cron = await send(cronUrl, {
      headers: { authorization: `Bearer ${ctx.secrets.cronSecret}` },
      timeoutMs: 60_000,
    });

    let statuses = [];
    let left = reserved;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      statuses = await Promise.all(
        placed.map(async (order) => (await order.shopper.order(order.orderId)).json?.order?.status),
      );
      left = (await readStock(targets))[product.id].stock;
      if (left === before && statuses.every((status) => status === "EXPIRED")) break;
      await sleep(500);
    }
    const expired = statuses.filter((status) => status === "EXPIRED").length;
    const units = placed.length * 2;
    lines.push(
      `${placed.length} orders (${units} units of ${product.slug}) on 1-minute sessions: stock ${before} → ${reserved} reserved → ${left} after expiry`,
    );
    lines.push(
      `${expired}/${placed.length} EXPIRED (${byRead.length} read first, then cron: no bearer ${refused.status}, ` +
        `wrong bearer ${wrong.status}, CRON_SECRET ${cron.status} ${cron.text.slice(0, 80)})`,
    );
    if (reserved !== before - units)
      problems.push(`stock ${reserved} after placing, expected ${before - units}`);
    if (left !== before) problems.push(`stock not back after expiry: ${left} of ${before}`);
    if (expired !== placed.length) {
      const others = statuses.filter((status) => status !== "EXPIRED");
      problems.push(
        `${placed.length - expired} orders not EXPIRED after their minute (${others.join(", ")})`,
      );
    }
    if (refused.status !== 401 || wrong.status !== 401) {
      problems.push(`cron without the right bearer answered ${refused.status}/${wrong.status}, not 401`);
    }
    if (cron.status !== 200) problems.push(`cron with CRON_SECRET answered ${cron.status}`);
    await server.stop();
    return { lines, problems };
  },
};

export default drill;
