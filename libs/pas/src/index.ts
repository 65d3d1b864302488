// Public API of @infuse/pas: the Da Vinci PAS 2.2.1 mapping (FHIR R4), pure, no I/O.
// FHIR types come from `fhir/r4` (@types/fhir). Its parts:
//   pas-vocabulary.ts  every PAS, X12 and FHIR URL and code, and Infuse's identifier systems
//   lab-loinc.ts       the LOINC of each lab Infuse records, for both ends
//   fhir/              reading untrusted FHIR JSON, shared by the response reader and the payer
//   request/           the provider side: the $submit and $inquire Bundles prior-auth sends
//   response/          the provider side: reading what a payer answers into a PasAnswer
//   payer/             the payer side, for the payer sandbox: check, read, decide and answer
export * from './pas-vocabulary';
export * from './lab-loinc';
export * from './request';
export * from './response';
export * from './payer';
