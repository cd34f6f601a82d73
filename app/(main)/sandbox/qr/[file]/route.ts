import { sandboxRoute } from "@/lib/sandbox/next";

// The PNG behind a QR charge's qrUrl; lib/sandbox/router.ts answers it (404 outside sandbox mode).
export const dynamic = "force-dynamic";

export const GET = sandboxRoute;
