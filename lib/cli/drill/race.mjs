// Race: one cart, many checkouts at once. Identical submits must resume one order; changed ones
// (other emails, other banks) must leave at most one open payable order per cart. 429s from a
// rate limit are refusals, not failures: what counts is what the 2xx answers and the gateway hold.
import { Shopper, statusList, tally } from "./http.mjs";
import { cartsWithSeveral, openByEmails } from "./ledger.mjs";
import { contact, payableSessions, productBySlug, sandboxApi } from "./shop.mjs";

const BANKS = ["BRI", "MANDIRI", "PERMATA", "CIMB", "BSI", "BNC", "DANAMON"];

/** Fires every body at once from one cart and reads what came back and what the gateway holds. */
async function burst(ctx, sandbox, { label, bodies, sequential = 0, then }) {
  const shopper = new Shopper(ctx.targets);
  const added = await shopper.add(ctx.product.id, 1);
  if (added.status !== 201) throw new Error(`${label}: cart setup failed with HTTP ${added.status}`);
  const answers = [];
  // The first `sequential` bodies go one after the other (e.g. BCA, then BNI), the rest at once.
  for (const body of bodies.slice(0, sequential)) answers.push(await shopper.checkout(body));
  answers.push(...(await Promise.all(bodies.slice(sequential).map((body) => shopper.checkout(body)))));

  const counts = tally(answers);
  const accepted = answers.filter((answer) => answer.status >= 200 && answer.status < 300);
  const orderIds = new Set(accepted.map((answer) => answer.json?.orderId));
  const urls = new Set(accepted.map((answer) => answer.json?.paymentUrl));
  const emails = [...new Set([...bodies, ...(then ? [then] : [])].map((body) => body.email.toLowerCase()))];
  const { sessions, payable } = await payableSessions(sandbox, emails);
  let line =
    `${label}: ${answers.length} sent → ${statusList(counts.byStatus)}; ` +
    `${orderIds.size} orderIds, ${urls.size} paymentUrls in 2xx; ` +
    `${sessions.length} sessions, ${payable.length} payable (target ≤ 1)`;
  const problems = [];
  if (payable.length > 1) problems.push(`double payable session: ${label} left ${payable.length} payable`);
  if (then) {
    // Once the burst is over, one more changed checkout must be able to clear up what it left.
    const last = await shopper.placeOrder(then);
    const settled = (await payableSessions(sandbox, emails)).payable.length;
    line += `; then 1 more changed checkout → ${last.status}, ${settled} payable`;
    if (settled > 1) problems.push(`double payable session: ${settled} payable even after a later checkout`);
  }
  if (counts.server > 0) problems.push(`5xx: ${label} answered ${counts.server} 5xx`);
  if (counts.none > 0) problems.push(`${label}: ${counts.none} checkouts got no answer`);
  return { line, problems, emails, label, orders: orderIds.size };
}

const drill = {
  name: "race",
  async run(ctx) {
    const sandbox = sandboxApi(ctx.targets, ctx.secrets);
    ctx.product = productBySlug(ctx.stock, "kopi-gayo-arabica");
    const identicalCount = ctx.short ? 20 : 50;
    const changedCount = ctx.short ? 10 : 30;
    const vaBurst = ctx.short ? 4 : BANKS.length;

    const identical = await burst(ctx, sandbox, {
      label: "identical",
      bodies: Array.from({ length: identicalCount }, () =>
        contact({ email: "drill-same@example.com", paymentMethod: "BCA" }),
      ),
    });
    if (identical.orders > 1) {
      identical.problems.push(`identical checkouts answered ${identical.orders} different orders`);
    }
    const changed = await burst(ctx, sandbox, {
      label: "changed (other emails, choose on page)",
      bodies: Array.from({ length: changedCount }, (_, i) =>
        contact({ fullName: `Drill Shopper ${i}`, email: `drill${i}@example.com` }),
      ),
      then: contact({ fullName: "Drill Shopper Last", email: "drill-last@example.com" }),
    });
    const va = await burst(ctx, sandbox, {
      label: `changed VA (BCA, then BNI, then ${vaBurst} other banks at once)`,
      sequential: 2,
      bodies: ["BCA", "BNI", ...BANKS.slice(0, vaBurst)].map((bank) =>
        contact({ email: "drill-va@example.com", paymentMethod: bank }),
      ),
    });
    const phases = [identical, changed, va];

    return {
      lines: phases.map((phase) => phase.line),
      problems: phases.flatMap((phase) => phase.problems),
      async audit(db) {
        // Figures only: the live count above already judged the payable sessions.
        const lines = [];
        for (const phase of phases) {
          const row = await openByEmails(db, phase.emails);
          lines.push(
            `${phase.label}, in the database: ${row.orders} orders, ${row.open} open, ${row.payable} payable sessions (target ≤ 1 open payable)`,
          );
        }
        const several = await cartsWithSeveral(db);
        lines.push(
          `carts with more than one open order: ${several.open.length}; with more than one payable session: ${several.payable.length}`,
        );
        return { lines, problems: [] };
      },
    };
  },
};

export default drill;
