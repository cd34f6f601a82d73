import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { issueCharge, optionsFor } from "./charges";
import { failures } from "./envelope";
import { expiryTime, stampTime, type MethodOptions, type SandboxSession } from "./session-object";
import { readSession, type ChangeContext } from "./sessions";
import { initialStatus, isDue } from "./state-machine";
import { findIdempotencyKey, findSessionsByReference, insertSession } from "./store";
import { paymentPageUrl } from "./tokens";
import { validateCreate, type CreateInput } from "./validation";

/** `POST /v2/payments`: a new session, its charge when the request chose everything, and `X-REQUEST-ID` replays. */

const CREATE_ENDPOINT = "POST /v2/payments";

/**
 * `X-REQUEST-ID`: the docs say 16-36 letters and digits, but integrations that work in production
 * send dashes (`202512031200-F4AZ`), so the sandbox takes those too rather than fail them. The
 * client in lib/harsya still sends the documented shape.
 */
export const SANDBOX_REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{16,36}$/;
const KEY_MEMORY_MS = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

const envelope = (data: unknown) => ({ code: "00", message: "Success", data });

/** `POST /v2/payments`. With `X-REQUEST-ID`, the same payload replays the first answer; another is 409. */
export async function createPayment(
  context: ChangeContext,
  body: unknown,
  requestId: string | null,
): Promise<StoredAnswer> {
  const { deps, db, clientId } = context;
  const now = deps.now();
  if (requestId !== null && !SANDBOX_REQUEST_ID_PATTERN.test(requestId)) {
    throw failures.validation([
      { field: "X-REQUEST-ID", message: "must be 16 to 36 letters, digits and dashes" },
    ]);
  }
  const idempotency = requestId
    ? { key: requestId, endpoint: CREATE_ENDPOINT, payloadHash: payloadHash(body) }
    : undefined;
  if (idempotency) {
    const earlier = await earlierAnswer(context, idempotency);
    if (earlier) return earlier;
  }

  const input = validateCreate(body, now, deps.storeName);
  // A reference is taken while one of its sessions is open or paid; settle the ones that ran out.
  for (const stored of await findSessionsByReference(db, clientId, input.request.clientReferenceId)) {
    if (isDue(stored.session, now)) await readSession(context, stored.session.id);
  }

  const { session, methodOptions } = await newSession(context, input);
  const answer = envelope(session);
  const outcome = await insertSession(db, {
    clientId,
    session,
    methodOptions,
    now,
    idempotency: idempotency && { ...idempotency, response: answer },
  });
  if (outcome === "duplicate_reference") throw failures.duplicate(input.request.clientReferenceId);
  if (outcome === "key_taken" && idempotency) {
    // A concurrent request with the same key won; answer as if this one came second.
    const earlier = await earlierAnswer(context, idempotency);
    if (earlier) return earlier;
    throw failures.internal();
  }
  return { status: 200, body: answer };
}

export async function earlierAnswer(
  context: ChangeContext,
  idempotency: { key: string; endpoint: string; payloadHash: string },
): Promise<StoredAnswer | undefined> {
  const notBefore = new Date(context.deps.now().getTime() - KEY_MEMORY_MS);
  const row = await findIdempotencyKey(context.db, context.clientId, idempotency.key, notBefore);
  if (!row) return undefined;
  if (row.endpoint !== idempotency.endpoint || row.payloadHash !== idempotency.payloadHash) {
    throw failures.idempotency();
  }
  return { status: row.responseStatus, body: row.responseBody };
}

/** Same payload = same JSON value, whatever the key order or spacing. */
export function payloadHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

async function newSession(
  context: ChangeContext,
  input: CreateInput,
): Promise<{ session: SandboxSession; methodOptions: MethodOptions }> {
  const { deps, db } = context;
  const now = deps.now();
  const { request } = input;
  const id = randomUUID();
  const stamp = stampTime(now);
  const redirectUrl = Object.fromEntries(
    Object.entries(request.redirectUrl).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const customer = request.customer
    ? {
        givenName: request.customer.givenName ?? undefined,
        surname: request.customer.surname ?? request.customer.sureName ?? undefined,
        email: request.customer.email,
        phoneNumber: request.customer.phoneNumber ?? undefined,
        refundPreference: request.customer.refundPreference ?? { method: "AUTO" },
      }
    : undefined;
  const session: SandboxSession = {
    id,
    clientReferenceId: request.clientReferenceId,
    amount: request.amount,
    autoConfirm: input.autoConfirm,
    mode: input.mode,
    ...(input.mode === "REDIRECT" ? { bypassStatusPage: input.bypassStatusPage } : {}),
    redirectUrl,
    paymentType: "SINGLE",
    paymentMethod: input.method ? { type: input.method } : null,
    statementDescriptor: input.statementDescriptor,
    status: initialStatus(input.method !== undefined, input.autoConfirm),
    createdAt: stamp,
    updatedAt: stamp,
    expiryAt: expiryTime(input.expiryAt),
    ...(input.mode === "REDIRECT" ? { paymentUrl: paymentPageUrl(deps, id, input.expiryAt) } : {}),
    chargeDetails: null,
    ...(request.expirationMode ? { expirationMode: request.expirationMode } : {}),
    saveForFutureUse: request.saveForFutureUse ?? false,
    showSavedPayment: request.showSavedPayment ?? false,
    ...(request.customerId || customer
      ? { customerId: request.customerId ?? customerIdFor(request.customer?.email ?? "") }
      : {}),
    ...(customer ? { customer } : {}),
    cancelledAt: null,
    cancellationReason: null,
    ...(request.metadata ? { metadata: request.metadata } : {}),
  };
  const methodOptions: MethodOptions = input.choice
    ? optionsFor(input.choice)
    : input.method
      ? { type: input.method }
      : {};
  if (session.status !== "REQUIRE_ACTION" || !input.choice) return { session, methodOptions };
  return issueCharge(deps, db, session, input.choice, methodOptions);
}

/** The gateway derives a customer from the email; the sandbox derives a stable UUID-shaped id from it. */
function customerIdFor(email: string): string {
  const hex = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
