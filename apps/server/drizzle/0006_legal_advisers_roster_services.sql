CREATE TABLE "legal_adviser_units" (
	"adviser_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	CONSTRAINT "legal_adviser_units_adviser_id_org_unit_id_pk" PRIMARY KEY("adviser_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "legal_advisers" (
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
	"name" text NOT NULL,
	"law_firm" text,
	"license_number" text,
	"phone_enc" text,
	"phone_masked" text,
	"contract_number" text NOT NULL,
	"contract_start_on" date NOT NULL,
	"contract_end_on" date NOT NULL,
	"state" text NOT NULL,
	"fee" integer,
	"served_unit_count" integer DEFAULT 0 NOT NULL,
	"served_unit_names" text DEFAULT '' NOT NULL,
	"enterprises_served" text,
	"user_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "legal_services" (
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
	"served_on" date NOT NULL,
	"adviser_id" uuid,
	"public_lawyer_id" uuid,
	"provider_name" text NOT NULL,
	"review_request_id" uuid,
	"review_request_title" text,
	"subject" text NOT NULL,
	"hours" double precision NOT NULL,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "legal_public_lawyers" (
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
	"certificate_number" text NOT NULL,
	"post" text NOT NULL,
	"certificate_issued_on" date NOT NULL,
	"certificate_expires_on" date NOT NULL,
	"left_on" date,
	"state" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "legal_adviser_units_unit_idx" ON "legal_adviser_units" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_advisers_org_idx" ON "legal_advisers" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_advisers_end_idx" ON "legal_advisers" USING btree ("contract_end_on");--> statement-breakpoint
CREATE INDEX "legal_advisers_user_idx" ON "legal_advisers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "legal_services_org_idx" ON "legal_services" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_services_served_idx" ON "legal_services" USING btree ("served_on");--> statement-breakpoint
CREATE INDEX "legal_services_adviser_idx" ON "legal_services" USING btree ("adviser_id");--> statement-breakpoint
CREATE INDEX "legal_services_lawyer_idx" ON "legal_services" USING btree ("public_lawyer_id");--> statement-breakpoint
CREATE INDEX "legal_services_creator_idx" ON "legal_services" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "legal_public_lawyers_org_idx" ON "legal_public_lawyers" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_public_lawyers_expires_idx" ON "legal_public_lawyers" USING btree ("certificate_expires_on");