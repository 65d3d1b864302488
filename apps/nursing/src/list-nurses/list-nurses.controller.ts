import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@infuse/auth';
import { ListNursesQuery, type NurseView } from './list-nurses.query';

// The nurse directory holds staff, not patients: reading it is not audited as patient data is.
@ApiTags('nurses')
@Controller('v1/nurses')
@Roles('admin', 'intake_coordinator')
export class ListNursesController {
  constructor(private readonly listNurses: ListNursesQuery) {}

  @Get()
  @ApiOkResponse({ description: 'The active field nurses with their territories, by name' })
  list(): Promise<{ items: NurseView[] }> {
    return this.listNurses.execute().then((items) => ({ items }));
  }
}
