// Crash: `kill -9` of the server in the middle of a burst of checkouts, then a restart on the same
// data. Every order whose 201 arrived must still be there; the unanswered checkouts, retried, must
// resume or start cleanly; and the books must balance: stock reserved = units in open orders, no
// order without items, no cart with two payable sessions.
import { cartsWithSeveral, auditLedger } from "./ledger.mjs";
import { pool, Shopper, sleep, statusList, tally } from "./http.mjs";
import { contact, productBySlug, readStock } from "./shop.mjs";

const drill = {
  name: "crash",
  async run(ctx) {
    const lines = [];
    const problems = [];
    const cartCount = ctx.short ? 16 : 40;
    let server = await ctx.startApp({ name: "crash" });
    try {
      const targets = ctx.targetsOf([server]);
      const stock = await readStock(targets);
      const wayang = productBySlug(stock, "wayang-bookmark");
      const gula = productBySlug(stock, "gula-aren");
      const carts = await pool(4, Array.from({ length: cartCount }), async (_, i) => {
        const shopper = new Shopper(targets);
        await shopper.add(wayang.id, 1);
        if (i % 2) await shopper.add(gula.id, 1);
        const body = contact({
          email: `crash${i}@example.com`,
          paymentMethod: i % 3 ? "BRI" : "CHOOSE_ON_PAGE",
        });
        return { shopper, body };
      });

      // The burst: 8 at a time; the server dies once a third of the carts have their answer.
      const answers = new Array(cartCount);
      let answered = 0;
      let sent = 0;
      let killedAt;
      const killed = new Promise((resolve) => {
        const watch = setInterval(() => {
          if (answered >= cartCount / 3 || answered === cartCount) {
            clearInterval(watch);
            killedAt = { answered, sent };
            server.crash().then(resolve);
          }
        }, 5);
      });
      await pool(8, carts, async (cart, i) => {
        sent += 1;
        answers[i] = await cart.shopper.checkout(cart.body, { timeoutMs: 15_000 });
        answered += 1;
      });
      await killed;
      const before = tally(answers);
      lines.push(
        `kill -9 with ${killedAt.sent - killedAt.answered} checkouts in flight, ${killedAt.answered} answered, ` +
          `${cartCount - killedAt.sent} not sent yet: ${statusList(before.byStatus)}`,
      );

      const restartedAt = performance.now();
      server = await ctx.startApp({ name: "crash", fresh: false });
      const restartMs = Math.round(performance.now() - restartedAt);
      const retargeted = ctx.targetsOf([server]);
      for (const cart of carts) cart.shopper.targets = retargeted;

      const received = carts.filter((_, i) => answers[i].status === 201);
      const found = await pool(8, received, async (cart) => {
        const id = answers[carts.indexOf(cart)].json.orderId;
        return (await cart.shopper.order(id)).status === 200;
      });
      const lost = found.filter((ok) => !ok).length;
      const unanswered = carts.filter((_, i) => answers[i].status !== 201);
      const retries = await pool(4, unanswered, (cart) => cart.shopper.placeOrder(cart.body));
      const retried = tally(retries);
      lines.push(
        `restart in ${restartMs} ms: ${received.length - lost}/${received.length} orders with a 201 found; ` +
          `${unanswered.length} unanswered checkouts retried → ${statusList(retried.byStatus) || "none"}`,
      );
      if (lost > 0)
        problems.push(`lost order: ${lost} orders whose 201 was received are gone after the restart`);
      if (retried.server > 0)
        problems.push(`5xx: ${retried.server} retried checkouts answered 5xx after the restart`);
      await sleep(500); // let the retried sessions' writes land before the books are read
      await server.stop();

      const db = await ctx.openDb({ pgliteDir: ctx.dataDirOf("crash") });
      try {
        const ledger = await auditLedger(db, stock);
        const several = await cartsWithSeveral(db);
        const [{ count: noSession }] = await db.query(
          "select count(*)::int as count from orders o where o.status = 'PENDING_PAYMENT' and not exists (select 1 from payments p where p.order_id = o.id)",
        );
        const [{ count: orphans }] = await db.query(
          "select count(*)::int as count from sandbox_sessions s where not exists (select 1 from payments p where p.id = s.id)",
        );
        lines.push(...ledger.lines);
        lines.push(
          `after the crash: ${noSession} open orders without a stored session, ${orphans} gateway sessions no order knows, ` +
            `${several.open.length} carts with 2+ open orders, ${several.payable.length} with 2+ payable sessions`,
        );
        problems.push(...ledger.problems);
        if (several.payable.length > 0) {
          problems.push(`double payable session: ${several.payable.length} carts after the crash`);
        }
      } finally {
        await db.close();
      }
    } finally {
      await server.stop();
    }
    return { lines, problems };
  },
};

export default drill;
