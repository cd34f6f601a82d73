import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { database } from "@/lib/server/deps";
import { fail, ok, type Result } from "@/lib/result";
import { auth } from "./index";
import { canUseAccount, hasSessionCookie, isAdmin, type SessionUser } from "./rules";
import { foreignOriginError } from "./same-origin";
import { adminConfig } from "./settings";
import { findUserById } from "./users";

export type { SessionUser } from "./rules";

/**
 * The signed-in user, read from the session and confirmed against the database (a deleted account
 * or a wiped dev database signs the browser out), or null. Merchant status comes from today's
 * ADMIN_EMAILS, not from the token. Cached per render.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(await database(), id);
  const config = adminConfig();
  if (!user || !canUseAccount(user.email, config)) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: isAdmin(user.email, config) };
});

export function signInPath(callbackPath: string): string {
  return `/signin?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}

/** For pages: the signed-in user, or a redirect to sign in that comes back to `callbackPath`. */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

/** For pages: a merchant, else sign in (anonymous) or the 403 page (app/forbidden.tsx). */
export async function requireAdmin(callbackPath: string): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (!user.isAdmin) forbidden();
  return user;
}

/**
 * For /api/admin route handlers: 401 anonymous, 403 not a merchant, and for anything but GET/HEAD a
 * 403 unless the request comes from our own origin (APP_URL).
 */
export async function requireAdminApi(request: Request): Promise<Result<SessionUser>> {
  const user = await currentUser();
  if (!user) return fail({ code: "unauthenticated" });
  if (!user.isAdmin) {
    return fail({ code: "forbidden" });
  }
  const foreign = foreignOriginError(request);
  if (foreign) return fail(foreign);
  return ok(user);
}
