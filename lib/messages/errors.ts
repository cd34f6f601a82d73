/**
 * The words behind every error code a use case or route can answer, in one place. `{name}` marks a
 * value from the error's params. Use cases never hold sentences: they return a code (and, where a
 * code has variants, a message key); lib/http.ts turns it into a status and one of these.
 */
export const ERROR_MESSAGES = {
  validation_error: "{summary}",
  invalid_json: "The request body is not valid JSON.",
  malformed_path: "The address is not valid: it has a broken %-escape.",
  not_confirmed: "Confirm the action first.",
  internal_error: "Something went wrong on our side. Please try again in a moment.",
  rate_limited: "Too many attempts. Please wait {seconds} seconds and try again.",
  checkout_rate_limited:
    "Too many checkout attempts. Please wait {seconds} seconds and try again; your cart is kept.",
  callbacks_rate_limited: "Too many callbacks with a wrong key. Try again later.",
  too_many_attempts_minute: "Too many attempts. Try again in 1 minute.",
  too_many_attempts_minutes: "Too many attempts. Try again in {minutes} minutes.",

  unauthenticated: "Sign in to continue.",
  unauthorized: "A valid CRON_SECRET bearer token is required.",
  forbidden: "Only merchants can do this.",
  bad_origin:
    "This request came from another site, not from the shop's own pages. Reload the page and try again.",
  missing_origin:
    'This request has no Origin header. Changes are accepted only from the shop\'s own pages; other clients must send "Origin: {appUrl}".',
  email_taken: "An account with this email already exists. Sign in instead.",
  password_account: "This email has a password account. Sign in with your email and password.",

  product_not_found: "That product does not exist (any more).",
  line_not_found: "That product is not in your cart.",
  quantity_too_large: "You can buy at most {max} of one product.",
  quantity_too_large_in_cart:
    "You can buy at most {max} of one product (you already have {inCart} in your cart).",
  out_of_stock: "{product} is out of stock.",
  stock_left: "{product} has only {left} left in stock.",
  stock_left_in_cart: "{product} has only {left} left in stock and you already have {inCart} in your cart.",

  cart_empty: "Your cart is empty.",
  amount_too_small: "Virtual account payments start at Rp 10.000. Please add something to your cart.",
  insufficient_stock: "Only {left} of {product} left. Please lower the quantity in your cart.",
  sold_out: "{product} has sold out. Please remove it from your cart.",
  payment_in_progress:
    "Your cart already has a payment in progress (order {reference}). Finish it, or wait until it expires.",
  va_already_issued:
    "Your cart already has a {bank} virtual account (order {reference}). Pay that one, or wait until it expires: a second one is not issued.",
  checkout_in_progress:
    "Your payment is being prepared in another tab or request. Please try again in a moment.",
  order_closed: "This order was closed while its payment was being opened. Please press “Pay now” again.",

  order_not_found: "No such order.",
  action_not_found: "There is no such action.",
  order_not_payable: "This order is no longer waiting for payment.",
  qr_not_available: "This order has no QRIS code to pay (any more).",
  method_already_chosen:
    "This order already has a {bank} virtual account. Pay that one, or start a new order.",
  method_locked: "This payment can no longer change its method.",
  not_cancellable:
    "Only a payment still waiting for its method or confirmation can be cancelled; an issued virtual account runs until it is paid or expires.",
  session_mismatch: "The payment does not belong to this order.",

  delivery_not_found: "No such webhook delivery.",
  delivery_pending: "This webhook is still being delivered: it is already going to be sent.",
  delivery_not_pending: "This webhook is no longer waiting to be delivered.",

  gateway_timeout:
    "The payment service is not answering right now. Your order is saved and you have not been charged: please try again in a moment.",
  gateway_unavailable:
    "The payment service is not answering right now. Your order is saved and you have not been charged: please try again in a moment.",
  gateway_bad_response:
    "The payment service sent an answer we could not read. Your order is saved and you have not been charged: it is safe to try again.",
  gateway_rejected:
    "The payment service refused this request. You have not been charged. Please contact us if this keeps happening.",
  gateway_rejected_detail:
    "The payment service refused this request ({detail}). You have not been charged. Please contact us if this keeps happening.",
  gateway_no_page:
    "The payment service did not return a payment page. Your order is saved and you have not been charged: it is safe to try again.",
  gateway_no_page_confirmed:
    "The payment service did not return a payment page. Your bank choice is saved; please reload this page.",

  refund_not_allowed: "Only a paid order can be refunded.",
  refund_amount_invalid: "Check the refund amount.",
  refund_in_progress:
    "Another refund of this order is still on its way to the payment service. Wait for it, then try again.",
  refund_not_found: "No such refund.",
  refund_gateway_unavailable:
    "The payment service did not answer ({detail}). The refund is saved: it is safe to try again.",
  refund_rejected: "The payment service refused the refund: {detail}.",
  late_payment_not_flagged: "This order has no payment that arrived after it closed.",
  late_payment_resolved: "This late payment was already settled.",
} as const;

export type MessageKey = keyof typeof ERROR_MESSAGES;
export type MessageParams = Record<string, string | number>;

/** Fills a message's `{name}` places from its params. */
export function formatMessage(key: MessageKey, params: MessageParams = {}): string {
  return ERROR_MESSAGES[key].replace(/\{(\w+)\}/g, (place, name: string) =>
    name in params ? String(params[name]) : place,
  );
}
