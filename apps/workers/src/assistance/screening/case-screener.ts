import { Injectable } from '@nestjs/common';
import {
  type AssistanceCase,
  applyScreening,
  canScreen,
  type CaseEvent,
} from '../domain/assistance-case';
import { screen } from '../domain/screening';
import { AssistanceData } from '../programmes/assistance-data';

/**
 * Screens a case again with what it now holds, once it holds the referral and an approval:
 * screening starts then, and every later fact that bears on it (income, a changed brand)
 * screens it again.
 */
@Injectable()
export class CaseScreener {
  constructor(private readonly data: AssistanceData) {}

  rescreen(assistanceCase: AssistanceCase, now: Date): CaseEvent[] {
    if (!canScreen(assistanceCase) || !assistanceCase.referral) return [];
    const { referral, product, household } = assistanceCase;
    const screening = screen(
      {
        planType: referral.planType,
        diagnosisCode: referral.diagnosisCode,
        ...(referral.state ? { state: referral.state } : {}),
        ...(product ? product : {}),
        ...(household ? { household } : {}),
      },
      this.data.programmes,
      this.data.guidelines,
    );
    return applyScreening(assistanceCase, screening, now);
  }
}
