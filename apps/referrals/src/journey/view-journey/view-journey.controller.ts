import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ReferralIdPipe } from '../../http/referral-id';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../../referral-audit';
import { type JourneyView, ViewJourneyQuery } from './view-journey.query';

@ApiTags('referrals')
@Controller('v1/referrals/:id/journey')
@Roles('intake_coordinator', 'admin')
export class ViewJourneyController {
  constructor(private readonly viewJourney: ViewJourneyQuery) {}

  @Get()
  @Audited({ action: REFERRAL_ACTIONS.readJourney, resourceType: REFERRAL_RESOURCE, idParam: 'id' })
  @ApiOkResponse({
    description:
      "The referral's journey: its stage, what it waits on and since when, and every service's events for it",
  })
  async view(@Param('id', ReferralIdPipe) id: string): Promise<JourneyView> {
    const journey = await this.viewJourney.execute(id);
    if (!journey) throw new NotFoundException(`No journey for referral ${id}.`);
    return journey;
  }
}
