import "server-only";
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { AccessTokenRequestSchema } from "@/lib/harsya/wire";
import type { SandboxDeps } from "./deps";
import { failures } from "./envelope";
import { purposeKey, signJwt, verifyJwt } from "./jwt";
import { zodDetails } from "./validation-details";

/** The gateway's documented token lifetime. */
export const ACCESS_TOKEN_SECONDS = 900;
/** Sandbox extension: ask for a shorter-lived token (1-900 s) to test expiry without waiting. */
export const TOKEN_TTL_HEADER = "x-sandbox-token-ttl";

const ISSUER = "harsya-sandbox";

const AccessTokenClaims = z.object({
  iss: z.literal(ISSUER),
  clientId: z.string(),
  exp: z.number(),
});

const PageTokenClaims = z.object({
  iss: z.literal(ISSUER),
  uuid: z.string().min(1),
});

const sameText = (a: string, b: string) => {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
};

/** `POST /v1/access-token`: exactly the configured client id and secret get a 900 s bearer token. */
export function issueAccessToken(deps: SandboxDeps, headers: Headers, body: unknown) {
  const clientId = headers.get("x-merchant-id");
  const secret = headers.get("x-merchant-secret");
  const missing = [
    ...(clientId ? [] : [{ field: "X-MERCHANT-ID", message: "is required" }]),
    ...(secret ? [] : [{ field: "X-MERCHANT-SECRET", message: "is required" }]),
  ];
  if (missing.length > 0) throw failures.validation(missing);
  const parsed = AccessTokenRequestSchema.safeParse(body);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  // Both compared, whatever the first says, so timing does not tell which one was wrong.
  const idMatches = sameText(clientId ?? "", deps.clientId);
  const secretMatches = sameText(secret ?? "", deps.clientSecret);
  if (!idMatches || !secretMatches) throw failures.credentials("Invalid X-MERCHANT-ID or X-MERCHANT-SECRET");

  const seconds = tokenLifetime(headers.get(TOKEN_TTL_HEADER));
  const issuedAt = Math.floor(deps.now().getTime() / 1000);
  const accessToken = signJwt(
    {
      iss: ISSUER,
      sub: deps.clientId,
      clientId: deps.clientId,
      merchantId: deps.clientId,
      iat: issuedAt,
      exp: issuedAt + seconds,
      jti: randomUUID(),
    },
    purposeKey(deps.clientSecret, "sandbox access token"),
  );
  return { accessToken, expiresIn: String(seconds), tokenType: "Bearer" };
}

function tokenLifetime(requested: string | null): number {
  if (requested === null) return ACCESS_TOKEN_SECONDS;
  const seconds = Number(requested);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > ACCESS_TOKEN_SECONDS) {
    throw failures.validation([
      {
        field: "X-Sandbox-Token-Ttl",
        message: `must be a whole number of seconds from 1 to ${ACCESS_TOKEN_SECONDS}`,
      },
    ]);
  }
  return seconds;
}

/** Every other call: a valid, unexpired bearer token of the configured client, or 401. */
export function requireAccessToken(deps: SandboxDeps, headers: Headers): string {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  if (!match?.[1]) throw failures.credentials("Missing access token. Request new access token");
  const claims = AccessTokenClaims.safeParse(
    verifyJwt(match[1], purposeKey(deps.clientSecret, "sandbox access token")),
  );
  if (!claims.success || claims.data.clientId !== deps.clientId) {
    throw failures.credentials("Invalid access token. Request new access token");
  }
  if (claims.data.exp * 1000 <= deps.now().getTime()) {
    throw failures.credentials("Access token expired. Request new access token");
  }
  return claims.data.clientId;
}

/**
 * The `token` of a session's `paymentUrl`: a JWT of the session id whose `exp` is the session's
 * expiry, as in the gateway's examples. The hosted page checks only the signature, so an expired
 * session still shows as expired instead of an error.
 */
export function paymentPageToken(deps: SandboxDeps, sessionId: string, expiryAt: Date): string {
  return signJwt(
    { iss: ISSUER, uuid: sessionId, exp: Math.floor(expiryAt.getTime() / 1000) },
    purposeKey(deps.clientSecret, "sandbox payment page"),
  );
}

/** The hosted page of a session (its `paymentUrl` in REDIRECT mode). */
export function paymentPageUrl(deps: SandboxDeps, sessionId: string, expiryAt: Date): string {
  return `${deps.publicUrl}/pay?token=${paymentPageToken(deps, sessionId, expiryAt)}`;
}

export function sessionIdFromPageToken(deps: SandboxDeps, token: string): string | undefined {
  const claims = PageTokenClaims.safeParse(
    verifyJwt(token, purposeKey(deps.clientSecret, "sandbox payment page")),
  );
  return claims.success ? claims.data.uuid : undefined;
}
