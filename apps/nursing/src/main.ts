import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { NursingModule } from './nursing.module';
import { nursingService } from './nursing.service';

bootstrapHttpService(NursingModule.register(), nursingService).catch(exitOnBootFailure);
