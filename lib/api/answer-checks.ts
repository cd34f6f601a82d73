/**
 * The shopper's islands check our own answers by their shape, without a schema library: the
 * route handlers build these answers from the schemas in ./schemas.ts (types only, here), so the
 * browser needs only enough to tell an answer from a proxy's error page or a truncated body.
 */
import type { CartAnswer, OrderAnswer, PaymentPageAnswer } from "./schemas";

/** What `apiFetch` needs of a check; a zod schema (the admin pages pass those) is one too. */
export interface AnswerCheck<T> {
  safeParse(body: unknown): { success: true; data: T } | { success: false };
}

type Loose = Record<string, unknown> | null | undefined;

function shape<T>(test: (body: Loose) => boolean): AnswerCheck<T> {
  return {
    safeParse: (body) =>
      typeof body === "object" && body !== null && test(body as Loose)
        ? { success: true, data: body as T }
        : { success: false },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

export const CartAnswerCheck = shape<CartAnswer>((body) => {
  const cart = body?.cart;
  return (
    isObject(cart) &&
    Array.isArray(cart.lines) &&
    typeof cart.count === "number" &&
    typeof cart.subtotal === "number"
  );
});

export const PaymentPageAnswerCheck = shape<PaymentPageAnswer>(
  (body) => typeof body?.orderId === "string" && typeof body.paymentUrl === "string",
);

export const OrderAnswerCheck = shape<OrderAnswer>((body) => {
  const order = body?.order;
  return isObject(order) && typeof order.id === "string" && typeof order.status === "string";
});

/** `{ error: { code, message, fields?, retryable?, orderId? } }`, read field by field. */
export function readErrorAnswer(body: unknown) {
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  const fields = isObject(error.fields)
    ? Object.fromEntries(
        Object.entries(error.fields).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      )
    : undefined;
  return {
    code: typeof error.code === "string" ? error.code : undefined,
    message: typeof error.message === "string" ? error.message : undefined,
    fields,
    retryable: typeof error.retryable === "boolean" ? error.retryable : undefined,
    orderId: typeof error.orderId === "string" ? error.orderId : undefined,
  };
}
