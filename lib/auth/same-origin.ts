import "server-only";
import { env } from "@/lib/env";
import { errorResponseIn } from "@/lib/http";
import { localeOfHeaders } from "@/lib/i18n/locales";
import type { AppError } from "@/lib/result";
import { originProblem } from "./origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a state-changing request is refused for not coming from the shop's own pages (APP_URL), or
 * null when it may go on. Safe methods always go on. See ./origin.ts for the rule.
 */
export function foreignOriginError(request: Request): AppError | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const { appUrl } = env();
  switch (originProblem(request, appUrl)) {
    case null:
      return null;
    case "missing":
      return { code: "missing_origin", params: { appUrl } };
    case "foreign":
      return { code: "bad_origin" };
  }
}

/** For the shopper's mutating route handlers: a 403 JSON answer, or null to go on. */
export function refuseForeignOrigin(request: Request): Response | null {
  const error = foreignOriginError(request);
  return error ? errorResponseIn(localeOfHeaders(request.headers), error) : null;
}
