import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { z } from "zod";
import { coffee } from "./helpers";

// Hostile input at the edges: NUL characters (Postgres refuses them in text and jsonb), numbers
// past the 32-bit integer columns, and paths that are not valid percent-encoding (Next's router
// cannot decode them). Every one must be refused with a 4xx, never a 500, never a stack trace.

const MERCHANT = { "X-MERCHANT-ID": "sandbox-client-id", "X-MERCHANT-SECRET": "sandbox-client-secret" };
const CALLBACK_KEY = { "X-API-Key": "sandbox-callback-api-key" };
const BAD_ESCAPE = "%E0%A4%A";
const PAST_INT32 = 2_147_483_648;
// Seeded first into the fresh e2e database (lib/db/catalog.ts order).
const FIRST_PRODUCT_ID = 1;
const SHOP_ORIGIN =
  process.env.PLAYWRIGHT_BASE_URL?.replace(/\/+$/, "") ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

const ShopError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
const GatewayError = z.object({
  code: z.string(),
  message: z.string(),
  error: z.object({ details: z.array(z.object({ field: z.string(), message: z.string() })) }),
});

/** A stack frame ("at fn (file.js:1:2)") or a server path: what must never reach a client. */
const STACK_TRACE = /\bat \S+ \(\S+:\d+:\d+\)|node_modules\/|\/\.next\//;

async function expectRefused(response: APIResponse, status?: number): Promise<string> {
  const body = await response.text();
  const where = `${response.url()} answered ${response.status()}: ${body.slice(0, 300)}`;
  if (status === undefined) {
    expect(response.status(), where).toBeGreaterThanOrEqual(400);
    expect(response.status(), where).toBeLessThan(500);
  } else {
    expect(response.status(), where).toBe(status);
  }
  expect(body, where).not.toMatch(STACK_TRACE);
  return body;
}

/** A shop API refusal: `{ error: { code, message, fields? } }`, naming `field` when given. */
async function expectShopError(response: APIResponse, status: number, field?: string) {
  const { error } = ShopError.parse(JSON.parse(await expectRefused(response, status)));
  if (field) expect(Object.keys(error.fields ?? {}), error.message).toContain(field);
  return error;
}

/** A sandbox refusal in the gateway's envelope, naming `field` when given. */
async function expectGatewayError(response: APIResponse, status: number, field?: string) {
  const answer = GatewayError.parse(JSON.parse(await expectRefused(response, status)));
  if (field) expect(answer.error.details.map((detail) => detail.field)).toContain(field);
  return answer;
}

async function expectNotFoundPage(response: APIResponse) {
  const body = await expectRefused(response, 404);
  expect(response.headers()["content-type"]).toContain("text/html");
  // The suite asks for English (playwright.config.ts), as a browser would.
  expect(body).toContain("Page not found");
}

async function sandboxAuth(request: APIRequestContext) {
  const response = await request.post("/sandbox/v1/access-token", {
    headers: MERCHANT,
    data: { grantType: "client_credentials" },
  });
  expect(response.status()).toBe(200);
  const token = z.object({ data: z.object({ accessToken: z.string() }) }).parse(await response.json());
  return { Authorization: `Bearer ${token.data.accessToken}` };
}

const sessionBody = (overrides: Record<string, unknown> = {}) => ({
  clientReferenceId: `BND${Date.now()}${Math.floor(Math.random() * 1000)}`,
  amount: { value: 150_000, currency: "IDR" },
  paymentMethod: { type: "VIRTUAL_ACCOUNT" },
  paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
  redirectUrl: {
    successReturnUrl: "http://127.0.0.1/success",
    failureReturnUrl: "http://127.0.0.1/failure",
    expirationReturnUrl: "http://127.0.0.1/expired",
  },
  ...overrides,
});

