CREATE TABLE "judicial_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"persons" integer,
	"place" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "judicial_assistants" (
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
	"phone_enc" text,
	"phone_masked" text,
	"hired_on" date NOT NULL,
	"batch" text NOT NULL,
	"assignment" text,
	"exit_on" date,
	"exit_reason" text,
	"state" text NOT NULL,
	"training_hours" double precision DEFAULT 0 NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "judicial_checklist_items" (
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
	"category" text NOT NULL,
	"title" text NOT NULL,
	"max_points" double precision NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"scoring_method" text
);
--> statement-breakpoint
CREATE TABLE "judicial_offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"director" text,
	"staff_quota" integer NOT NULL,
	"staff_in_post" integer NOT NULL,
	"premises_area" double precision NOT NULL,
	"has_service_hall" boolean NOT NULL,
	"service_hall_area" double precision,
	"address" text NOT NULL,
	"office_phone" text NOT NULL,
	"star_level" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "judicial_rating_scores" (
	"rating_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"self_score" double precision,
	"district_score" double precision,
	CONSTRAINT "judicial_rating_scores_rating_id_item_id_pk" PRIMARY KEY("rating_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "judicial_rating_standards" (
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
	"basis" text NOT NULL,
	"one_star" integer NOT NULL,
	"two_star" integer NOT NULL,
	"three_star" integer NOT NULL,
	"four_star" integer NOT NULL,
	"five_star" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "judicial_ratings" (
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
	"state" text DEFAULT 'selfAssessment' NOT NULL,
	"self_total" double precision,
	"district_total" double precision,
	"max_total" double precision,
	"star_level" text,
	"self_assessed_on" date,
	"assessed_on" date,
	"confirmed_on" date,
	"self_note" text,
	"district_note" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "judicial_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"assistant_id" uuid NOT NULL,
	"assistant_name" text NOT NULL,
	"kind" text NOT NULL,
	"trained_on" date NOT NULL,
	"hours" double precision NOT NULL,
	"subject" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "judicial_activities_kind_idx" ON "judicial_activities" USING btree ("kind","occurred_on");--> statement-breakpoint
CREATE INDEX "judicial_activities_org_idx" ON "judicial_activities" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "judicial_activities_creator_idx" ON "judicial_activities" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "judicial_assistants_org_idx" ON "judicial_assistants" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "judicial_assistants_hired_idx" ON "judicial_assistants" USING btree ("hired_on");--> statement-breakpoint
CREATE INDEX "judicial_checklist_items_year_idx" ON "judicial_checklist_items" USING btree ("year","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "judicial_offices_org_uq" ON "judicial_offices" USING btree ("org_unit_id") WHERE "judicial_offices"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "judicial_rating_standards_year_idx" ON "judicial_rating_standards" USING btree ("year","org_unit_id");--> statement-breakpoint
CREATE INDEX "judicial_ratings_org_idx" ON "judicial_ratings" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "judicial_ratings_year_idx" ON "judicial_ratings" USING btree ("year","state");--> statement-breakpoint
CREATE INDEX "judicial_trainings_assistant_idx" ON "judicial_trainings" USING btree ("assistant_id","trained_on");--> statement-breakpoint
CREATE INDEX "judicial_trainings_org_idx" ON "judicial_trainings" USING btree ("org_unit_id");