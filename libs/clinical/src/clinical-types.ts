/**
 * Shared vocabulary of the clinical rules. Source keys in square brackets refer to the Sources
 * list of docs/domain-reference.md.
 */

/** How well a fact is supported in the domain reference. */
export type Evidence = 'label' | 'secondary' | 'unconfirmed';

/** A closed range, both ends included. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** A half-open selector: `atLeast <= value < below`; either end may be absent. */
export interface Bounds {
  readonly atLeast?: number;
  readonly below?: number;
}

/** Route of administration. */
export type Route = 'IV' | 'SC';

/** Phase of a regimen: a loading course, repeated maintenance cycles, or a single course. */
export type DosePhase = 'loading' | 'maintenance' | 'course';

/** Indications the library knows, each defined in indication-definitions.ts. */
export type IndicationId =
  | 'primary-immunodeficiency'
  | 'secondary-immunodeficiency'
  | 'cidp'
  | 'itp'
  | 'kawasaki'
  | 'guillain-barre'
  | 'myasthenia-gravis'
  | 'multifocal-motor-neuropathy'
  | 'dermatomyositis';

/** Every brand in section 1a of the reference. */
export type ProductId =
  | 'gammagard-liquid'
  | 'gammagard-sd'
  | 'privigen'
  | 'octagam-5'
  | 'octagam-10'
  | 'gamunex-c'
  | 'gammaked'
  | 'flebogamma-5-dif'
  | 'flebogamma-10-dif'
  | 'bivigam'
  | 'panzyga'
  | 'asceniv'
  | 'gammaplex-5'
  | 'gammaplex-10'
  | 'hizentra'
  | 'cuvitru'
  | 'xembify'
  | 'cutaquig'
  | 'hyqvia';

/** Whether `value` lies inside `range` (both ends included). */
export function isWithinRange(value: number, range: NumberRange): boolean {
  return value >= range.min && value <= range.max;
}

/** Whether `value` satisfies a half-open selector. */
export function isWithinBounds(value: number, bounds: Bounds): boolean {
  const aboveFloor = bounds.atLeast === undefined || value >= bounds.atLeast;
  const belowCeiling = bounds.below === undefined || value < bounds.below;
  return aboveFloor && belowCeiling;
}
