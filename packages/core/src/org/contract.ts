import { z } from 'zod';
import { textField } from '../validators/zod.js';

export const orgUnitKinds = [
  { code: 'district', label: '区（县）' },
  { code: 'department', label: '部门' },
  { code: 'subdistrict', label: '街道（镇）' },
  { code: 'community', label: '村（社区）' },
  { code: 'judicialOffice', label: '司法所' },
  { code: 'mediationCommittee', label: '调解委员会' },
  { code: 'park', label: '园区' },
] as const;

export type OrgUnitKind = (typeof orgUnitKinds)[number]['code'];
export const orgUnitKindCodes = orgUnitKinds.map((k) => k.code) as [OrgUnitKind, ...OrgUnitKind[]];

export const orgUnitCreateSchema = z.object({
  parentId: z.uuid({ message: '请选择上级单位' }),
  name: textField('单位名称', 60),
  kind: z.enum(orgUnitKindCodes, { message: '请选择单位类别' }),
  code: z.string().trim().max(30, { message: '单位代码不能超过30个字' }).optional(),
});
export const orgUnitUpdateSchema = z.object({
  version: z.int().positive(),
  name: textField('单位名称', 60).optional(),
  code: z.string().trim().max(30).optional(),
});

export type OrgUnitCreate = z.infer<typeof orgUnitCreateSchema>;

export const orgUnitSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  kind: z.enum(orgUnitKindCodes),
  code: z.string().nullable(),
  path: z.string(),
  depth: z.int(),
  version: z.int(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;
