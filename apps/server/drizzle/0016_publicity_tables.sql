CREATE TABLE "publicity_duties" (
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
	"content" text NOT NULL,
	"audience" text NOT NULL,
	"form" text NOT NULL,
	"timing" text NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"completion" text
);
--> statement-breakpoint
CREATE TABLE "publicity_events" (
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
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"participants" integer NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "publicity_liaisons" (
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
	"role" text NOT NULL,
	"appointed_on" date NOT NULL,
	"left_on" date,
	"training_mode" text,
	"training_hours" double precision DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_ratings" (
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
	"year" integer NOT NULL,
	"batch" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_sites" (
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
	"built_year" integer NOT NULL,
	"honour" text,
	"honour_level" text,
	"honour_year" integer
);
--> statement-breakpoint
CREATE TABLE "publicity_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"state" text NOT NULL,
	"overdue" boolean DEFAULT false NOT NULL,
	"completed_on" date,
	"midterm_conclusion" text,
	"midterm_score" double precision,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "publicity_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"mode" text NOT NULL,
	"participants" integer NOT NULL,
	"hours" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "publicity_duties_org_idx" ON "publicity_duties" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "publicity_events_org_idx" ON "publicity_events" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_events_held_idx" ON "publicity_events" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "publicity_events_kind_idx" ON "publicity_events" USING btree ("kind","held_on");--> statement-breakpoint
CREATE INDEX "publicity_liaisons_org_idx" ON "publicity_liaisons" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_ratings_org_idx" ON "publicity_ratings" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_ratings_year_idx" ON "publicity_ratings" USING btree ("year");--> statement-breakpoint
CREATE INDEX "publicity_sites_org_idx" ON "publicity_sites" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_tasks_org_idx" ON "publicity_tasks" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_tasks_due_idx" ON "publicity_tasks" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "publicity_trainings_org_idx" ON "publicity_trainings" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "publicity_trainings_held_idx" ON "publicity_trainings" USING btree ("held_on");