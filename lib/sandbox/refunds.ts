import "server-only";
import { randomUUID } from "node:crypto";
import { text } from "@/lib/bounds";
import { ListPaymentsQuerySchema } from "@/lib/harsya/wire";
import { CreateRefundRequestSchema } from "@/lib/harsya/wire-refunds";
import { deliverCallback, newCallbackClaim } from "./callbacks";
import { failures } from "./envelope";
import { earlierAnswer, payloadHash, SANDBOX_REQUEST_ID_PATTERN, type StoredAnswer } from "./create-payment";
import { REFUND_FAILURE, REFUND_STEP_MS, refundOutcome } from "./refund-outcomes";
import {
  findRefundRecord,
  insertRefundRecord,
  listRefundRecords,
  refundsOfSession,
  saveRefundStep,
  type RefundRecord,
} from "./refund-store";
import { stampTime } from "./session-object";
import { readSession, type ChangeContext } from "./sessions";
import { zodDetails } from "./validation-details";

/** The refund API (v1), one function per endpoint; refunds move PENDING → outcome with a callback each step. */

const CREATE_ENDPOINT = "POST /v1/refunds";
const EVENT_OF: Record<string, string> = {
  PENDING: "REFUND.PENDING",
  WAITING_BANK_TRANSFER: "REFUND.WAITING_BANK_TRANFER",
  SUCCESS: "REFUND.SUCCESS",
  FAILED: "REFUND.FAILED",
};
const holdsMoney = (status: string) => status !== "FAILED" && status !== "CANCELLED";
const wireAmount = (rupiah: number) => `${rupiah}.00`;

/** `POST /v1/refunds`: only a PAID session, never more than is left of it; `X-REQUEST-ID` replays. */
export async function createRefund(
  context: ChangeContext,
  body: unknown,
  requestId: string | null,
): Promise<StoredAnswer> {
  const { deps, db, clientId } = context;
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
  const parsed = CreateRefundRequestSchema.safeParse(body);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const request = parsed.data;
  if (!request.paymentSessionId) {
    throw failures.validation([
      { field: "paymentSessionId", message: "the sandbox refunds by paymentSessionId" },
    ]);
  }
  const { session } = await readSession(context, request.paymentSessionId);
  if (session.status !== "PAID")
    throw failures.invalidState(`Only a PAID payment session can be refunded (it is ${session.status})`);
  const isVa = session.paymentMethod?.type === "VIRTUAL_ACCOUNT";
  const method = request.method ?? (isVa ? "TRANSFER_ONLY" : "AUTO");
  if (isVa && method !== "TRANSFER_ONLY") {
    throw failures.validation([
      { field: "method", message: "a virtual-account payment is refunded with TRANSFER_ONLY" },
    ]);
  }
  const taken = (await refundsOfSession(db, clientId, session.id))
    .filter((refund) => holdsMoney(refund.status))
    .reduce((sum, refund) => sum + refund.amount, 0);
  const left = session.amount.value - taken;
  const amount = request.isFullAmount ? left : Math.round(Number(request.amount?.value ?? 0));
  if (amount <= 0 || amount > left) {
    throw failures.validation([
      {
        field: "amount.value",
        message: `must be at most ${wireAmount(Math.max(0, left))} (what is left to refund)`,
      },
    ]);
  }

  const now = deps.now();
  const id = `rfd_${randomUUID()}`;
  const data = {
    id,
    clientReferenceId: request.clientReferenceId,
    paymentSessionId: session.id,
    chargeId: request.chargeId ?? session.chargeDetails?.[0]?.id ?? null,
    isFullAmount: request.isFullAmount ?? false,
    amount: { value: wireAmount(amount), currency: "IDR" },
    reason: request.reason,
    description: request.description ?? null,
    method,
    transferDestination: request.transferDestination ?? null,
    status: "PENDING",
    failureCode: null,
    failureReason: null,
    metadata: request.metadata ?? null,
    createdAt: stampTime(now),
    updatedAt: stampTime(now),
  };
  const outcome = refundOutcome({
    clientReferenceId: request.clientReferenceId,
    accountNumber: request.transferDestination?.accountNumber,
  });
  const claim = newCallbackClaim(deps);
  const saved = await insertRefundRecord(
    db,
    {
      id,
      clientId,
      sessionId: session.id,
      clientReferenceId: request.clientReferenceId,
      status: "PENDING",
      amount,
      outcome,
      nextStepAt: new Date(now.getTime() + REFUND_STEP_MS),
      data,
      createdAt: now,
      updatedAt: now,
    },
    idempotency,
    { event: "REFUND.PENDING", plan: { url: deps.callbackUrl, drop: context.dropCallbacks, claim }, now },
  );
  if (saved === "key_taken") {
    const earlier = idempotency && (await earlierAnswer(context, idempotency));
    if (earlier) return earlier;
    throw failures.internal();
  }
  send(context, saved.callbackId, claim.by);
  scheduleSteps(context, id);
  return { status: 200, body: { code: "00", message: "Success", data } };
}

