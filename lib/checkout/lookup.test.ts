import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { carts, orders } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { guestOrderCart, lookupOrder } from "./lookup";

describe.each(testDatabaseTargets())("order lookup on $name", (target) => {
  let database: TestDatabase;
  let guestOrder: string;
  let accountOrder: string;
  const cartId = `cart-${randomUUID()}`;

  async function insertOrder(reference: string, extra: { cartId?: string; userId?: string }) {
    const id = randomUUID();
    await database.db.insert(orders).values({
      id,
      reference,
      checkoutKey: `key-${id}`,
      customerName: "Sari Wulandari",
      email: "Sari@Example.com",
      phoneNumber: "81234567890",
      amount: 100_000,
      expiresAt: new Date(Date.now() + 15 * 60_000),
      ...extra,
    });
    return id;
  }

  beforeAll(async () => {
    database = await target.open();
    await database.db.insert(carts).values({ id: cartId });
    const user = await createUser(database.db, {
      email: "dewi@example.com",
      name: "Dewi",
      passwordHash: null,
    });
    if (!user.ok) throw new Error("user");
    guestOrder = await insertOrder("HCGUEST00001", { cartId });
    accountOrder = await insertOrder("HCACCOUNT001", { cartId, userId: user.data.id });
  });
  afterAll(async () => database?.close());

  const ask = (reference: string, email: string, clientAddress = "10.0.0.1") =>
    lookupOrder(database.db, { reference, email, clientAddress });

  it("finds a guest order by reference and email, whatever their case and spacing", async () => {
    expect(await ask(" hcguest00001 ", "sari@example.COM ")).toEqual({
      ok: true,
      data: { orderId: guestOrder, access: "grant" },
    });
    expect(await guestOrderCart(database.db, guestOrder)).toBe(cartId);
  });

  it("sends an account's order to sign-in, and grants nothing for it", async () => {
    expect(await ask("HCACCOUNT001", "sari@example.com", "10.0.0.2")).toEqual({
      ok: true,
      data: { orderId: accountOrder, access: "sign_in" },
    });
    expect(await guestOrderCart(database.db, accountOrder)).toBeUndefined();
  });

  it("answers a wrong email and an unknown reference alike", async () => {
    const wrongEmail = await ask("HCGUEST00001", "someone@example.com", "10.0.0.3");
    const unknown = await ask("HCNOSUCH0001", "sari@example.com", "10.0.0.3");
    expect(wrongEmail).toEqual({ ok: false, error: { code: "order_not_found" } });
    expect(unknown).toEqual(wrongEmail);
  });

  it("stops one address after ten tries, even with the right pair", async () => {
    for (let i = 0; i < 10; i += 1)
      await ask(`HCGUESS${String(i).padStart(5, "0")}`, "x@example.com", "10.0.0.9");
    const refused = await ask("HCGUEST00001", "sari@example.com", "10.0.0.9");
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe("rate_limited");
    expect(!refused.ok && refused.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("stops guessing emails for one reference from many addresses", async () => {
    for (let i = 0; i < 5; i += 1) await ask("HCACCOUNT001", `guess${i}@example.com`, `10.1.0.${i}`);
    const refused = await ask("HCACCOUNT001", "sari@example.com", "10.1.0.99");
    expect(!refused.ok && refused.error.code).toBe("rate_limited");
  });
});
