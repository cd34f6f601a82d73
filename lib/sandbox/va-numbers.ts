import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { VaChannel } from "@/lib/harsya/wire";

/**
 * Sandbox virtual-account numbers: 16 digits, a 4-digit prefix per bank and 12 running digits
 * from a database sequence, e.g. 7663000000000042 for PERMATA (whose prefix is taken from the
 * gateway's own example). Unique for the life of the database; the prefixes are made up.
 */
export const VA_PREFIXES: Record<VaChannel, string> = {
  BCA: "3901",
  BNI: "8808",
  BRI: "2620",
  MANDIRI: "8950",
  PERMATA: "7663",
  CIMB: "5919",
  BSI: "9347",
  BNC: "9012",
  DANAMON: "7915",
};

// PGlite and node-postgres both answer `{ rows: [...] }`; bigint comes back as a string.
const NextValue = z.object({
  rows: z.tuple([z.object({ value: z.union([z.string(), z.number(), z.bigint()]) })]),
});

export async function nextVaNumber(db: Db, channel: VaChannel): Promise<string> {
  const result = await db.execute(sql`select nextval('sandbox_va_number_seq') as value`);
  const [{ value }] = NextValue.parse(result).rows;
  const running = String(value).padStart(12, "0");
  if (running.length > 12) throw new RangeError("The sandbox has run out of virtual-account numbers");
  return `${VA_PREFIXES[channel]}${running}`;
}
