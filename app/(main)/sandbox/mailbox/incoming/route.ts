import { receiveMail } from "@/lib/sandbox/mailbox";
import { sandboxDeps } from "@/lib/sandbox/next";

// The embedded mailbox's door: the shop hands each email here when no SMTP server is configured.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const deps = sandboxDeps();
  if (!deps.enabled) return new Response("Not found", { status: 404 });
  return receiveMail(deps, request);
}
