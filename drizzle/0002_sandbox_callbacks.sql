ALTER TABLE "sandbox_callbacks" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "sandbox_callbacks" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sandbox_callbacks_due" ON "sandbox_callbacks" USING btree ("next_attempt_at") WHERE "sandbox_callbacks"."status" = 'PENDING';