/** `GET /v1/refunds/{id}`: a refund whose step is due takes it first. */
export async function getRefund(context: ChangeContext, rawId: string): Promise<unknown> {
  const id = text().min(1).max(255).safeParse(rawId);
  if (!id.success) throw failures.validation(zodDetails(id.error, "id"));
  let record = await findRefundRecord(context.db, context.clientId, id.data);
  if (!record) throw failures.refundMissing(id.data);
  for (let step = 0; step < 3 && record && isDue(record, context.deps.now()); step += 1) {
    record =
      (await takeStep(context, record)) ?? (await findRefundRecord(context.db, context.clientId, id.data));
  }
  return record?.data;
}

/** `GET /v1/refunds`, newest first, filtered by `clientReferenceId` or `paymentSessionId`. */
export async function listRefunds(context: ChangeContext, params: URLSearchParams) {
  const parsed = ListPaymentsQuerySchema.extend({
    paymentSessionId: text().min(1).max(255).optional(),
  }).safeParse(Object.fromEntries(params));
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const query = parsed.data;
  const { rows, total } = await listRefundRecords(context.db, context.clientId, query);
  const data: unknown[] = [];
  for (const row of rows)
    data.push(isDue(row, context.deps.now()) ? await getRefund(context, row.id) : row.data);
  const pagination = {
    page: query.page,
    perPage: query.perPage,
    totalItems: total,
    totalPages: Math.ceil(total / query.perPage),
  };
  return { data, pagination };
}

const isDue = (record: RefundRecord, now: Date) => record.nextStepAt !== null && record.nextStepAt <= now;

/** PENDING → SUCCESS | FAILED | WAITING_BANK_TRANSFER; WAITING_BANK_TRANSFER → SUCCESS. */
async function takeStep(context: ChangeContext, record: RefundRecord): Promise<RefundRecord | undefined> {
  const { deps } = context;
  const now = deps.now();
  const status =
    record.status === "PENDING"
      ? record.outcome === "WAITING"
        ? "WAITING_BANK_TRANSFER"
        : record.outcome
      : "SUCCESS";
  const data = {
    ...(record.data as Record<string, unknown>),
    status,
    updatedAt: stampTime(now),
    ...(status === "FAILED" ? REFUND_FAILURE : {}),
  };
  const nextStepAt = status === "WAITING_BANK_TRANSFER" ? new Date(now.getTime() + REFUND_STEP_MS) : null;
  const claim = newCallbackClaim(deps);
  const saved = await saveRefundStep(
    context.db,
    record,
    { status, data, nextStepAt },
    {
      event: EVENT_OF[status] ?? `REFUND.${status}`,
      plan: { url: deps.callbackUrl, drop: context.dropCallbacks, claim },
      now,
    },
  );
  if (!saved.saved) return undefined;
  send(context, saved.callbackId, claim.by);
  if (nextStepAt) scheduleSteps(context, record.id);
  return { ...record, status, data, nextStepAt, version: record.version + 1 };
}

/** After the response, waits for the next step and takes it (a read may take it first). */
function scheduleSteps(context: ChangeContext, id: string) {
  context.deps.afterResponse(async () => {
    await context.deps.sleep(REFUND_STEP_MS);
    try {
      const record = await findRefundRecord(context.db, context.clientId, id);
      if (record && isDue(record, context.deps.now())) await takeStep(context, record);
    } catch (error) {
      console.error("[sandbox] refund step failed:", error instanceof Error ? error.message : error);
    }
  });
}

function send(context: ChangeContext, callbackId: number | null, claimedBy: string) {
  if (callbackId === null) return;
  context.deps.afterResponse(() =>
    deliverCallback(context.deps, callbackId, claimedBy).catch((error: unknown) => {
      console.error("[sandbox] callback delivery failed:", error instanceof Error ? error.message : error);
    }),
  );
}
