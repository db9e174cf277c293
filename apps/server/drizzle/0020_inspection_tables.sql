CREATE TABLE "inspection_demo_items" (
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
	"level" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"parent_code" text,
	"indicator_id" text
);
--> statement-breakpoint
CREATE TABLE "inspection_demo_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"demo_item_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"state" text NOT NULL,
	"self_assessment" text NOT NULL,
	"self_assessment_note" text,
	"supervision" text NOT NULL,
	"completed_on" date
);
--> statement-breakpoint
CREATE TABLE "inspection_honours" (
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
	"level" text NOT NULL,
	"title" text NOT NULL,
	"awarded_by" text NOT NULL,
	"year" integer NOT NULL,
	"write_up" text
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"scheme_id" uuid NOT NULL,
	"scheme_title" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"weight" double precision NOT NULL,
	"method" text NOT NULL,
	"indicator_id" text,
	"rule" text,
	"target" double precision,
	"criteria" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_rounds" (
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
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"focus" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "inspection_schemes" (
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
	"appeal_days" integer DEFAULT 5 NOT NULL,
	"published_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "inspection_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"scheme_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"item_code" text NOT NULL,
	"item_name" text NOT NULL,
	"score" double precision NOT NULL,
	"basis" text NOT NULL,
	"computed" boolean DEFAULT false NOT NULL,
	"indicator_value" text,
	"published" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'scored' NOT NULL,
	"appealed_on" date,
	"appeal_reason" text,
	"appeal_decided_on" date,
	"appeal_reply" text
);
--> statement-breakpoint
CREATE TABLE "inspection_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"round_id" uuid NOT NULL,
	"round_title" text NOT NULL,
	"inspected_on" date NOT NULL,
	"first_duty_inspected" boolean NOT NULL,
	"findings" text,
	"state" text DEFAULT 'inspected' NOT NULL,
	"notice_number" text,
	"noticed_on" date,
	"rectify_due_on" date,
	"requirements" text,
	"reported_on" date,
	"rectification" text,
	"accepted_on" date,
	"acceptance_note" text,
	"overdue" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_tasks" (
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
	"due_on" date NOT NULL,
	"state" text NOT NULL,
	"overdue" boolean DEFAULT false NOT NULL,
	"progress" text,
	"progress_reported_on" date,
	"completed_on" date,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "inspection_demo_items_year_idx" ON "inspection_demo_items" USING btree ("year");--> statement-breakpoint
CREATE INDEX "inspection_demo_tasks_org_idx" ON "inspection_demo_tasks" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_demo_tasks_item_idx" ON "inspection_demo_tasks" USING btree ("demo_item_id");--> statement-breakpoint
CREATE INDEX "inspection_honours_org_idx" ON "inspection_honours" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_honours_year_idx" ON "inspection_honours" USING btree ("year","kind");--> statement-breakpoint
CREATE INDEX "inspection_items_scheme_idx" ON "inspection_items" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "inspection_rounds_org_idx" ON "inspection_rounds" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_schemes_org_idx" ON "inspection_schemes" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_scores_item_unit_idx" ON "inspection_scores" USING btree ("item_id","org_unit_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "inspection_scores_org_idx" ON "inspection_scores" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_scores_scheme_idx" ON "inspection_scores" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "inspection_subjects_org_idx" ON "inspection_subjects" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_subjects_round_idx" ON "inspection_subjects" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "inspection_subjects_date_idx" ON "inspection_subjects" USING btree ("inspected_on");--> statement-breakpoint
CREATE INDEX "inspection_tasks_org_idx" ON "inspection_tasks" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "inspection_tasks_due_idx" ON "inspection_tasks" USING btree ("due_on");