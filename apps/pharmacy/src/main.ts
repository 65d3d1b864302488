import 'reflect-metadata';
import { bootstrapHttpService } from '@infuse/http';
import { exitOnBootFailure } from '@infuse/platform';
import { PharmacyModule } from './pharmacy.module';
import { pharmacyService } from './pharmacy.service';

bootstrapHttpService(PharmacyModule.register(), pharmacyService).catch(exitOnBootFailure);
