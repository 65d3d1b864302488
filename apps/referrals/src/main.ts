import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { ReferralsModule } from './referrals.module';
import { referralsService } from './referrals.service';

bootstrapHttpService(ReferralsModule.register(), referralsService).catch(exitOnBootFailure);
