ALTER TABLE "legal_review_requests" ADD COLUMN "return_kind" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "returned_on" date;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "return_reason" text;