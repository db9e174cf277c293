import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { rowsOf } from '../db/client.js';
import { litigationCases } from '../../modules/litigation/tables.js';
import { escapeLike } from './filters.js';
import { bigramFrequencies, bigramsOf, commonBigramShare } from './search.js';

// Keyword search goes through the bigram index from two characters on (filters.ts searchCondition). It must find
// exactly the rows a plain LIKE over search_text finds, for Chinese and ASCII, one character or more.
describe('keyword search through the bigram index', () => {
  let h: Harness;
  let fzb: Awaited<ReturnType<Harness['login']>>;
  let unit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    unit = h.seeded.org.departments.get('区自然资源和规划局')!;
    const cases: [string, string][] = [
      ['（2026）鲁0899行初951号', '不服房屋拆迁补偿决定'],
      ['（2026）鲁0899行初952号', '不服土地征收决定 ABC-100% 退还'],
      ['（2026）鲁0899行初953号', '要求履行拆除违法建筑职责 abc_1'],
      ['（2026）鲁0899行初954号', '不服行政处罚 x'],
    ];
    for (const [caseNumber, cause] of cases) {
      const res = await fzb.post('/api/litigation/cases', {
        caseNumber,
        court: '示范市任城区人民法院',
        instance: 'first',
        orgUnitId: unit,
        cause,
        disputeArea: 'other',
        complaintReceivedOn: '2026-09-20',
        plaintiffs: [{ kind: 'person', name: '检索测试人' }],
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
    // Statistics, so that bigrams most cases have (不服) take the LIKE path and rarer ones the index.
    await h.db.execute(sql`analyze litigation_cases`);
  });
  after(() => h.close());

  /** What the search found before the index: LIKE over the lower-cased search text of every live case. */
  async function likeIds(q: string): Promise<string[]> {
    const pattern = `%${escapeLike(q.toLowerCase())}%`;
    const rows = rowsOf<{ id: string }>(await h.db.execute(sql`select id from litigation_cases where deleted_at is null and search_text like ${pattern}`));
    return rows.map((r) => r.id).sort();
  }

  async function apiIds(q: string): Promise<string[]> {
    const res = await fzb.get(`/api/litigation/cases?q=${encodeURIComponent(q)}&pageSize=200`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.total <= 200, 'the test data fits one page');
    assert.equal(res.body.items.length, res.body.total);
    return res.body.items.map((c: { id: string }) => c.id).sort();
  }

  const queries = [
    '不服',
    '不服房屋',
    '拆',
    '迁',
    '拆迁',
    '拆迁补偿',
    '征收决定',
    '决定',
    '违法建筑',
    'a',
    'A',
    'ab',
    'ABC',
    'abc-1',
    '100%',
    '%',
    '_',
    'c_1',
    'c_',
    '检索测试人',
    '一二',
    'zz',
    ' x',
    'x',
  ];
  for (const q of queries) {
    it(`“${q}” finds the same rows as LIKE`, async () => {
      const expected = await likeIds(q);
      assert.deepEqual(await apiIds(q), expected);
    });
  }

  it('finds the new cases by their 2-, 3- and 4-character words', async () => {
    for (const [q, n] of [
      ['拆迁', 1],
      ['拆除', 1],
      ['退还', 1],
      ['补偿决定', 1],
      ['检索测试人', 4],
      ['abc', 2],
      ['100%', 1],
    ] as const) {
      const res = await fzb.get(`/api/litigation/cases?q=${encodeURIComponent(q)}&f.disputeArea=other&f.orgUnitId=${unit}&pageSize=50`);
      assert.equal(res.body.items.filter((c: { caseNumber: string }) => c.caseNumber.startsWith('（2026）鲁0899行初95')).length, n, q);
    }
  });

  it('knows from the statistics which bigrams most cases have', async () => {
    const frequency = await bigramFrequencies(h.db, litigationCases);
    assert.ok(frequency('不服') >= commonBigramShare, String(frequency('不服')));
    assert.equal(frequency('一二'), 0);
    assert.deepEqual(bigramsOf('拆迁补偿'), ['拆迁', '迁补', '补偿']);
    assert.deepEqual(bigramsOf('拆'), []);
  });

  it('splits text into distinct character bigrams', async () => {
    const [row] = rowsOf<{ a: string[]; b: string[]; c: string[]; d: string[] }>(
      await h.db.execute(sql`select search_bigrams('拆迁补偿拆迁') as a, search_bigrams('拆') as b, search_bigrams('') as c, search_bigrams('ab c') as d`),
    );
    assert.deepEqual([...row!.a].sort(), ['拆迁', '补偿', '迁补', '偿拆'].sort());
    assert.deepEqual([...row!.b], []);
    assert.deepEqual([...row!.c], []);
    assert.deepEqual([...row!.d].sort(), [' c', 'ab', 'b '].sort());
  });

  it('can answer a two-character search from the index', async () => {
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = rowsOf<Record<string, string>>(
        await tx.execute(sql`explain select id from litigation_cases where search_bigrams(search_text) @> search_bigrams('拆迁'::text) and search_text like '%拆迁%'`),
      )
        .map((r) => Object.values(r)[0])
        .join('\n');
      assert.match(plan, /litigation_cases_search_idx/);
    });
  });

  it('is costed as the slow function it is, so the planner takes the index unforced (migration 0039)', async () => {
    // At the default cost the planner read 规范性文件 in order and ran the function per row: 62 ms against 2.6 ms.
    const [fn] = rowsOf<{ cost: number }>(await h.db.execute(sql`select procost::float8 as cost from pg_proc where proname = 'search_bigrams'`));
    assert.ok(Number(fn!.cost) >= 1000, `search_bigrams cost ${fn!.cost}`);
    const plan = rowsOf<Record<string, string>>(
      await h.db.execute(
        sql`explain select count(*) from (select 1 from normative_documents where deleted_at is null and search_bigrams(search_text) @> search_bigrams('土地'::text) and search_text like '%土地%' limit 10001) m`,
      ),
    )
      .map((r) => Object.values(r)[0])
      .join('\n');
    assert.match(plan, /normative_documents_search_idx/);
  });

  it('every table with search_text has its bigram index', async () => {
    const missing = rowsOf<{ table: string }>(
      await h.db.execute(sql`
        select c.relname as table from pg_attribute a
        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where a.attname = 'search_text' and not a.attisdropped and c.relkind = 'r' and n.nspname = current_schema()
          and not exists (select 1 from pg_indexes i where i.schemaname = n.nspname and i.tablename = c.relname and i.indexdef like '%gin (search_bigrams(search_text))%')
        order by 1`),
    ).map((r) => r.table);
    // A new register's migration adds: CREATE INDEX "<table>_search_idx" ON "<table>" USING gin (search_bigrams(search_text));
    assert.deepEqual(missing, []);
  });
});
