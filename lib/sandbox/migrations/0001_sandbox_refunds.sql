-- Refunds (/v1/refunds). IF NOT EXISTS, like 0000, so a re-run or a shared database is harmless.
CREATE TABLE IF NOT EXISTS "sandbox_refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"session_id" text NOT NULL,
	"client_reference_id" text NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"outcome" text NOT NULL,
	"next_step_at" timestamp with time zone,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_refunds_session" ON "sandbox_refunds" USING btree ("client_id","session_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sandbox_refunds_reference" ON "sandbox_refunds" USING btree ("client_id","client_reference_id");