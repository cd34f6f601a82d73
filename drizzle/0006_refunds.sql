CREATE TABLE "late_payment_resolutions" (
	"order_id" text PRIMARY KEY NOT NULL,
	"resolution" text NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"gateway_refund_id" text,
	"request_id" text NOT NULL,
	"client_reference_id" text NOT NULL,
	"submit_key" text NOT NULL,
	"amount" bigint NOT NULL,
	"reason" text NOT NULL,
	"description" text,
	"method" text NOT NULL,
	"bank_code" text,
	"account_number" text,
	"account_name" text,
	"status" text DEFAULT 'REQUESTING' NOT NULL,
	"failure_reason" text,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_gateway_refund_id_unique" UNIQUE("gateway_refund_id"),
	CONSTRAINT "refunds_request_id_unique" UNIQUE("request_id"),
	CONSTRAINT "refunds_client_reference_id_unique" UNIQUE("client_reference_id"),
	CONSTRAINT "refunds_amount_positive" CHECK ("refunds"."amount" > 0),
	CONSTRAINT "refunds_status_known" CHECK ("refunds"."status" in ('REQUESTING', 'PENDING', 'WAITING_BANK_TRANSFER', 'SUCCESS', 'FAILED', 'CANCELLED'))
);
--> statement-breakpoint
ALTER TABLE "late_payment_resolutions" ADD CONSTRAINT "late_payment_resolutions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refunds_order_id" ON "refunds" USING btree ("order_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_order_submit_key" ON "refunds" USING btree ("order_id","submit_key");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_one_requesting_per_order" ON "refunds" USING btree ("order_id") WHERE "refunds"."status" = 'REQUESTING';--> statement-breakpoint
CREATE INDEX "refunds_open" ON "refunds" USING btree ("updated_at") WHERE "refunds"."status" in ('REQUESTING', 'PENDING', 'WAITING_BANK_TRANSFER');