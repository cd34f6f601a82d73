import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Password hashing with scrypt from node:crypto. A hash carries its own parameters and salt:
 * `scrypt$<N>$<r>$<p>$<salt base64url>$<key base64url>`, so the cost can be raised later without
 * breaking existing accounts. Plain passwords are never stored, returned or logged.
 */

// OWASP's scrypt equivalent of N=2^17,r=8,p=1 at a quarter of the memory (32 MiB per hash, about
// 250 ms on one of our cores): affordable on small serverless instances, slow enough for guessing.
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;

const HASH_FORMAT =
  /^scrypt\$(\d{1,8})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{22,88})\$([A-Za-z0-9_-]{43,171})$/;

function derive(password: string, salt: Buffer, keyLength: number, cost: ScryptOptions): Promise<Buffer> {
  // Node's default memory cap (32 MiB) is exactly scrypt's need at N=2^15,r=8: leave headroom.
  const options = { ...cost, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Parameters a stored hash may ask for; anything else is refused rather than run (it could exhaust memory). */
function parseHash(stored: string) {
  const match = HASH_FORMAT.exec(stored);
  if (!match) return null;
  const [, n, r, p, salt, key] = match;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = (cost.N & (cost.N - 1)) === 0;
  if (!powerOfTwo || cost.N < 2 ** 10 || cost.N > 2 ** 20) return null;
  if (cost.r < 1 || cost.r > 16 || cost.p < 1 || cost.p > 16) return null;
  return { cost, salt: Buffer.from(salt!, "base64url"), key: Buffer.from(key!, "base64url") };
}

/** True when `password` matches `stored`; false for a wrong password and for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.key.length, parsed.cost);
  return timingSafeEqual(candidate, parsed.key);
}
