CREATE TABLE "sandbox_mailbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"from" text NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"raw" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_mailbox_message_id_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE INDEX "sandbox_mailbox_received_at" ON "sandbox_mailbox" USING btree ("received_at");