import { type ProblemDocument } from '@infuse/http';
import { type TestResponse, tokenFor } from '@infuse/testing';
import { type DispenseSummary } from '../src/dispense-summary';
import { type Worksheet } from '../src/domain/worksheet/worksheet';
import { type DispenseView } from '../src/view-dispense/dispense-view';
import { daysFromToday } from './dispense-fixtures';
import { type PharmacyTestService, startPharmacyService } from './pharmacy-test-service';

type Answer = TestResponse<DispenseSummary & ProblemDocument>;

export interface LotBody {
  productId: string;
  lotNumber: string;
  expiresOn: string;
  vialGrams: number;
  vials: number;
  roomTemperatureSince?: string;
}

/** The pharmacy under test with two pharmacists: rph-4 verifies, rph-9 releases. */
export async function startPharmacistDesk() {
  const pharmacy = await startPharmacyService();
  return {
    pharmacy,
    api: pharmacistApi(pharmacy),
    verifier: await tokenFor('pharmacist', 'rph-4'),
    releaser: await tokenFor('pharmacist', 'rph-9'),
  };
}

/** The pharmacist's routes, as a client calls them. */
export function pharmacistApi(pharmacy: PharmacyTestService) {
  const post = (id: string, step: string, body: unknown, token: string): Promise<Answer> =>
    pharmacy.service.http.post(`/v1/dispenses/${id}/${step}`, body, token);
  return {
    view: (id: string, token: string) =>
      pharmacy.service.http.get<DispenseView>(`/v1/dispenses/${id}`, token),
    verify: (id: string, body: unknown, token: string) => post(id, 'verify', body, token),
    release: (id: string, lots: unknown, token: string) => post(id, 'release', { lots }, token),
    ship: (id: string, token: string) =>
      post(
        id,
        'ship',
        {
          carrier: 'UPS',
          trackingNumber: '1Z999AA10123456784',
          packOut: {
            type: 'Insulated shipper, 2–8 °C',
            validatedHours: 48,
            packedAt: new Date().toISOString(),
          },
        },
        token,
      ),
    delivered: (id: string, temperatureInRange: boolean, token: string) =>
      post(id, 'delivered', { receivedBy: 'Maren Okafor', temperatureInRange }, token),
    cancel: (id: string, reason: string, token: string) => post(id, 'cancel', { reason }, token),
  };
}

/** An acknowledgement, with a reason, for every warning of the worksheet. */
export function acknowledgeWarnings(worksheet: Worksheet | null) {
  return (worksheet?.findings ?? [])
    .filter((finding) => finding.severity === 'warn')
    .map((finding) => ({
      code: finding.code,
      reason: `Reviewed ${finding.code} with the prescriber.`,
    }));
}

/** Lots covering the worksheet's vials exactly, one lot per vial size, in date for a year. */
export function lotsFor(worksheet: Worksheet | null): LotBody[] {
  if (!worksheet) throw new Error('no worksheet to take the vials from');
  const days = worksheet.administrationDates.length;
  return worksheet.vials.perInfusionDay.map((vial, index) => ({
    productId: worksheet.product.productId,
    lotNumber: `LOT-${index + 1}-${vial.grams}`,
    expiresOn: daysFromToday(365),
    vialGrams: vial.grams,
    vials: vial.count * days,
  }));
}
