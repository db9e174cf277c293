import type { RegisterSpec } from '@fazhi/core';
import { educationSpec, findingSpec, leaveSpec, meetingSpec, monitoringSpec, reportSpec, verificationSpec, violationSpec } from '@fazhi/core/correction/index';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';

const pages = (spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string) => ({
  List: () => <RegisterListPage spec={spec} basePath={basePath} />,
  Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={heading} />,
  Form: () => <RegisterFormPage spec={spec} basePath={basePath} />,
});
const named = (what: string, date: string) => (r: Record<string, unknown>) => `${String(r.subjectName ?? '')} ${String(r[date] ?? '')} ${what}`;

const report = pages(reportSpec, '/correction/reports', named('报告', 'reportedOn'));
export const ReportListPage = report.List;
export const ReportDetailPage = report.Detail;
export const ReportFormPage = report.Form;
const verification = pages(verificationSpec, '/correction/verifications', named('信息化核查', 'weekOf'));
export const VerificationListPage = verification.List;
export const VerificationDetailPage = verification.Detail;
export const VerificationFormPage = verification.Form;
const leave = pages(leaveSpec, '/correction/leaves', named('外出', 'startOn'));
export const LeaveListPage = leave.List;
export const LeaveDetailPage = leave.Detail;
export const LeaveFormPage = leave.Form;
const violation = pages(violationSpec, '/correction/violations', named('违规处理', 'occurredOn'));
export const ViolationListPage = violation.List;
export const ViolationDetailPage = violation.Detail;
export const ViolationFormPage = violation.Form;
const monitoring = pages(monitoringSpec, '/correction/monitorings', named('电子定位', 'startOn'));
export const MonitoringListPage = monitoring.List;
export const MonitoringDetailPage = monitoring.Detail;
export const MonitoringFormPage = monitoring.Form;
const meeting = pages(meetingSpec, '/correction/meetings', (r) => `${String(r.orgUnitName ?? '')} ${String(r.heldOn ?? '')} 矫情分析会`);
export const MeetingListPage = meeting.List;
export const MeetingDetailPage = meeting.Detail;
export const MeetingFormPage = meeting.Form;
const education = pages(educationSpec, '/correction/educations', named('教育帮扶', 'on'));
export const EducationListPage = education.List;
export const EducationDetailPage = education.Detail;
export const EducationFormPage = education.Form;
const finding = pages(findingSpec, '/correction/findings', (r) => `${String(r.orgUnitName ?? '')} ${String(r.foundOn ?? '')} 检察监督`);
export const FindingListPage = finding.List;
export const FindingDetailPage = finding.Detail;
export const FindingFormPage = finding.Form;
