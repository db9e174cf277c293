ALTER TABLE "normative_documents" ADD COLUMN "returned_review_id" uuid;--> statement-breakpoint
ALTER TABLE "normative_documents" ADD COLUMN "republished_on" date;