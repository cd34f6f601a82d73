import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { listProducts } from "@/lib/catalog/repository";
import { addToCart, readCart, removeLine, setLineQuantity } from "./repository";

describe.each(testDatabaseTargets())("cart repository on $name", (target) => {
  let database: TestDatabase;
  let coffee: { id: number; price: number };
  let runner: { id: number; price: number };

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    const all = await listProducts(database.db);
    coffee = all.find((p) => p.slug === "kopi-gayo-arabica")!;
    runner = all.find((p) => p.slug === "kain-tenun-ikat")!;
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    await database.db.update(products).set({ stock: 3 }).where(eq(products.id, runner.id));
  });

  it("seeds the catalog once", async () => {
    await seedCatalog(database.db);
    const all = await listProducts(database.db);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((p) => p.slug)).size).toBe(all.length);
    for (const product of all) {
      expect(Number.isInteger(product.price)).toBe(true);
      expect(product.image).toMatch(/^\/products\/.+\.svg$/);
    }
  });

  it("creates a cart on first add and totals lines on the server", async () => {
    const added = await addToCart(database.db, undefined, { productId: coffee.id, quantity: 2 });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const cartId = added.data.cartId;
    expect(cartId).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await addToCart(database.db, cartId, { productId: coffee.id, quantity: 1 });
    await addToCart(database.db, cartId, { productId: runner.id, quantity: 1 });
    const cart = await readCart(database.db, cartId);
    expect(cart.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [coffee.id, 3],
      [runner.id, 1],
    ]);
    expect(cart.count).toBe(4);
    expect(cart.subtotal).toBe(coffee.price * 3 + runner.price);
  });

  it("replaces an unknown cart id with a new cart", async () => {
    const added = await addToCart(database.db, "no-such-cart-id-000000000000", {
      productId: coffee.id,
      quantity: 1,
    });
    expect(added.ok && added.data.cartId).not.toBe("no-such-cart-id-000000000000");
  });

  it("refuses an unknown product", async () => {
    const added = await addToCart(database.db, undefined, { productId: 999_999, quantity: 1 });
    expect(added).toMatchObject({ ok: false, error: { code: "product_not_found" } });
  });

  it("never lets a line exceed the stock, adding or setting", async () => {
    const added = await addToCart(database.db, undefined, { productId: runner.id, quantity: 2 });
    if (!added.ok) throw new Error("add failed");
    const cartId = added.data.cartId;
    const again = await addToCart(database.db, cartId, { productId: runner.id, quantity: 2 });
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: "insufficient_stock",
        fields: { quantity: { problem: "stockLeft", values: { left: 3 } } },
      },
    });
    expect(await setLineQuantity(database.db, cartId, runner.id, 4)).toMatchObject({ ok: false });
    expect(await setLineQuantity(database.db, cartId, runner.id, 3)).toEqual({ ok: true, data: null });
    expect((await readCart(database.db, cartId)).count).toBe(3);
  });

  it("removes a line and reports a missing one", async () => {
    const added = await addToCart(database.db, undefined, { productId: coffee.id, quantity: 1 });
    if (!added.ok) throw new Error("add failed");
    const cartId = added.data.cartId;
    expect(await removeLine(database.db, cartId, coffee.id)).toEqual({ ok: true, data: null });
    expect(await removeLine(database.db, cartId, coffee.id)).toMatchObject({
      ok: false,
      error: { code: "line_not_found" },
    });
    expect(await readCart(database.db, cartId)).toEqual({ lines: [], count: 0, subtotal: 0 });
  });

  it("reads an absent cart as empty", async () => {
    expect(await readCart(database.db, undefined)).toEqual({ lines: [], count: 0, subtotal: 0 });
  });
});
