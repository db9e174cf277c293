CREATE TABLE "legal_review_opinion_counters" (
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "legal_review_opinion_counters_org_unit_id_year_pk" PRIMARY KEY("org_unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "normative_doc_intakes" (
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
	"doc_number" text NOT NULL,
	"published_on" date NOT NULL,
	"received_on" date NOT NULL,
	"document_id" uuid,
	"source" text NOT NULL,
	"note" text
);
--> statement-breakpoint
DROP INDEX "normative_documents_number_unique";--> statement-breakpoint
ALTER TABLE "normative_doc_number_counters" DROP CONSTRAINT "normative_doc_number_counters_org_unit_id_year_pk";--> statement-breakpoint
-- 发文字号 sequences per organ, 代字 and year: the counters are rebuilt from the numbers documents bear.
DELETE FROM "normative_doc_number_counters";--> statement-breakpoint
ALTER TABLE "normative_doc_number_counters" ADD COLUMN "number_prefix" text NOT NULL;--> statement-breakpoint
INSERT INTO "normative_doc_number_counters" ("org_unit_id", "number_prefix", "year", "last_seq")
  SELECT "org_unit_id", "number_prefix", "number_year", max("number_seq") FROM "normative_documents"
  WHERE "number_seq" IS NOT NULL AND "number_year" IS NOT NULL GROUP BY "org_unit_id", "number_prefix", "number_year";--> statement-breakpoint
ALTER TABLE "normative_doc_number_counters" ADD CONSTRAINT "normative_doc_number_counters_org_unit_id_number_prefix_year_pk" PRIMARY KEY("org_unit_id","number_prefix","year");--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "contract_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "adviser_id" uuid;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "adviser_requested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "materials" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "determined_on" date;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "determination_note" text;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "opinion_org_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "opinion_year" integer;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "opinion_seq" integer;--> statement-breakpoint
ALTER TABLE "legal_review_requests" ADD COLUMN "opinion_number" text;--> statement-breakpoint
CREATE INDEX "normative_doc_intakes_org_idx" ON "normative_doc_intakes" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "normative_doc_intakes_received_idx" ON "normative_doc_intakes" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "normative_doc_intakes_document_idx" ON "normative_doc_intakes" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_review_requests_opinion_number_unique" ON "legal_review_requests" USING btree ("opinion_org_unit_id","opinion_year","opinion_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_documents_number_unique" ON "normative_documents" USING btree ("org_unit_id","number_prefix","number_year","number_seq");--> statement-breakpoint
CREATE INDEX "normative_doc_intakes_search_idx" ON "normative_doc_intakes" USING gin (search_bigrams(search_text));
