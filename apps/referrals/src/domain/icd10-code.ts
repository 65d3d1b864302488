/**
 * ICD-10-CM code form: a letter, two characters (the second may be a letter, e.g. C4A), then
 * optionally a dot and one to four more characters. Form only: whether the code names an
 * indication is the clinical library's question.
 */
const ICD10_FORM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export function isIcd10Form(code: string): boolean {
  return ICD10_FORM.test(code);
}
