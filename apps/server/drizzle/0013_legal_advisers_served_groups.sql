CREATE TABLE "legal_monthly_themes" (
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
	"month" integer NOT NULL,
	"month_on" date NOT NULL,
	"title" text NOT NULL,
	"content" text
);
--> statement-breakpoint
CREATE TABLE "legal_park_enterprises" (
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
	"credit_code" text NOT NULL,
	"industry" text,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "served_group" text DEFAULT 'government' NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "persons" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "enterprise_id" uuid;--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "enterprise_name" text;--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "theme_id" uuid;--> statement-breakpoint
ALTER TABLE "legal_services" ADD COLUMN "theme_title" text;--> statement-breakpoint
CREATE INDEX "legal_monthly_themes_org_idx" ON "legal_monthly_themes" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_monthly_themes_month_idx" ON "legal_monthly_themes" USING btree ("month_on");--> statement-breakpoint
CREATE INDEX "legal_park_enterprises_org_idx" ON "legal_park_enterprises" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_park_enterprises_code_idx" ON "legal_park_enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "legal_services_group_idx" ON "legal_services" USING btree ("served_group","served_on");--> statement-breakpoint
CREATE INDEX "legal_services_enterprise_idx" ON "legal_services" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "legal_services_theme_idx" ON "legal_services" USING btree ("theme_id");--> statement-breakpoint
-- Entries logged before served groups existed take the group of their unit's kind.
UPDATE "legal_services" SET "served_group" = CASE u."kind" WHEN 'community' THEN 'community' WHEN 'park' THEN 'park' ELSE 'government' END FROM "org_units" u WHERE u."id" = "legal_services"."org_unit_id";
