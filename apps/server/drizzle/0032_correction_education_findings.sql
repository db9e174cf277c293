CREATE TABLE "correction_educations" (
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
	"on" date NOT NULL,
	"content" text NOT NULL,
	"place" text,
	"hours" integer NOT NULL,
	"source" text DEFAULT 'staff' NOT NULL,
	"material_id" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "correction_findings" (
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
	"found_on" date NOT NULL,
	"procuratorate" text NOT NULL,
	"content" text NOT NULL,
	"reply_due_on" date NOT NULL,
	"measures" text,
	"rectified_on" date,
	"evidence" text,
	"state" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "correction_educations_subject_idx" ON "correction_educations" USING btree ("subject_id","on");--> statement-breakpoint
CREATE INDEX "correction_educations_org_idx" ON "correction_educations" USING btree ("org_unit_id","on");--> statement-breakpoint
CREATE INDEX "correction_findings_org_idx" ON "correction_findings" USING btree ("org_unit_id","reply_due_on");