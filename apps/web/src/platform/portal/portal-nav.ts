/** The portal's sections, in the header of every /gk page. */
export const portalSections = [
  { to: '/gk/reports', label: '年度报告' },
  { to: '/gk/normative-documents', label: '规范性文件' },
] as const;
