CREATE TABLE "legal_review_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid,
	"title" text NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"opinion" text,
	"opinion_text" text,
	"concluded_on" date,
	"concluded_late" boolean DEFAULT false NOT NULL,
	"adviser_took_part" boolean DEFAULT false NOT NULL,
	"adviser_names" text,
	"adopted" boolean,
	"adoption_note" text,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "legal_review_requests_org_idx" ON "legal_review_requests" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_review_requests_subject_idx" ON "legal_review_requests" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "legal_review_requests_received_idx" ON "legal_review_requests" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "legal_review_requests_concluded_idx" ON "legal_review_requests" USING btree ("concluded_on");--> statement-breakpoint
CREATE INDEX "legal_review_requests_state_due_idx" ON "legal_review_requests" USING btree ("state","due_on");