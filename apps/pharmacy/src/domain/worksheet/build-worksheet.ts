import {
  ClinicalError,
  type ClinicalSettings,
  findProductByBrandName,
  getProduct,
  type InfusionHistory,
  type IsoDate,
  measlesExposurePlan,
  premedicationAdvice,
  routeForTherapy,
  screenSafety,
} from '@infuse/clinical';
import { type ReferralCopy } from '../referral-copy';
import { indicationOf, patientProfileOf } from '../therapy-facts';
import { type AuthorizationBalance, authorizationSection } from './authorization-section';
import {
  billingSection,
  doseSection,
  dosingWeightSection,
  planCycle,
  vialsSection,
} from './dose-sections';
import { FindingList } from './findings';
import { ivInfusionPlan, scInfusionPlan } from './infusion-plan';
import { labsSection } from './labs-section';
import { noteFindings } from './note-findings';
import { type InfusionPlan, type Worksheet } from './worksheet';

/** What a worksheet is computed from: pharmacy's copy of the referral and the order. */
export interface WorksheetInput {
  readonly referral: ReferralCopy;
  readonly productId: string;
  readonly cycle: number;
  readonly administrationDates: readonly IsoDate[];
  /** The dose before this one, when there was one. */
  readonly previousDose?: { readonly date: IsoDate; readonly productId: string };
  readonly authorization?: AuthorizationBalance;
  /** Where pharmacists read the referral and its documents. */
  readonly referralsUrl: string;
}

export type WorksheetResult =
  | { readonly ok: true; readonly worksheet: Worksheet }
  | { readonly ok: false; readonly problem: { readonly code: string; readonly message: string } };

/**
 * The worksheet, or why the clinical library cannot compute one for this patient and product
 * (a height with no usable ideal weight, a product with no vial sizes): never an exception.
 */
export function computeWorksheet(
  input: WorksheetInput,
  settings: ClinicalSettings,
): WorksheetResult {
  try {
    return { ok: true, worksheet: buildWorksheet(input, settings) };
  } catch (error) {
    if (error instanceof ClinicalError)
      return { ok: false, problem: { code: error.code, message: error.message } };
    throw error;
  }
}

/** Every number the pharmacist checks, from the clinical library, with its findings. */
export function buildWorksheet(input: WorksheetInput, settings: ClinicalSettings): Worksheet {
  const { referral, cycle, administrationDates } = input;
  const { order } = referral;
  const first = administrationDates[0];
  if (!first) throw new ClinicalError('CLINICAL.INVALID_DATE', 'no administration date');
  const product = getProduct(input.productId, settings);
  const route = routeForTherapy(order.therapy);
  const indication = indicationOf(referral, settings);
  const profile = patientProfileOf(referral, first);
  const history: InfusionHistory = {
    infusionDate: first,
    ...(input.previousDose
      ? { lastInfusionDate: input.previousDose.date, lastProductId: input.previousDose.productId }
      : {}),
  };
  const findings = new FindingList();

  const dosingWeight = dosingWeightSection(referral, settings);
  const plan = planCycle(
    {
      referral,
      product,
      indication,
      route,
      dosingWeightKg: dosingWeight.dosingWeightKg,
      ageYears: profile.ageYears,
      cycle,
      startDate: first,
    },
    settings,
  );
  const vials = vialsSection(product.id, plan.gramsPerInfusionDay, plan.infusionDays, settings);
  const billing = billingSection(product, vials.dispensedGrams, settings);
  const screening = screenSafety(
    {
      patient: profile,
      productId: product.id,
      indication: indication.id,
      route,
      courseDoseGramsPerKg: order.doseGramsPerKg,
      history,
    },
    settings,
  );
  for (const stop of screening.hardStops)
    findings.add(stop.code, 'stop', stop.message, stop.sources);
  for (const warning of screening.warnings)
    findings.add(warning.code, 'warn', warning.message, warning.sources);
  for (const issue of plan.issues)
    findings.add(
      issue.code,
      issue.code === 'UNCONFIRMED_REGIMEN' ? 'info' : 'warn',
      issue.message,
      issue.sources,
    );

  let infusionPlan: InfusionPlan | null = null;
  try {
    if (route === 'IV') {
      infusionPlan = ivInfusionPlan(
        {
          productId: product.id,
          indication: indication.id,
          weightKg: dosingWeight.dosingWeightKg,
          gramsPerInfusionDay: vials.dispensedGramsPerInfusionDay,
          history,
          ...(screening.rateCap ? { rateCap: screening.rateCap } : {}),
        },
        settings,
      );
    } else {
      const sc = scInfusionPlan(
        {
          productId: product.id,
          weightKg: dosingWeight.dosingWeightKg,
          ageYears: profile.ageYears,
          gramsPerInfusionDay: vials.dispensedGramsPerInfusionDay,
          infusionNumber: cycle,
        },
        settings,
      );
      infusionPlan = sc.plan;
      for (const issue of sc.issues)
        findings.add(
          issue,
          'warn',
          `SC plan: ${issue.toLowerCase().replace(/_/g, ' ')}`,
          sc.plan.sources,
        );
    }
  } catch (error) {
    if (!(error instanceof ClinicalError)) throw error;
    // A dose cannot be given without a rate plan; the pharmacist needs a protocol first.
    findings.add('INFUSION_PLAN_UNAVAILABLE', 'stop', error.message, product.sources);
  }

  const labs = labsSection(referral.labs, first, settings);
  for (const issue of labs.issues) findings.add(issue.code, 'warn', issue.message, issue.sources);
  const authorization = input.authorization
    ? authorizationSection(
        input.authorization,
        { productId: product.id, dispensedGrams: vials.dispensedGrams, administrationDates },
        settings,
      )
    : null;
  const measlesExposure =
    measlesExposurePlan(
      { productId: product.id, indication: indication.id, route },
      dosingWeight.dosingWeightKg,
      settings,
    ) ?? null;

  noteFindings(findings, {
    referral,
    product,
    prescribed: order.productPreference
      ? {
          brand: order.productPreference,
          product: findProductByBrandName(order.productPreference, settings),
        }
      : undefined,
    indication,
    route,
    cycle,
    administrationDates,
    vials,
    billing,
    authorization,
    infusionPlan,
    measlesExposure,
    settings,
  });

  return {
    cycle,
    administrationDates: [...administrationDates],
    therapy: order.therapy,
    route,
    product: {
      productId: product.id,
      brandName: product.brandName,
      manufacturer: product.manufacturer,
      concentrationPercent: product.concentrationPercent,
      prescribedBrand: order.productPreference ?? null,
      unconfirmed: product.unconfirmed,
      sources: product.sources,
    },
    indication: {
      diagnosisCode: order.diagnosisCode,
      indication: indication.id,
      name: indication.name ?? null,
      mapped: indication.mapped,
      offLabel: referral.offLabel || !plan.labeled,
    },
    dosingWeight,
    dose: doseSection(plan, referral),
    vials,
    billing,
    authorization,
    findings: findings.list(),
    infusionPlan,
    premedication: premedicationAdvice(screening.infusionStart),
    observationMinutes: screening.observationMinutes,
    monitoring: screening.monitoringTasks,
    labs,
    measlesExposure,
    links: {
      referral: `${input.referralsUrl}/v1/referrals/${referral.referralId}`,
      documents: referral.documents.map((document) => ({
        documentId: document.documentId,
        type: document.type,
        title: document.title,
        href: `${input.referralsUrl}/v1/referrals/${referral.referralId}/documents/${document.documentId}/content`,
      })),
    },
  };
}
