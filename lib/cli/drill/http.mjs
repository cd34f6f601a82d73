// What the drills send: loopback HTTP with a time limit on every request, a shopper with its own
// cart cookie, bounded concurrency, and tallies of the answers.

export const REQUEST_TIMEOUT_MS = 20_000;

const parse = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * One request. Never throws: a network failure or time-out is `status: 0` with `error` set.
 * Redirects are not followed (a redirect is an answer too).
 */
export async function send(url, { method = "GET", headers = {}, body, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: parse(text),
      ms: performance.now() - started,
    };
  } catch (error) {
    // fetch's own refusal to send (a header it will not encode, say) is not the server's doing.
    const unsent = error?.name === "TypeError" && error.message !== "fetch failed";
    const code = unsent ? "unsent" : (error?.cause?.code ?? error?.name ?? "error");
    return {
      status: 0,
      error: String(code),
      unsent,
      text: "",
      json: undefined,
      ms: performance.now() - started,
    };
  }
}

/**
 * The instances a drill talks to. With two (PostgreSQL mode) requests alternate between them;
 * `appUrl` is the public URL they share, sent as `Origin` on every shopper mutation.
 */
export function targetsOf(servers) {
  let next = 0;
  return {
    appUrl: servers[0].appUrl,
    bases: servers.map((server) => server.base),
    pick: () => servers[next++ % servers.length].base,
  };
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A browser: one cart cookie, and the Origin header a browser sends on POST/PATCH/DELETE. */
export class Shopper {
  constructor(targets) {
    this.targets = targets;
    this.cookie = undefined;
  }

  async request(path, { method = "GET", json, headers = {}, timeoutMs } = {}) {
    const all = {
      ...(json !== undefined ? { "content-type": "application/json" } : {}),
      ...(MUTATING.has(method) ? { origin: this.targets.appUrl } : {}),
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...headers,
    };
    const body = json !== undefined ? JSON.stringify(json) : undefined;
    const answer = await send(this.targets.pick() + path, { method, headers: all, body, timeoutMs });
    const cart = answer.headers
      ?.getSetCookie()
      .map((line) => line.split(";")[0])
      .find((pair) => pair.startsWith("hc_cart="));
    if (cart) this.cookie = cart;
    return answer;
  }

  /**
   * A setup step, not a measured one: a rate limit's 429 is waited out (its Retry-After, at most
   * 5 s) up to 3 times, so that a limit on carts or checkouts does not stop the drill's preparations.
   */
  async patiently(send) {
    for (let attempt = 0; ; attempt += 1) {
      const answer = await send();
      if (answer.status !== 429 || attempt >= 3) return answer;
      await sleep(1000 * Math.min(5, Number(answer.headers.get("retry-after")) || 1));
    }
  }

  add(productId, quantity = 1) {
    return this.patiently(() =>
      this.request("/api/cart/lines", { method: "POST", json: { productId, quantity } }),
    );
  }

  checkout(body, options = {}) {
    return this.request("/api/checkout", { method: "POST", json: body, ...options });
  }

  /** A checkout the drill needs (to have an order), not one it measures. */
  placeOrder(body) {
    return this.patiently(() => this.checkout(body));
  }

  order(orderId) {
    return this.request(`/api/orders/${orderId}`);
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work(item, index)` over `items`, at most `limit` at a time; answers in input order. */
export async function pool(limit, items, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `{ "201": 3, "409": 17 }`-style counts, plus the usual groups. */
export function tally(answers) {
  const byStatus = {};
  for (const { status } of answers) byStatus[status] = (byStatus[status] ?? 0) + 1;
  const count = (test) => answers.filter(({ status }) => test(status)).length;
  return {
    byStatus,
    ok: count((status) => status >= 200 && status < 300),
    limited: count((status) => status === 429),
    client: count((status) => status >= 400 && status < 500 && status !== 429),
    server: count((status) => status >= 500),
    none: count((status) => status === 0),
  };
}

/** "201×3 409×17" */
export const statusList = (byStatus) =>
  Object.entries(byStatus)
    .map(([status, count]) => `${status === "0" ? "no answer" : status}×${count}`)
    .join(" ");

/** Seeded PRNG (mulberry32), so a shuffled run can be replayed with the same seed. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(items, rand) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
