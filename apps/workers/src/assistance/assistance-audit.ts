/** The audit log's names for what is done to an assistance case. */
export const ASSISTANCE_CASE_RESOURCE = 'assistance-case';

export const ASSISTANCE_ACTIONS = {
  recordReferral: 'assistance-case.record-referral',
  recordApproval: 'assistance-case.record-approval',
  changeProduct: 'assistance-case.change-product',
  recordDose: 'assistance-case.record-dose',
  recordFinancials: 'assistance-case.record-financials',
  recordBenefits: 'assistance-case.record-benefits',
  recordConsent: 'assistance-case.record-consent',
  sendEnrolment: 'assistance-case.send-enrolment',
  answerEnrolment: 'assistance-case.answer-enrolment',
  noteReEnrolmentDue: 'assistance-case.note-re-enrolment-due',
  close: 'assistance-case.close',
  list: 'assistance-case.list',
  view: 'assistance-case.view',
} as const;

export type AssistanceAction = (typeof ASSISTANCE_ACTIONS)[keyof typeof ASSISTANCE_ACTIONS];
