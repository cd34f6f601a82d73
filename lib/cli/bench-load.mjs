// The load half of `npm run bench`: a pending and a paid order made through the shop's own API,
// then autocannon against the hot endpoints. Each figure is requests/s beside /api/health's in the
// same round, so the machine's speed cancels out.
import autocannon from "autocannon";

const SANDBOX_KEYS = {
  "x-merchant-id": "sandbox-client-id",
  "x-merchant-secret": "sandbox-client-secret",
};
export const CALLBACK_KEY = "sandbox-callback-api-key";

/**
 * fetch, once more when a kept-alive connection turns out closed (the server drops idle ones while
 * Lighthouse or a browser run holds the script): that attempt failed before any answer.
 */
async function fetchFresh(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error?.cause?.code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, init);
  }
}

async function json(base, path, init = {}) {
  const response = await fetchFresh(`${base}${path}`, init);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return { body, response };
}

/** A cart with one product, checked out with `paymentMethod`: its order, cookie and checkout body. */
export async function placeOrder(
  base,
  { productId = 1, paymentMethod = "BCA", email = "bench@example.com" } = {},
) {
  const added = await json(base, "/api/cart/lines", {
    method: "POST",
    // Mutating shopper routes accept only requests from the shop's own origin, as a browser sends.
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ productId, quantity: 1 }),
  });
  const cookie = added.response.headers.get("set-cookie").split(";")[0];
  const checkoutBody = JSON.stringify({
    fullName: "Bench Shopper",
    email,
    phone: "081234567890",
    paymentMethod,
  });
  const headers = { "content-type": "application/json", origin: base, cookie };
  const { body, response } = await json(base, "/api/checkout", {
    method: "POST",
    headers,
    body: checkoutBody,
  });
  // Later requests carry what the checkout set (the contact details it remembers), as a browser's would.
  const set = response.headers.getSetCookie().map((line) => line.split(";")[0]);
  return {
    orderId: body.orderId,
    paymentUrl: body.paymentUrl,
    headers: { ...headers, cookie: [cookie, ...set].join("; ") },
    checkoutBody,
  };
}

async function sandboxToken(base) {
  const { body } = await json(base, "/sandbox/v1/access-token", {
    method: "POST",
    headers: { "content-type": "application/json", ...SANDBOX_KEYS },
    body: JSON.stringify({ grantType: "client_credentials" }),
  });
  return body.data.accessToken;
}

/** The gateway's session of an order, read through the sandbox's API. */
async function sessionOf(base, auth, { orderId, headers }) {
  const { order } = (await json(base, `/api/orders/${orderId}`, { headers })).body;
  return (await json(base, `/sandbox/v2/payments?clientReferenceId=${order.reference}`, { headers: auth }))
    .body.data[0];
}

