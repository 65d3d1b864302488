import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { PayerSandboxModule } from './payer-sandbox.module';
import { payerSandboxService } from './payer-sandbox.service';

bootstrapHttpService(PayerSandboxModule.register(), payerSandboxService).catch(exitOnBootFailure);
