-- Keyword search now matches lower-cased search_text with LIKE; bring rows written before into line.
UPDATE "litigation_cases" SET "search_text" = lower("search_text");
--> statement-breakpoint
UPDATE "litigation_observations" SET "search_text" = lower("search_text");
--> statement-breakpoint
UPDATE "annual_reports" SET "search_text" = lower("search_text");
--> statement-breakpoint
UPDATE "report_templates" SET "search_text" = lower("search_text");
