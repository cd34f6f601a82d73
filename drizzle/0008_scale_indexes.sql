ALTER TABLE "webhook_events" ADD COLUMN "callback_id" text;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD COLUMN "processed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD COLUMN "replays" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_created_at_id" ON "orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_status_paid_at" ON "orders" USING btree ("status","paid_at");--> statement-breakpoint
CREATE INDEX "orders_email_lower_created_at" ON "orders" USING btree (lower("email"),"created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_callback_id" ON "webhook_events" USING btree ("callback_id");--> statement-breakpoint
CREATE INDEX "webhook_events_unprocessed" ON "webhook_events" USING btree ("received_at") WHERE "webhook_events"."callback_id" is not null and "webhook_events"."processed_at" is null;