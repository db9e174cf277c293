CREATE TABLE "correction_leaves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"reason" text NOT NULL,
	"destination" text NOT NULL,
	"start_on" date NOT NULL,
	"days" integer NOT NULL,
	"end_on" date NOT NULL,
	"approval_level" text NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date,
	"returned_on" date,
	"status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"held_on" date NOT NULL,
	"attendees" text NOT NULL,
	"procuratorate_attended" boolean DEFAULT false NOT NULL,
	"minutes" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_monitorings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"reason" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"approved_by" text NOT NULL,
	"approved_on" date NOT NULL,
	"extension_of" uuid,
	"assessment" text,
	"lifted_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"kind" text NOT NULL,
	"reported_on" date NOT NULL,
	"content" text NOT NULL,
	"nil_report" boolean DEFAULT true NOT NULL,
	"photo_sha256" text,
	"photo_mime_type" text,
	"photo_bytes" integer,
	"latitude" double precision,
	"longitude" double precision,
	"accuracy" double precision,
	"location_flag" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_subjects" (
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
	"gender" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone_enc" text NOT NULL,
	"phone_masked" text NOT NULL,
	"address_enc" text NOT NULL,
	"address_masked" text NOT NULL,
	"category" text NOT NULL,
	"crime" text NOT NULL,
	"sentence" text NOT NULL,
	"judgment_effective_on" date NOT NULL,
	"report_due_on" date NOT NULL,
	"reported_on" date,
	"announced_on" date,
	"term_start_on" date NOT NULL,
	"term_months" integer NOT NULL,
	"term_end_on" date NOT NULL,
	"level" text NOT NULL,
	"level_reviewed_on" date,
	"plan" text,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_on" date,
	"end_kind" text,
	"state" text NOT NULL,
	"account_user_id" uuid,
	"account_username" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"week_of" date NOT NULL,
	"verified_on" date NOT NULL,
	"result" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"occurred_on" date NOT NULL,
	"facts" text NOT NULL,
	"measure" text NOT NULL,
	"serious" boolean DEFAULT false NOT NULL,
	"approval" text NOT NULL,
	"approved_on" date,
	"approved_by" text,
	"notice_served_on" date,
	"corrected" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "correction_leaves_subject_idx" ON "correction_leaves" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "correction_leaves_org_idx" ON "correction_leaves" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "correction_meetings_org_idx" ON "correction_meetings" USING btree ("org_unit_id","held_on");--> statement-breakpoint
CREATE INDEX "correction_monitorings_subject_idx" ON "correction_monitorings" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "correction_reports_subject_idx" ON "correction_reports" USING btree ("subject_id","reported_on");--> statement-breakpoint
CREATE INDEX "correction_reports_org_idx" ON "correction_reports" USING btree ("org_unit_id","reported_on");--> statement-breakpoint
CREATE INDEX "correction_subjects_org_idx" ON "correction_subjects" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "correction_subjects_account_idx" ON "correction_subjects" USING btree ("account_user_id");--> statement-breakpoint
CREATE INDEX "correction_verifications_subject_idx" ON "correction_verifications" USING btree ("subject_id","week_of");--> statement-breakpoint
CREATE INDEX "correction_verifications_org_idx" ON "correction_verifications" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "correction_violations_subject_idx" ON "correction_violations" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "correction_violations_org_idx" ON "correction_violations" USING btree ("org_unit_id");