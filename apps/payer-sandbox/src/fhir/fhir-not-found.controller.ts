import { All, Controller, NotFoundException, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@infuse/auth';
import { FhirExceptionFilter } from './fhir-exception.filter';

/** Anything else under /fhir is not served: a FHIR client gets an OperationOutcome for it too. */
@ApiExcludeController()
@Controller('fhir')
@UseFilters(FhirExceptionFilter)
export class FhirNotFoundController {
  @All('*')
  @Public()
  notServed(): never {
    throw new NotFoundException(
      'not served: this payer answers POST Claim/$submit, Claim/$inquire and Subscription',
    );
  }
}
