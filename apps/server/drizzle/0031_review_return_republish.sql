ALTER TABLE "legal_review_requests" ADD COLUMN "return_kind" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "returned_on" date;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "normative_documents" ADD COLUMN "returned_review_id" uuid;--> statement-breakpoint
ALTER TABLE "normative_documents" ADD COLUMN "republished_on" date;