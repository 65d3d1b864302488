import { SimpleGrid, Text } from '@mantine/core';
import { FactList } from '../../ui/fact-list';
import { SectionCard } from '../../ui/section-card';
import { vialWords } from './dispense-words';
import type { Worksheet } from './dispenses.api';

const BASIS_WORDS: Record<Worksheet['dosingWeight']['basis'], string> = {
  actual: 'actual weight',
  ideal: 'ideal body weight',
  adjusted: 'adjusted body weight',
};

/**
 * The dose math as the worksheet computed it: the dosing weight and the BMI rule that chose it,
 * grams per kilogram to grams, the vials chosen for them and the units billed.
 */
export function WorksheetDose({ worksheet }: { worksheet: Worksheet }) {
  const { dosingWeight: weight, dose, vials, billing } = worksheet;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <SectionCard title="Dosing weight">
        <FactList
          facts={[
            ['Actual weight', `${weight.inputs.actualKg} kg`],
            ['Height', `${weight.inputs.heightCm} cm`],
            ['Sex', weight.inputs.sex],
            ['BMI', `${weight.bmi} (rule threshold ${weight.bmiThreshold})`],
            ['Ideal weight', weight.idealKg === null ? '—' : `${weight.idealKg} kg`],
            ['Adjusted weight', weight.adjustedKg === null ? '—' : `${weight.adjustedKg} kg`],
            ['Rule', weight.formula],
            [
              'Dosing weight',
              <strong key="w">{`${weight.dosingWeightKg} kg (${BASIS_WORDS[weight.basis]})`}</strong>,
            ],
          ]}
        />
        <Sources sources={weight.sources} />
      </SectionCard>
      <SectionCard title="Dose">
        <FactList
          facts={[
            ['Dose', `${dose.doseGramsPerKg} g/kg (${dose.phase})`],
            [
              'Grams',
              <strong key="g">
                {`${dose.cycleDoseGrams} g this cycle: ${dose.gramsPerInfusionDay} g a day × ${dose.infusionDays} day${dose.infusionDays === 1 ? '' : 's'}`}
              </strong>,
            ],
            ['Interval', `every ${dose.intervalDays} days`],
            [
              'Labelled range',
              dose.labeledRangeMgPerKg
                ? `${dose.labeledRangeMgPerKg.min}–${dose.labeledRangeMgPerKg.max} mg/kg: ${dose.withinLabeledRange ? 'within' : 'OUTSIDE'}`
                : 'none given',
            ],
            ['Regimen from', dose.regimenSource],
          ]}
        />
        <Sources sources={dose.sources} />
      </SectionCard>
      <SectionCard title="Vials">
        <FactList
          facts={[
            ['Each infusion day', <strong key="v">{vialWords(vials.perInfusionDay)}</strong>],
            [
              'Grams a day',
              `${vials.dispensedGramsPerInfusionDay} g dispensed for ${dose.gramsPerInfusionDay} g ordered (${signed(vials.deviationPercent)} %)`,
            ],
            [
              'Tolerance',
              `±${vials.tolerancePercent} %: ${vials.withinTolerance ? 'within' : 'OUTSIDE, confirm the deviation'}`,
            ],
            ['Waste a day', `${vials.wasteGramsPerInfusionDay} g`],
            [
              'Choice',
              vials.strategy === 'closest-within-tolerance'
                ? 'closest within tolerance'
                : 'smallest covering the order',
            ],
            ['Whole cycle', `${vials.totalVials} vials, ${vials.dispensedGrams} g`],
          ]}
        />
      </SectionCard>
      <SectionCard title="Billing">
        <FactList
          facts={[
            ['HCPCS', billing.hcpcs],
            ['Billing unit', `${billing.billingUnitMg} mg`],
            ['Units billed', <strong key="u">{`${billing.units} units`}</strong>],
          ]}
        />
        <Sources sources={billing.sources} />
      </SectionCard>
    </SimpleGrid>
  );
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** The reference keys a figure rests on (domain-reference.md). */
export function Sources({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      Sources: {sources.join(', ')}
    </Text>
  );
}
