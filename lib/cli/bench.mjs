// `npm run bench`: throughput (requests/s) and p99 latency of the hot endpoints on a production
// build against the embedded sandbox, each also as a ratio to /api/health measured in the same run.
// A benchmark, not a test: client and server share this machine's cores.
import autocannon from "autocannon";
import { startBenchServer } from "./bench-server.mjs";

const duration = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT ?? 3401),
  dataDir: ".data/bench-load",
  // The load comes from one address and one cart: lift the checkout limits that would refuse it.
  env: { CHECKOUT_RATE_LIMIT_PER_CART: "100000", CHECKOUT_RATE_LIMIT_PER_ADDRESS: "1000000" },
});
const base = server.baseUrl;

async function json(path, init = {}) {
  const response = await fetch(`${base}${path}`, init);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return { body, response };
}

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${options.path}`, connections, duration, ...options }, (error, result) =>
      error ? reject(error) : resolve({ title, result }),
    );
  });
}

try {
  // A shopper with a cart and an open order (its session created in the sandbox).
  const added = await json("/api/cart/lines", {
    method: "POST",
    // Mutating shopper routes accept only requests from the shop's own origin, as a browser sends.
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ productId: 1, quantity: 1 }),
  });
  const cookie = added.response.headers.get("set-cookie").split(";")[0];
  const checkoutBody = JSON.stringify({
    fullName: "Bench Shopper",
    email: "bench@example.com",
    phone: "081234567890",
    paymentMethod: "BCA",
  });
  const headers = { "content-type": "application/json", origin: base, cookie };
  const { body: started } = await json("/api/checkout", { method: "POST", headers, body: checkoutBody });

  // The callback the gateway would send for that session (it is pending, so applying it is a no-op
  // after the re-read, which is exactly the work a real callback costs).
  const token = (
    await json("/sandbox/v1/access-token", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-merchant-id": "sandbox-client-id",
        "x-merchant-secret": "sandbox-client-secret",
      },
      body: JSON.stringify({ grantType: "client_credentials" }),
    })
  ).body.data.accessToken;
  const order = (await json(`/api/orders/${started.orderId}`, { headers })).body.order;
  const sessions = (
    await json(`/sandbox/v2/payments?clientReferenceId=${order.reference}`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).body.data;
  const callback = JSON.stringify({ event: "PAYMENT.PROCESSING", data: sessions[0] });

  const results = [];
  results.push(await run("GET /api/health", { path: "/api/health" }));
  results.push(await run("GET /api/orders/[id]", { path: `/api/orders/${started.orderId}`, headers }));
  results.push(
    await run("POST /api/checkout (resumes the open order)", {
      path: "/api/checkout",
      method: "POST",
      headers,
      body: checkoutBody,
    }),
  );
  results.push(
    await run("POST /api/webhooks/harsya", {
      path: "/api/webhooks/harsya",
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": "sandbox-callback-api-key" },
      body: callback,
    }),
  );

  const health = results[0].result.requests.average;
  console.log(
    `\n${connections} connections, ${duration} s each, production build, PGlite, embedded sandbox\n`,
  );
  console.log(
    "endpoint".padEnd(48),
    "req/s".padStart(8),
    "p99 ms".padStart(8),
    "vs health".padStart(10),
    "non-2xx".padStart(8),
  );
  for (const { title, result } of results) {
    console.log(
      title.padEnd(48),
      result.requests.average.toFixed(0).padStart(8),
      String(result.latency.p99).padStart(8),
      `${((result.requests.average / health) * 100).toFixed(0)}%`.padStart(10),
      String(result.non2xx).padStart(8),
    );
  }
} finally {
  server.stop();
}
