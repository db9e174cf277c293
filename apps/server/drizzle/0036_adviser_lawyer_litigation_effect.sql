ALTER TABLE "litigation_cases" ADD COLUMN "appeal_copy_received_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "appeal_answer_due_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "appeal_answer_submitted_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "appeal_answer_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "effective_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "performance_due_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "performed_on" date;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "performance_mode" text;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "performance_note" text;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD COLUMN "court_measures" text;--> statement-breakpoint
ALTER TABLE "litigation_hearings" ADD COLUMN "notice_served_on" date;--> statement-breakpoint
ALTER TABLE "legal_public_lawyers" ADD COLUMN "assessment_year" integer;--> statement-breakpoint
ALTER TABLE "legal_public_lawyers" ADD COLUMN "assessment_result" text;--> statement-breakpoint
ALTER TABLE "legal_public_lawyers" ADD COLUMN "revoked_on" date;--> statement-breakpoint
ALTER TABLE "legal_public_lawyers" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
CREATE INDEX "litigation_cases_answer_due_idx" ON "litigation_cases" USING btree ("appeal_answer_due_on") WHERE "litigation_cases"."appeal_answer_submitted_on" is null;--> statement-breakpoint
CREATE INDEX "litigation_cases_performance_due_idx" ON "litigation_cases" USING btree ("performance_due_on") WHERE "litigation_cases"."performed_on" is null;--> statement-breakpoint
CREATE INDEX "legal_public_lawyers_issued_idx" ON "legal_public_lawyers" USING btree ("certificate_issued_on");--> statement-breakpoint
DROP INDEX "legal_public_lawyers_expires_idx";--> statement-breakpoint
ALTER TABLE "legal_public_lawyers" DROP COLUMN "certificate_expires_on";--> statement-breakpoint
-- Cases on file: the day the decision in force took effect (core effectiveOn), from the stored appeal window.
UPDATE "litigation_cases" SET "effective_on" = CASE
  WHEN "state" NOT IN ('closed', 'archived') OR "outcome" IS NULL OR "outcome" = 'remanded' THEN NULL
  WHEN "instance" <> 'second' AND "outcome" NOT IN ('mediated', 'withdrawn', 'deemedWithdrawn') THEN "appeal_due_on" + 1
  ELSE coalesce("served_on", "closed_on") END;--> statement-breakpoint
-- A 公职律师证 no longer expires: the daily state refresh puts in 待年度考核 those whose 考核 is missing.
UPDATE "legal_public_lawyers" SET "state" = 'valid' WHERE "state" IN ('expiring', 'expired');
