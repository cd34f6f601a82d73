import { z } from "zod";
import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { text } from "@/lib/bounds";
import { lookupOrder, type LookupAnswer } from "@/lib/checkout/lookup";
import { orderAccessCookies } from "@/lib/checkout/order-access";
import { env } from "@/lib/env";
import {
  clientAddress,
  errorResponse,
  handler,
  jsonResponse,
  parseJsonBody,
  validationError,
} from "@/lib/http";
import type { AppError, Result } from "@/lib/result";
import { database } from "@/lib/server/deps";

export const dynamic = "force-dynamic";

const LookupBody = z.object({
  reference: text().trim().min(1, "enter the order reference").max(40, "is too long"),
  email: text().trim().min(1, "enter the email").max(254, "is too long"),
});

/** Where the answer leads: the order's page (with its grant), or sign-in for an account's order. */
function destination({ orderId, access }: LookupAnswer): string {
  const page = `/orders/${orderId}`;
  return access === "grant" ? page : `/signin?callbackUrl=${encodeURIComponent(page)}`;
}

/** The lookup page's words for a refusal: one neutral sentence for any wrong pair. */
function pageError(error: AppError): string {
  if (error.code === "rate_limited") return "rate_limited";
  return error.code === "order_not_found" ? "not_found" : "invalid";
}

function withGrant(response: Response, answer: LookupAnswer): Response {
  if (answer.access !== "grant") return response;
  const { appUrl, auth } = env();
  const headers = new Headers(response.headers);
  for (const cookie of orderAccessCookies(answer.orderId, auth.secret, appUrl.startsWith("https:"))) {
    headers.append("Set-Cookie", cookie);
  }
  return new Response(response.body, { status: response.status, headers });
}

async function readBody(request: Request, isForm: boolean): Promise<Result<z.output<typeof LookupBody>>> {
  if (!isForm) return parseJsonBody(request, LookupBody);
  const form = await request.formData().catch(() => new FormData());
  const parsed = LookupBody.safeParse({ reference: form.get("reference"), email: form.get("email") });
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, error: validationError(parsed.error) };
}

/**
 * POST /api/orders/lookup: a reference and an email lead to that order. The lookup page posts a
 * plain form (answered with a 303 to the order, or back to the page with a neutral error); API
 * clients send JSON and get `{ orderId, url }`.
 */
export const POST = handler(async (request: Request) => {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const type = request.headers.get("content-type") ?? "";
  const isForm = type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data");
  const { appUrl } = env();
  const back = (error: string, reference = "") =>
    Response.redirect(
      new URL(`/orders?error=${error}&reference=${encodeURIComponent(reference)}`, appUrl),
      303,
    );

  const body = await readBody(request, isForm);
  if (!body.ok) return isForm ? back("invalid") : errorResponse(body.error);
  const result = await lookupOrder(await database(), { ...body.data, clientAddress: clientAddress(request) });
  if (!result.ok)
    return isForm ? back(pageError(result.error), body.data.reference) : errorResponse(result.error);

  const url = destination(result.data);
  const answer = isForm
    ? Response.redirect(new URL(url, appUrl), 303)
    : jsonResponse({ orderId: result.data.orderId, url });
  return withGrant(answer, result.data);
});
