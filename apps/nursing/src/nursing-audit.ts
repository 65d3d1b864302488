/** What the audit log calls each thing done to nursing's records of a patient. */
export const NURSING_ACTIONS = {
  keepPatient: 'patient-copy.keep',
  withdrawPatient: 'patient-copy.withdraw',
  keepRelease: 'released-dose.keep',
  trackDrug: 'released-dose.track',
  schedule: 'visit.schedule',
  assign: 'visit.assign',
  reschedule: 'visit.reschedule',
  cancel: 'visit.cancel',
  list: 'visit.list',
  read: 'visit.read',
  update: 'visit.update',
} as const;

export const VISIT_RESOURCE = 'visit';
export const PATIENT_COPY_RESOURCE = 'patient-copy';
export const RELEASED_DOSE_RESOURCE = 'released-dose';
