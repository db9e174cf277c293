CREATE TABLE "enforcement_bodies" (
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
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"legal_basis" text NOT NULL,
	"entrusting_authority" text,
	"entrustment_document" text,
	"entrust_start_on" date,
	"entrust_end_on" date,
	"entrust_state" text DEFAULT 'none' NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"officer_id" uuid NOT NULL,
	"officer_name" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"suspended" boolean DEFAULT false NOT NULL,
	"revoked_on" date,
	"revoke_reason" text,
	"status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_items" (
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
	"kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"body_id" uuid NOT NULL,
	"body_name" text NOT NULL,
	"standard_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_leniency_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"entity_name" text NOT NULL,
	"credit_code" text NOT NULL,
	"leniency_item_id" uuid NOT NULL,
	"leniency_item_name" text NOT NULL,
	"outcome" text NOT NULL,
	"decided_on" date NOT NULL,
	"body_id" uuid NOT NULL,
	"body_name" text NOT NULL,
	"document_number" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_leniency_items" (
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
	"behaviour" text NOT NULL,
	"legal_basis" text NOT NULL,
	"outcome" text NOT NULL,
	"conditions" text NOT NULL,
	"field" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_officers" (
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
	"body_id" uuid NOT NULL,
	"body_name" text NOT NULL,
	"post" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"certificate_id" uuid NOT NULL,
	"certificate_number" text NOT NULL,
	"officer_name" text NOT NULL,
	"year" integer NOT NULL,
	"result" text NOT NULL,
	"reviewed_on" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"item_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"item_name" text NOT NULL,
	"circumstance" text NOT NULL,
	"fine_min" integer,
	"fine_max" integer,
	"measure" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"officer_id" uuid NOT NULL,
	"officer_name" text NOT NULL,
	"trained_on" date NOT NULL,
	"course" text NOT NULL,
	"hours" double precision NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "enforcement_bodies_org_idx" ON "enforcement_bodies" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_certificates_number_idx" ON "enforcement_certificates" USING btree ("number");--> statement-breakpoint
CREATE INDEX "enforcement_certificates_officer_idx" ON "enforcement_certificates" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "enforcement_certificates_org_idx" ON "enforcement_certificates" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_certificates_issued_idx" ON "enforcement_certificates" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "enforcement_items_body_idx" ON "enforcement_items" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "enforcement_items_org_idx" ON "enforcement_items" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_items_code_idx" ON "enforcement_items" USING btree ("code");--> statement-breakpoint
CREATE INDEX "enforcement_leniency_decisions_decided_idx" ON "enforcement_leniency_decisions" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "enforcement_leniency_decisions_code_idx" ON "enforcement_leniency_decisions" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "enforcement_leniency_decisions_org_idx" ON "enforcement_leniency_decisions" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_leniency_items_code_idx" ON "enforcement_leniency_items" USING btree ("code");--> statement-breakpoint
CREATE INDEX "enforcement_officers_org_idx" ON "enforcement_officers" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_officers_body_idx" ON "enforcement_officers" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "enforcement_reviews_cert_idx" ON "enforcement_reviews" USING btree ("certificate_id","year");--> statement-breakpoint
CREATE INDEX "enforcement_reviews_reviewed_idx" ON "enforcement_reviews" USING btree ("reviewed_on");--> statement-breakpoint
CREATE INDEX "enforcement_standards_item_idx" ON "enforcement_standards" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "enforcement_trainings_officer_idx" ON "enforcement_trainings" USING btree ("officer_id","trained_on");--> statement-breakpoint
CREATE INDEX "enforcement_trainings_org_idx" ON "enforcement_trainings" USING btree ("org_unit_id");