import type { Block } from './outline.js';

const p = (key: string, title: string, text: string, item?: Block['item']): Block => ({ key, kind: 'paragraph', title, text, ...(item ? { item } : {}) });
const h1 = (key: string, title: string, item: Block['item'], text = ''): Block => ({ key, kind: 'heading1', title, text, item });

/**
 * The outline of the model report (济宁高新区 2023): five numbered sections of measures, the first of them holding the
 * 第一责任人 paragraph, then unnumbered paragraphs for the problems and next year's plan, as the model ends (the
 * renderer adds "特此报告。" and the 落款). Each statutory item is marked on its block, not numbered a second time.
 * Narrative is written in the platform; figures come from indicators through placeholders.
 */
export const defaultAnnualTemplate: Block[] = [
  p(
    'preamble',
    '',
    '{year}年，{orgName}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，坚持依法治区、依法执政、依法行政共同推进。现将有关情况报告如下：',
  ),
  h1('overall', '坚持统筹推进，法治政府建设高质量发展', 'measures'),
  p(
    'thought',
    '深入学习宣传贯彻习近平法治思想。',
    '坚持把习近平法治思想纳入各级理论学习中心组学习计划，列入各级领导干部培训、轮训和学习的重要内容。先后{study.xiCentralGroupSessions}次召开学习习近平法治思想理论学习中心组集体学习研讨，各级理论学习中心组学法覆盖率{study.centralGroupCoverage}。将习近平法治思想纳入领导干部培训班内容，培训学员{study.trainedPersons}人次。举办法治专题讲座、报告会{study.lectures}场，邀请高校、法院等专家作专题辅导报告，切实推动理论学习入脑入心。',
  ),
  p(
    'first-duty-overview',
    '切实履行法治建设第一责任人职责。',
    '将党政主要负责人履行推进法治建设第一责任人职责情况纳入法治督察范围，列入法治建设考核内容。科学制定依法治区工作要点，分解工作任务{inspection.tasks}项，已完成{inspection.tasksDone}项，完成率{inspection.taskCompletionRate}。坚持常态化学法，党政主要领导带头学法讲法述法，全区领导干部任前考法覆盖率{study.examCoverage}、年度述法覆盖率{study.lawReportCoverage}、宪法宣誓覆盖率{study.oathCoverage}，推动任前考法、年度述法、宪法宣誓等制度全覆盖。组织开展新任公务员、新提拔领导、执法人员法治素养培训考试{study.exams}场、{study.examSittings}人次，合格率{study.examPassRate}。认真开展法治建设督察，督察部门、街道{inspection.unitsInspected}个，其中督察第一责任人履职情况{inspection.firstDutyInspections}个，部门、街道法治督察覆盖率{inspection.coverage}，下发督察意见（整改通知）{inspection.noticesIssued}份，整改验收通过{inspection.rectificationsAccepted}份。开展法治建设考核，对{inspection.assessedUnits}个部门、街道考核评分并公布结果。',
    'leaders',
  ),
  p(
    'demonstration',
    '扎实开展法治政府建设示范创建。',
    '将示范创建工作纳入年度法治建设考核，对任务目标逐项分解，分解示范创建任务{inspection.demoTasks}项，已完成{inspection.demoTasksDone}项，推动示范创建工作落地落实。积极培树法治典型，{inspection.topTenEvents}件案例纳入全市法治为民十大事件，获评市级法治建设典型街道{inspection.municipalTypicalSubdistricts}个。',
  ),
  h1('lawful-administration', '坚持依法依规，推动政府履职在法治轨道上规范运行', 'measures'),
  p(
    'decisions',
    '严格依法依规行政决策。',
    '严格落实重大行政决策程序，公布重大行政决策事项目录事项{decisions.catalogueItems}项，全年作出重大行政决策{decisions.decided}项，对{decisions.expertReviews}项决策开展专家论证、{decisions.riskAssessments}项决策开展风险评估。健全规范性文件审查机制，按照“三统一”要求统一登记规范性文件{normativeDocs.registered}件、公布{normativeDocs.published}件，报备及时率{normativeDocs.filingTimelyRate}，现行有效规范性文件{normativeDocs.inForce}件，清理{normativeDocs.cleanedUp}件、修订{normativeDocs.amended}件。全年受理合法性审核事项{legalReview.requestsReceived}件，出具审核意见{legalReview.requestsConcluded}件，按期办结率{legalReview.onTimeRate}，审核意见采纳率{legalReview.adoptionRate}。街道作出重大事项决定{decisions.mattersDecided}项，街道合法性审查覆盖率{decisions.subdistrictReviewCoverage}。',
  ),
  p(
    'advisers',
    '充分发挥法律顾问作用。',
    '深入推进党政一体法律顾问、公职律师制度落实，在聘法律顾问{legalAdvisers.advisersInForce:kind!=lawFirm}名、律师事务所{legalAdvisers.advisersInForce:kind=lawFirm}家，村(社区)法律顾问覆盖率{legalAdvisers.communityCoverage}。法律顾问、公职律师全年出具法律意见{legalAdvisers.legalOpinions}件，提供法律咨询{legalAdvisers.consultations}次，审查合同{legalAdvisers.contractsReviewed}件，参与涉法涉诉事件处理{legalAdvisers.litigationMatters}件，开展法治讲座{legalAdvisers.lectures}场，参与合法性审核比例{legalReview.adviserShare}。在岗公职律师{legalAdvisers.publicLawyersInPost}名，分布在{legalAdvisers.unitsWithPublicLawyers}个单位。{year}年新申领公职律师单位{legalAdvisers.newPublicLawyerUnits}家，新办公职律师证{legalAdvisers.publicLawyerCertificatesIssued}件，街道公职律师覆盖率{legalAdvisers.subdistrictPublicLawyerCoverage}。',
  ),
  p(
    'litigation',
    '加强行政应诉工作。',
    '严格落实行政机关负责人出庭应诉，每月通报行政应诉工作开展情况，全年共办理行政诉讼案件{litigation.casesReceived}件，审结{litigation.casesClosed}件，行政机关负责人出庭应诉率{litigation.leaderAppearanceRate}，败诉率{litigation.lossRate}。开展旁听庭审活动{litigation.observationSessions}场，{litigation.observationParticipants}人次参加。',
  ),
  h1('enforcement', '坚持问题导向，不断提高政府执法能力', 'measures'),
  p(
    'enforcement-supervision',
    '强化行政执法监督。',
    '构建区、街道两级全覆盖的行政执法协调监督工作体系，制定年度行政执法监督计划，综合运用日常监督、专项监督、综合检查等方式实施执法监督{enforcement.supervisionChecks}次。每季度组织开展行政执法案卷评查活动，对{enforcement.reviewedFields}个重点行政执法领域的{enforcement.reviewedFiles}份行政执法案卷进行集中评查，案卷合格率{enforcement.reviewPassRate}，及时反馈评查中发现的问题，下发整改通知{enforcement.rectifications}件并督促限期整改，按期整改率{enforcement.rectificationOnTimeRate}。{enforcement.nominatedFiles}件行政执法案卷被推荐参评“十佳”优秀案卷。强化执法人员管理，完善招录和退出机制，组织行政执法资格认证考试，每人每年不少于60学时，期末持证执法人员{enforcement.certifiedOfficers}人，培训达标率{enforcement.trainingComplianceRate}。清理不符合持证条件人员，本年度组织新申领执法证件{enforcement.newEnforcementCertificates}人、听证主持人证件{enforcement.newHearingCertificates}人，年审{enforcement.annualReviews}人，注销证件人员{enforcement.revokedCertificates}人。',
  ),
  p(
    'enforcement-standards',
    '全面完善行政执法标准。',
    '发挥法治协调职能，实行执法事项清单管理制度，执法事项清单共列明执法事项{enforcement.items}项，其中行政处罚事项{enforcement.penaltyItems}项，在政务公开专栏向社会公示。健全完善行政裁量基准制度，落实动态管理，行政处罚事项裁量基准覆盖率{enforcement.standardCoverage}。全面落实行政执法“三项制度”，全年立案执法案件{enforcement.cases}件、作出执法决定{enforcement.casesDecided}件，执法决定公示及时率{enforcement.disclosureOnTimeRate}，重大执法决定法制审核率{enforcement.legalReviewRate}。按照“应上尽上”原则，将行政执法案件纳入网上运行，网上运行率{enforcement.onlineRate}、办理及时率{enforcement.decisionOnTimeRate}，避免“系统外循环”。',
  ),
  p(
    'business-services',
    '严把执法惠企服务关。',
    '全领域推进“无证明之市”建设，落实行政协助核查办法，全年发起行政协助核查{certification.verifications}件、按期答复率{certification.verificationsOnTimeRate}，动态调整证明事项清单，保留证明事项{certification.itemsKept}项（其中实行告知承诺制{certification.itemsWithCommitment}项）、取消{certification.itemsCancelled}项，深化电子证照在{certification.eLicenseServices}项政务服务事项中的应用，实现事项申报实体证照免提交。落实“不罚轻罚”“首违不罚”和信用惩戒缓冲机制，全年共有{enforcement.lenientEntities}个市场主体免于或者减轻处罚。推进政务服务便利化提升，深入开展“跨域通办”，完善{certification.crossProvinceItems}项“跨省通办”事项通办流程规则，共办理“跨省通办”{certification.crossProvinceCases}件。',
  ),
  h1('legal-services', '着力利民惠民，不断完善公共法律服务体系', 'measures'),
  p(
    'public-legal-services',
    '加快推进现代公共法律服务体系建设。',
    '积极开展“乡村振兴 法治同行”活动，打通法律服务“最后一公里”，推进“一村一法律顾问”“一园区一法律顾问”。{year}年园区法律顾问帮助{legalAdvisers.parkEnterprisesServed}家企业对内部制度、商业合同进行了审查，参加园区重大项目谈判{legalAdvisers.parkNegotiations}次，为园区合同、重大决策等提供法律意见建议{legalAdvisers.parkOpinions}次，参与重要信访案件、经济金融风险化解{legalAdvisers.parkRiskResolutions}起。全区{legalAdvisers.communities}个村(社区)法律顾问覆盖率{legalAdvisers.communityCoverage}。开展村(社区)法律顾问“一月一主题”活动{legalAdvisers.themeActivities}场次，开展公益法律服务活动{legalAdvisers.villagePublicServices}次，举办法治讲座{legalAdvisers.villageLectures}次，为村(居)治理提供法律意见{legalAdvisers.villageGovernanceOpinions}件，帮助审查重要经济合同{legalAdvisers.villageContracts}份，为群众提供法律咨询{legalAdvisers.villageConsultationPersons}人次，处理村级矛盾纠纷{legalAdvisers.villageDisputes}件，参与制定村级重大决策{legalAdvisers.villageDecisions}次。',
  ),
  p(
    'mediation',
    '进一步拓展大调解工作格局。',
    '完善社会矛盾纠纷多元化解机制，开展矛盾纠纷排查化解专项活动{mediation.campaigns}次。积极推进司法所、人民调解组织与法院调解平台载体互通、人员共享，诉调对接纠纷{mediation.courtReferrals}件，调解协议申请司法确认{mediation.confirmationsApplied}件、经人民法院确认有效{mediation.confirmationsConfirmed}件。全区共开展人民调解{mediation.disputesMediated}次，调解成功率{mediation.successRate}，录入山东省智慧民调系统{mediation.smartSystemEntered}件。积极征集编写优秀人民调解案例，{mediation.typicalCases}件案例入选典型案例汇编。强化人民调解队伍建设，村(居)人民调解委员会组成合规率{mediation.communityCommitteeCompliance}，荣获市级调解能手{mediation.cityMediationExperts}人、调解先进工作者{mediation.cityAdvancedWorkers}人。',
  ),
  p(
    'publicity',
    '大力开展普法宣传工作。',
    '深入实施“八五”普法规划，规划任务完成率{publicity.taskCompletionRate}，编制并落实“谁执法谁普法”普法责任制，普法责任清单部门覆盖率{publicity.dutyDepartmentCoverage}，深入开展法治文化建设计划，推动民法典阵地建设向街道、村(社区)延伸，建成法治文化阵地{publicity.sites}个，村居法治文化阵地覆盖率{publicity.communitySiteCoverage}。组织开展宪法宣传周、民法典宣传月、全民国家安全教育日等法治宣传“十进”活动{publicity.events}场次，参与群众{publicity.eventParticipants}人次。深入推进基层依法治理，新评选市级法治示范村{publicity.municipalModelVillages}个，市级守法普法示范镇街{publicity.municipalModelTowns}个，“最受群众欢迎的法治文化阵地”{publicity.popularSites}个。大力推进基层“法治带头人”“法律明白人”工程，建成{publicity.liaisons}人的基层法治队伍，并完成“线上+线下”培训，培训率{publicity.liaisonTrainingRate}。持续推进国家机关工作人员学法用法，参与学习培训{publicity.trainingPersons}人次。',
  ),
  h1('grassroots', '强化基层基础，提升平安建设水平', 'measures'),
  p(
    'judicial-offices',
    '司法所规范化建设水平进一步提高。',
    '开展司法所规范化建设三年行动，{judicialOffices.fiveStarOffices}个街道创成五星级司法所，在办公场所、服务大厅、规章制度、人员配备等方面实现整体提升。充分发挥司法所在推进基层法治建设中的职能作用，开展法治宣传教育{judicialOffices.publicitySessions}场次，接待群众法律咨询{judicialOffices.consultationPersons}人次。完成司法协理员试点工作，制定下发司法协理员聘用方案、管理办法等文件，选聘{judicialOffices.assistantsHired}名司法协理员充实司法所力量，在岗{judicialOffices.assistantsInPost}名，开展岗前培训及定期业务轮训，培训覆盖率{judicialOffices.assistantTrainingCoverage}，有效提升人员业务水平。',
  ),
  p(
    'special-groups',
    '强化特殊人群管控。',
    '创新开展“智慧矫正”建设，全年在册社区矫正对象{correction.subjectsInCorrection}名，新接收{correction.newSubjects}名，解除或终止矫正{correction.released}名。全面实施“在矫通”应用，安装率{correction.appInstallRate}，每周对社区矫正对象进行信息化核查，核查覆盖率{correction.verificationCoverage}，实行涉稳信息“日报告”“零报告”。依托社区矫正自主学习“e”平台开展教育帮扶，组织社区矫正对象教育学习{correction.studySessions}人次、{correction.studyHours}小时，参加公益活动{correction.serviceSessions}人次、{correction.serviceHours}小时。完善社区矫正安全稳定动态研判机制，联合区检察院定期开展巡视检察，召开矫情分析会{correction.meetingsHeld}次，检察监督发现问题{correction.findings}个，已整改{correction.findingsRectified}个。组织开展脱漏管专项整治，全年发现脱漏管{correction.unsupervised}名。同步开展安置帮教风险隐患专项排查整治，建立特殊人群管控双台账，实行包保责任制，全年新接收刑满释放人员{resettlement.released}名，在册安置帮教对象{resettlement.inHelp}名，衔接率{resettlement.handoverRate}，重点帮教对象必接必送率{resettlement.escortRate}，安置率{resettlement.placementRate}，帮教率{resettlement.helpRate}。',
  ),
  p('shortcomings', '', '{year}年，{orgName}在推进法治政府建设上仍存在一些问题和不足，比如：', 'shortcomings'),
  p('plan', '', '{nextYear}年，{orgName}将', 'plan'),
  // 其他需要报告的事项: empty unless there is something to report; an empty block prints nothing.
  p('other', '', '', 'other'),
];
