import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type LabInput } from '../domain/referral-input';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { ReferralIdPipe } from '../http/referral-id';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { AddLabUseCase } from './add-lab.use-case';
import { LabBodyPipe } from './lab-body.pipe';

@ApiTags('referrals')
@Controller('v1/referrals/:id/labs')
@Roles('intake_coordinator', 'admin')
export class AddLabController {
  constructor(private readonly addLab: AddLabUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Audited({
    action: REFERRAL_ACTIONS.addLab,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiCreatedResponse({ description: 'The lab is stored and the referral judged again' })
  add(
    @Param('id', ReferralIdPipe) id: string,
    @Body(LabBodyPipe) lab: LabInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<ReferralSummary> {
    return mapReferralErrors(() => this.addLab.execute(id, lab, invocation));
  }
}