test.describe("NUL characters", () => {
  test("a callback whose session id or event holds NUL is not a payment callback", async ({ request }) => {
    const bodies = [
      { event: "PAYMENT.PAID", data: { id: "\u0000" } },
      { event: "\u0000", data: { id: "4f6c2a52-0000-4000-8000-000000000000" } },
      { event: "PAYMENT.PAID", data: { id: "a\u0000b", clientReferenceId: "\u0000" } },
      // Kept in webhook_events (jsonb), which refuses these anywhere in the document.
      { event: "PAYMENT.PAID", data: { id: "4f6c2a52-0000-4000-8000-000000000000", note: "\u0000" } },
      { event: "PAYMENT.PAID\ud800", data: { id: "4f6c2a52-0000-4000-8000-000000000000" } },
    ];
    for (const data of bodies) {
      await expectRefused(await request.post("/api/webhooks/harsya", { headers: CALLBACK_KEY, data }), 400);
      await expectRefused(await request.post("/api/webhooks/harsya", { data }), 401);
    }
  });

  test("sandbox ids and queries with NUL are refused, naming the field", async ({ request }) => {
    const headers = await sandboxAuth(request);
    await expectGatewayError(await request.get("/sandbox/v2/payments/%00", { headers }), 400, "id");
    await expectGatewayError(
      await request.post("/sandbox/v2/payments/%00/cancel", {
        headers,
        data: { cancellationReason: "REQUESTED_BY_CUSTOMER" },
      }),
      400,
      "id",
    );
    await expectGatewayError(
      await request.post("/sandbox/v2/payments/a%00b/confirm", {
        headers,
        data: {
          paymentMethod: { type: "VIRTUAL_ACCOUNT" },
          paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
        },
      }),
      400,
      "id",
    );
    await expectGatewayError(
      await request.get("/sandbox/v2/payments?clientReferenceId=%00", { headers }),
      400,
      "clientReferenceId",
    );
    await expectGatewayError(
      await request.post("/sandbox/v2/payments/simulations", {
        headers,
        data: { paymentSessionId: "\u0000", chargeStatus: "SUCCESS" },
      }),
      400,
      "paymentSessionId",
    );
    await expectGatewayError(
      await request.post("/sandbox/v2/payments", {
        headers,
        data: sessionBody({ statementDescriptor: "Toko\u0000" }),
      }),
      400,
      "statementDescriptor",
    );
    await expectGatewayError(
      await request.post("/sandbox/v2/payments", {
        headers,
        data: sessionBody({ metadata: { note: "\u0000" } }),
      }),
      400,
      "metadata",
    );
  });

  test("pages with NUL in a parameter answer 404", async ({ request }) => {
    await expectNotFoundPage(await request.get("/sandbox/callbacks?session=%00"));
    await expectNotFoundPage(await request.get(`/products/%00`));
    await expectNotFoundPage(await request.get(`/products/${coffee.slug}%00`));
    await expectNotFoundPage(await request.get("/orders/%00"));
    await expectNotFoundPage(await request.get("/payment/success?order=%00"));
    await expectNotFoundPage(await request.get("/sandbox/pay?token=%00"));
  });

  test("shop API input with NUL is refused, naming the field", async ({ playwright }) => {
    const request = await playwright.request.newContext({
      baseURL: SHOP_ORIGIN,
      extraHTTPHeaders: { origin: SHOP_ORIGIN },
    });
    await expectShopError(await request.get("/api/orders/%00"), 404);
    await expectShopError(
      await request.post("/api/checkout", {
        data: {
          fullName: "Budi\u0000",
          email: "budi@example.com",
          phone: "0812 3456 7890",
          paymentMethod: "BCA",
        },
      }),
      400,
      "fullName",
    );
    await expectShopError(
      await request.patch("/api/cart/lines/1%00", { data: { quantity: 1 } }),
      400,
      "productId",
    );
  });
});

