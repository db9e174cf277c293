ALTER TABLE "attachments" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "published_by" uuid;