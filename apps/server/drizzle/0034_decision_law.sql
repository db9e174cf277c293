ALTER TABLE "major_decisions" ADD COLUMN "comment_forms" text[];--> statement-breakpoint
ALTER TABLE "major_decisions" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "major_decisions" ADD COLUMN "undeliberated_form" text;--> statement-breakpoint
ALTER TABLE "major_decisions" ADD COLUMN "undeliberated_note" text;--> statement-breakpoint
ALTER TABLE "subdistrict_matters" ADD COLUMN "unreviewed_note" text;--> statement-breakpoint
CREATE INDEX "major_decisions_decided_idx" ON "major_decisions" USING btree ("decided_on");--> statement-breakpoint
-- Decisions already taken were all deliberated at a meeting: their decision day is the meeting's.
UPDATE "major_decisions" SET "decided_on" = "meeting_on" WHERE "outcome" IS NOT NULL AND "decided_on" IS NULL;--> statement-breakpoint
-- 公众参与 recorded before the forms were kept was a 向社会公开征求意见 (the only form the old record knew).
UPDATE "major_decisions" SET "comment_forms" = ARRAY['openSolicitation'] WHERE "public_comment_status" = 'done' AND "comment_forms" IS NULL;
