import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError, loadConfig } from '@infuse/config';
import { assistanceSettingsConfig } from '../assistance-settings.config';
import { loadAssistanceData } from './assistance-data';

// The shipped defaults, as the app loads them.
const settings = loadConfig([assistanceSettingsConfig], { NODE_ENV: 'test' }).assistance;

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'assistance-data-')), 'data.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('the assistance data', () => {
  it("refuses to boot in production without the programmes' client credentials", () => {
    expect(() => loadConfig([assistanceSettingsConfig], { NODE_ENV: 'production' })).toThrow(
      /ASSISTANCE_PROGRAMMES_CLIENT_SECRET/,
    );
  });

  it('ships programmes for every kind and the poverty guidelines, marked unconfirmed, with their year', () => {
    const data = loadAssistanceData(settings);
    expect(new Set(data.programmes.map((programme) => programme.kind))).toEqual(
      new Set(['manufacturer_copay', 'foundation', 'free_drug']),
    );
    expect(data.guidelines).toMatchObject({ year: 2025, unconfirmed: true });
    expect(data.guidelines.source).toMatch(/HHS poverty guidelines/);
  });

  it('lists every problem of both files at once', () => {
    const programmes = file({
      year: 2026,
      programmes: [
        { id: 'Bad Id', name: 'x', kind: 'foundation', sources: ['HWF'], unconfirmed: [] },
        { id: 'card', name: 'y', kind: 'manufacturer_copay', sources: [], unconfirmed: [] },
      ],
    });
    const guidelines = file({ year: 2025, source: 'HHS', unconfirmed: true, regions: {} });
    try {
      loadAssistanceData({
        ...settings,
        ASSISTANCE_PROGRAMMES_FILE: programmes,
        ASSISTANCE_POVERTY_GUIDELINES_FILE: guidelines,
      });
      throw new Error('expected the data to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const problems = (error as ConfigValidationError).problems.join('\n');
      expect(problems).toMatch(/programmes\.0\.id: a kebab-case id/);
      expect(problems).toMatch(/programmes\.0\.open: a fund is open or closed/);
      expect(problems).toMatch(/programmes\.0\.incomeLimitPercentOfPovertyLevel/);
      expect(problems).toMatch(/programmes\.1\.manufacturer/);
      expect(problems).toMatch(/programmes\.1\.sources: cite the domain reference/);
      expect(problems).toMatch(/ASSISTANCE_POVERTY_GUIDELINES_FILE: .* regions\.contiguous/);
    }
  });
});
