// Oversell: many carts check out at once for the product with 3 in stock (Tenun Ikat). Stock must
// never go below 0 and no more units may be sold than there were. Afterwards the winners' sessions
// expire in the sandbox, which must put the stock back (the restore).
import { pool, Shopper, sleep, statusList, tally } from "./http.mjs";
import { auditLedger } from "./ledger.mjs";
import { contact, productBySlug, readStock, sandboxApi } from "./shop.mjs";

const drill = {
  name: "oversell",
  async run(ctx) {
    const product = productBySlug(ctx.stock, "kain-tenun-ikat");
    const before = (await readStock(ctx.targets))[product.id].stock;
    const cartCount = ctx.short ? 10 : 20;

    // Quantities 1 and 2, so "units sold" and "orders accepted" are different checks.
    const carts = await pool(4, Array.from({ length: cartCount }), async (_, i) => {
      const shopper = new Shopper(ctx.targets);
      const quantity = Math.min(before, 1 + (i % 2));
      const added = await shopper.add(product.id, quantity);
      if (added.status !== 201) throw new Error(`cart ${i}: adding ${product.slug} failed (${added.status})`);
      return { shopper, quantity, i };
    });
    const answers = await Promise.all(
      carts.map(({ shopper, i }) =>
        shopper.checkout(contact({ email: `oversell${i}@example.com`, paymentMethod: "BCA" })),
      ),
    );
    const counts = tally(answers);
    const sold = carts.reduce((units, cart, i) => units + (answers[i].status === 201 ? cart.quantity : 0), 0);
    const after = (await readStock(ctx.targets))[product.id].stock;
    const lines = [
      `${cartCount} carts for ${product.slug} (stock ${before}): ${statusList(counts.byStatus)}; ` +
        `${sold} units accepted, stock left ${after} (never below 0, never more sold than stock)`,
    ];
    const problems = [];
    if (after < 0 || sold > before)
      problems.push(`oversell: ${sold} units accepted of ${before}, stock ${after}`);
    if (after !== before - sold) problems.push(`stock ${after} ≠ ${before} − ${sold} accepted`);
    if (counts.server > 0) problems.push(`5xx: ${counts.server} checkouts answered 5xx`);
    if (counts.none > 0) problems.push(`${counts.none} checkouts got no answer`);

    // Restore: expire the winners' sessions (the sandbox calls the webhook), then wait for the stock.
    const sandbox = sandboxApi(ctx.targets, ctx.secrets);
    const winners = new Set(answers.filter((a) => a.status === 201).map((a) => a.json.orderId));
    const sessions = (await sandbox.sessions()).filter((s) => winners.has(s.metadata?.orderId));
    for (const session of sessions) await sandbox.simulate(session.id, "EXPIRED");
    let restored = after;
    for (let attempt = 0; attempt < 40 && restored !== before; attempt += 1) {
      await sleep(250);
      restored = (await readStock(ctx.targets))[product.id].stock;
    }
    lines.push(
      `restore: ${sessions.length} winning sessions expired in the sandbox → stock ${restored} (was ${before})`,
    );
    if (restored !== before) problems.push(`stock not restored after expiry: ${restored} of ${before}`);

    return {
      lines,
      problems,
      audit: async (db) => auditLedger(db, ctx.stock),
    };
  },
};

export default drill;
