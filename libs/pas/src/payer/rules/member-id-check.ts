import { type PasRequestFacts } from '../facts/request-facts';
import { errorAt, type PasIssue } from '../issues/pas-issue';

/**
 * A member id the payer does not issue is a submission error the coordinator can fix (a typo, the
 * wrong card), answered as an OperationOutcome at the Coverage element, not as a denial.
 */
export function memberIdIssue(
  facts: PasRequestFacts,
  memberIds: { readonly pattern: RegExp; readonly description: string },
): PasIssue | undefined {
  const { value, expression } = facts.member;
  if (value === undefined)
    return errorAt(expression, 'required', 'the member id (Coverage.subscriberId) is missing');
  return memberIds.pattern.test(value)
    ? undefined
    : errorAt(
        expression,
        'value',
        `not a member id this payer issues: its member ids are ${memberIds.description}`,
      );
}
