import { readFileSync } from 'node:fs';

/** One finding of the FHIR validator (tools/fhir-validate), deduplicated there. */
export interface FhirIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** FHIRPath-like, e.g. `Bundle.entry[0].resource/*Claim/x*\/.patient`. */
  location: string;
  /** The validator's stable message key, e.g. `Validation_VAL_Profile_Minimum`; null for a few. */
  messageId: string | null;
  message: string;
}

/** An error the allow-list accepts, with the entry's reason. */
export interface AllowedFhirIssue extends FhirIssue {
  reason: string;
}

/** The validator's findings on one resource, sorted for a test to assert on. */
export interface ValidationReport {
  profile: string;
  /** ERROR and FATAL findings the allow-list does not accept: a conformant resource has none. */
  errors: FhirIssue[];
  /** ERROR and FATAL findings the allow-list accepts (IG defects, offline gaps). */
  allowed: AllowedFhirIssue[];
  warnings: FhirIssue[];
  information: FhirIssue[];
  /**
   * Warnings counted by kind: the message id, and for terminology findings the code system
   * family they name (`Terminology_TX_ValueSet_NotFound · X12`), sorted by kind. For a ledger.
   */
  warningsByKind(): Record<string, number>;
}

/**
 * One entry of tools/fhir-validate/allow-list.json. It matches an ERROR or FATAL finding whose
 * location matches `location` and whose message id equals `messageId` and/or whose message
 * matches `message` (regular expressions, unanchored). Every entry says why.
 */
export interface AllowListEntry {
  messageId?: string;
  message?: string;
  location: string;
  reason: string;
}

interface CompiledEntry {
  messageId: string | undefined;
  message: RegExp | undefined;
  location: RegExp;
  reason: string;
}

/** The allow-list, compiled. */
export class FhirAllowList {
  private constructor(private readonly entries: readonly CompiledEntry[]) {}

  static readFile(path: string): FhirAllowList {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    try {
      return FhirAllowList.of(parsed);
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Checks every entry: a bad allow-list must fail the tests, not silently allow less or more. */
  static of(document: unknown): FhirAllowList {
    const entries = (document as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(entries)) throw new Error('the allow-list needs an "entries" array');
    return new FhirAllowList(entries.map((entry, index) => compile(entry, index)));
  }

  /** The reason of the first entry that accepts this finding, or undefined. */
  reasonFor(issue: FhirIssue): string | undefined {
    return this.entries.find(
      (entry) =>
        entry.location.test(issue.location) &&
        (entry.messageId === undefined || entry.messageId === issue.messageId) &&
        (entry.message === undefined || entry.message.test(issue.message)),
    )?.reason;
  }
}

function compile(entry: unknown, index: number): CompiledEntry {
  const where = `entries[${index}]`;
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not an object`);
  const { messageId, message, location, reason } = entry as Record<string, unknown>;
  if (typeof reason !== 'string' || reason.trim() === '')
    throw new Error(`${where}.reason is required`);
  if (typeof location !== 'string' || location === '')
    throw new Error(`${where}.location is required`);
  if (messageId === undefined && message === undefined) {
    throw new Error(`${where} needs a messageId or a message pattern`);
  }
  if (messageId !== undefined && typeof messageId !== 'string') {
    throw new Error(`${where}.messageId must be a string`);
  }
  if (message !== undefined && typeof message !== 'string') {
    throw new Error(`${where}.message must be a string`);
  }
  return {
    messageId,
    message: message === undefined ? undefined : pattern(message, `${where}.message`),
    location: pattern(location, `${where}.location`),
    reason,
  };
}

function pattern(source: string, where: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new Error(`${where} is not a valid regular expression: ${source}`);
  }
}

/** Sorts the validator's findings into a report. */
export function buildReport(
  profile: string,
  issues: readonly FhirIssue[],
  allowList: FhirAllowList,
): ValidationReport {
  const errors: FhirIssue[] = [];
  const allowed: AllowedFhirIssue[] = [];
  const warnings: FhirIssue[] = [];
  const information: FhirIssue[] = [];
  for (const issue of issues) {
    switch (issue.severity) {
      case 'fatal':
      case 'error': {
        const reason = allowList.reasonFor(issue);
        if (reason === undefined) errors.push(issue);
        else allowed.push({ ...issue, reason });
        break;
      }
      case 'warning':
        warnings.push(issue);
        break;
      case 'information':
        information.push(issue);
        break;
    }
  }
  return {
    profile,
    errors,
    allowed,
    warnings,
    information,
    warningsByKind: () => countByKind(warnings),
  };
}

/** Code system families that no offline source holds, by the URL prefix the messages name. */
const TERMINOLOGY_FAMILIES: readonly (readonly [string, string])[] = [
  ['https://codesystem.x12.org/', 'X12'],
  ['https://valueset.x12.org/', 'X12'],
  ['http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', 'HCPCS'],
  ['https://www.cms.gov/Medicare/Coding/place-of-service-codes', 'place of service'],
  ['http://www.ama-assn.org/go/cpt', 'CPT'],
  ['http://hl7.org/fhir/sid/icd-10-cm', 'ICD-10-CM'],
  ['http://www.cms.gov/Medicare/Coding/ICD10', 'ICD-10-PCS'],
  ['http://hl7.org/fhir/sid/ndc', 'NDC'],
  ['https://www.nubc.org/', 'NUBC'],
  ['http://loinc.org', 'LOINC'],
  ['http://snomed.info/sct', 'SNOMED CT'],
  ['http://www.nlm.nih.gov/research/umls/rxnorm', 'RxNorm'],
  ['http://cts.nlm.nih.gov/fhir/', 'VSAC'],
  ['http://nucc.org/provider-taxonomy', 'NUCC taxonomy'],
];

const URL_IN_MESSAGE = /https?:\/\/[^\s'"|#,)]+/g;

/** `messageId` alone, or `messageId · family` when the message names a known code system. */
export function warningKind(issue: FhirIssue): string {
  const id = issue.messageId ?? '(no message id)';
  for (const url of issue.message.match(URL_IN_MESSAGE) ?? []) {
    const family = TERMINOLOGY_FAMILIES.find(([prefix]) => url.startsWith(prefix))?.[1];
    if (family) return `${id} · ${family}`;
  }
  return id;
}

function countByKind(issues: readonly FhirIssue[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const kind = warningKind(issue);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
