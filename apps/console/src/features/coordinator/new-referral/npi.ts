/**
 * A National Provider Identifier's check: ten digits whose last is a Luhn check digit over the
 * prefix 80840 and the first nine (CMS NPI check-digit standard), as intake checks it
 * (isValidNpi of @infuse/contracts, which the console does not bundle).
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    // Every second digit from the right of the payload (the check digit's left) is doubled.
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}
