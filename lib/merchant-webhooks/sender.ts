import "server-only";
import type { OutboxSender } from "@/lib/outbox/deliver";
import type { OutboxMessage } from "@/lib/outbox/repository";
import type { MerchantWebhookConfig } from "./events";
import { signedHeaders } from "./signature";

/** How long the merchant's endpoint has to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The body of a merchant webhook; the same bytes on every retry of the message. */
export function webhookBody(message: Pick<OutboxMessage, "event" | "createdAt" | "payload">): string {
  return JSON.stringify({
    type: message.event,
    timestamp: message.createdAt.toISOString(),
    data: message.payload,
  });
}

/**
 * POSTs a message to the merchant's URL, signed at send time. Only a 2xx counts as delivered;
 * redirects are not followed (the signature is for the configured URL).
 */
export function merchantWebhookSender(
  config: MerchantWebhookConfig,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): OutboxSender {
  return async (message, now) => {
    const body = webhookBody(message);
    try {
      const response = await fetch(config.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "HarsyaCheckout-Webhooks/1",
          ...signedHeaders(config.secret, message.id, now, body),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text().catch(() => "");
      return {
        delivered: response.status >= 200 && response.status < 300,
        status: response.status,
        response: text.slice(0, 200),
      };
    } catch (error) {
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : "failed";
      return { delivered: false, status: null, response: reason.slice(0, 200) };
    }
  };
}
