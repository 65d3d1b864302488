import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type NursingSettings, nursingSettingsConfig } from '../nursing-settings.config';
import { NurseDirectoryRepository } from '../persistence/nurse-directory.repository';

/** The development nurses, relative to the repository root every entry point runs in. */
export const DEVELOPMENT_NURSES_FILE = 'apps/nursing/config/development-nurses.json';

const seedFile = z.strictObject({
  nurses: z.array(
    z.strictObject({
      nurseId: z.string().min(1),
      displayName: z.string().min(1),
      postalPrefixes: z.array(z.string().regex(/^\d{1,5}$/)).min(1),
    }),
  ),
});

/**
 * Puts the development nurses and their territories in place at boot when the setting says so
 * (by default in development only), so `npm start` gives the example referral's visit to rn-1.
 * A production database never gets them; tests make their own nurses.
 */
@Injectable()
export class DevelopmentNursesSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DevelopmentNursesSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly nurses: NurseDirectoryRepository,
    @Inject(nursingSettingsConfig.token) private readonly settings: NursingSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.NURSING_SEED_DEVELOPMENT_NURSES) return;
    const seed = seedFile.parse(JSON.parse(await readFile(DEVELOPMENT_NURSES_FILE, 'utf8')));
    await this.dataSource.transaction((manager) => this.nurses.addMissing(manager, seed.nurses));
    this.logger.log(`Development nurses in place: ${seed.nurses.length}`);
  }
}
