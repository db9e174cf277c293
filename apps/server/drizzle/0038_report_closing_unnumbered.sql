-- The annual report's closing parts (问题和不足, 第一责任人履职, 工作安排, 其他) were 一级标题, numbered 六、七、… after the
-- five sections of measures; they are unnumbered paragraphs now, and the 第一责任人 item sits on section 一's
-- 第一责任人 paragraph. Outlines and drafts being written take the new closing. A report once sent for review keeps
-- its text (what is reviewed and signed must stay what was generated; a signed report is a record), and generated
-- versions, frozen with their DOCX, are never touched; sent back to draft, a report takes the new closing then
-- (unnumberClosing in packages/core/src/reports/closing.ts, the same rules).
CREATE FUNCTION "report_closing_unnumbered"(blocks jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  WITH e AS (SELECT t.b, t.n FROM jsonb_array_elements(blocks) WITH ORDINALITY AS t(b, n)),
  -- An empty 第一责任人 heading goes; its item moves to the paragraph that now carries it.
  moved AS (
    SELECT EXISTS (SELECT 1 FROM e WHERE e.b->>'kind' = 'heading1' AND e.b->>'item' = 'leaders' AND btrim(coalesce(e.b->>'text', '')) = '')
       AND EXISTS (SELECT 1 FROM e WHERE e.b->>'key' = 'first-duty-overview' AND e.b->>'item' IS NULL) AS yes
  )
  SELECT jsonb_agg(
    CASE
      WHEN e.b->>'kind' = 'heading1' AND e.b->>'item' IN ('shortcomings', 'plan', 'other')
        -- The old outline's "无。" under 其他 would print alone after the plan: empty now prints nothing.
        THEN e.b || jsonb_build_object('kind', 'paragraph', 'title', '', 'text', CASE WHEN e.b->>'item' = 'other' AND btrim(coalesce(e.b->>'text', '')) = '无。' THEN '' ELSE coalesce(e.b->>'text', '') END)
      WHEN e.b->>'kind' = 'heading1' AND e.b->>'item' = 'leaders' THEN e.b || jsonb_build_object('kind', 'paragraph')
      WHEN moved.yes AND e.b->>'key' = 'first-duty-overview' AND e.b->>'item' IS NULL THEN e.b || jsonb_build_object('item', 'leaders')
      ELSE e.b
    END
    ORDER BY e.n
  )
  FROM e, moved
  WHERE NOT (moved.yes AND e.b->>'kind' = 'heading1' AND e.b->>'item' = 'leaders')
$$;--> statement-breakpoint
-- The version moves on, so an editor still open on the old outline gets 409 rather than writing it back.
UPDATE "annual_reports" SET "blocks" = "report_closing_unnumbered"("blocks"), "version" = "version" + 1, "updated_at" = now()
WHERE "state" = 'drafting' AND jsonb_path_exists("blocks", '$[*] ? (@.kind == "heading1" && (@.item == "shortcomings" || @.item == "leaders" || @.item == "plan" || @.item == "other"))');--> statement-breakpoint
UPDATE "report_templates" SET "blocks" = "report_closing_unnumbered"("blocks"), "version" = "version" + 1, "updated_at" = now()
WHERE jsonb_path_exists("blocks", '$[*] ? (@.kind == "heading1" && (@.item == "shortcomings" || @.item == "leaders" || @.item == "plan" || @.item == "other"))');--> statement-breakpoint
DROP FUNCTION "report_closing_unnumbered"(jsonb);
