import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClinicalPolicy } from '../clinical-policy';
import { computeWorksheet } from '../domain/worksheet/build-worksheet';
import { worksheetInputOf } from '../domain/worksheet/worksheet-input';
import { DispenseContextReader } from '../persistence/dispense-context.reader';
import { pharmacySettingsConfig, type PharmacySettings } from '../pharmacy-settings.config';
import { type DispenseView, dispenseViewOf } from './dispense-view';

/** One dose with its worksheet, computed now by the clinical library. */
@Injectable()
export class ViewDispenseQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: DispenseContextReader,
    private readonly clinical: ClinicalPolicy,
    @Inject(pharmacySettingsConfig.token) private readonly settings: PharmacySettings,
  ) {}

  async execute(id: string): Promise<DispenseView | undefined> {
    const context = await this.contexts.read(this.dataSource.manager, id);
    if (!context) return undefined;
    const input = worksheetInputOf(
      context,
      context.order.productId,
      this.settings.REFERRALS_URL,
      this.clinical.settings,
    );
    return dispenseViewOf(
      context.order,
      context.referral,
      computeWorksheet(input, this.clinical.settings),
    );
  }
}
