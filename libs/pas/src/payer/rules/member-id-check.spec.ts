import { readRequestFacts } from '../facts/request-facts';
import { checkedRequest } from '../testing/checked-request.testing';
import { homeInfusionRequest } from '../testing/home-infusion-request.testing';
import { memberIdIssue } from './member-id-check';

const ACME_MEMBER_IDS = { pattern: /^ACM\d{9}$/, description: 'ACM and 9 digits' };

describe('memberIdIssue', () => {
  it('accepts a member id of the payer', () => {
    const facts = readRequestFacts(
      checkedRequest(homeInfusionRequest({ memberId: 'ACM123456789' })),
    );
    expect(memberIdIssue(facts, ACME_MEMBER_IDS)).toBeUndefined();
  });

  it('points at the Coverage subscriberId of a member id the payer does not issue', () => {
    const facts = readRequestFacts(checkedRequest(homeInfusionRequest({ memberId: 'XYZ-1' })));
    expect(memberIdIssue(facts, ACME_MEMBER_IDS)).toEqual({
      severity: 'error',
      code: 'value',
      expression: 'Bundle.entry[4].resource.subscriberId',
      diagnostics: 'not a member id this payer issues: its member ids are ACM and 9 digits',
    });
  });
});
