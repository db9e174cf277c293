CREATE TABLE "mediation_campaigns" (
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
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"focus" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_committees" (
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
	"level" text NOT NULL,
	"address" text NOT NULL,
	"office_phone" text NOT NULL,
	"established_on" date NOT NULL,
	"term_start_on" date NOT NULL,
	"term_end_on" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_disputes" (
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
	"committee_name" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"dispute_type" text NOT NULL,
	"source" text NOT NULL,
	"campaign_id" uuid,
	"campaign_title" text,
	"summary" text NOT NULL,
	"mediator_names" text NOT NULL,
	"party_names" text DEFAULT '' NOT NULL,
	"smart_system_entered" boolean DEFAULT false NOT NULL,
	"smart_system_number" text,
	"state" text DEFAULT 'received' NOT NULL,
	"started_on" date,
	"session_count" integer DEFAULT 0 NOT NULL,
	"outcome" text,
	"concluded_on" date,
	"agreement_form" text,
	"agreement_content" text,
	"agreement_effective_on" date,
	"performance_due_on" date,
	"confirmation_due_on" date,
	"confirmation_applied_on" date,
	"confirmation_court" text,
	"confirmation_result" text,
	"confirmation_decided_on" date,
	"failure_advice" text,
	"failure_note" text,
	"follow_up_on" date,
	"performance" text,
	"follow_up_note" text,
	"closed_on" date,
	"typical_case" boolean DEFAULT false NOT NULL,
	"typical_title" text,
	"typical_selected_in" text,
	"typical_selected_on" date,
	"typical_write_up" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_honours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"mediator_id" uuid NOT NULL,
	"mediator_name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"year" integer NOT NULL,
	"awarded_on" date NOT NULL,
	"awarded_by" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_mediators" (
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
	"position" text NOT NULL,
	"committee_name" text DEFAULT '' NOT NULL,
	"phone_enc" text,
	"phone_masked" text,
	"trainings" text,
	"left_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"id_number_enc" text,
	"id_number_masked" text,
	"phone_enc" text,
	"phone_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"content" text NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "mediation_campaigns_org_idx" ON "mediation_campaigns" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_campaigns_start_idx" ON "mediation_campaigns" USING btree ("start_on");--> statement-breakpoint
CREATE INDEX "mediation_committees_org_idx" ON "mediation_committees" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_committees_level_idx" ON "mediation_committees" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_disputes_number_idx" ON "mediation_disputes" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "mediation_disputes_org_idx" ON "mediation_disputes" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_disputes_received_idx" ON "mediation_disputes" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "mediation_disputes_concluded_idx" ON "mediation_disputes" USING btree ("concluded_on");--> statement-breakpoint
CREATE INDEX "mediation_disputes_state_due_idx" ON "mediation_disputes" USING btree ("state","confirmation_due_on");--> statement-breakpoint
CREATE INDEX "mediation_disputes_campaign_idx" ON "mediation_disputes" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "mediation_honours_org_idx" ON "mediation_honours" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_honours_awarded_idx" ON "mediation_honours" USING btree ("awarded_on");--> statement-breakpoint
CREATE INDEX "mediation_honours_mediator_idx" ON "mediation_honours" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "mediation_mediators_org_idx" ON "mediation_mediators" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_parties_dispute_idx" ON "mediation_parties" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "mediation_sessions_dispute_idx" ON "mediation_sessions" USING btree ("dispute_id");