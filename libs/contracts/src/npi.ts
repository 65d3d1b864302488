/**
 * A National Provider Identifier is ten digits whose last is a Luhn check digit computed over
 * the prefix 80840 and the first nine digits (CMS NPI check-digit standard). US Core checks the
 * same rule on every NPI (us-core-17), so a PAS Bundle carrying an NPI failing it is invalid.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    // Double every second digit counting from the right of the payload (the check digit's left).
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}
