export * from './pas-request-input';
export { buildRequestBundle } from './build-request-bundle';
export { buildInquiryBundle } from './build-inquiry-bundle';
export { PasInputError, type PasInputIssue } from './pas-input-error';
export { checkReferenceClosure, type ReferenceClosureReport } from './bundle-reference-closure';
export { PAS_REQUEST_EXAMPLES } from './pas-request-examples';
