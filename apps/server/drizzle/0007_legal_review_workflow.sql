ALTER TABLE "legal_review_requests" ADD COLUMN "counterparty" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "handler_name" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "supplement_requested_on" date;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "supplement_note" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "withdrawal_reason" text;