import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/repository";
import { products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import type { PaymentSnapshot } from "@/lib/payments/repository";
import { findLatestContactOfCart, findOpenPaymentOfCart } from "./open-payment";
import { applyPaymentSnapshot, closeOrder, createOrder } from "./order-store";
import { vaOrderDraft, vaSnapshot } from "./testing";

describe("the cart's open payment and latest contact", () => {
  let database: TestDatabase;
  let product: { id: number; name: string; price: number };

  beforeAll(async () => {
    database = await openTestPglite();
    await seedCatalog(database.db);
    const [row] = await database.db.select().from(products).where(eq(products.slug, "gula-aren"));
    product = row!;
  });
  afterAll(() => database?.close());

  async function newCart(): Promise<string> {
    const added = await addToCart(database.db, undefined, { productId: product.id, quantity: 1 });
    if (!added.ok) throw new Error("no cart");
    return added.data.cartId;
  }

  async function order(cartId: string, name: string, expiresAt = new Date(Date.now() + 15 * 60_000)) {
    const created = await createOrder(
      database.db,
      vaOrderDraft(product, { cartId, customerName: name, expiresAt }),
    );
    if (!created.ok) throw new Error("no order");
    return created.data.order;
  }

  const session = (status: string, overrides: Partial<PaymentSnapshot> = {}) =>
    vaSnapshot(status, { paidAt: null, ...overrides });
  const apply = (orderId: string, snapshot: PaymentSnapshot) =>
    applyPaymentSnapshot(database.db, orderId, snapshot, { actor: "test", reason: "test" });

  it("finds nothing for a cart without orders, and no contact either", async () => {
    const cartId = await newCart();
    expect(await findOpenPaymentOfCart(database.db, cartId, new Date())).toBeNull();
    expect(await findLatestContactOfCart(database.db, cartId)).toBeNull();
  });

  it("offers an issued VA until it expires, as locked", async () => {
    const cartId = await newCart();
    const placed = await order(cartId, "Budi Santoso");
    expect(await findOpenPaymentOfCart(database.db, cartId, new Date())).toBeNull(); // no session yet
    await apply(placed.id, session("REQUIRE_CUSTOMER_ACTION"));
    const open = await findOpenPaymentOfCart(database.db, cartId, new Date());
    expect(open).toMatchObject({
      orderId: placed.id,
      reference: placed.reference,
      amount: product.price,
      method: "VIRTUAL_ACCOUNT",
      channel: "BCA",
      locked: true,
      vaIssued: true,
    });
    expect(await findOpenPaymentOfCart(database.db, cartId, new Date(Date.now() + 16 * 60_000))).toBeNull();
    expect(await findLatestContactOfCart(database.db, cartId)).toEqual({
      fullName: "Budi Santoso",
      email: "budi@example.com",
      phone: "081234567890",
    });
  });

  it("offers a session without a method as replaceable, and nothing once the order is closed", async () => {
    const cartId = await newCart();
    const placed = await order(cartId, "Sari Dewi");
    await apply(
      placed.id,
      session("REQUIRE_PAYMENT_METHOD", { method: null, channel: null, vaNumber: null }),
    );
    expect(await findOpenPaymentOfCart(database.db, cartId, new Date())).toMatchObject({
      locked: false,
      vaIssued: false,
    });
    await closeOrder(database.db, placed.id, "CANCELLED", { actor: "test", reason: "test" });
    expect(await findOpenPaymentOfCart(database.db, cartId, new Date())).toBeNull();
    // A closed order still lends its contact to the next checkout.
    expect((await findLatestContactOfCart(database.db, cartId))?.fullName).toBe("Sari Dewi");
  });
});
