import "server-only";
import type { Result } from "@/lib/result";

// Wired to lib/checkout when issue 4 lands: these become
//   export { syncOrder, cancelOrderPayment } from "@/lib/checkout";
// Until then both answer 501 so the dashboard's buttons show a clear message instead of failing.

const notAvailable = (what: string): Result<unknown> => ({
  ok: false,
  error: {
    code: "not_available",
    status: 501,
    message: `${what} is not available yet: the checkout module is not installed.`,
  },
});

/** Re-reads the order's payment session from the gateway and records what changed; `actor` is the admin's email. */
export async function syncOrder(_orderId: string, _options: { actor: string }): Promise<Result<unknown>> {
  return notAvailable("Syncing with the gateway");
}

/** Cancels the order's payment session at the gateway (only while it is cancellable) and records it. */
export async function cancelOrderPayment(
  _orderId: string,
  _options: { actor: string },
): Promise<Result<unknown>> {
  return notAvailable("Cancelling a payment");
}
