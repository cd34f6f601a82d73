import { z } from "zod";
import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { errorResponse, validationError } from "@/lib/http";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from "@/lib/i18n/locales";

const LocaleForm = z.object({ locale: z.enum(LOCALES) });

/** Where to go back to: the page the form was on (same origin only), else home. */
function backTo(request: Request, appUrl: string): URL {
  const home = new URL("/", appUrl);
  const referer = request.headers.get("referer");
  if (!referer) return home;
  try {
    const from = new URL(referer);
    return from.origin === home.origin ? new URL(from.pathname + from.search, appUrl) : home;
  } catch {
    return home;
  }
}

/** The header's language switcher posts here (a plain form): keep the choice, go back. */
export async function POST(request: Request) {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const parsed = LocaleForm.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return errorResponse(validationError(parsed.error));
  const { appUrl } = env();
  const response = Response.redirect(backTo(request, appUrl), 303);
  const secure = appUrl.startsWith("https:") ? "; Secure" : "";
  const headers = new Headers(response.headers);
  headers.append(
    "Set-Cookie",
    `${LOCALE_COOKIE}=${parsed.data.locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`,
  );
  headers.set("Cache-Control", "no-store");
  return new Response(null, { status: 303, headers });
}
