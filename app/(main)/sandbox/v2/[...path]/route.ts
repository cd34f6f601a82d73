import { sandboxRoute } from "@/lib/sandbox/next";

// The embedded gateway's API; lib/sandbox/router.ts answers every path (404 outside sandbox mode).
export const dynamic = "force-dynamic";

export const GET = sandboxRoute;
export const POST = sandboxRoute;
