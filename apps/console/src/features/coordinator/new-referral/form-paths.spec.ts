import { ProblemError } from '../../../api/problem';
import { formPathOf, placeProblems } from './form-paths';

describe('formPathOf', () => {
  it.each([
    'patient.dateOfBirth',
    'patient.address.postalCode',
    'prescriber.npi',
    'order.doseGramsPerKg',
    'insurance.memberId',
    'labs.2.collectedOn',
    'documents.0.title',
  ])('shows a problem of %s beside that field', (path) => {
    expect(formPathOf(path)).toBe(path);
  });

  it.each([
    ['patient.allergies.2', 'patient.allergies'],
    ['patient.conditions.0', 'patient.conditions'],
    ['documents.1.contentBase64', 'documents.1.file'],
    ['documents.1.contentType', 'documents.1.file'],
    ['labs.0.unit', 'labs.0.value'],
    ['patient.address', 'patient.address.line1'],
  ])('shows a problem of %s, which the form derives, beside %s', (path, field) => {
    expect(formPathOf(path)).toBe(field);
  });

  it.each(['', 'labs', 'documents', 'patient', 'patient.nickname', 'labs.0.flag'])(
    'leaves %p, which no field shows, to the summary',
    (path) => {
      expect(formPathOf(path)).toBeUndefined();
    },
  );
});

describe('placeProblems', () => {
  it('puts each of intake’s field problems beside its field and the rest in the summary', () => {
    const refusal = new ProblemError({
      type: 'https://infuse.example/problems/validation',
      title: 'Bad request',
      status: 400,
      errors: [
        { pointer: '#/prescriber/npi', detail: 'The check digit is wrong' },
        { pointer: '#/documents/0/contentBase64', detail: 'Larger than 10 MB' },
        { pointer: '#/labs', detail: 'At most 100 labs' },
      ],
    });
    const { fields, unplaced } = placeProblems(refusal);
    expect([...fields]).toEqual([
      ['prescriber.npi', 'The check digit is wrong'],
      ['documents.0.file', 'Larger than 10 MB'],
    ]);
    expect(unplaced).toEqual(['labs: At most 100 labs']);
  });
});
