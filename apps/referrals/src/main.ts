import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { ReferralsModule } from './referrals.module';
import { referralsService } from './referrals.service';

void bootstrapHttpService(ReferralsModule.register(), referralsService).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
