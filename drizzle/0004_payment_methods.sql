ALTER TABLE "orders" ADD COLUMN "method" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "wallet_phone" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "method" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "qr_content" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "qr_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "card_brand" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "card_last4" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "failure_code" text;--> statement-breakpoint
-- Orders and payments made before this migration could only be paid by virtual account.
UPDATE "orders" SET "method" = 'VIRTUAL_ACCOUNT' WHERE "channel" IS NOT NULL;--> statement-breakpoint
UPDATE "payments" SET "method" = 'VIRTUAL_ACCOUNT' WHERE "va_number" IS NOT NULL;
