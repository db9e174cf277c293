CREATE TABLE "annual_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_by" uuid,
	"title" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"values" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"docx" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
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
	"template_id" uuid,
	"state" text DEFAULT 'drafting' NOT NULL,
	"blocks" jsonb NOT NULL,
	"signed_version_id" uuid,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"submitted_on" date,
	"submitted_late" boolean DEFAULT false NOT NULL,
	"published_on" date,
	"published_late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"block_key" text NOT NULL,
	"due_on" date NOT NULL,
	"note" text,
	"state" text DEFAULT 'assigned' NOT NULL,
	"text" text,
	"comment" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_templates" (
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
	"blocks" jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "annual_report_versions_number_unique" ON "annual_report_versions" USING btree ("report_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_org_year_unique" ON "annual_reports" USING btree ("org_unit_id","year") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "report_assignments_report_idx" ON "report_assignments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_assignments_org_idx" ON "report_assignments" USING btree ("org_unit_id","state");