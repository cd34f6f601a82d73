import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the password it hashed, and no other", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores its parameters and a fresh salt, never the password", async () => {
    const [first, second] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(first).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(first).not.toBe(second);
    expect(first.split("$")[4]).not.toBe(second.split("$")[4]);
    expect(first).not.toContain("same password");
  });

  it("treats equivalent Unicode spellings as the same password", async () => {
    const composed = "caf\u00e9-au-lait";
    const decomposed = "cafe\u0301-au-lait";
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it("verifies a hash made with other (still acceptable) parameters", async () => {
    // Parameters are read from the hash, so raising the cost later keeps old accounts working.
    const { scryptSync } = await import("node:crypto");
    const salt = Buffer.from("0123456789abcdef");
    const key = scryptSync("older account", salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString("base64url")}$${key.toString("base64url")}`;
    expect(await verifyPassword("older account", stored)).toBe(true);
    expect(await verifyPassword("other", stored)).toBe(false);
  });

  it("refuses malformed or dangerous hashes instead of throwing", async () => {
    const good = await hashPassword("some password");
    const [, , , , salt, key] = good.split("$");
    for (const stored of [
      "",
      "plain-text-password",
      "bcrypt$10$abc",
      `scrypt$$${good}`,
      `scrypt$32768$8$3$${salt}`,
      `scrypt$30000$8$3$${salt}$${key}`, // N not a power of two
      `scrypt$2097152$8$3$${salt}$${key}`, // N too large: would exhaust memory
      `scrypt$32768$64$3$${salt}$${key}`, // r too large
      `scrypt$32768$8$3$short$${key}`,
      `scrypt$32768$8$3$${salt}$${key}!`,
    ]) {
      expect(await verifyPassword("some password", stored), stored).toBe(false);
    }
  });
});
