import type { orderEvents, webhookEvents } from "@/lib/db/schema/orders";

type OrderEventRow = typeof orderEvents.$inferSelect;
type WebhookEventRow = typeof webhookEvents.$inferSelect;

export type TimelineEntry =
  | {
      kind: "event";
      key: string;
      at: Date;
      type: string;
      message: string;
      actor: string;
      data: unknown;
    }
  | {
      kind: "callback";
      key: string;
      at: Date;
      event: string | null;
      outcome: string;
      httpStatus: number;
    };

/**
 * One list, oldest first, of what the order recorded (created, session, syncs, state changes,
 * admin actions) and every verified callback that reached the webhook for it.
 */
export function buildTimeline(events: OrderEventRow[], callbacks: WebhookEventRow[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({
      kind: "event" as const,
      key: `event-${event.id}`,
      at: event.createdAt,
      type: event.type,
      message: event.message,
      actor: event.actor,
      data: event.data,
    })),
    ...callbacks.map((callback) => ({
      kind: "callback" as const,
      key: `callback-${callback.id}`,
      at: callback.receivedAt,
      event: callback.event,
      outcome: callback.outcome,
      httpStatus: callback.httpStatus,
    })),
  ];
  // Stable sort: entries with the same time stay in insertion order (order events by id, then callbacks).
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
