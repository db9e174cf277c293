CREATE TABLE "normative_doc_campaign_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"conclusion" text,
	"reason" text,
	"new_version_id" uuid,
	"applied_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "normative_doc_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"issuing_unit_ids" jsonb NOT NULL,
	"scope_from" date NOT NULL,
	"scope_to" date NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"published_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "normative_doc_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"commenter" text NOT NULL,
	"received_on" date NOT NULL,
	"content" text NOT NULL,
	"handling" text,
	"handling_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "normative_doc_number_counters" (
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "normative_doc_number_counters_org_unit_id_year_pk" PRIMARY KEY("org_unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "normative_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"number_prefix" text NOT NULL,
	"proposed_on" date NOT NULL,
	"proposal_reason" text,
	"concerns_market_entities" boolean DEFAULT false NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"validity" text DEFAULT 'inProgress' NOT NULL,
	"drafting_unit_name" text,
	"drafting_notes" text,
	"public_comment_starts_on" date,
	"public_comment_ends_on" date,
	"return_reason" text,
	"meeting_name" text,
	"meeting_on" date,
	"deliberation_decision" text,
	"deliberation_note" text,
	"signed_on" date,
	"signer_name" text,
	"registration_number" text,
	"registered_on" date,
	"number_year" integer,
	"number_seq" integer,
	"doc_number" text,
	"issued_on" date,
	"published_on" date,
	"publication_channel" text,
	"filing_due_on" date,
	"filed_on" date,
	"filed_with" text,
	"filed_late" boolean DEFAULT false NOT NULL,
	"effective_on" date,
	"expires_on" date,
	"evaluated_on" date,
	"evaluation_note" text,
	"ended_on" date,
	"end_reason" text,
	"new_version_id" uuid,
	"full_text" text,
	"note" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "normative_doc_campaign_items_unique" ON "normative_doc_campaign_items" USING btree ("campaign_id","document_id");--> statement-breakpoint
CREATE INDEX "normative_doc_campaign_items_applied_idx" ON "normative_doc_campaign_items" USING btree ("applied_on");--> statement-breakpoint
CREATE INDEX "normative_doc_campaigns_org_idx" ON "normative_doc_campaigns" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "normative_doc_comments_doc_idx" ON "normative_doc_comments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "normative_documents_org_idx" ON "normative_documents" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "normative_documents_state_idx" ON "normative_documents" USING btree ("state","expires_on");--> statement-breakpoint
CREATE INDEX "normative_documents_published_idx" ON "normative_documents" USING btree ("published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_documents_number_unique" ON "normative_documents" USING btree ("org_unit_id","number_year","number_seq");