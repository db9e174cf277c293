CREATE TABLE "study_answers" (
	"sitting_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"course_id" uuid NOT NULL,
	"course_title" text NOT NULL,
	"course_start_on" date NOT NULL,
	"person_name" text NOT NULL,
	"position" text,
	"hours" double precision NOT NULL,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "study_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_courses" (
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
	"hours" double precision NOT NULL,
	"on_xi_thought" boolean DEFAULT false NOT NULL,
	"audience" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_duties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"person_name" text NOT NULL,
	"position" text NOT NULL,
	"year" integer NOT NULL,
	"newly_appointed" boolean NOT NULL,
	"exam_score" double precision,
	"exam_passed" boolean,
	"report_submitted_on" date,
	"report_reviewed_on" date,
	"report_score" double precision,
	"oath_on" date
);
--> statement-breakpoint
CREATE TABLE "study_exams" (
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
	"kind" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"pass_percent" integer NOT NULL,
	"max_attempts" integer NOT NULL,
	"draw_rules" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_questions" (
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
	"tag" text NOT NULL,
	"stem" text NOT NULL,
	"options" text,
	"answer_key" text NOT NULL,
	"points" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_sessions" (
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
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"on_xi_thought" boolean DEFAULT false NOT NULL,
	"speaker" text,
	"attendee_count" integer NOT NULL,
	"attendees" text,
	"materials" text
);
--> statement-breakpoint
CREATE TABLE "study_sittings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"state" text NOT NULL,
	"question_ids" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"score" double precision,
	"total" double precision NOT NULL,
	"marks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "study_answers_pk" ON "study_answers" USING btree ("sitting_id","question_id");--> statement-breakpoint
CREATE INDEX "study_attendances_course_idx" ON "study_attendances" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "study_attendances_org_idx" ON "study_attendances" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_candidates_exam_user_idx" ON "study_candidates" USING btree ("exam_id","user_id");--> statement-breakpoint
CREATE INDEX "study_candidates_user_idx" ON "study_candidates" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "study_courses_org_idx" ON "study_courses" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "study_courses_start_idx" ON "study_courses" USING btree ("start_on");--> statement-breakpoint
CREATE INDEX "study_duties_org_idx" ON "study_duties" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "study_exams_org_idx" ON "study_exams" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "study_exams_opens_idx" ON "study_exams" USING btree ("opens_on");--> statement-breakpoint
CREATE INDEX "study_questions_tag_idx" ON "study_questions" USING btree ("tag");--> statement-breakpoint
CREATE INDEX "study_sessions_org_idx" ON "study_sessions" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "study_sessions_held_idx" ON "study_sessions" USING btree ("held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "study_sittings_attempt_idx" ON "study_sittings" USING btree ("exam_id","user_id","attempt");--> statement-breakpoint
CREATE INDEX "study_sittings_user_idx" ON "study_sittings" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "study_sittings_org_idx" ON "study_sittings" USING btree ("org_unit_id");