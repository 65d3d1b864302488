import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { WorkersModule } from './workers.module';
import { workersService } from './workers.service';

bootstrapHttpService(WorkersModule.register(), workersService).catch(exitOnBootFailure);
