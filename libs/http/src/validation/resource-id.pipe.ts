import { NotFoundException, type PipeTransform } from '@nestjs/common';
import { isUuid } from '@infuse/contracts';

/**
 * An id from the path: `@Param('id', new ResourceIdPipe('referral'))`. A malformed one names
 * nothing, so it is a 404 like any unknown id; a valid one is lower-cased, as ids are stored.
 */
export class ResourceIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundException(`No ${this.resource} ${value}.`);
    return value.toLowerCase();
  }
}
