import { Module } from '@nestjs/common';
import { type AssistanceSettings, assistanceSettingsConfig } from '../assistance-settings.config';
import { AssistanceData, loadAssistanceData } from './assistance-data';

const data = {
  provide: AssistanceData,
  inject: [assistanceSettingsConfig.token],
  useFactory: (settings: AssistanceSettings) => loadAssistanceData(settings),
};

/**
 * The programmes' terms and the poverty guidelines, loaded and checked at boot. Global, so the
 * outbound-call targets (built in their own module) find the programmes too.
 */
@Module({ providers: [data], exports: [data] })
export class AssistanceDataModule {}
