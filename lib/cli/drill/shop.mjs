// The shop and the sandbox as the drills see them, through public APIs only: the catalog's stock
// (read through a throw-away cart) and the embedded gateway's session list.
import { send, Shopper } from "./http.mjs";

export const contact = (overrides = {}) => ({
  fullName: "Drill Shopper",
  email: "drill@example.com",
  phone: "081234567890",
  paymentMethod: "CHOOSE_ON_PAGE",
  ...overrides,
});

/** Sessions the shopper can still pay: open (a method to choose, or a VA waiting) and not past their time. */
const PAYABLE = new Set(["REQUIRE_PAYMENT_METHOD", "REQUIRE_CONFIRMATION", "REQUIRE_ACTION", "PROCESSING"]);
export const isPayable = (session, now = Date.now()) =>
  PAYABLE.has(session.status) && (!session.expiryAt || Date.parse(session.expiryAt) > now);

/**
 * Stock of every product, read through throw-away carts: adding one shows `stock` on the cart
 * line; a product that cannot be added (409) has none left. Product ids are probed from 1 up.
 */
export async function readStock(targets, maxId = 12) {
  const ids = Array.from({ length: maxId }, (_, i) => i + 1);
  const probes = await Promise.all(ids.map((id) => new Shopper(targets).add(id, 1)));
  const stock = {};
  for (const [i, answer] of probes.entries()) {
    const id = ids[i];
    if (answer.status === 404) continue;
    if (answer.status === 409) stock[id] = { id, slug: `#${id}`, stock: 0 };
    else if (answer.status !== 201) throw new Error(`stock probe of product ${id}: HTTP ${answer.status}`);
    else {
      const line = answer.json.cart.lines[0];
      stock[id] = { id, slug: line.slug, stock: line.stock };
    }
  }
  return stock;
}

export function productBySlug(stock, slug) {
  const product = Object.values(stock).find((entry) => entry.slug === slug);
  if (!product) throw new Error(`product ${slug} is not in the catalog`);
  return product;
}

/** The embedded gateway's API, with the merchant credentials the app was started with. */
export function sandboxApi(targets, secrets) {
  let token;
  const base = () => `${targets.pick()}/sandbox`;
  async function authorization() {
    if (!token) {
      const answer = await send(`${base()}/v1/access-token`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-merchant-id": secrets.clientId,
          "x-merchant-secret": secrets.clientSecret,
        },
        body: JSON.stringify({ grantType: "client_credentials" }),
      });
      if (answer.status !== 200) throw new Error(`sandbox token: HTTP ${answer.status} ${answer.text}`);
      token = answer.json.data.accessToken;
    }
    return `Bearer ${token}`;
  }
  async function call(method, path, body, headers = {}) {
    const answer = await send(`${base()}${path}`, {
      method,
      headers: {
        authorization: await authorization(),
        ...(body ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (answer.status !== 200)
      throw new Error(`sandbox ${method} ${path}: HTTP ${answer.status} ${answer.text}`);
    return answer.json;
  }
  return {
    /** Every session, newest first (at most 2,000). */
    async sessions() {
      const all = [];
      for (let page = 1; page <= 20; page += 1) {
        const { data, pagination } = await call("GET", `/v2/payments?perPage=100&page=${page}`);
        all.push(...data);
        if (page >= Number(pagination.totalPages)) break;
      }
      return all;
    },
    session: async (id) => (await call("GET", `/v2/payments/${id}`)).data,
    /** `dropCallback`: the sandbox records its callbacks as DROPPED instead of sending them. */
    simulate: (id, chargeStatus, { dropCallback = false } = {}) =>
      call(
        "POST",
        "/v2/payments/simulations",
        { paymentSessionId: id, chargeStatus },
        dropCallback ? { "x-sandbox-fault": "drop-callback" } : {},
      ),
  };
}

/** Sessions of the given customer emails (lower case), and how many of them are payable. */
export async function payableSessions(sandbox, emails) {
  const wanted = new Set(emails);
  const sessions = (await sandbox.sessions()).filter((session) => wanted.has(session.customer?.email));
  return { sessions, payable: sessions.filter((session) => isPayable(session)) };
}