test.describe("integers past 32 bits", () => {
  // A browser on the shop sends Origin; without it the mutating routes refuse before validating.
  test.use({ extraHTTPHeaders: { origin: SHOP_ORIGIN } });

  test("cart product ids must fit the integer column", async ({ request }) => {
    await expectShopError(
      await request.post("/api/cart/lines", { data: { productId: PAST_INT32 } }),
      400,
      "productId",
    );
    // With a cart, so the line lookups would reach the database.
    expect(
      (
        await request.post("/api/cart/lines", { data: { productId: FIRST_PRODUCT_ID, quantity: 1 } })
      ).status(),
    ).toBe(201);
    await expectShopError(
      await request.patch(`/api/cart/lines/${PAST_INT32}`, { data: { quantity: 1 } }),
      400,
      "productId",
    );
    await expectShopError(await request.delete(`/api/cart/lines/${PAST_INT32}`), 400, "productId");
    await expectShopError(await request.delete("/api/cart/lines/99999999999999999999999"), 400, "productId");
    await expectShopError(
      await request.post("/api/cart/lines", { data: { productId: FIRST_PRODUCT_ID, quantity: PAST_INT32 } }),
      400,
      "quantity",
    );
  });

  test("sandbox pages and amounts are bounded", async ({ request }) => {
    const headers = await sandboxAuth(request);
    await expectGatewayError(
      await request.get(`/sandbox/v2/payments?page=${PAST_INT32}`, { headers }),
      400,
      "page",
    );
    await expectGatewayError(
      await request.get("/sandbox/v2/payments?perPage=101", { headers }),
      400,
      "perPage",
    );
    await expectGatewayError(
      await request.post("/sandbox/v2/payments", {
        headers,
        data: sessionBody({ amount: { value: 10 ** 15, currency: "IDR" } }),
      }),
      400,
      "amount.value",
    );
  });
});

test.describe("paths that are not valid percent-encoding", () => {
  const api: [method: "get" | "post" | "patch" | "delete", path: string][] = [
    ["patch", `/api/cart/lines/${BAD_ESCAPE}`],
    ["delete", `/api/cart/lines/${BAD_ESCAPE}`],
    ["get", `/api/orders/${BAD_ESCAPE}`],
    ["post", `/api/orders/${BAD_ESCAPE}/confirm`],
    ["post", `/api/admin/orders/${BAD_ESCAPE}/sync`],
    ["post", `/api/admin/orders/${BAD_ESCAPE}/cancel`],
    ["get", `/api/auth/${BAD_ESCAPE}`],
    ["post", `/api/auth/callback/${BAD_ESCAPE}`],
  ];
  const sandbox: [method: "get" | "post", path: string][] = [
    ["get", `/sandbox/v2/payments/${BAD_ESCAPE}`],
    ["post", `/sandbox/v2/payments/${BAD_ESCAPE}/confirm`],
    ["post", `/sandbox/v2/payments/${BAD_ESCAPE}/cancel`],
    ["post", `/sandbox/v1/${BAD_ESCAPE}`],
  ];
  const pages = [
    `/orders/${BAD_ESCAPE}`,
    `/products/${BAD_ESCAPE}`,
    `/payment/${BAD_ESCAPE}`,
    `/admin/orders/${BAD_ESCAPE}`,
    `/products/kopi${BAD_ESCAPE}/more`,
  ];

  test("API routes answer a JSON 400 naming the path", async ({ request }) => {
    for (const [method, path] of api) {
      const error = await expectShopError(await request[method](path, { data: {} }), 400, "path");
      expect(error.code).toBe("malformed_path");
    }
  });

  test("sandbox routes answer the gateway's 404", async ({ request }) => {
    const headers = await sandboxAuth(request);
    for (const [method, path] of sandbox) {
      const answer = await expectGatewayError(await request[method](path, { headers, data: {} }), 404);
      expect(answer.code).toBe("not_found");
    }
  });

  test("pages answer the HTML 404 page", async ({ request }) => {
    for (const path of pages) await expectNotFoundPage(await request.get(path));
  });
});
