ALTER TABLE "webhook_events" ADD COLUMN "client_address" text;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD COLUMN "body_bytes" bigint;--> statement-breakpoint
-- Callbacks refused for their key were stored with what their bodies claimed (event, session,
-- the order that resolved to, the payload). Keep only their summary, as the webhook now does.
UPDATE "webhook_events" SET "event" = NULL, "session_id" = NULL, "order_id" = NULL, "payload" = NULL WHERE "verified" = false;
