// Callbacks: orders whose sessions are settled in the sandbox without it telling us (its callbacks
// dropped), then a shuffled barrage at POST /api/webhooks/harsya: true callbacks and their
// duplicates, stale ones (older session copies), lies with the right key (a PAID event for an
// expired session), forgeries (wrong or missing key), junk. Each order must move once, forward
// only, to what the gateway says, and only when the right key was used.
import { pool, random, send, Shopper, shuffle, statusList, tally } from "./http.mjs";
import { contact, productBySlug, sandboxApi } from "./shop.mjs";

// What each order's session becomes in the sandbox, and the order status that must follow.
const PLAN = [
  { simulate: "SUCCESS", event: "PAYMENT.PAID", expect: "PAID" },
  { simulate: "EXPIRED", event: "PAYMENT.EXPIRED", expect: "EXPIRED" },
  { simulate: "FAILED", event: "PAYMENT.CANCELLED", expect: "FAILED" },
  { simulate: null, event: "PAYMENT.PROCESSING", expect: "PENDING_PAYMENT" },
];

function barrage(orders, total, key, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const kinds = [
    // true callbacks, duplicated many times
    (o) => ({ kind: "true", key, body: { event: o.plan.event, data: o.final } }),
    (o) => ({ kind: "true", key, body: { event: o.plan.event, data: o.final } }),
    // out of order: the session as it was before it settled, arriving late
    (o) => ({ kind: "stale", key, body: { event: "PAYMENT.PROCESSING", data: o.initial } }),
    // the right key, the wrong story: the body claims PAID whatever the session says
    (o) => ({ kind: "lie", key, body: { event: "PAYMENT.PAID", data: { ...o.initial, status: "PAID" } } }),
    // forged: wrong key or none, claiming the order was paid
    (o) => ({
      kind: "forged",
      key: `${key}-forged`,
      body: { event: "PAYMENT.PAID", data: { ...o.final, status: "PAID" } },
    }),
    (o) => ({
      kind: "forged",
      key: null,
      body: { event: "PAYMENT.PAID", data: { ...o.final, status: "PAID" } },
    }),
    // junk with the right key: not a callback, or a session nobody knows
    () => ({ kind: "junk", key, body: { event: "PAYMENT.PAID" } }),
    (o) => ({
      kind: "unknown",
      key,
      body: { event: "PAYMENT.PAID", data: { ...o.final, id: `drill-${rand()}` } },
    }),
  ];
  // Every order gets its true callback at least once; the rest is random.
  const list = orders.map((o) => kinds[0](o));
  while (list.length < total) list.push(pick(kinds)(pick(orders)));
  return shuffle(list, rand);
}

