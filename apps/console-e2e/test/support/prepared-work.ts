import { type ServiceName } from '@infuse/contracts';
import { type InfuseStack, waitFor } from './console-stack';
import { tokenOf, type ConsoleUser, COORDINATOR, VERIFYING_PHARMACIST } from './users';

// Work another person already did, done over the services' APIs (as `npm run demo` does), so a
// journey starts where its own person picks it up: the payer's journey with a pended request,
// the pharmacist's with an order to verify, the nurse's with a delivered dose.

type Json = Record<string, unknown>;

/** Calls a service directly as `user` (the gateway would forward the same token); 2xx or throws. */
export async function callAs<T>(
  stack: InfuseStack,
  user: ConsoleUser,
  service: ServiceName,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await stack
    .service(service)
    .http.request<T>(method, path, { token: await tokenOf(user), json: body });
  if (response.status >= 300)
    throw new Error(
      `${service} ${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  return response.body;
}

export interface SubmittedReferral {
  id: string;
  patientId: string;
  status: string;
  missing: string[];
}

export function submitReferral(stack: InfuseStack, body: Json): Promise<SubmittedReferral> {
  return callAs(stack, COORDINATOR, 'referrals', 'POST', '/v1/referrals', body);
}

export interface PayerRequest {
  id: string;
  status: string;
  payerId: string;
  patient: { name: string };
}

/** The pended request for the patient named `lastName` in the reviewer's own inbox. */
export async function pendedRequestFor(
  stack: InfuseStack,
  reviewer: ConsoleUser,
  lastName: string,
): Promise<PayerRequest> {
  const items = await waitFor(
    `${reviewer.payerId ?? reviewer.subject}'s inbox to list ${lastName}`,
    async () =>
      (
        await callAs<{ items: PayerRequest[] }>(
          stack,
          reviewer,
          'payer-sandbox',
          'GET',
          '/v1/requests?status=pended',
        )
      ).items,
    (listed) => listed.some((item) => item.patient.name.includes(lastName)),
  );
  return items.find((item) => item.patient.name.includes(lastName)) as PayerRequest;
}

export async function approveAtPayer(
  stack: InfuseStack,
  reviewer: ConsoleUser,
  request: PayerRequest,
): Promise<void> {
  await callAs(stack, reviewer, 'payer-sandbox', 'POST', `/v1/requests/${request.id}/decision`, {
    decision: 'approve',
  });
}

export interface Authorization {
  id: string;
  status: string;
  payerId: string;
  authorizationNumber: string | null;
}

/** The referral's authorization once prior-auth has it in `status`. */
export async function authorizationOf(
  stack: InfuseStack,
  referralId: string,
  status: string,
): Promise<Authorization> {
  const items = await waitFor(
    `the authorization of ${referralId} to be ${status}`,
    async () =>
      (
        await callAs<{ items: Authorization[] }>(
          stack,
          COORDINATOR,
          'prior-auth',
          'GET',
          `/v1/authorizations?referralId=${referralId}`,
        )
      ).items,
    (listed) => listed.some((item) => item.status === status),
  );
  return items.find((item) => item.status === status) as Authorization;
}

export interface DispenseOrder {
  id: string;
  referralId: string;
  cycle: number;
  status: string;
  administrationDates: string[];
  worksheet: Worksheet | null;
}

interface Worksheet {
  product: { productId: string; brandName: string };
  vials: { perInfusionDay: { grams: number; count: number }[] };
  findings: { code: string; severity: string; message?: string }[];
}

/** The referral's first dispense order, once pharmacy has it in `status`. */
export async function dispenseOf(
  stack: InfuseStack,
  referralId: string,
  status = 'awaiting_verification',
): Promise<DispenseOrder> {
  const items = await waitFor(
    `the dispense order of ${referralId} to be ${status}`,
    async () =>
      (
        await callAs<{ items: DispenseOrder[] }>(
          stack,
          VERIFYING_PHARMACIST,
          'pharmacy',
          'GET',
          `/v1/dispenses?status=${status}`,
        )
      ).items,
    (listed) => listed.some((item) => item.referralId === referralId && item.cycle === 1),
  );
  const listed = items.find((item) => item.referralId === referralId && item.cycle === 1);
  return callAs(stack, VERIFYING_PHARMACIST, 'pharmacy', 'GET', `/v1/dispenses/${listed?.id}`);
}

/** The lots a releasing pharmacist scans for the order: every vial of every infusion day. */
export function lotsFor(order: DispenseOrder, expiresOn: string): Json[] {
  const sheet = order.worksheet;
  if (!sheet) throw new Error(`dispense ${order.id} has no worksheet`);
  return sheet.vials.perInfusionDay.map((vial, index) => ({
    productId: sheet.product.productId,
    lotNumber: `E2E-${index + 1}-${vial.grams}G`,
    expiresOn,
    vialGrams: vial.grams,
    vials: vial.count * order.administrationDates.length,
  }));
}

/**
 * Verifies (acknowledging each warning), releases with lots, ships and records the delivery of
 * the order over pharmacy's API, as two pharmacists do: what a nurse's visit waits for.
 */
export async function dispenseToTheHome(
  stack: InfuseStack,
  order: DispenseOrder,
  releaser: ConsoleUser,
  expiresOn: string,
): Promise<void> {
  const warnings = order.worksheet?.findings.filter((finding) => finding.severity === 'warn') ?? [];
  const path = `/v1/dispenses/${order.id}`;
  await callAs(stack, VERIFYING_PHARMACIST, 'pharmacy', 'POST', `${path}/verify`, {
    acknowledgements: warnings.map((finding) => ({
      code: finding.code,
      reason: `Reviewed ${finding.code} with the prescriber.`,
    })),
  });
  await callAs(stack, releaser, 'pharmacy', 'POST', `${path}/release`, {
    lots: lotsFor(order, expiresOn),
  });
  await callAs(stack, releaser, 'pharmacy', 'POST', `${path}/ship`, {
    carrier: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    packOut: {
      type: 'Insulated shipper, 2–8 °C',
      validatedHours: 48,
      packedAt: new Date().toISOString(),
    },
  });
  await callAs(stack, releaser, 'pharmacy', 'POST', `${path}/delivered`, {
    receivedBy: 'Maren',
    temperatureInRange: true,
  });
}
