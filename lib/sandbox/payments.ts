import "server-only";
import {
  CancelPaymentRequestSchema,
  ListPaymentsQuerySchema,
  SimulatePaymentRequestSchema,
} from "@/lib/harsya/wire";
import { issueCharge } from "./charges";
import { failures } from "./envelope";
import type { SandboxSession } from "./session-object";
import { changeSession, readSession, type ChangeContext } from "./sessions";
import { cancel, isAwaitingMethod, isDue, simulate } from "./state-machine";
import { listSessions } from "./store";
import { validateConfirm } from "./validation";
import { zodDetails } from "./validation-details";

export { createPayment, SANDBOX_REQUEST_ID_PATTERN, type StoredAnswer } from "./create-payment";

/** The Payment Session v2 operations, one function per endpoint (create in create-payment.ts). */

/** `GET /v2/payments/{id}`. */
export async function getPayment(context: ChangeContext, id: string): Promise<SandboxSession> {
  return (await readSession(context, id)).session;
}

/** `GET /v2/payments?clientReferenceId=&page=&perPage=`, newest first. */
export async function listPayments(context: ChangeContext, params: URLSearchParams) {
  const parsed = ListPaymentsQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const query = parsed.data;
  const { sessions, total } = await listSessions(context.db, context.clientId, query);
  const now = context.deps.now();
  const data: SandboxSession[] = [];
  for (const stored of sessions) {
    data.push(isDue(stored.session, now) ? await getPayment(context, stored.session.id) : stored.session);
  }
  return {
    data,
    pagination: {
      page: query.page,
      perPage: query.perPage,
      totalItems: total,
      totalPages: Math.ceil(total / query.perPage),
    },
  };
}

/** `POST /v2/payments/{id}/confirm`: for sessions created with autoConfirm false, before a charge exists. */
export async function confirmPayment(context: ChangeContext, id: string, body: unknown) {
  const confirm = validateConfirm(body);
  return changeSession(context, id, ({ session, methodOptions }) => {
    if (session.autoConfirm) {
      return { refused: "This payment session has autoConfirm true and cannot be confirmed through the API" };
    }
    if (!isAwaitingMethod(session)) {
      return { refused: `A ${session.status} payment session cannot be confirmed` };
    }
    confirm.checkAgainst(session, context.deps.now());
    return issueCharge(context.deps, context.db, session, confirm.choice, methodOptions);
  });
}

/** `POST /v2/payments/{id}/cancel`. */
export async function cancelPayment(context: ChangeContext, id: string, body: unknown) {
  const parsed = CancelPaymentRequestSchema.safeParse(body);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  return changeSession(context, id, ({ session }) =>
    cancel(session, parsed.data.cancellationReason, context.deps.now()),
  );
}

/** `POST /v2/payments/simulations`; the documented answer carries `updated` as the string "true". */
export async function simulatePayment(context: ChangeContext, body: unknown) {
  const parsed = SimulatePaymentRequestSchema.safeParse(body);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error));
  const { paymentSessionId, chargeStatus, amount } = parsed.data;
  await changeSession(context, paymentSessionId, ({ session }) => {
    if (session.paymentMethod?.type === "CARD") {
      // The docs' simulation covers QRIS, virtual accounts and e-wallets; cards have test numbers.
      throw failures.validation([
        {
          field: "paymentSessionId",
          message:
            "simulation applies to VIRTUAL_ACCOUNT, QR and EWALLET sessions; pay a CARD session with a test card on the payment page",
        },
      ]);
    }
    if (amount && amount.value !== session.amount.value) {
      throw failures.validation([
        { field: "amount.value", message: `must equal the session's amount (${session.amount.value})` },
      ]);
    }
    return simulate(session, chargeStatus, context.deps.now());
  });
  return { updated: "true" };
}
