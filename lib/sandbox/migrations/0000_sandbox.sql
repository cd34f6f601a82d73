-- The sandbox's tables, in a migration history of their own (table __drizzle_sandbox_migrations),
-- applied only in sandbox mode. Databases made before the split already have some of them from
-- the shop's first migration: everything here is IF NOT EXISTS, and the columns added since then
-- are added where missing.
CREATE SEQUENCE IF NOT EXISTS "public"."sandbox_va_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "sandbox_callbacks" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"event" text NOT NULL,
	"url" text NOT NULL,
	"status" text NOT NULL,
	"attempts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "sandbox_idempotency_keys" (
	"client_id" text NOT NULL,
	"key" text NOT NULL,
	"endpoint" text NOT NULL,
	"payload_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_idempotency_keys_client_id_key_pk" PRIMARY KEY("client_id","key")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "sandbox_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"client_reference_id" text NOT NULL,
	"status" text NOT NULL,
	"expiry_at" timestamp with time zone,
	"data" jsonb NOT NULL,
	"method_options" jsonb,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sandbox_callbacks" ADD COLUMN IF NOT EXISTS "claimed_by" text;--> statement-breakpoint
ALTER TABLE "sandbox_callbacks" ADD COLUMN IF NOT EXISTS "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_callbacks_session_id" ON "sandbox_callbacks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_callbacks_created_at" ON "sandbox_callbacks" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_callbacks_due" ON "sandbox_callbacks" USING btree ("next_attempt_at") WHERE "sandbox_callbacks"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_sessions_reference" ON "sandbox_sessions" USING btree ("client_id","client_reference_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_sessions_client_created" ON "sandbox_sessions" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "sandbox_sessions_live_reference" ON "sandbox_sessions" USING btree ("client_id","client_reference_id") WHERE "sandbox_sessions"."status" not in ('EXPIRED', 'CANCELLED');