import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { classifyDiagnosis } from './diagnosis';
import {
  type CompletenessRules,
  missingItems,
  type ReferralContents,
} from './referral-completeness';
import { type DocumentInput, type LabInput, type ReferralParticulars } from './referral-input';
import { ReferralError } from './referral.errors';

export const REFERRAL_STATUSES = [
  'pending_documents',
  'accepted',
  'rejected',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** What happened to a referral: each is announced, and status changes enter its history. */
export type ReferralChange =
  | { kind: 'received' }
  | { kind: 'document-added'; document: DocumentReference }
  | { kind: 'lab-added'; lab: LabResult }
  | { kind: 'documents-requested'; missing: string[] }
  | { kind: 'accepted' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'cancelled'; reason: string | undefined };

/** A document to store: what events say of it, and its contents. */
export interface NewDocument extends DocumentReference {
  content: Uint8Array;
}

/** A referral as stored: its labs and documents in the order they were added. */
export interface ReferralState {
  id: string;
  patientId: string;
  status: ReferralStatus;
  missing: string[];
  offLabel: boolean;
  particulars: ReferralParticulars;
  /** The calendar day it was submitted, in the pharmacy's time zone; labs are dated against it. */
  submittedOn: string;
  submittedBy: string;
  receivedAt: Date;
  labs: LabResult[];
  documents: DocumentReference[];
}

/** A referral as it arrives, before intake has judged it. */
export interface ReceivedReferral {
  id: string;
  patientId: string;
  particulars: ReferralParticulars;
  labs: readonly LabInput[];
  documents: readonly DocumentInput[];
  submittedOn: string;
  submittedBy: string;
  receivedAt: Date;
}

const OPEN: readonly ReferralStatus[] = ['pending_documents', 'accepted'];

/**
 * A referral's intake state. A referral is accepted once nothing is missing and stays accepted;
 * until then it waits for documents and labs. Rejection and cancellation close it.
 *
 * An instance lives for one unit of work: received or restored, changed, then saved once. It
 * keeps what the save writes (new labs, new documents, the changes) and what the events say.
 */
export class Referral {
  private readonly recorded: ReferralChange[] = [];
  private readonly addedLabs: LabResult[] = [];
  private readonly addedDocuments: NewDocument[] = [];

  private constructor(private readonly state: ReferralState) {}

  /** A newly received referral, judged on what it came with. */
  static receive(
    received: ReceivedReferral,
    rules: CompletenessRules,
    newId: () => string,
  ): Referral {
    const referral = new Referral({
      ...received,
      status: 'pending_documents',
      missing: [],
      offLabel: classifyDiagnosis(received.particulars.order.diagnosisCode).offLabel,
      labs: [],
      documents: [],
    });
    referral.recorded.push({ kind: 'received' });
    for (const lab of received.labs) referral.keepLab(lab);
    for (const document of received.documents) referral.keepDocument(document, newId());
    referral.judge(rules, true);
    return referral;
  }

  static restore(state: ReferralState): Referral {
    return new Referral(state);
  }

  get id(): string {
    return this.state.id;
  }

  get patientId(): string {
    return this.state.patientId;
  }

  get status(): ReferralStatus {
    return this.state.status;
  }

  get missing(): readonly string[] {
    return this.state.missing;
  }

  get offLabel(): boolean {
    return this.state.offLabel;
  }

  get particulars(): ReferralParticulars {
    return this.state.particulars;
  }

  get submittedOn(): string {
    return this.state.submittedOn;
  }

  get submittedBy(): string {
    return this.state.submittedBy;
  }

  get receivedAt(): Date {
    return this.state.receivedAt;
  }

  /** Every lab, in the order added: the submitted ones first. */
  get labs(): readonly LabResult[] {
    return this.state.labs;
  }

  /** Every document by reference, in the order added. */
  get documents(): readonly DocumentReference[] {
    return this.state.documents;
  }

  get isOpen(): boolean {
    return OPEN.includes(this.state.status);
  }

  /** What happened in this unit of work, in order. */
  get changes(): readonly ReferralChange[] {
    return this.recorded;
  }

  /** Labs added in this unit of work, not yet stored. */
  get newLabs(): readonly LabResult[] {
    return this.addedLabs;
  }

  /** Documents added in this unit of work, not yet stored. */
  get newDocuments(): readonly NewDocument[] {
    return this.addedDocuments;
  }

  /** A lab arrived: the referral is judged again, as it may now be complete. */
  addLab(lab: LabInput, rules: CompletenessRules): void {
    this.requireOpen('add a lab to');
    this.recorded.push({ kind: 'lab-added', lab: this.keepLab(lab) });
    this.judge(rules, false);
  }

  /** A document arrived: the referral is judged again, as it may now be complete. */
  addDocument(document: DocumentInput, documentId: string, rules: CompletenessRules): void {
    this.requireOpen('add a document to');
    this.recorded.push({
      kind: 'document-added',
      document: this.keepDocument(document, documentId),
    });
    this.judge(rules, false);
  }

  reject(reason: string): void {
    this.requireOpen('reject');
    if (this.state.status === 'accepted') {
      throw new ReferralError(
        'REFERRAL.ALREADY_ACCEPTED',
        `Referral ${this.id} is accepted; cancel it instead.`,
      );
    }
    this.state.status = 'rejected';
    this.recorded.push({ kind: 'rejected', reason });
  }

  cancel(reason: string | undefined): void {
    this.requireOpen('cancel');
    this.state.status = 'cancelled';
    this.recorded.push({ kind: 'cancelled', reason });
  }

  private keepLab(lab: LabInput): LabResult {
    const kept = { code: lab.code, value: lab.value, unit: lab.unit, collectedOn: lab.collectedOn };
    this.state.labs.push(kept);
    this.addedLabs.push(kept);
    return kept;
  }

  private keepDocument(document: DocumentInput, documentId: string): DocumentReference {
    const reference: DocumentReference = {
      documentId,
      type: document.type,
      title: document.title,
      contentType: document.contentType,
      sizeBytes: document.content.byteLength,
    };
    this.state.documents.push(reference);
    this.addedDocuments.push({ ...reference, content: document.content });
    return reference;
  }

  private judge(rules: CompletenessRules, firstTime: boolean): void {
    // Acceptance is not taken back by later additions.
    if (this.state.status === 'accepted') return;
    const missing = missingItems(this.contents(), rules);
    const changed = firstTime || missing.join() !== this.state.missing.join();
    this.state.missing = missing;
    if (missing.length === 0) {
      this.state.status = 'accepted';
      this.recorded.push({ kind: 'accepted' });
    } else if (changed) {
      this.recorded.push({ kind: 'documents-requested', missing });
    }
  }

  private contents(): ReferralContents {
    const { particulars, submittedOn, labs, documents } = this.state;
    return {
      diagnosis: classifyDiagnosis(particulars.order.diagnosisCode),
      planType: particulars.insurance.planType,
      newStart: particulars.order.newStart,
      submittedOn,
      documentTypes: documents.map((document) => document.type),
      labs,
    };
  }

  private requireOpen(action: string): void {
    if (!this.isOpen) {
      throw new ReferralError(
        'REFERRAL.NOT_OPEN',
        `Cannot ${action} referral ${this.id}: it is ${this.state.status}.`,
      );
    }
  }
}
