// Public API of @infuse/pas: the Da Vinci PAS 2.2.1 mapping (FHIR R4), pure, no I/O.
// FHIR types come from `fhir/r4` (@types/fhir).
export * from './pas-vocabulary';
export * from './request';
export * from './response';
export * from './payer';
