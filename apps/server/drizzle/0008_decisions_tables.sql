CREATE TABLE "decision_catalogue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year_start" date NOT NULL,
	"ordinal" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"planned_quarter" text NOT NULL,
	"decision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"approved_on" date,
	"party_committee_agreed_on" date,
	"party_committee_note" text,
	"published_on" date,
	"channel" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "decision_execution_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"reporting_unit" text NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decision_expert_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"affiliation" text NOT NULL,
	"opinion" text NOT NULL,
	"signed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_member_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"member_name" text NOT NULL,
	"post" text NOT NULL,
	"stance" text NOT NULL,
	"statement" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "major_decisions" (
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
	"kind" text NOT NULL,
	"started_on" date NOT NULL,
	"catalogue_item_id" uuid,
	"catalogue_item_title" text,
	"summary" text,
	"note" text,
	"state" text DEFAULT 'preparing' NOT NULL,
	"public_comment_status" text DEFAULT 'pending' NOT NULL,
	"comment_start_on" date,
	"comment_end_on" date,
	"comment_channel" text,
	"comments_received" integer,
	"comment_handling" text,
	"comment_short_reason" text,
	"public_comment_na_reason" text,
	"hearing_status" text DEFAULT 'pending' NOT NULL,
	"hearing_on" date,
	"hearing_materials_sent_on" date,
	"hearing_participants" integer,
	"hearing_summary" text,
	"hearing_na_reason" text,
	"expert_review_status" text DEFAULT 'pending' NOT NULL,
	"expert_reviewed_on" date,
	"expert_review_summary" text,
	"expert_review_na_reason" text,
	"risk_assessment_status" text DEFAULT 'pending' NOT NULL,
	"risk_assessed_on" date,
	"risk_assessor" text,
	"risk_level" text,
	"risk_points" text,
	"risk_measures" text,
	"risk_assessment_na_reason" text,
	"meeting_type" text,
	"meeting_name" text,
	"meeting_on" date,
	"head_name" text,
	"outcome" text,
	"departs_from_majority" boolean DEFAULT false NOT NULL,
	"departure_reason" text,
	"published_on" date,
	"publication_channel" text,
	"document_number" text,
	"adoption_explanation" text,
	"post_evaluation_status" text DEFAULT 'pending' NOT NULL,
	"evaluated_on" date,
	"evaluation_trigger" text,
	"evaluator" text,
	"evaluation_conclusion" text,
	"post_evaluation_na_reason" text,
	"archive_status" text DEFAULT 'pending' NOT NULL,
	"archived_on" date,
	"archive_number" text,
	"closed_on" date
);
--> statement-breakpoint
CREATE TABLE "subdistrict_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"category" text NOT NULL,
	"proposed_on" date NOT NULL,
	"summary" text,
	"note" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"meeting_on" date,
	"meeting_name" text,
	"decision_text" text,
	"judicial_office_head_attended" boolean
);
--> statement-breakpoint
CREATE INDEX "decision_catalogue_items_catalogue_idx" ON "decision_catalogue_items" USING btree ("catalogue_id");--> statement-breakpoint
CREATE INDEX "decision_catalogue_items_lead_idx" ON "decision_catalogue_items" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "decision_catalogues_org_year_idx" ON "decision_catalogues" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "decision_execution_reports_decision_idx" ON "decision_execution_reports" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_expert_opinions_decision_idx" ON "decision_expert_opinions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_member_opinions_decision_idx" ON "decision_member_opinions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "major_decisions_org_idx" ON "major_decisions" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "major_decisions_meeting_idx" ON "major_decisions" USING btree ("meeting_on");--> statement-breakpoint
CREATE INDEX "major_decisions_started_idx" ON "major_decisions" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "major_decisions_item_idx" ON "major_decisions" USING btree ("catalogue_item_id");--> statement-breakpoint
CREATE INDEX "subdistrict_matters_org_idx" ON "subdistrict_matters" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "subdistrict_matters_meeting_idx" ON "subdistrict_matters" USING btree ("meeting_on");