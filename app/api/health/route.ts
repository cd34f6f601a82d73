import { sql } from "drizzle-orm";
import { database } from "@/lib/server/deps";
import { jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise (load balancers and the test harness poll this). */
export async function GET() {
  try {
    const db = await database();
    await db.execute(sql`select 1`);
    return jsonResponse({ status: "ok", database: "up" });
  } catch (error) {
    console.error("[health] database unreachable:", error instanceof Error ? error.message : error);
    return jsonResponse({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