const drill = {
  name: "callbacks",
  async run(ctx) {
    const sandbox = sandboxApi(ctx.targets, ctx.secrets);
    const product = productBySlug(ctx.stock, "teh-melati");
    const orderCount = ctx.short ? 8 : 24;
    const total = ctx.short ? 200 : 1000;
    const seed = ctx.seed;

    const orders = await pool(4, Array.from({ length: orderCount }), async (_, i) => {
      const shopper = new Shopper(ctx.targets);
      await shopper.add(product.id, 1);
      const answer = await shopper.placeOrder(
        contact({ email: `callback${i}@example.com`, paymentMethod: "BNI" }),
      );
      if (answer.status !== 201)
        throw new Error(`callback order ${i}: checkout HTTP ${answer.status} ${answer.text}`);
      return { orderId: answer.json.orderId, plan: PLAN[i % PLAN.length] };
    });
    const byOrder = new Map((await sandbox.sessions()).map((s) => [s.metadata?.orderId, s]));
    for (const order of orders) {
      order.initial = byOrder.get(order.orderId);
      if (!order.initial) throw new Error(`no sandbox session for order ${order.orderId}`);
      if (order.plan.simulate) {
        await sandbox.simulate(order.initial.id, order.plan.simulate, { dropCallback: true });
      }
      order.final = await sandbox.session(order.initial.id);
    }

    const callbacks = barrage(orders, total, ctx.secrets.callbackApiKey, random(seed));
    const answers = await pool(8, callbacks, async (callback) => {
      const answer = await send(`${ctx.targets.pick()}/api/webhooks/harsya`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(callback.key ? { "x-api-key": callback.key } : {}),
        },
        body: JSON.stringify(callback.body),
      });
      return { ...answer, kind: callback.kind };
    });

    const lines = [];
    const problems = [];
    const kinds = [...new Set(callbacks.map((c) => c.kind))];
    const perKind = kinds.map((kind) => {
      const counts = tally(answers.filter((a) => a.kind === kind));
      return `${kind} ${statusList(counts.byStatus)}`;
    });
    const counts = tally(answers);
    lines.push(`${answers.length} callbacks (seed ${seed}) to ${orderCount} orders: ${perKind.join("; ")}`);
    if (counts.server > 0) problems.push(`5xx: ${counts.server} callbacks answered 5xx`);
    if (counts.none > 0) problems.push(`${counts.none} callbacks got no answer`);
    // 429 is a refusal too: past 20 refused callbacks an address is rate-limited before its key is read.
    const forgedAccepted = answers.filter(
      (a) => a.kind === "forged" && a.status !== 401 && a.status !== 429,
    ).length;
    if (forgedAccepted > 0) problems.push(`${forgedAccepted} forged callbacks were not refused (401 or 429)`);

    return {
      lines,
      problems,
      async audit(db) {
        const rows = await db.query(
          `select o.id, o.status,
             count(e.id) filter (where e.type = 'STATUS_CHANGED')::int as changes,
             count(e.id) filter (where e.type = 'STATUS_CHANGED' and e.actor = 'gateway')::int as by_callbacks,
             count(e.id) filter (where e.type = 'STATUS_CHANGED' and e.data->>'from' <> 'PENDING_PAYMENT')::int as backwards,
             string_agg(e.data->>'to', '→' order by e.id) filter (where e.type = 'STATUS_CHANGED') as path
           from orders o left join order_events e on e.order_id = o.id
           where o.id = any($1) group by o.id, o.status`,
          [orders.map((o) => o.orderId)],
        );
        const row = new Map(rows.map((r) => [r.id, r]));
        let moved = 0;
        let changes = 0;
        let byCallbacks = 0;
        let backwards = 0;
        const wrong = [];
        for (const order of orders) {
          const found = row.get(order.orderId);
          if (!found) {
            wrong.push(`${order.orderId} missing`);
            continue;
          }
          changes += found.changes;
          byCallbacks += found.by_callbacks;
          backwards += found.backwards;
          if (found.status !== "PENDING_PAYMENT") moved += 1;
          if (found.status !== order.plan.expect || found.changes > 1) {
            wrong.push(`${order.plan.expect} expected, ${found.status} via ${found.path ?? "no change"}`);
          }
        }
        const expected = orders.filter((o) => o.plan.expect !== "PENDING_PAYMENT").length;
        const audit = {
          lines: [
            `status changes: ${changes} (${byCallbacks} by callbacks) for ${moved} moved orders ` +
              `(expected ${expected} orders, once each); ` +
              `${backwards} backwards; ${wrong.length} orders not where the gateway says`,
          ],
          problems: [],
        };
        if (changes !== expected || moved !== expected || byCallbacks !== expected) {
          audit.problems.push(
            `${changes} status changes (${byCallbacks} by callbacks) / ${moved} moved, expected ${expected}`,
          );
        }
        if (backwards > 0) audit.problems.push(`${backwards} backward status changes`);
        for (const text of wrong.slice(0, 5))
          audit.problems.push(`order not where the gateway says: ${text}`);
        return audit;
      },
    };
  },
};

export default drill;
