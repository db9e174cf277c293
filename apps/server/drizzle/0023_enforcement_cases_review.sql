CREATE TABLE "enforcement_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"case_number" text NOT NULL,
	"item_id" uuid NOT NULL,
	"item_name" text NOT NULL,
	"item_kind" text NOT NULL,
	"body_id" uuid NOT NULL,
	"body_name" text NOT NULL,
	"party_kind" text NOT NULL,
	"party_name" text NOT NULL,
	"officer1_id" uuid NOT NULL,
	"officer2_id" uuid NOT NULL,
	"officer_names" text NOT NULL,
	"filed_on" date NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"extension_days" integer,
	"extension_reason" text,
	"decision_due_on" date NOT NULL,
	"decided_on" date,
	"outcome" text,
	"fine" integer,
	"disclosure_due_on" date,
	"disclosed_on" date,
	"changed_on" date,
	"withdrawal_due_on" date,
	"withdrawn_on" date,
	"stage" text NOT NULL,
	"online" boolean DEFAULT true NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"check_id" uuid,
	"review_file_id" uuid,
	"source_title" text NOT NULL,
	"notice_number" text NOT NULL,
	"problem" text NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"completed_on" date,
	"result" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_review_campaigns" (
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
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"score_rule" text NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_review_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"campaign_id" uuid NOT NULL,
	"campaign_name" text NOT NULL,
	"case_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"case_org_unit_id" uuid NOT NULL,
	"field" text NOT NULL,
	"body_name" text NOT NULL,
	"item_name" text NOT NULL,
	"reviewer_names" text DEFAULT '' NOT NULL,
	"score" double precision,
	"grade" text,
	"problems" text,
	"nominated" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_review_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"deduction" double precision NOT NULL,
	"vetoed" boolean DEFAULT false NOT NULL,
	"comment" text,
	"scored_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_rubric_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"code" text NOT NULL,
	"group" text NOT NULL,
	"title" text NOT NULL,
	"max_deduction" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_supervision_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_title" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"target_name" text NOT NULL,
	"planned_on" date NOT NULL,
	"done_on" date,
	"findings" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_supervision_plans" (
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
	"approved_on" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "enforcement_cases_org_idx" ON "enforcement_cases" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_cases_number_idx" ON "enforcement_cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "enforcement_cases_filed_idx" ON "enforcement_cases" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_decided_idx" ON "enforcement_cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_disclosed_idx" ON "enforcement_cases" USING btree ("disclosed_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_body_idx" ON "enforcement_cases" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "enforcement_rectifications_org_idx" ON "enforcement_rectifications" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_rectifications_due_idx" ON "enforcement_rectifications" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "enforcement_review_campaigns_org_idx" ON "enforcement_review_campaigns" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_review_files_campaign_idx" ON "enforcement_review_files" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "enforcement_review_files_case_idx" ON "enforcement_review_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "enforcement_review_files_org_idx" ON "enforcement_review_files" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_review_scores_file_idx" ON "enforcement_review_scores" USING btree ("file_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "enforcement_supervision_checks_plan_idx" ON "enforcement_supervision_checks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "enforcement_supervision_checks_done_idx" ON "enforcement_supervision_checks" USING btree ("done_on");