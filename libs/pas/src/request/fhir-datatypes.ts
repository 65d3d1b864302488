// Small builders for the FHIR datatypes every resource of the request uses.
import type { Address, CodeableConcept, Coding, ContactPoint, Reference } from 'fhir/r4';
import type { PasAddress } from './pas-request-input';

export function concept(...codings: Coding[]): CodeableConcept {
  return { coding: codings };
}

export function referenceTo(fullUrl: string): Reference {
  return { reference: fullUrl };
}

export function usAddress(address: PasAddress): Address {
  return {
    line: address.line2 ? [address.line1, address.line2] : [address.line1],
    city: address.city,
    state: address.state,
    postalCode: address.postalCode,
    country: 'US',
  };
}

export function phone(value: string, use: ContactPoint['use']): ContactPoint {
  return { system: 'phone', value, use };
}

/** Whole days from one calendar date (YYYY-MM-DD) to another, both counted. */
export function daysInclusive(start: string, end: string): number {
  const dayMs = 24 * 60 * 60 * 1000;
  return (
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / dayMs) + 1
  );
}
