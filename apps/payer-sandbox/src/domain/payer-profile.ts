import { type PayerRule } from '@infuse/pas';

/** One payer the sandbox plays, as its configuration file describes it. */
export interface PayerProfile {
  /** Infuse's payer id (kebab-case), as the insurer Organization carries it. */
  readonly id: string;
  readonly name: string;
  readonly planType: 'commercial' | 'medicare' | 'medicaid' | 'other';
  /** Starts every number the payer gives a request: its authorization number once certified. */
  readonly authorizationNumberPrefix: string;
  /** How long an authorization lasts when the request gives no period, and at most. */
  readonly authorizationValidityMonths: number;
  /** The member ids it issues; a Coverage with another is a submission error. */
  readonly memberIds: { readonly pattern: RegExp; readonly description: string };
  /** How long its reviewers have for a pended request. */
  readonly reviewTurnaroundHours: number;
  readonly rule: PayerRule;
}
