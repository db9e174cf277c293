CREATE TABLE "org_tree_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "org_tree_state" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "bump_org_tree_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "org_tree_state" SET "version" = "version" + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "org_units_bump_tree_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "org_units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_org_tree_version"();
