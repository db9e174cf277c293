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
CREATE INDEX "enforcement_cases_org_idx" ON "enforcement_cases" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_cases_number_idx" ON "enforcement_cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "enforcement_cases_filed_idx" ON "enforcement_cases" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_decided_idx" ON "enforcement_cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_disclosed_idx" ON "enforcement_cases" USING btree ("disclosed_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_body_idx" ON "enforcement_cases" USING btree ("body_id");