import type { HttpRequest, Scenario, ScenarioModule } from './index.js';

const get = (path: string): HttpRequest => ({ method: 'GET', path });

/** 证明事项清单 and 协助核查: each register's list (filter, sort, page, total) and a detail rotating over its ids. */
export const certificationScenarios: ScenarioModule = {
  module: 'certification',
  async scenarios({ sql }) {
    const ids = async (table: string) => (await sql.query(`select id from ${table} where deleted_at is null order by id limit 2000`)).map((r) => String(r.id));
    const rotating = (name: string, description: string, path: string, pool: string[]): Scenario => {
      let i = 0;
      return { name, description: `${description} (rotating over ${pool.length} ids)`, kind: 'read', mode: 'load', request: () => get(`${path}/${pool[i++ % Math.max(1, pool.length)]}`) };
    };
    const itemIds = await ids('cert_items');
    const verificationIds = await ids('cert_verifications');
    return [
      {
        name: 'certification.items.list',
        description: '证明事项 list: filter 办理方式 + sort by code + page 2 + total',
        kind: 'read',
        mode: 'load',
        request: get('/api/certification/items?f.handling=kept&sort=code&order=asc&page=2&pageSize=20'),
      },
      rotating('certification.items.detail', '证明事项 detail', '/api/certification/items', itemIds),
      {
        name: 'certification.verifications.list',
        description: '协助核查 list: filter 状态 + sort by 发起日期 + page 2 + total',
        kind: 'read',
        mode: 'load',
        request: get('/api/certification/verifications?f.state=answered&sort=requestedOn&order=desc&page=2&pageSize=20'),
      },
      rotating('certification.verifications.detail', '协助核查 detail', '/api/certification/verifications', verificationIds),
    ];
  },
};