/** Pays an order placed by `placeOrder` through the sandbox, and waits until the shop says PAID. */
export async function payOrder(base, placed) {
  const auth = { authorization: `Bearer ${await sandboxToken(base)}`, "content-type": "application/json" };
  const session = await sessionOf(base, auth, placed);
  await json(base, "/sandbox/v2/payments/simulations", {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ paymentSessionId: session.id, chargeStatus: "SUCCESS" }),
  });
  for (let attempt = 0; ; attempt++) {
    const { order } = (await json(base, `/api/orders/${placed.orderId}`, { headers: placed.headers })).body;
    if (order.status === "PAID") return;
    if (attempt > 100) throw new Error(`the paid order stayed ${order.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pending order (resumed, polled, called back about) and a paid one (polled). */
export async function loadFixtures(base) {
  const pending = await placeOrder(base);
  const paid = await placeOrder(base, { productId: 2, email: "bench-paid@example.com" });
  await payOrder(base, paid);
  const auth = { authorization: `Bearer ${await sandboxToken(base)}`, "content-type": "application/json" };
  // What the gateway would send for the pending session: applying it is a re-read that changes nothing.
  const callback = { event: "PAYMENT.PROCESSING", data: await sessionOf(base, auth, pending) };
  return { pending, paid, callback };
}

function run(base, options, duration, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${options.path}`, connections, duration, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** A browser's page request: the shopper's cart cookie and language. */
function pageHeaders({ headers }) {
  return { cookie: headers.cookie, "accept-language": "id-ID,id;q=0.9,en;q=0.8", accept: "text/html" };
}

/** One round of every endpoint; answers { key: { title, rps, p99, non2xx } }. */
export async function loadRound(base, fixtures, { duration, connections }) {
  const { pending, paid, callback } = fixtures;
  const callbackHeaders = { "content-type": "application/json", "x-api-key": CALLBACK_KEY };
  let sequence = 0;
  const scenarios = {
    health: { title: "GET /api/health (the floor)", path: "/api/health" },
    // The catalog as a shopper's browser asks for it (its language, a cart cookie): served from the cache.
    catalog: { title: "GET / (the catalog)", path: "/", headers: pageHeaders(pending) },
    product: {
      title: "GET /products/[slug]",
      path: "/products/kopi-gayo-arabica",
      headers: pageHeaders(pending),
    },
    pending: {
      title: "GET /api/orders/[id], pending",
      path: `/api/orders/${pending.orderId}`,
      headers: pending.headers,
    },
    paid: { title: "GET /api/orders/[id], paid", path: `/api/orders/${paid.orderId}`, headers: paid.headers },
    resume: {
      title: "POST /api/checkout (resumes the open order)",
      path: "/api/checkout",
      method: "POST",
      headers: pending.headers,
      body: pending.checkoutBody,
    },
    webhookNew: {
      // Every request a new callback (its own inbox row), each re-read from the gateway after the answer.
      title: "POST /api/webhooks/harsya, new callbacks",
      path: "/api/webhooks/harsya",
      method: "POST",
      headers: callbackHeaders,
      requests: [
        {
          method: "POST",
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ ...callback, data: { ...callback.data, benchSequence: sequence++ } }),
          }),
        },
      ],
    },
    webhookReplay: {
      title: "POST /api/webhooks/harsya, one callback replayed",
      path: "/api/webhooks/harsya",
      method: "POST",
      headers: callbackHeaders,
      body: JSON.stringify(callback),
    },
  };
  const results = {};
  const slice = async (scenario) => {
    const result = await run(base, scenario, 1, connections);
    return {
      rps: result.requests.average,
      p99: result.latency.p99,
      bad: result.non2xx + result.errors + result.timeouts,
    };
  };
  for (const [key, scenario] of Object.entries(scenarios)) {
    if (key === "health") continue;
    // One-second slices of the floor and the endpoint, alternating: on a shared machine the speed
    // drifts by the second, and only a floor taken at the same moment makes a fair share.
    const shares = [];
    const p99s = [];
    let rps = 0;
    let floor = 0;
    let non2xx = 0;
    for (let i = 0; i < duration; i++) {
      const before = await slice(scenarios.health);
      const measured = await slice(scenario);
      shares.push(measured.rps / Math.max(1, before.rps));
      p99s.push(measured.p99);
      rps += measured.rps / duration;
      floor += before.rps / duration;
      non2xx += measured.bad;
    }
    // Let what the answers left for later (re-syncs, callbacks applied after the 200) finish first.
    await settle(base);
    shares.sort((a, b) => a - b);
    results[key] = {
      title: scenario.title,
      rps,
      floor,
      share: shares[Math.floor(shares.length / 2)],
      p99: Math.max(...p99s),
      non2xx,
    };
  }
  return results;
}

/** Waits until the server answers /api/health quickly again: its after-response work is done. */
export async function settle(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    for (let i = 0; i < 5; i++) await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    if ((performance.now() - started) / 5 < 15) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
