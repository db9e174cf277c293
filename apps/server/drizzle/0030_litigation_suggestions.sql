CREATE TABLE "litigation_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"doc_number" text NOT NULL,
	"case_id" uuid,
	"received_on" date NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"reply_due_on" date NOT NULL,
	"content" text NOT NULL,
	"replied_on" date,
	"reply_late" boolean DEFAULT false NOT NULL,
	"reply_summary" text
);
--> statement-breakpoint
CREATE INDEX "litigation_suggestions_received_idx" ON "litigation_suggestions" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "litigation_suggestions_due_idx" ON "litigation_suggestions" USING btree ("reply_due_on");