// Faults: a second app instance on a fake gateway (HARSYA_BASE_URL on loopback, a low
// HARSYA_TIMEOUT_MS) that answers tokens and then misbehaves on POST /v2/payments. For each fault
// the checkout must answer a clear, retryable 4xx/5xx JSON, keep the order, and the same checkout
// retried once the fault clears must succeed with that same order.
import { auditLedger } from "./ledger.mjs";
import { startFakeGateway } from "./fake-gateway.mjs";
import { Shopper } from "./http.mjs";
import { contact, productBySlug, readStock } from "./shop.mjs";

const FAULTS = ["500", "503", "429", "hang", "reset", "malformed"];
const TIMEOUT_MS = 1000;

/** Clear = JSON `{ error: { code, message } }`, not a bare 500; retryable = says so or sends Retry-After. */
function judge(answer) {
  const error = answer.json?.error;
  const clear =
    answer.status >= 400 &&
    answer.status !== 500 &&
    typeof error?.code === "string" &&
    typeof error?.message === "string";
  const retryable = error?.retryable === true || answer.headers?.has("retry-after") === true;
  return { clear, retryable, code: error?.code ?? answer.error ?? "no JSON" };
}

const drill = {
  name: "faults",
  async run(ctx) {
    const secrets = { clientId: "drill-fake-client", clientSecret: ctx.secrets.clientSecret };
    const gateway = await startFakeGateway({ port: ctx.ports.fakeGateway, ...secrets });
    const lines = [];
    const problems = [];
    let server;
    try {
      server = await ctx.startApp({
        name: "faults",
        env: {
          HARSYA_BASE_URL: gateway.base,
          HARSYA_CLIENT_ID: secrets.clientId,
          HARSYA_CLIENT_SECRET: secrets.clientSecret,
          HARSYA_CALLBACK_API_KEY: ctx.secrets.callbackApiKey,
          HARSYA_TIMEOUT_MS: String(TIMEOUT_MS),
          ALLOW_SANDBOX_IN_PRODUCTION: "false",
        },
      });
      const targets = ctx.targetsOf([server]);
      const stock = await readStock(targets);
      const product = productBySlug(stock, "rattan-coasters");
      const faults = ctx.short ? FAULTS : [...FAULTS, ...FAULTS];

      for (const [i, fault] of faults.entries()) {
        const shopper = new Shopper(targets);
        await shopper.add(product.id, 1);
        const body = contact({
          email: `fault${i}@example.com`,
          paymentMethod: i % 2 ? "CHOOSE_ON_PAGE" : "MANDIRI",
        });
        gateway.mode = fault;
        const from = gateway.attempts.length;
        const failed = await shopper.checkout(body, { timeoutMs: 30_000 });
        const during = gateway.attempts.slice(from);
        gateway.mode = "ok";
        const retried = await shopper.patiently(() => shopper.checkout(body, { timeoutMs: 30_000 }));
        const after = gateway.attempts.slice(from + during.length);
        const order =
          retried.status === 201 ? (await shopper.order(retried.json.orderId)).json?.order : undefined;

        const verdict = judge(failed);
        const references = new Set([...during, ...after].map((attempt) => attempt.reference));
        const requestIds = new Set([...during, ...after].map((attempt) => attempt.requestId));
        const kept = order !== undefined && references.size === 1 && references.has(order.reference);
        lines.push(
          `${fault.padEnd(9)} → ${failed.status || failed.error} ${verdict.code}` +
            ` (${verdict.retryable ? "retryable" : "NOT retryable"}, ${Math.round(failed.ms)} ms, ${during.length} gateway tries)` +
            `; retry → ${retried.status} ${kept ? "same order" : "ORDER NOT KEPT"}` +
            `${requestIds.size === 1 ? ", same X-REQUEST-ID" : `, ${requestIds.size} X-REQUEST-IDs`}`,
        );
        if (!verdict.clear)
          problems.push(
            `${fault}: checkout answered ${failed.status} ${verdict.code}, not a clear JSON error`,
          );
        if (!verdict.retryable)
          problems.push(`${fault}: the ${failed.status} answer does not say it is retryable`);
        if (retried.status !== 201)
          problems.push(`${fault}: retry after the fault cleared answered ${retried.status}`);
        else if (!kept) problems.push(`${fault}: the retry did not reuse the order created during the fault`);
      }
      await server.stop();
      const db = await ctx.openDb({ pgliteDir: ctx.dataDirOf("faults") });
      try {
        const ledger = await auditLedger(db, stock);
        lines.push(...ledger.lines);
        problems.push(...ledger.problems);
      } finally {
        await db.close();
      }
    } finally {
      await server?.stop();
      await gateway.close();
    }
    return { lines, problems };
  },
};

export default drill;
