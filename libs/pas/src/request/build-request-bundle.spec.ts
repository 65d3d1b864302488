import type { Bundle } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, PAS_PROFILES } from '../pas-vocabulary';
import { checkReferenceClosure } from './bundle-reference-closure';
import { buildRequestBundle } from './build-request-bundle';
import { PasInputError } from './pas-input-error';
import { PAS_REQUEST_EXAMPLES } from './pas-request-examples';
import type { PasRequestInput } from './pas-request-input';
import {
  CLOSED,
  codeOf,
  extension,
  firstClaim,
  fullUrls,
  ofType,
  resolve,
  resources,
} from './request-bundle.test-support';

const {
  ivigCommercialInitial,
  scigMedicareInitial,
  ivigMedicaidReauthorization,
  ivigUpdate,
  ivigCancel,
} = PAS_REQUEST_EXAMPLES;

function itemOf(bundle: Bundle) {
  return firstClaim(bundle).item![0]!;
}

describe('the PAS request bundle', () => {
  describe.each(Object.entries(PAS_REQUEST_EXAMPLES))('built from %s', (_name, input) => {
    const bundle = buildRequestBundle(input);

    it('is a PAS request bundle: collection, identifier, timestamp, the Claim first', () => {
      expect(bundle.meta?.profile).toEqual([PAS_PROFILES.requestBundle]);
      expect(bundle.type).toBe('collection');
      expect(bundle.identifier?.value).toBe(input.bundleIdentifier);
      expect(bundle.timestamp).toBe(input.createdAt);
      const claim = firstClaim(bundle);
      expect(claim.use).toBe('preauthorization');
      expect(claim.identifier).toEqual([input.claimIdentifier]);
    });

    it('gives every entry a unique urn:uuid fullUrl matching its id', () => {
      const urls = fullUrls(bundle);
      expect(new Set(urls).size).toBe(urls.length);
      for (const entry of bundle.entry!) {
        expect(entry.fullUrl).toMatch(
          /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource!.id}`);
      }
    });

    it('resolves every reference inside the bundle, and every entry is referenced', () => {
      expect(checkReferenceClosure(bundle)).toEqual(CLOSED);
    });

    it('sends the order without any extension and documents inline without a url', () => {
      for (const order of ofType(bundle, 'MedicationRequest'))
        expect(order.extension).toBeUndefined();
      for (const document of ofType(bundle, 'DocumentReference'))
        for (const content of document.content) {
          expect(content.attachment.url).toBeUndefined();
          expect(content.attachment.data).toEqual(expect.stringMatching(/^[A-Za-z0-9+/]+=*$/));
        }
    });

    it('builds the same bundle from the same input', () => {
      expect(buildRequestBundle(input)).toEqual(bundle);
    });

    it('gives a new submission new fullUrls for everything', () => {
      const resubmitted = buildRequestBundle({
        ...input,
        submissionId: '2378176f-9123-4c9f-8a14-e70142a84e72',
      });
      const before = new Set(fullUrls(bundle));
      expect(fullUrls(resubmitted).filter((url) => before.has(url))).toEqual([]);
      expect(resources(resubmitted).map((resource) => resource.resourceType)).toEqual(
        resources(bundle).map((resource) => resource.resourceType),
      );
    });
  });

  describe('for a first IVIG request under a commercial plan', () => {
    const input = ivigCommercialInitial;
    const bundle = buildRequestBundle(input);
    const claim = firstClaim(bundle);
    const item = itemOf(bundle);

    it('is a professional PAS Claim with normal priority, from the pharmacy to the payer', () => {
      expect(claim.meta?.profile).toEqual([PAS_PROFILES.claim]);
      expect(claim.status).toBe('active');
      expect(claim.type.coding?.[0]).toEqual({
        system: CODE_SYSTEMS.claimType,
        code: 'professional',
      });
      expect(claim.priority.coding?.[0]?.code).toBe('normal');
      expect(claim.created).toBe(input.createdAt);
      const pharmacy = resolve(bundle, claim.provider.reference, 'Organization');
      expect(pharmacy.meta?.profile).toEqual([PAS_PROFILES.requestor]);
      expect(pharmacy.identifier).toEqual([{ system: CODE_SYSTEMS.npi, value: '1649872318' }]);
      const payer = resolve(bundle, claim.insurer!.reference, 'Organization');
      expect(payer.meta?.profile).toEqual([PAS_PROFILES.insurer]);
      expect(payer.name).toBe('Acme Health Plan');
      expect(payer.type?.[0]?.coding?.[0]?.code).toBe('PR');
    });

    it('asks under the focal coverage of the member, with the group and the payer', () => {
      expect(claim.insurance).toHaveLength(1);
      expect(claim.insurance[0]).toMatchObject({ sequence: 1, focal: true });
      const coverage = resolve(bundle, claim.insurance[0]!.coverage.reference, 'Coverage');
      expect(coverage.meta?.profile).toEqual([PAS_PROFILES.coverage]);
      expect(coverage.subscriberId).toBe('ACM88412093');
      expect(coverage.identifier?.[0]).toMatchObject({
        type: { coding: [{ code: 'MB' }] },
        value: 'ACM88412093',
      });
      expect(coverage.class?.[0]).toMatchObject({
        value: 'GRP-20417',
        type: { coding: [{ code: 'group' }] },
      });
      expect(coverage.payor[0]!.reference).toBe(claim.insurer!.reference);
      expect(coverage.beneficiary.reference).toBe(claim.patient.reference);
      expect(coverage.relationship?.coding?.map((coding) => coding.code)).toEqual(['self', '18']);
      expect(coverage.type?.coding?.[0]?.code).toBe('5');
    });

    it('names the patient with the member id and demographics', () => {
      const patient = resolve(bundle, claim.patient.reference, 'Patient');
      expect(patient.meta?.profile).toEqual([PAS_PROFILES.beneficiary]);
      expect(patient.name).toEqual([{ family: 'Whitfield', given: ['Dana'] }]);
      expect(patient.gender).toBe('female');
      expect(patient.birthDate).toBe('1984-07-12');
      expect(patient.identifier?.map((identifier) => identifier.value)).toEqual([
        'ACM88412093',
        input.patient.id,
        'MRN-448210',
      ]);
    });

    it('carries the ICD-10-CM diagnosis and the prescriber as the care team', () => {
      expect(claim.diagnosis?.[0]).toMatchObject({
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: CODE_SYSTEMS.icd10cm, code: 'D83.9' }] },
      });
      const member = claim.careTeam![0]!;
      expect(extension(member, PAS_EXTENSIONS.careTeamClaimScope)?.valueBoolean).toBe(true);
      const role = resolve(bundle, member.provider.reference, 'PractitionerRole');
      expect(role.telecom?.[0]?.value).toBe('+1-410-555-0199');
      const prescriber = resolve(bundle, role.practitioner!.reference, 'Practitioner');
      expect(prescriber.meta?.profile).toEqual([PAS_PROFILES.practitioner]);
      expect(prescriber.identifier).toEqual([{ system: CODE_SYSTEMS.npi, value: '1987654328' }]);
    });

    it('asks for the J-code in units over the period, at home, as an initial health services review', () => {
      expect(item.sequence).toBe(1);
      expect(codeOf(extension(item, PAS_EXTENSIONS.certificationType))).toBe('I');
      expect(codeOf(extension(item, PAS_EXTENSIONS.serviceItemRequestType))).toBe('HS');
      expect(item.category?.coding?.[0]).toMatchObject({
        system: CODE_SYSTEMS.x12ServiceType,
        code: '42',
      });
      expect(item.productOrService.coding).toEqual([{ system: CODE_SYSTEMS.hcpcs, code: 'J1459' }]);
      expect(item.quantity).toMatchObject({ value: 490, code: 'FL' });
      expect(item.servicedPeriod).toEqual({ start: '2026-02-01', end: '2026-07-31' });
      expect(item.locationCodeableConcept?.coding?.[0]).toMatchObject({
        system: CODE_SYSTEMS.placeOfService,
        code: '12',
      });
      expect(item.modifier).toBeUndefined();
      expect(item.careTeamSequence).toEqual([1]);
      expect(item.diagnosisSequence).toEqual([1]);
    });

    it('points the item at the order: Privigen 35 g IV every 28 days, by the prescriber', () => {
      const order = resolve(
        bundle,
        extension(item, PAS_EXTENSIONS.requestedService)?.valueReference?.reference,
        'MedicationRequest',
      );
      expect(order.meta?.profile).toEqual([PAS_PROFILES.medicationRequest]);
      expect(order).toMatchObject({
        status: 'active',
        intent: 'order',
        authoredOn: input.createdAt,
      });
      expect(order.medicationCodeableConcept).toEqual({ text: 'Privigen' });
      expect(order.subject.reference).toBe(claim.patient.reference);
      expect(
        resolve(bundle, order.requester?.reference, 'Practitioner').identifier?.[0]?.value,
      ).toBe('1987654328');
      const dosage = order.dosageInstruction![0]!;
      expect(dosage.doseAndRate?.[0]?.doseQuantity).toMatchObject({ value: 35, code: 'g' });
      expect(dosage.route?.coding?.[0]?.code).toBe('47625008');
      expect(dosage.timing?.repeat).toMatchObject({ frequency: 1, period: 28, periodUnit: 'd' });
      expect(dosage.timing?.repeat?.boundsDuration).toMatchObject({ value: 181, code: 'd' });
      expect(dosage.timing?.repeat?.duration).toBeUndefined();
      expect(order.dispenseRequest?.validityPeriod).toEqual({
        start: '2026-02-01',
        end: '2026-07-31',
      });
    });

    it('attaches each document and lab as additional information, numbered in order', () => {
      const supporting = claim.supportingInfo!;
      expect(supporting.map((info) => info.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(item.informationSequence).toEqual([1, 2, 3, 4, 5, 6]);
      for (const info of supporting) {
        expect(info.category.coding?.[0]).toEqual({
          system: CODE_SYSTEMS.pasTempCodes,
          code: 'additionalInformation',
        });
        expect(extension(info, PAS_EXTENSIONS.documentInformation)).toBeDefined();
      }
      const targets = supporting.map((info) =>
        resources(bundle).find(
          (resource) => `urn:uuid:${resource.id}` === info.valueReference?.reference,
        )!,
      );
      expect(targets.map((target) => target.resourceType)).toEqual([
        'DocumentReference',
        'DocumentReference',
        'DocumentReference',
        'Observation',
        'Observation',
        'Observation',
      ]);
      const reportTypes = supporting.map((info) =>
        codeOf(
          extension(info, PAS_EXTENSIONS.documentInformation)?.extension?.find(
            (part) => part.url === 'reportTypeCode',
          ),
        ),
      );
      expect(reportTypes).toEqual(['B2', 'PY', 'LA', 'LA', 'LA', 'LA']);
    });

    it('types the documents with LOINC document codes and the clinical-note category', () => {
      const documents = ofType(bundle, 'DocumentReference');
      expect(documents.map((document) => document.type?.coding?.[0]?.code)).toEqual([
        '57833-6',
        '11506-3',
        '11502-2',
      ]);
      for (const document of documents) {
        expect(document.meta?.profile).toEqual([PAS_PROFILES.documentReference]);
        expect(document.category?.[0]?.coding?.[0]?.code).toBe('clinical-note');
        expect(document.subject?.reference).toBe(claim.patient.reference);
        expect(document.content[0]!.attachment.contentType).toBe('text/plain');
      }
      expect(atob(documents[0]!.content[0]!.attachment.data!)).toContain('Privigen 0.5 g/kg');
    });

    it('sends IgG and renal function as LOINC lab observations in UCUM', () => {
      const labs = ofType(bundle, 'Observation');
      expect(
        labs.map((lab) => [
          lab.code.coding?.[0]?.code,
          lab.valueQuantity?.value,
          lab.valueQuantity?.code,
        ]),
      ).toEqual([
        ['2465-3', 412, 'mg/dL'],
        ['3094-0', 14, 'mg/dL'],
        ['2160-0', 0.8, 'mg/dL'],
      ]);
      for (const lab of labs) {
        expect(lab.status).toBe('final');
        expect(lab.category?.[0]?.coding?.[0]?.code).toBe('laboratory');
        expect(lab.valueQuantity?.system).toBe(CODE_SYSTEMS.ucum);
        expect(lab.effectiveDateTime).toBe('2026-01-20');
      }
    });
  });

  describe('for SCIG under Medicare', () => {
    const bundle = buildRequestBundle(scigMedicareInitial);
    const item = itemOf(bundle);

    it('bills the 100 mg J-code with the subcutaneous JB modifier', () => {
      expect(item.productOrService.coding?.[0]?.code).toBe('J1559');
      expect(item.quantity?.value).toBe(3240);
      expect(item.modifier?.[0]?.coding).toEqual([{ system: CODE_SYSTEMS.hcpcs, code: 'JB' }]);
    });

    it('orders a weekly subcutaneous dose and marks the coverage as Medicare', () => {
      const dosage = ofType(bundle, 'MedicationRequest')[0]!.dosageInstruction![0]!;
      expect(dosage.route?.coding?.[0]?.code).toBe('34206005');
      expect(dosage.timing?.repeat).toMatchObject({ period: 7, periodUnit: 'd' });
      const coverage = ofType(bundle, 'Coverage')[0]!;
      expect(coverage.type?.coding?.[0]?.code).toBe('1');
      expect(coverage.class).toBeUndefined();
    });
  });

  describe('for a Medicaid reauthorization from a prescriber without a phone', () => {
    const bundle = buildRequestBundle(ivigMedicaidReauthorization);
    const claim = firstClaim(bundle);

    it('is certification type R', () => {
      expect(codeOf(extension(itemOf(bundle), PAS_EXTENSIONS.certificationType))).toBe('R');
      expect(ofType(bundle, 'Coverage')[0]!.type?.coding?.[0]?.code).toBe('2');
    });

    it('has no care team (a PractitionerRole needs a telecom) and names the prescriber on the order', () => {
      expect(claim.careTeam).toBeUndefined();
      expect(itemOf(bundle).careTeamSequence).toBeUndefined();
      expect(ofType(bundle, 'PractitionerRole')).toEqual([]);
      const order = ofType(bundle, 'MedicationRequest')[0]!;
      expect(resolve(bundle, order.requester?.reference, 'Practitioner').name?.[0]?.family).toBe(
        'Lindqvist',
      );
    });

    it('spreads each 80 g dose over two days, every 21 days, for a year', () => {
      const repeat = ofType(bundle, 'MedicationRequest')[0]!.dosageInstruction![0]!.timing!.repeat!;
      expect(repeat).toMatchObject({ period: 21, duration: 2, durationUnit: 'd' });
      expect(repeat.boundsDuration?.value).toBe(365);
    });
  });

  describe('for an update of a pended request', () => {
    const bundle = buildRequestBundle(ivigUpdate);
    const claim = firstClaim(bundle);
    const item = itemOf(bundle);

    it('is a PAS Claim Update related to the prior Claim, restated in the bundle', () => {
      expect(claim.meta?.profile).toEqual([PAS_PROFILES.claimUpdate]);
      expect(claim.identifier?.[0]?.value).toBe('PA-2026-000123-U1');
      expect(claim.related?.[0]?.relationship?.coding?.[0]?.code).toBe('prior');
      const prior = resolve(bundle, claim.related?.[0]?.claim?.reference, 'Claim');
      expect(bundle.entry![1]!.resource).toBe(prior);
      expect(prior.meta?.profile).toEqual([PAS_PROFILES.claim]);
      expect(prior.identifier).toEqual([ivigCommercialInitial.claimIdentifier]);
      expect(prior.created).toBe(ivigCommercialInitial.createdAt);
      expect(prior.supportingInfo).toBeUndefined();
      // The prior Claim as first sent, apart from the fullUrls of this bundle.
      const firstSent = firstClaim(buildRequestBundle(ivigCommercialInitial));
      expect(prior.item?.[0]?.quantity).toEqual(firstSent.item?.[0]?.quantity);
      expect(prior.item?.[0]?.servicedPeriod).toEqual(firstSent.item?.[0]?.servicedPeriod);
      expect(codeOf(extension(prior.item![0]!, PAS_EXTENSIONS.certificationType))).toBe('I');
      const priorOrder = resolve(
        bundle,
        extension(prior.item![0]!, PAS_EXTENSIONS.requestedService)?.valueReference?.reference,
        'MedicationRequest',
      );
      expect(priorOrder.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity?.value).toBe(35);
      expect(priorOrder.authoredOn).toBe(ivigCommercialInitial.createdAt);
    });

    it('flags the revised item as changed and echoes the payer reference number', () => {
      expect(codeOf(extension(item, PAS_EXTENSIONS.certificationType))).toBe('S');
      expect(extension(item, PAS_EXTENSIONS.infoChanged)?.valueCode).toBe('changed');
      expect(extension(item, PAS_EXTENSIONS.administrationReferenceNumber)?.valueString).toBe(
        'PEND-20260126-0042',
      );
      expect(item.modifierExtension).toBeUndefined();
      expect(item.quantity?.value).toBe(588);
      expect(ofType(bundle, 'MedicationRequest')).toHaveLength(2);
    });

    it('keeps the supporting information with its sequence numbers', () => {
      expect(claim.supportingInfo?.map((info) => info.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('leaves an unchanged item unflagged, with its first certification', () => {
      const unchanged = buildRequestBundle({ ...ivigUpdate, item: ivigCommercialInitial.item });
      const same = itemOf(unchanged);
      expect(codeOf(extension(same, PAS_EXTENSIONS.certificationType))).toBe('I');
      expect(extension(same, PAS_EXTENSIONS.infoChanged)).toBeUndefined();
    });

    it('references a prior update only by identifier, never including its own prior', () => {
      const second = buildRequestBundle({
        ...ivigUpdate,
        claimIdentifier: { system: ivigUpdate.claimIdentifier.system, value: 'PA-2026-000123-U2' },
        submissionId: '1af7f8bf-a5f8-433a-b203-4f878cfb63b1',
        priorClaim: {
          claimIdentifier: ivigUpdate.claimIdentifier,
          createdAt: ivigUpdate.createdAt,
          certification: 'update',
          item: ivigUpdate.item,
          updatedClaimIdentifier: ivigCommercialInitial.claimIdentifier,
        },
      });
      const prior = resolve(second, firstClaim(second).related?.[0]?.claim?.reference, 'Claim');
      expect(prior.meta?.profile).toEqual([PAS_PROFILES.claimUpdate]);
      expect(prior.related?.[0]?.claim).toEqual({
        identifier: ivigCommercialInitial.claimIdentifier,
      });
      expect(ofType(second, 'Claim')).toHaveLength(2);
      expect(checkReferenceClosure(second).unresolved).toEqual([]);
    });
  });

  describe('for a cancellation', () => {
    const bundle = buildRequestBundle(ivigCancel);
    const claim = firstClaim(bundle);
    const item = itemOf(bundle);

    it('puts certification type 3 on the Claim Update and on the withdrawn item', () => {
      expect(claim.meta?.profile).toEqual([PAS_PROFILES.claimUpdate]);
      expect(codeOf(extension(claim, PAS_EXTENSIONS.certificationType))).toBe('3');
      expect(codeOf(extension(item, PAS_EXTENSIONS.certificationType))).toBe('3');
      expect(item.modifierExtension).toEqual([
        { url: PAS_EXTENSIONS.infoCancelled, valueBoolean: true },
      ]);
      expect(extension(item, PAS_EXTENSIONS.infoChanged)?.valueCode).toBe('changed');
      expect(extension(item, PAS_EXTENSIONS.authorizationNumber)?.valueString).toBe(
        'ACME-AUTH-7741029',
      );
    });

    it('sends no new order and no evidence, only the prior Claim and its order', () => {
      expect(claim.supportingInfo).toBeUndefined();
      expect(extension(item, PAS_EXTENSIONS.requestedService)).toBeUndefined();
      expect(ofType(bundle, 'DocumentReference')).toEqual([]);
      expect(ofType(bundle, 'Observation')).toEqual([]);
      expect(ofType(bundle, 'MedicationRequest')).toHaveLength(1);
      expect(ofType(bundle, 'Claim')).toHaveLength(2);
    });
  });

  describe('refuses an input the profiles cannot accept', () => {
    function issuesOf(input: PasRequestInput) {
      try {
        buildRequestBundle(input);
      } catch (error) {
        if (error instanceof PasInputError) return error.issues.map((issue) => issue.field);
        throw error;
      }
      throw new Error('no error thrown');
    }

    it('names every missing or malformed field at once', () => {
      expect(
        issuesOf({
          ...ivigCommercialInitial,
          submissionId: 'submission-1',
          createdAt: '2026-01-26',
          pharmacy: { ...ivigCommercialInitial.pharmacy, npi: '1649872319' },
          coverage: { ...ivigCommercialInitial.coverage, memberId: ' ' },
          documents: [{ ...ivigCommercialInitial.documents[0]!, data: '' }],
        }),
      ).toEqual([
        'submissionId',
        'createdAt',
        'pharmacy.npi',
        'coverage.memberId',
        'documents[0].data',
      ]);
    });

    it('needs the prior Claim for an update or a cancellation, under another identifier', () => {
      expect(issuesOf({ ...ivigUpdate, priorClaim: undefined })).toEqual(['priorClaim']);
      expect(
        issuesOf({ ...ivigCancel, claimIdentifier: ivigCommercialInitial.claimIdentifier }),
      ).toEqual(['claimIdentifier']);
    });

    it('refuses a period that ends before it starts and a fractional number of units', () => {
      expect(
        issuesOf({
          ...ivigCommercialInitial,
          item: { ...ivigCommercialInitial.item, units: 12.5, periodEnd: '2026-01-01' },
        }),
      ).toEqual(['item.units', 'item.periodEnd']);
    });
  });

  it('leaves out a lab with no LOINC mapping', () => {
    const bundle = buildRequestBundle({
      ...ivigCommercialInitial,
      labs: [
        { code: 'eGFR', value: 92, unit: 'mL/min/1.73m2', collectedOn: '2026-01-20' },
        ...ivigCommercialInitial.labs,
      ],
    });
    expect(ofType(bundle, 'Observation').map((lab) => lab.code.coding?.[0]?.code)).toEqual([
      '2465-3',
      '3094-0',
      '2160-0',
    ]);
    expect(checkReferenceClosure(bundle).unreferenced).toEqual([]);
  });
});
