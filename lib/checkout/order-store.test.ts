import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart, readCart } from "@/lib/cart/repository";
import { orderEvents, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { checkoutKey } from "@/lib/orders/identifiers";
import { acquireSyncLease, type NewOrder } from "@/lib/orders/repository";
import { applyPaymentSnapshot, closeOrder, createOrder, findOrderDetail } from "./order-store";
import { vaOrderDraft, vaSnapshot } from "./testing";

describe.each(testDatabaseTargets())("order store on $name", (target) => {
  let database: TestDatabase;
  let product: { id: number; name: string; price: number };

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    const [row] = await database.db.select().from(products).where(eq(products.slug, "songket-pouch"));
    product = row!;
  });
  afterAll(() => database?.close());

  const stockOf = async () =>
    (
      await database.db.select({ stock: products.stock }).from(products).where(eq(products.id, product.id))
    )[0]!.stock;

  /** Two units of the product: the stock moves by 2. */
  function draft(overrides: Partial<NewOrder> = {}): NewOrder {
    const lineTotal = product.price * 2;
    return vaOrderDraft(product, {
      amount: lineTotal,
      items: [
        { productId: product.id, name: product.name, unitPrice: product.price, quantity: 2, lineTotal },
      ],
      ...overrides,
    });
  }

  const snapshot = vaSnapshot;

  const statusChanges = async (orderId: string) =>
    database.db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "STATUS_CHANGED")));

  it("creates an order with its items and reserves stock", async () => {
    const before = await stockOf();
    const created = await createOrder(database.db, draft());
    expect(created.ok && created.data.created).toBe(true);
    expect(await stockOf()).toBe(before - 2);
    if (!created.ok) return;
    const detail = await findOrderDetail(database.db, created.data.order.id);
    expect(detail?.order.status).toBe("PENDING_PAYMENT");
    expect(detail?.items).toHaveLength(1);
    expect(detail?.payment).toBeNull();
  });

  it("resumes the open order for the same checkout key, even when requests race", async () => {
    const key = checkoutKey("same-checkout");
    const before = await stockOf();
    const results = await Promise.all(
      [1, 2, 3].map(() => createOrder(database.db, draft({ checkoutKey: key }))),
    );
    const ids = new Set(results.map((result) => (result.ok ? result.data.order.id : "failed")));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.ok && result.data.created)).toHaveLength(1);
    expect(await stockOf()).toBe(before - 2);
  });

  it("refuses an order the stock cannot cover and keeps nothing", async () => {
    const before = await stockOf();
    const tooMany = draft({
      items: [
        {
          productId: product.id,
          name: product.name,
          unitPrice: 1,
          quantity: before + 1,
          lineTotal: before + 1,
        },
      ],
    });
    const created = await createOrder(database.db, tooMany);
    expect(created).toMatchObject({ ok: false, error: { code: "insufficient_stock" } });
    expect(await stockOf()).toBe(before);
    expect(await findOrderDetail(database.db, tooMany.id)).toBeUndefined();
  });

  it("moves forward once however many duplicate callbacks arrive at the same time", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const orderId = created.data.order.id;
    const stockAfterReserve = await stockOf();
    const expired = snapshot("EXPIRED", { chargeStatuses: ["EXPIRED"] });

    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        applyPaymentSnapshot(database.db, orderId, expired, { actor: "gateway", reason: "callback" }),
      ),
    );
    expect(results.filter((result) => result?.changed)).toHaveLength(1);
    expect(results.filter((result) => result?.paymentCreated)).toHaveLength(1);
    expect(await statusChanges(orderId)).toHaveLength(1);
    // Stock came back exactly once.
    expect(await stockOf()).toBe(stockAfterReserve + 2);
  });

  it("never moves backwards: a late or out-of-order callback changes nothing", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const orderId = created.data.order.id;
    const sessionId = "session-out-of-order";
    const paid = await applyPaymentSnapshot(database.db, orderId, snapshot("PAID", { sessionId }), {
      actor: "gateway",
      reason: "paid",
    });
    expect(paid?.order.status).toBe("PAID");
    expect(paid?.order.paidAt).toBeInstanceOf(Date);

    const stock = await stockOf();
    const late = await applyPaymentSnapshot(database.db, orderId, snapshot("EXPIRED", { sessionId }), {
      actor: "gateway",
      reason: "late",
    });
    const stale = await applyPaymentSnapshot(
      database.db,
      orderId,
      snapshot("REQUIRE_ACTION", { sessionId }),
      { actor: "gateway", reason: "stale" },
    );
    expect(late?.changed).toBe(false);
    expect(stale?.order.status).toBe("PAID");
    expect(await stockOf()).toBe(stock);
    expect(await statusChanges(orderId)).toHaveLength(1);
  });

  it("keeps a settled payment settled when an older reading arrives late", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const sessionId = "session-stale-reading";
    await applyPaymentSnapshot(database.db, created.data.order.id, snapshot("PAID", { sessionId }), {
      actor: "gateway",
      reason: "paid",
    });
    await applyPaymentSnapshot(
      database.db,
      created.data.order.id,
      snapshot("REQUIRE_ACTION", { sessionId }),
      { actor: "shopper", reason: "slow poll" },
    );
    const detail = await findOrderDetail(database.db, created.data.order.id);
    expect(detail?.payment).toMatchObject({ status: "PAID" });
    expect(detail?.payment?.paidAt).toBeInstanceOf(Date);
  });

  it("flags money that arrives for an order already closed, once", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const orderId = created.data.order.id;
    await closeOrder(database.db, orderId, "CANCELLED", { actor: "system", reason: "test" });
    const paid = snapshot("PAID", { sessionId: "session-paid-after-close" });
    await applyPaymentSnapshot(database.db, orderId, paid, { actor: "gateway", reason: "callback" });
    await applyPaymentSnapshot(database.db, orderId, paid, { actor: "gateway", reason: "replay" });
    const flags = (
      await database.db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId))
    ).filter((event) => event.type === "PAID_AFTER_CLOSE");
    expect(flags).toHaveLength(1);
    expect((await findOrderDetail(database.db, orderId))?.order.status).toBe("CANCELLED");
  });

  it("maps a failed charge to FAILED and gives stock back", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const stock = await stockOf();
    const failed = await applyPaymentSnapshot(
      database.db,
      created.data.order.id,
      snapshot("CANCELLED", { cancellationReason: "CHARGE_FAILED", chargeStatuses: ["FAILED"] }),
      { actor: "gateway", reason: "callback" },
    );
    expect(failed?.order.status).toBe("FAILED");
    expect(await stockOf()).toBe(stock + 2);
  });

  it("clears the paid products from the shopper's cart", async () => {
    const added = await addToCart(database.db, undefined, { productId: product.id, quantity: 2 });
    if (!added.ok) throw new Error("add failed");
    const cartId = added.data.cartId;
    const created = await createOrder(database.db, draft({ cartId }));
    if (!created.ok) throw new Error("create failed");
    await applyPaymentSnapshot(database.db, created.data.order.id, snapshot("PAID"), {
      actor: "gateway",
      reason: "paid",
    });
    expect((await readCart(database.db, cartId)).count).toBe(0);
  });

  it("keeps pending orders pending and closes them locally only once", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const orderId = created.data.order.id;
    const pending = await applyPaymentSnapshot(database.db, orderId, snapshot("REQUIRE_ACTION"), {
      actor: "system",
      reason: "sync",
    });
    expect(pending).toMatchObject({ changed: false, order: { status: "PENDING_PAYMENT" } });
    expect(await closeOrder(database.db, orderId, "EXPIRED", { actor: "system", reason: "expired" })).toBe(
      true,
    );
    expect(await closeOrder(database.db, orderId, "CANCELLED", { actor: "system", reason: "again" })).toBe(
      false,
    );
  });

  it("lets one request at a time hold the sync lease", async () => {
    const created = await createOrder(database.db, draft());
    if (!created.ok) throw new Error("create failed");
    const orderId = created.data.order.id;
    const claims = await Promise.all([1, 2, 3].map(() => acquireSyncLease(database.db, orderId, 5_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
