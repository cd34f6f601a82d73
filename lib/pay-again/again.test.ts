import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCart } from "@/lib/cart/repository";
import { closeOrder, createOrder } from "@/lib/checkout/order-store";
import { products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { vaOrderDraft } from "@/lib/checkout/testing";
import { findOrder } from "@/lib/orders/repository";
import { payAgain, payAgainAccess } from "./again";
import { payAgainExpiry, signPayAgainToken } from "./token";

const secret = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const nobody = { user: null, cartId: undefined };

describe.each(testDatabaseTargets())("pay again on $name", (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
  });
  afterAll(() => database?.close());

  const product = async (slug: string) =>
    (await database.db.select().from(products).where(eq(products.slug, slug)))[0]!;

  async function endedOrder(slugs: string[], end = true) {
    const rows = await Promise.all(slugs.map(product));
    const items = rows.map((p) => ({
      productId: p.id,
      name: p.name,
      unitPrice: p.price,
      quantity: 2,
      lineTotal: p.price * 2,
    }));
    const created = await createOrder(
      database.db,
      vaOrderDraft(rows[0]!, { amount: items.reduce((sum, item) => sum + item.lineTotal, 0), items }),
    );
    if (!created.ok) throw new Error("no order");
    if (end)
      await closeOrder(database.db, created.data.order.id, "EXPIRED", { actor: "test", reason: "test" });
    const order = (await findOrder(database.db, created.data.order.id))!;
    return {
      order,
      token: signPayAgainToken(secret, order.id, payAgainExpiry(order.closedAt ?? new Date())),
    };
  }

  const deps = () => ({ db: database.db, secret, now: new Date() });

  it("opens an ended order only with its token or for its own browser", async () => {
    const { order, token } = await endedOrder(["teh-melati"]);
    expect((await payAgainAccess(deps(), { orderId: order.id, token, viewer: nobody })).ok).toBe(true);
    expect(await payAgainAccess(deps(), { orderId: order.id, token: null, viewer: nobody })).toEqual({
      ok: false,
      reason: "not_found",
    });
    const late = { ...deps(), now: new Date(Date.now() + 8 * 86_400_000) };
    expect(await payAgainAccess(late, { orderId: order.id, token, viewer: nobody })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("fills a new cart with what is left, at today's prices, and keeps the contact details", async () => {
    const { order, token } = await endedOrder(["teh-melati", "sambal-matah"]);
    const tea = await product("teh-melati");
    const sambal = await product("sambal-matah");
    await database.db
      .update(products)
      .set({ price: tea.price + 2_000 })
      .where(eq(products.id, tea.id));
    await database.db.update(products).set({ stock: 0 }).where(eq(products.id, sambal.id));

    const done = await payAgain(deps(), { orderId: order.id, token, viewer: nobody });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.data.contact).toEqual({
      fullName: "Budi Santoso",
      email: "budi@example.com",
      phone: "081234567890",
    });
    const cart = await readCart(database.db, done.data.cartId);
    expect(cart.lines.map((l) => [l.productId, l.quantity, l.unitPrice])).toEqual([
      [tea.id, 2, tea.price + 2_000],
    ]);

    // Pressed twice: the cart is not doubled.
    const again = await payAgain(deps(), {
      orderId: order.id,
      token,
      viewer: { user: null, cartId: done.data.cartId },
    });
    expect(again.ok && again.data.cartId).toBe(done.data.cartId);
    expect((await readCart(database.db, done.data.cartId)).count).toBe(2);
  });

  it("refuses without access, and for an order that has not ended", async () => {
    const { order } = await endedOrder(["teh-melati"]);
    expect(await payAgain(deps(), { orderId: order.id, token: "x.y", viewer: nobody })).toMatchObject({
      ok: false,
      error: { code: "order_not_found" },
    });
    const pending = await endedOrder(["teh-melati"], false);
    expect(
      await payAgain(deps(), { orderId: pending.order.id, token: pending.token, viewer: nobody }),
    ).toMatchObject({
      ok: false,
      error: { code: "order_not_payable" },
    });
  });
});
