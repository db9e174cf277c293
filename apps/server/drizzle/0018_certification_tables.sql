CREATE TABLE "cert_items" (
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
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"setting_basis" text,
	"handling" text NOT NULL,
	"commitment_applies" boolean DEFAULT false NOT NULL,
	"effective_on" date NOT NULL,
	"last_adjustment" text,
	"adjusted_on" date,
	"adjustment_document" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cert_service_stats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"month" text NOT NULL,
	"month_on" date NOT NULL,
	"e_license_services" integer NOT NULL,
	"cross_province_items" integer NOT NULL,
	"cross_province_cases" integer NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cert_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"responding_unit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"item_name" text NOT NULL,
	"matter" text NOT NULL,
	"requested_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"result" text,
	"answered_on" date,
	"answer_note" text,
	"return_reason" text,
	"overdue" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "cert_items_org_idx" ON "cert_items" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cert_items_code_uq" ON "cert_items" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cert_service_stats_unit_month_uq" ON "cert_service_stats" USING btree ("org_unit_id","month") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "cert_verifications_org_idx" ON "cert_verifications" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "cert_verifications_resp_idx" ON "cert_verifications" USING btree ("responding_unit_id");--> statement-breakpoint
CREATE INDEX "cert_verifications_due_idx" ON "cert_verifications" USING btree ("due_on");