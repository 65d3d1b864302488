import { isIcd10Form } from './icd10-code';

describe('ICD-10-CM form', () => {
  it.each([
    ['D83.9', true],
    ['G61.81', true],
    ['D80', true],
    ['C4A.0', true],
    ['D83.', false],
    ['d83.9', false],
    ['83.9', false],
    ['D83.91234', false],
  ])('%s is %s', (code, expected) => {
    expect(isIcd10Form(code)).toBe(expected);
  });
});
