import { itemSpec, officeSpec, standardSpec, trainingSpec } from '@fazhi/core/judicial-offices/index';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';

// Registers shown with the generic pages: 司法所概况, the district's 评定标准 and 星级分数线, training records.
export const OfficeListPage = () => <RegisterListPage spec={officeSpec} basePath="/judicial-offices/offices" />;
export const OfficeDetailPage = () => <RegisterDetailPage spec={officeSpec} basePath="/judicial-offices/offices" heading={(r) => String(r.orgUnitName ?? '')} />;
export const OfficeFormPage = () => <RegisterFormPage spec={officeSpec} basePath="/judicial-offices/offices" createInitial={{ hasServiceHall: true }} />;

export const ItemListPage = () => <RegisterListPage spec={itemSpec} basePath="/judicial-offices/checklist-items" />;
export const ItemDetailPage = () => <RegisterDetailPage spec={itemSpec} basePath="/judicial-offices/checklist-items" heading={(r) => String(r.title ?? '')} />;
export const ItemFormPage = () => <RegisterFormPage spec={itemSpec} basePath="/judicial-offices/checklist-items" />;

export const StandardListPage = () => <RegisterListPage spec={standardSpec} basePath="/judicial-offices/standards" />;
export const StandardDetailPage = () => <RegisterDetailPage spec={standardSpec} basePath="/judicial-offices/standards" heading={(r) => `${String(r.year)}年度星级分数线`} />;
export const StandardFormPage = () => (
  <RegisterFormPage spec={standardSpec} basePath="/judicial-offices/standards" createInitial={{ oneStar: 60, twoStar: 70, threeStar: 80, fourStar: 90, fiveStar: 95 }} />
);

export const TrainingListPage = () => <RegisterListPage spec={trainingSpec} basePath="/judicial-offices/trainings" />;
export const TrainingDetailPage = () => <RegisterDetailPage spec={trainingSpec} basePath="/judicial-offices/trainings" heading={(r) => String(r.subject ?? '')} />;
export const TrainingFormPage = () => <RegisterFormPage spec={trainingSpec} basePath="/judicial-offices/trainings" />;
