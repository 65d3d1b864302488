import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { type ReferralView, ViewReferralQuery } from './view-referral.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('referrals')
@Controller('v1/referrals')
@Roles('intake_coordinator', 'admin')
export class ViewReferralController {
  constructor(private readonly viewReferral: ViewReferralQuery) {}

  @Get(':id')
  @Audited({ action: 'referral.read', resourceType: 'referral', idParam: 'id' })
  async view(@Param('id') id: string): Promise<ReferralView> {
    // A malformed id names no referral: answer as for any unknown one.
    const referral = UUID.test(id) ? await this.viewReferral.execute(id) : undefined;
    if (!referral) throw new NotFoundException(`No referral ${id}.`);
    return referral;
  }
}
