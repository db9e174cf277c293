import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withCreditCheckCharacter } from '@fazhi/core';
import {
  adviserCreateSchema,
  adviserUpdateSchema,
  enterpriseCreateSchema,
  enterpriseUpdateSchema,
  publicLawyerCreateSchema,
  publicLawyerUpdateSchema,
  revealReasonSchema,
  serviceCreateSchema,
  serviceUpdateSchema,
  themeCreateSchema,
  themeUpdateSchema,
} from '@fazhi/core/legal-advisers';
import { bySchema, refusesInvalidBodies, type BodyRoute } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of the legal-advisers module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('法律顾问与公职律师: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  let unit = '';
  let park = '';
  const ids = { adviser: '', publicLawyer: '', service: '', enterprise: '', theme: '' };
  const versions = { adviser: 0, publicLawyer: 0, service: 0, enterprise: 0, theme: 0 };
  const base = '/api/legal-advisers';

  const adviser = () => ({
    kind: 'person',
    name: '模糊测试顾问',
    lawFirm: '山东测试律师事务所',
    licenseNumber: '13708201910123456',
    phone: '13912345678',
    orgUnitId: unit,
    contractNumber: '示法顾〔2026〕801号',
    contractStartOn: '2026-01-01',
    contractEndOn: '2027-12-31',
    fee: 30000,
    servedUnitIds: [unit],
    enterprisesServed: '测试企业',
    note: '备注',
  });
  const publicLawyer = () => ({
    name: '模糊测试律师',
    certificateNumber: '13708202020000002',
    orgUnitId: unit,
    post: '科长',
    certificateIssuedOn: '2022-01-01',
    assessmentYear: 2025,
    assessmentResult: 'competent',
    note: '备注',
  });
  const service = () => ({ kind: 'legalOpinion', servedOn: '2026-11-20', orgUnitId: unit, adviserId: ids.adviser, subject: '模糊测试法律意见', hours: 2.5, persons: 2, outcome: '已出具' });
  const enterprise = () => ({ name: '模糊测试企业', creditCode: withCreditCheckCharacter('91370899MA3C4D5E6'), orgUnitId: park, industry: '软件', note: '备注' });
  const theme = () => ({ year: 2026, month: 11, orgUnitId: unit, title: '模糊测试主题', content: '内容' });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    unit = h.seeded.org.subdistricts.get('西岭街道')!;
    park = h.seeded.org.parks[0]!;
    for (const [key, path, body] of [
      ['adviser', 'advisers', adviser()],
      ['publicLawyer', 'public-lawyers', publicLawyer()],
      ['service', 'services', null],
      ['enterprise', 'enterprises', enterprise()],
      ['theme', 'themes', theme()],
    ] as const) {
      const made = await fzb.post(`${base}/${path}`, body ?? service());
      assert.equal(made.status, 201, JSON.stringify(made.body));
      ids[key] = made.body.id;
      versions[key] = made.body.version;
    }
  });
  after(() => h?.close());

  const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
  const route = (
    name: string,
    method: 'POST' | 'PATCH',
    url: () => string,
    valid: () => Record<string, unknown>,
    schema: { shape: Record<string, unknown> } & Parameters<typeof bySchema>[0],
    nested: (string | number)[][] = [],
  ): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid,
    fields: keys(schema),
    nested,
    accepts: bySchema(schema),
  });

  it('法律顾问: create and update refuse contract-invalid bodies with a 400 naming a field, writing nothing', () =>
    refusesInvalidBodies(h, [
      route('POST advisers', 'POST', () => `${base}/advisers`, adviser, adviserCreateSchema, [['servedUnitIds', 0]]),
      route(
        'PATCH advisers/:id',
        'PATCH',
        () => `${base}/advisers/${ids.adviser}`,
        () => ({ version: versions.adviser, ...adviser() }),
        adviserUpdateSchema,
        [['servedUnitIds', 0]],
      ),
    ]));

  it('公职律师: create and update refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST public-lawyers', 'POST', () => `${base}/public-lawyers`, publicLawyer, publicLawyerCreateSchema),
      route(
        'PATCH public-lawyers/:id',
        'PATCH',
        () => `${base}/public-lawyers/${ids.publicLawyer}`,
        () => ({ version: versions.publicLawyer, ...publicLawyer() }),
        publicLawyerUpdateSchema,
      ),
    ]));

  it('服务台账: create and update refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST services', 'POST', () => `${base}/services`, service, serviceCreateSchema),
      route(
        'PATCH services/:id',
        'PATCH',
        () => `${base}/services/${ids.service}`,
        () => ({ version: versions.service, ...service() }),
        serviceUpdateSchema,
      ),
    ]));

  it('园区企业 and 一月一主题: create and update refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST enterprises', 'POST', () => `${base}/enterprises`, enterprise, enterpriseCreateSchema),
      route(
        'PATCH enterprises/:id',
        'PATCH',
        () => `${base}/enterprises/${ids.enterprise}`,
        () => ({ version: versions.enterprise, ...enterprise() }),
        enterpriseUpdateSchema,
      ),
      route('POST themes', 'POST', () => `${base}/themes`, theme, themeCreateSchema),
      route(
        'PATCH themes/:id',
        'PATCH',
        () => `${base}/themes/${ids.theme}`,
        () => ({ version: versions.theme, ...theme() }),
        themeUpdateSchema,
      ),
    ]));

  it('查看联系电话: a reason is required', () =>
    refusesInvalidBodies(
      h,
      [
        route(
          'POST advisers/:id/reveal-phone',
          'POST',
          () => `${base}/advisers/${ids.adviser}/reveal-phone`,
          () => ({ reason: '核对联系方式' }),
          revealReasonSchema,
        ),
      ],
      40,
    ));
});
