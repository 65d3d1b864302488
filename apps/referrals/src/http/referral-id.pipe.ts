import { NotFoundException, type PipeTransform } from '@nestjs/common';

import { isUuid } from '../domain/uuid';

/** An id from the path; a malformed one names nothing, so it is a 404 like any unknown id. */
class ResourceIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundException(`No ${this.resource} ${value}.`);
    return value.toLowerCase();
  }
}

export const ReferralIdPipe = new ResourceIdPipe('referral');
export const DocumentIdPipe = new ResourceIdPipe('document');
