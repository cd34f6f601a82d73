// Fuzz: thousands of malformed requests over every route (fuzz-cases.mjs). Counted: 5xx answers,
// requests that got no answer, and leaks: a body with a stack trace ("    at ", "node_modules")
// or any secret the server was started with (AUTH_SECRET, client secret, callback key, CRON_SECRET).
import { writeFileSync } from "node:fs";
import { buildCases } from "./fuzz-cases.mjs";
import { pool, random, send, Shopper } from "./http.mjs";
import { contact, productBySlug, sandboxApi } from "./shop.mjs";

const FAILURES_FILE = ".data/drill/fuzz-failures.json";
const DEMO_ADMIN = { email: "demo-admin@example.com", password: "merchant-sandbox" };

/** Signs the demo merchant in through Auth.js's own endpoints; answers its cookies or "". */
async function adminCookie(base, appUrl) {
  const csrf = await send(`${base}/api/auth/csrf`);
  const jar = csrf.headers?.getSetCookie().map((line) => line.split(";")[0]) ?? [];
  if (!csrf.json?.csrfToken) return { cookie: "", csrf: "" };
  const signIn = await send(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: appUrl },
    body: new URLSearchParams({
      ...DEMO_ADMIN,
      csrfToken: csrf.json.csrfToken,
      callbackUrl: `${appUrl}/admin`,
    }).toString(),
  });
  const session = signIn.headers
    ?.getSetCookie()
    .map((line) => line.split(";")[0])
    .find((c) => c.includes("session-token"));
  return { cookie: session ? [...jar, session].join("; ") : "", csrf: csrf.json.csrfToken };
}

/** Real values for half-valid requests: the fuzz shopper's order, its session, a payment page token. */
async function seedValues(ctx) {
  const shopper = new Shopper(ctx.targets);
  const product = productBySlug(ctx.stock, "gula-aren");
  await shopper.add(product.id, 1);
  const placed = await shopper.placeOrder(contact({ email: "fuzz@example.com", paymentMethod: "PERMATA" }));
  if (placed.status !== 201) throw new Error(`fuzz seed order: HTTP ${placed.status} ${placed.text}`);
  const session = (await sandboxApi(ctx.targets, ctx.secrets).sessions()).find(
    (s) => s.metadata?.orderId === placed.json.orderId,
  );
  const admin = await adminCookie(ctx.targets.pick(), ctx.targets.appUrl);
  return {
    productId: product.id,
    slug: "gula-aren",
    orderId: placed.json.orderId,
    sessionId: session?.id ?? "00000000-0000-0000-0000-000000000000",
    token: new URL(placed.json.paymentUrl).searchParams.get("token"),
    cartCookie: shopper.cookie,
    adminCookie: admin.cookie,
    csrf: admin.csrf,
    checkout: contact({ email: "fuzz@example.com", paymentMethod: "PERMATA" }),
    callback: { event: "PAYMENT.PAID", data: session ?? { id: "none" } },
    createPayment: {
      clientReferenceId: "FUZZ1",
      amount: { value: 10000, currency: "IDR" },
      redirectUrl: {
        successReturnUrl: `${ctx.targets.appUrl}/`,
        failureReturnUrl: `${ctx.targets.appUrl}/`,
        expirationReturnUrl: `${ctx.targets.appUrl}/`,
      },
    },
  };
}

/** The credentials a legitimate caller of this route would send, most of the time. */
function usualHeaders(c, seeds, ctx, rand) {
  const likely = () => rand() < 0.75;
  const route = c.route;
  const headers = {};
  // Browsers send Origin on a POST; the gateway and the cron do not.
  if (!c.spec.server && c.method !== "GET" && c.method !== "HEAD" && likely()) {
    headers.origin = ctx.targets.appUrl;
  }
  if (route.startsWith("/api/webhooks") && likely()) headers["x-api-key"] = ctx.secrets.callbackApiKey;
  if (route.startsWith("/sandbox/v2") && likely()) headers.authorization = `Bearer ${seeds.sandboxToken}`;
  if (route.startsWith("/sandbox/v1") && likely()) {
    headers["x-merchant-id"] = ctx.secrets.clientId;
    headers["x-merchant-secret"] = ctx.secrets.clientSecret;
  }
  if (route === "/api/cron/reconcile" && c.kind === "valid")
    headers.authorization = `Bearer ${ctx.secrets.cronSecret}`;
  const cookies = [];
  if (likely()) cookies.push(seeds.cartCookie);
  if ((route.includes("admin") || route.startsWith("/account")) && seeds.adminCookie && likely()) {
    cookies.push(seeds.adminCookie);
  }
  if (cookies.length) headers.cookie = cookies.join("; ");
  if (c.type) headers["content-type"] = c.type;
  return { ...headers, ...c.headers };
}

