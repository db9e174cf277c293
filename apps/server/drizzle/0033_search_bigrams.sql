-- Keyword search (`search_text LIKE '%…%'`) through an index on both engines. pg_trgm cannot serve it: a trigram
-- needs three characters while most Chinese words have two, and PGlite's C locale drops CJK characters altogether.
-- So every search text is indexed by its distinct two-character substrings; a query of two or more characters
-- looks rows up by its own bigrams (`@>`), and LIKE rechecks the candidates. One-character queries stay LIKE.
CREATE FUNCTION "search_bigrams"("t" text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i
$$;--> statement-breakpoint
-- Every table that carries `search_text` (the register kit's businessColumns). A register added later declares its
-- index in its own migration; a test checks that none is missing.
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.relname FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE a.attname = 'search_text' AND NOT a.attisdropped AND c.relkind = 'r' AND n.nspname = current_schema()
    ORDER BY c.relname
  LOOP
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I USING gin (search_bigrams(search_text))', r.relname || '_search_idx', r.relname);
  END LOOP;
END $$;
