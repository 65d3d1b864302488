import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from '@infuse/config';
import { loadAssistanceData } from './assistance-data';

const settings = {
  ASSISTANCE_PROGRAMMES_URL: 'http://127.0.0.1:3010/programs',
  ASSISTANCE_PROGRAMMES_CLIENT: 'infuse-workers',
  ASSISTANCE_ENROLMENT_RATE_MAX: 5,
  ASSISTANCE_ENROLMENT_RATE_WINDOW_MS: 1000,
  ASSISTANCE_BENEFIT_WARNING_PERCENT: 80,
  ASSISTANCE_RE_ENROLMENT_LEAD_DAYS: 30,
  ASSISTANCE_TIME_ZONE: 'America/New_York',
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'assistance-data-')), 'data.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('the assistance data', () => {
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
