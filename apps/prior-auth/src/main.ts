import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { PriorAuthModule } from './prior-auth.module';
import { priorAuthService } from './prior-auth.service';

bootstrapHttpService(PriorAuthModule.register(), priorAuthService).catch(exitOnBootFailure);
