import { buildReport, FhirAllowList, type FhirIssue, warningKind } from './fhir-validator-report';

const PROFILE = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-pas-request-bundle';

function issue(overrides: Partial<FhirIssue>): FhirIssue {
  return {
    severity: 'error',
    location: 'Bundle.entry[0].resource/*Claim/c1*/',
    messageId: 'Extension_EXTP_Context_Wrong',
    message: 'The extension http://x/extension-infoChanged is not allowed to be used at this point',
    ...overrides,
  };
}

describe('FhirAllowList', () => {
  const allowList = FhirAllowList.of({
    entries: [
      {
        messageId: 'Extension_EXTP_Context_Wrong',
        message: 'extension-infoChanged is not allowed',
        location: '\\.supportingInfo\\[\\d+\\]$',
        reason: 'IG defect: the context lists Claim.item only',
      },
      { message: '^ValueSet .* not found$', location: '.', reason: 'offline gap' },
    ],
  });

  it('accepts a finding only where every given part matches', () => {
    const atSupportingInfo = issue({
      location: 'Bundle.entry[0].resource/*Claim/c1*/.supportingInfo[0]',
    });

    expect(allowList.reasonFor(atSupportingInfo)).toBe(
      'IG defect: the context lists Claim.item only',
    );
    expect(allowList.reasonFor(issue({}))).toBeUndefined(); // wrong location
    expect(allowList.reasonFor({ ...atSupportingInfo, messageId: 'Other' })).toBeUndefined();
    expect(
      allowList.reasonFor({ ...atSupportingInfo, message: 'The extension x is not allowed' }),
    ).toBeUndefined();
  });

  it('matches on the message alone when an entry names no message id', () => {
    expect(allowList.reasonFor(issue({ messageId: 'Any', message: 'ValueSet x not found' }))).toBe(
      'offline gap',
    );
    expect(
      allowList.reasonFor(issue({ messageId: null, message: 'CodeSystem x not found' })),
    ).toBeUndefined();
  });

  it.each([
    [{}, /"entries" array/],
    [{ entries: [{ messageId: 'X', location: '.' }] }, /entries\[0\]\.reason is required/],
    [{ entries: [{ messageId: 'X', location: '.', reason: ' ' }] }, /reason is required/],
    [{ entries: [{ location: '.', reason: 'r' }] }, /needs a messageId or a message pattern/],
    [{ entries: [{ messageId: 'X', reason: 'r' }] }, /location is required/],
    [{ entries: [{ message: '(', location: '.', reason: 'r' }] }, /not a valid regular expression/],
  ])('refuses a malformed allow-list %j', (document, error) => {
    expect(() => FhirAllowList.of(document)).toThrow(error);
  });
});

describe('buildReport', () => {
  it('sorts findings by severity and separates the allowed errors with their reason', () => {
    const allowList = FhirAllowList.of({
      entries: [{ messageId: 'Allowed_Id', location: '.', reason: 'known IG defect' }],
    });
    const fatal = issue({ severity: 'fatal', messageId: null, message: 'cannot be parsed' });
    const error = issue({ messageId: 'Validation_VAL_Profile_Minimum' });
    const allowed = issue({ messageId: 'Allowed_Id' });
    const warning = issue({ severity: 'warning', messageId: 'Terminology_TX_ValueSet_NotFound' });
    const info = issue({
      severity: 'information',
      messageId: 'Details_for__matching_against_Profile_',
    });

    const report = buildReport(PROFILE, [fatal, error, allowed, warning, info], allowList);

    expect(report.profile).toBe(PROFILE);
    expect(report.errors).toEqual([fatal, error]);
    expect(report.allowed).toEqual([{ ...allowed, reason: 'known IG defect' }]);
    expect(report.warnings).toEqual([warning]);
    expect(report.information).toEqual([info]);
  });

  it('counts warnings by message id and code system family', () => {
    const warnings = [
      "CodeSystem is unknown and can't be validated: https://codesystem.x12.org/005010/1365 for 'https://codesystem.x12.org/005010/1365#42'",
      "CodeSystem is unknown and can't be validated: https://codesystem.x12.org/005010/1525 for 'https://codesystem.x12.org/005010/1525#HS'",
      "CodeSystem is unknown and can't be validated: http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets for 'x#G0154'",
    ].map((message) =>
      issue({ severity: 'warning', messageId: 'Terminology_PassThrough_TX_Message', message }),
    );
    const valueSet = issue({
      severity: 'warning',
      messageId: 'Terminology_TX_ValueSet_NotFound',
      message:
        "ValueSet 'https://valueset.x12.org/x217/005010/request/2000F/UM/1/03/00/1365' not found",
    });
    const other = issue({ severity: 'warning', messageId: null, message: 'no url here' });

    const report = buildReport(
      PROFILE,
      [...warnings, valueSet, other],
      FhirAllowList.of({ entries: [] }),
    );

    expect(report.warningsByKind()).toEqual({
      '(no message id)': 1,
      'Terminology_PassThrough_TX_Message · HCPCS': 1,
      'Terminology_PassThrough_TX_Message · X12': 2,
      'Terminology_TX_ValueSet_NotFound · X12': 1,
    });
  });
});

describe('warningKind', () => {
  it.each([
    [
      "CodeSystem is unknown: https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set for 'x'",
      'place of service',
    ],
    ["CodeSystem is unknown: http://www.ama-assn.org/go/cpt for 'x'", 'CPT'],
    ["CodeSystem is unknown: https://www.nubc.org/CodeSystem/PointOfOrigin for 'x'", 'NUBC'],
    ["CodeSystem is unknown: http://hl7.org/fhir/sid/icd-10-cm for 'x'", 'ICD-10-CM'],
  ])('names the family of %s', (message, family) => {
    expect(warningKind(issue({ severity: 'warning', messageId: 'M', message }))).toBe(
      `M · ${family}`,
    );
  });

  it('keeps the message id alone for a code system it does not know', () => {
    expect(warningKind(issue({ messageId: 'M', message: 'unknown http://example.org/cs' }))).toBe(
      'M',
    );
  });
});