export function leaksIn(text, secrets) {
  const found = [];
  if (text.includes("    at ")) found.push("stack trace");
  if (text.includes("node_modules")) found.push("node_modules path");
  for (const [name, value] of Object.entries(secrets)) if (value && text.includes(value)) found.push(name);
  return found;
}

const drill = {
  name: "fuzz",
  async run(ctx) {
    const rand = random(ctx.seed);
    const seeds = await seedValues(ctx);
    const tokenAnswer = await send(`${ctx.targets.pick()}/sandbox/v1/access-token`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-merchant-id": ctx.secrets.clientId,
        "x-merchant-secret": ctx.secrets.clientSecret,
      },
      body: JSON.stringify({ grantType: "client_credentials" }),
    });
    seeds.sandboxToken = tokenAnswer.json?.data?.accessToken ?? "none";
    const cases = buildCases(seeds, rand, ctx.short ? { minimum: 150, limitPerRoute: 4 } : { minimum: 3000 });
    const secrets = {
      AUTH_SECRET: ctx.secrets.authSecret,
      HARSYA_CLIENT_SECRET: ctx.secrets.clientSecret,
      HARSYA_CALLBACK_API_KEY: ctx.secrets.callbackApiKey,
      CRON_SECRET: ctx.secrets.cronSecret,
    };

    const started = performance.now();
    const results = await pool(4, cases, async (c) => {
      const url = `${ctx.targets.pick()}${c.path}`;
      const body = c.method === "GET" || c.method === "HEAD" ? undefined : c.body;
      const headers = usualHeaders(c, seeds, ctx, rand);
      const answer = await send(url, { method: c.method, headers, body, timeoutMs: 15_000 });
      return {
        c,
        status: answer.status,
        error: answer.error,
        unsent: answer.unsent,
        leaks: leaksIn(answer.text, secrets),
      };
    });
    const seconds = (performance.now() - started) / 1000;

    // Grouped by route, kind and answer, with a few of the inputs that caused it.
    const by = (filter) => {
      const groups = new Map();
      for (const r of results.filter(filter)) {
        const key = `${r.c.method} ${r.c.route} (${r.c.kind} → ${r.status || r.error})`;
        const group = groups.get(key) ?? { count: 0, inputs: new Set() };
        group.count += 1;
        group.inputs.add(String(r.c.what).slice(0, 24));
        groups.set(key, group);
      }
      return [...groups].sort((a, b) => b[1].count - a[1].count);
    };
    const fivexx = results.filter((r) => r.status >= 500);
    const silent = results.filter((r) => r.status === 0 && !r.unsent);
    const unsent = results.filter((r) => r.unsent).length;
    const leaked = results.filter((r) => r.leaks.length > 0);
    const routes = new Set(cases.map((c) => c.route));
    const lines = [
      `${results.length} requests over ${routes.size} routes in ${seconds.toFixed(0)} s: ` +
        `${fivexx.length} 5xx, ${silent.length} without answer, ${leaked.length} leaks` +
        (unsent ? ` (${unsent} not sendable by fetch)` : ""),
    ];
    const failing = by((r) => r.status >= 500 || (r.status === 0 && !r.unsent));
    const shown = ctx.short ? 8 : 16;
    for (const [key, { count, inputs }] of failing.slice(0, shown)) {
      lines.push(`  ${count}× ${key}: ${[...inputs].slice(0, 4).join(" | ")}`);
    }
    const failures = results.filter((r) => r.status >= 500 || r.status === 0 || r.leaks.length);
    writeFileSync(
      FAILURES_FILE,
      JSON.stringify(
        failures.map(({ c, status, error, leaks }) => ({
          method: c.method,
          path: c.path.slice(0, 200),
          kind: c.kind,
          what: String(c.what).slice(0, 200),
          status,
          error,
          leaks,
        })),
        null,
        1,
      ),
    );
    if (failing.length > shown)
      lines.push(`  … and ${failing.length - shown} more groups, all in ${FAILURES_FILE}`);
    for (const r of leaked.slice(0, 5))
      lines.push(`  leak ${r.leaks.join("+")}: ${r.c.method} ${r.c.path.slice(0, 80)}`);
    const problems = [];
    if (fivexx.length) problems.push(`5xx: ${fivexx.length} fuzz requests answered 5xx`);
    if (silent.length) problems.push(`${silent.length} fuzz requests got no answer`);
    if (leaked.length) problems.push(`${leaked.length} answers leaked a trace or a secret`);
    return { lines, problems };
  },
};

export default drill;
