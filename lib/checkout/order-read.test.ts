import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import type { PaymentSnapshot } from "@/lib/payments/repository";
import { readOrderDetail } from "./order-read";
import { applyPaymentSnapshot, closeOrder, createOrder, findOrderDetail } from "./order-store";
import { vaOrderDraft, vaSnapshot } from "./testing";

describe.each(testDatabaseTargets())("the status read's kept details on $name", (target) => {
  let database: TestDatabase;
  let product: { id: number; name: string; price: number };

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    const [row] = await database.db.select().from(products).where(eq(products.slug, "teh-melati"));
    product = row!;
  });
  afterAll(() => database?.close());

  async function placeOrder(): Promise<string> {
    const created = await createOrder(database.db, vaOrderDraft(product));
    if (!created.ok) throw new Error("no order");
    return created.data.order.id;
  }

  const session = (sessionId: string, status: string, vaNumber: string | null) =>
    vaSnapshot(status, { sessionId, vaNumber });
  const apply = (orderId: string, snapshot: PaymentSnapshot) =>
    applyPaymentSnapshot(database.db, orderId, snapshot, { actor: "test", reason: "test" });

  it("answers an unchanged order from what it kept, and what the full read says", async () => {
    const orderId = await placeOrder();
    const first = await readOrderDetail(database.db, orderId);
    expect(first).toEqual(await findOrderDetail(database.db, orderId));
    expect(await readOrderDetail(database.db, orderId)).toBe(first);
  });

  it("reads again after any change: a payment row, its VA number, the order's ending", async () => {
    const orderId = await placeOrder();
    expect((await readOrderDetail(database.db, orderId))?.payment).toBeNull();
    const sessionId = `session-${Math.random()}`;

    await apply(orderId, session(sessionId, "PENDING", null));
    expect((await readOrderDetail(database.db, orderId))?.payment?.vaNumber).toBeNull();
    await apply(orderId, session(sessionId, "PENDING", "1234567890123456"));
    expect((await readOrderDetail(database.db, orderId))?.payment?.vaNumber).toBe("1234567890123456");
    await apply(orderId, session(sessionId, "PAID", "1234567890123456"));
    const paid = await readOrderDetail(database.db, orderId);
    expect(paid?.order.status).toBe("PAID");
    expect(paid).toEqual(await findOrderDetail(database.db, orderId));

    const other = await placeOrder();
    await readOrderDetail(database.db, other);
    await closeOrder(database.db, other, "EXPIRED", { actor: "test", reason: "test" });
    expect((await readOrderDetail(database.db, other))?.order.status).toBe("EXPIRED");
    // Any write to the order row, even one no use case makes, moves its version.
    await database.db.update(orders).set({ customerName: "Siti" }).where(eq(orders.id, other));
    expect((await readOrderDetail(database.db, other))?.order.customerName).toBe("Siti");
  });

  it("forgets an order that is gone", async () => {
    const orderId = await placeOrder();
    expect(await readOrderDetail(database.db, orderId)).toBeDefined();
    await database.db.delete(orders).where(eq(orders.id, orderId));
    expect(await readOrderDetail(database.db, orderId)).toBeUndefined();
  });
});
