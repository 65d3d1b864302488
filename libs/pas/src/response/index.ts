export * from './pas-decision';
export { readClaimResponse } from './read-claim-response';
export { readResponseBundle } from './read-response-bundle';
export { readOperationOutcome } from './read-operation-outcome';
export { readInquiryResponse } from './read-inquiry-response';
export {
  readNotificationBundle,
  type PasNotification,
  type PasNotificationEvent,
} from './read-notification-bundle';
export { readPayerAnswer } from './read-payer-answer';
export { checkItemSequences } from './check-item-sequences';
