import { assessInfusionStart } from './infusion-start';
import { premedicationAdvice } from './premedication';

describe('premedication advice', () => {
  it('is never routine; for an IG-naive patient it advises against making it so [TRC][DRO-PM]', () => {
    const advice = premedicationAdvice(
      assessInfusionStart({ infusionDate: '2026-12-07' }, 'privigen'),
    );
    expect(advice).toMatchObject({
      routine: false,
      igNaiveCaution: true,
      minutesBefore: { min: 30, max: 60 },
    });
    expect(advice.advice).toContain('advise against routine premedication');
    expect(advice.sources).toEqual(['TRC', 'DRO-PM', 'PRV1', 'GW']);
  });

  it('leaves it to the prescriber for a patient already on the product, without the caution', () => {
    const advice = premedicationAdvice(
      assessInfusionStart(
        { infusionDate: '2027-01-04', lastInfusionDate: '2026-12-07', lastProductId: 'privigen' },
        'privigen',
      ),
    );
    expect(advice.igNaiveCaution).toBe(false);
    expect(advice.advice).not.toContain('IG-naive');
    expect(advice.sources).not.toContain('DRO-PM');
  });

  it('carries the mild-reaction standing order: diphenhydramine 25–50 mg and acetaminophen 325–650 mg PO [GW]', () => {
    const advice = premedicationAdvice(
      assessInfusionStart({ infusionDate: '2026-12-07' }, 'privigen'),
    );
    expect(advice.reactionManagement).toContain('diphenhydramine 25–50 mg PO');
    expect(advice.reactionManagement).toContain('acetaminophen 325–650 mg PO');
  });
});
