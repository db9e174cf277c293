CREATE TABLE "resettlement_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"person_id" uuid NOT NULL,
	"person_name" text NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"participants" text
);
--> statement-breakpoint
CREATE TABLE "resettlement_persons" (
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
	"household_address" text NOT NULL,
	"residence_address" text NOT NULL,
	"crime" text NOT NULL,
	"sentence" text NOT NULL,
	"prison" text NOT NULL,
	"released_on" date NOT NULL,
	"help_end_on" date NOT NULL,
	"key_person" boolean DEFAULT false NOT NULL,
	"notice_received_on" date,
	"handover_on" date,
	"handover_mode" text,
	"placement_kind" text,
	"placed_on" date,
	"help_team" text,
	"risk_level" text NOT NULL,
	"lost_contact" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "resettlement_activities" ADD CONSTRAINT "resettlement_activities_person_id_resettlement_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."resettlement_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resettlement_activities_org_idx" ON "resettlement_activities" USING btree ("org_unit_id","occurred_on");--> statement-breakpoint
CREATE INDEX "resettlement_activities_person_idx" ON "resettlement_activities" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "resettlement_persons_org_idx" ON "resettlement_persons" USING btree ("org_unit_id","released_on");--> statement-breakpoint
CREATE INDEX "resettlement_persons_period_idx" ON "resettlement_persons" USING btree ("released_on","help_end_on");