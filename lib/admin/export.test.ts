import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, refunds, type OrderStatus } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { exportOrderBatches, ordersCsvStream } from "./export";

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(decoder.decode(next.value));
  }
  return chunks;
}

describe.each(testDatabaseTargets())("orders CSV export on $name", (target) => {
  let database: TestDatabase;

  async function insertOrder(
    reference: string,
    createdAt: string,
    values: { status?: OrderStatus; customerName?: string; email?: string; channel?: string } = {},
  ) {
    await database.db.insert(orders).values({
      id: `id-${reference}`,
      reference,
      checkoutKey: `key-${reference}`,
      customerName: "Sari",
      email: "sari@example.com",
      phoneNumber: "81234567890",
      amount: 125_000,
      // Microseconds, as Postgres stores now(): more precise than a JavaScript Date.
      createdAt: sql`${createdAt}::timestamptz`,
      expiresAt: new Date("2026-12-31T00:00:00Z"),
      // A bank channel is a virtual account, as checkout records it.
      method: values.channel ? "VIRTUAL_ACCOUNT" : null,
      ...values,
    });
  }

  beforeAll(async () => {
    database = await target.open();
    await insertOrder("HCA", "2026-11-20 10:00:00.000001+00", { status: "PAID", channel: "BCA" });
    // Same millisecond as each other, apart by microseconds: the cursor must not lose them.
    await insertOrder("HCB", "2026-11-20 10:00:00.123456+00");
    await insertOrder("HCC", "2026-11-20 10:00:00.123789+00", {
      customerName: 'Budi "Kopi", Santoso',
      email: "=cmd@example.com",
    });
    // Same instant: ties broken by id.
    await insertOrder("HCD", "2026-11-21 08:00:00+00", { status: "EXPIRED" });
    await insertOrder("HCE", "2026-11-21 08:00:00+00", { status: "PAID", channel: "BNI" });
    await insertOrder("HCF", "2026-11-22 09:00:00+00", { customerName: "Line\nbreak" });
    await insertOrder("HCG", "2026-11-23 09:00:00+00", {
      status: "PAID",
      channel: "BRI",
      email: "dewi@example.com",
    });
    // HCE was refunded in part: only the refund that succeeded counts as money given back.
    for (const [n, amount, status] of [
      [1, 25_000, "SUCCESS"],
      [2, 50_000, "FAILED"],
    ] as const) {
      await database.db.insert(refunds).values({
        orderId: "id-HCE",
        requestId: `refund-request-${n}`,
        clientReferenceId: `HCE-R${n}`,
        submitKey: `form-${n}`,
        amount,
        reason: "REQUESTED_BY_CUSTOMER",
        method: "TRANSFER_ONLY",
        status,
        requestedBy: "admin@example.com",
      });
    }
  });
  afterAll(() => database?.close());

  it("reads every order once, newest first, in batches of the given size", async () => {
    const batches: string[][] = [];
    for await (const batch of exportOrderBatches(database.db, {}, 2))
      batches.push(batch.map((o) => o.reference));
    expect(batches).toEqual([["HCG", "HCF"], ["HCE", "HCD"], ["HCC", "HCB"], ["HCA"]]);

    const exact: string[][] = [];
    for await (const batch of exportOrderBatches(database.db, {}, 7))
      exact.push(batch.map((o) => o.reference));
    expect(exact).toEqual([["HCG", "HCF", "HCE", "HCD", "HCC", "HCB", "HCA"]]);
  });

  it("streams the header, then one chunk per batch, quoted and defused", async () => {
    const chunks = await readChunks(ordersCsvStream(database.db, {}, 3));
    expect(chunks).toHaveLength(1 + 3);
    expect(chunks[0]).toBe(
      "reference,created (UTC ISO 8601),status,method,channel,amount (IDR),refunded (IDR),customer name,email\r\n",
    );
    const csv = chunks.join("");
    expect(csv).toContain(
      "HCG,2026-11-23T09:00:00.000Z,PAID,VIRTUAL_ACCOUNT,BRI,125000,0,Sari,dewi@example.com\r\n",
    );
    expect(csv).toContain(
      'HCF,2026-11-22T09:00:00.000Z,PENDING_PAYMENT,,,125000,0,"Line\nbreak",sari@example.com\r\n',
    );
    expect(csv).toContain(
      `HCC,2026-11-20T10:00:00.123Z,PENDING_PAYMENT,,,125000,0,"Budi ""Kopi"", Santoso",'=cmd@example.com\r\n`,
    );
    expect(csv).toContain("HCE,2026-11-21T08:00:00.000Z,PAID,VIRTUAL_ACCOUNT,BNI,125000,25000,Sari,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("applies the list's filters", async () => {
    const paid = (await readChunks(ordersCsvStream(database.db, { status: "PAID" }, 2))).join("");
    expect(
      paid
        .split("\r\n")
        .slice(1, -1)
        .map((line) => line.split(",")[0]),
    ).toEqual(["HCG", "HCE", "HCA"]);

    const dewi = (await readChunks(ordersCsvStream(database.db, { q: "DEWI" }))).join("");
    expect(
      dewi
        .split("\r\n")
        .slice(1, -1)
        .map((line) => line.split(",")[0]),
    ).toEqual(["HCG"]);

    const none = await readChunks(ordersCsvStream(database.db, { status: "FAILED" }));
    expect(none).toHaveLength(1);
  });
});
