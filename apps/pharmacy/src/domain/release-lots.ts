import { checkLotForAdministration, type ClinicalSettings, type IsoDate } from '@infuse/clinical';
import { type ReleasedLot } from '@infuse/contracts';
import { DispenseError } from './dispense.errors';
import { type Worksheet } from './worksheet/worksheet';

/** A lot as the pharmacist enters it at release. */
export interface LotInput {
  readonly productId: string;
  readonly lotNumber: string;
  readonly expiresOn: IsoDate;
  readonly vialGrams: number;
  readonly vials: number;
  readonly roomTemperatureSince?: IsoDate;
}

/**
 * Rule 19 and the verified vials: the lots are all of the verified product, cover exactly the
 * vials the worksheet selected for every infusion day, and each one's expiry (or its
 * room-temperature expiry from the day it left refrigeration) falls after the last
 * administration date: rule 19 blocks a lot past its expiry at the bedside, and a release, made
 * days ahead of an infusion that may run late, keeps a day's margin over that. Returns the lots
 * with their effective expiry; throws naming the lot.
 */
export function checkReleaseLots(
  lots: readonly LotInput[],
  worksheet: Worksheet,
  today: IsoDate,
  settings: ClinicalSettings,
): ReleasedLot[] {
  const productId = worksheet.product.productId;
  const wrongProduct = lots.findIndex((lot) => lot.productId !== productId);
  if (wrongProduct >= 0)
    throw lotError(
      'DISPENSE.LOTS_DO_NOT_MATCH',
      wrongProduct,
      'productId',
      `not the verified ${productId}`,
    );

  const expected = new Map<number, number>();
  for (const vial of worksheet.vials.perInfusionDay)
    expected.set(vial.grams, vial.count * worksheet.administrationDates.length);
  const released = new Map<number, number>();
  for (const lot of lots)
    released.set(lot.vialGrams, (released.get(lot.vialGrams) ?? 0) + lot.vials);
  const sizes = [...new Set([...expected.keys(), ...released.keys()])].sort((a, b) => b - a);
  const mismatched = sizes.filter((grams) => expected.get(grams) !== released.get(grams));
  if (mismatched.length > 0) {
    const wanted = sizes
      .filter((grams) => expected.has(grams))
      .map((grams) => `${expected.get(grams)} × ${grams} g`)
      .join(' + ');
    throw new DispenseError(
      'DISPENSE.LOTS_DO_NOT_MATCH',
      `The lots must cover the verified vials exactly: ${wanted}.`,
      {
        fieldErrors: mismatched.map((grams) => ({
          pointer: '/lots',
          detail: `${released.get(grams) ?? 0} vial(s) of ${grams} g released, ${expected.get(grams) ?? 0} verified`,
        })),
      },
    );
  }

  const lastDay = worksheet.administrationDates.at(-1) ?? today;
  return lots.map((lot, index) => {
    if (lot.roomTemperatureSince !== undefined && lot.roomTemperatureSince > today)
      throw lotError('DISPENSE.LOT_NOT_USABLE', index, 'roomTemperatureSince', 'is after today');
    const check = checkLotForAdministration(
      {
        productId: lot.productId,
        lotNumber: lot.lotNumber,
        expiryDate: lot.expiresOn,
        ...(lot.roomTemperatureSince
          ? { removedFromRefrigerationOn: lot.roomTemperatureSince }
          : {}),
      },
      lastDay,
      settings,
    );
    const [issue] = check.issues;
    if (!check.allowed || !check.effectiveExpiryDate)
      throw lotError(
        'DISPENSE.LOT_NOT_USABLE',
        index,
        issue?.code === 'ROOM_TEMPERATURE_LIMIT_PASSED' ? 'roomTemperatureSince' : 'expiresOn',
        `lot ${lot.lotNumber}: ${issue?.message ?? 'not usable'} (last administration ${lastDay})`,
        issue?.code,
      );
    if (check.effectiveExpiryDate <= lastDay)
      throw lotError(
        'DISPENSE.LOT_NOT_USABLE',
        index,
        check.effectiveExpiryDate === lot.expiresOn ? 'expiresOn' : 'roomTemperatureSince',
        `lot ${lot.lotNumber}: expires on ${check.effectiveExpiryDate}, not after the last administration ${lastDay}`,
        check.effectiveExpiryDate === lot.expiresOn
          ? 'LOT_EXPIRED'
          : 'ROOM_TEMPERATURE_LIMIT_PASSED',
      );
    return {
      productId: lot.productId,
      lotNumber: lot.lotNumber,
      expiresOn: lot.expiresOn,
      ...(lot.roomTemperatureSince ? { roomTemperatureSince: lot.roomTemperatureSince } : {}),
      effectiveExpiresOn: check.effectiveExpiryDate,
      vialGrams: lot.vialGrams,
      vials: lot.vials,
    };
  });
}

function lotError(
  code: 'DISPENSE.LOTS_DO_NOT_MATCH' | 'DISPENSE.LOT_NOT_USABLE',
  index: number,
  field: string,
  detail: string,
  reason?: string,
): DispenseError {
  return new DispenseError(code, `Lot ${index + 1}: ${detail}.`, {
    lot: index,
    ...(reason ? { reason } : {}),
    fieldErrors: [{ pointer: `/lots/${index}/${field}`, detail }],
  });
}
