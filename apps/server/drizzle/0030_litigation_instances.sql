CREATE TABLE "litigation_proceedings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"instance" text NOT NULL,
	"case_number" text NOT NULL,
	"court" text NOT NULL,
	"started_on" date NOT NULL,
	"appellant" text,
	"outcome" text,
	"amended_outcome" text,
	"decision_kind" text,
	"decided_on" date,
	"served_on" date,
	"appeal_due_on" date,
	"judgment_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "litigation_role" text DEFAULT 'defendant' NOT NULL;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "effective_outcome" text;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "served_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "appeal_due_on" date;--> statement-breakpoint
ALTER TABLE "litigation_hearings" ADD COLUMN "leader_type" text;--> statement-breakpoint
ALTER TABLE "litigation_hearings" ADD COLUMN "absence_reason_kind" text;--> statement-breakpoint
ALTER TABLE "litigation_hearings" ADD COLUMN "absence_proof" text;--> statement-breakpoint
CREATE UNIQUE INDEX "litigation_proceedings_case_ordinal" ON "litigation_proceedings" USING btree ("case_id","ordinal");--> statement-breakpoint
-- Cases on file: the outcome recorded so far is the one in force, and the case's current 审级 becomes its first record.
UPDATE "litigation_cases" SET "effective_outcome" = "outcome" WHERE "outcome" IS NOT NULL;--> statement-breakpoint
INSERT INTO "litigation_proceedings" ("case_id", "org_unit_id", "ordinal", "instance", "case_number", "court", "started_on", "appellant", "outcome", "decided_on", "judgment_summary")
SELECT "id", "org_unit_id", 0, "instance", "case_number", "court", coalesce("appealed_on", "complaint_received_on"), "appellant", "outcome", "closed_on", "judgment_summary" FROM "litigation_cases";--> statement-breakpoint
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