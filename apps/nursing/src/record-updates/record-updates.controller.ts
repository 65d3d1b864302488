import { Body, Controller, HttpCode, HttpException, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, problemType, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { mapVisitErrors } from '../http/visit-error.mapper';
import { VisitIdPipe } from '../http/visit-id';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { type BatchResult } from './update-result';
import { RecordUpdatesUseCase } from './record-updates.use-case';
import { type UpdateBatch, updateBatchSchema } from './visit-update.schema';

const batchBody = new ZodValidationPipe(updateBatchSchema);

@ApiTags('visits')
@Controller('v1/visits/:id/updates')
// Only the assigned nurse records the visit; admins and coordinators assign and reschedule it.
@Roles('nurse')
export class RecordUpdatesController {
  constructor(private readonly recordUpdates: RecordUpdatesUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: NURSING_ACTIONS.update,
    resourceType: VISIT_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description:
      'Per update: applied, already_applied, or refused with the reason (and the allowed rate for rates). 409 when updates came after the note was locked; addenda in the batch are still kept.',
  })
  async record(
    @Param('id', VisitIdPipe) id: string,
    @Body(batchBody) batch: UpdateBatch,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<BatchResult> {
    const result = await mapVisitErrors(() =>
      this.recordUpdates.execute(id, batch.updates, invocation),
    );
    if (!result.locked) return result;
    // The rest of the batch is kept (addenda, replays); the device learns which were refused.
    throw new HttpException(
      {
        type: problemType('visit-note-locked'),
        title: 'The note is locked',
        status: HttpStatus.CONFLICT,
        detail: 'Updates made after the note was signed are refused; send an addendum instead.',
        code: 'VISIT.NOTE_LOCKED',
        ...result,
      },
      HttpStatus.CONFLICT,
    );
  }
}
