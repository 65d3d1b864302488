// npm run -s example:referral [-- --payer northwind-medicare --member NWM-...]
// Prints the README's example referral: the contract fixture's patient with common variable
// immunodeficiency, an IgG of 180 mg/dL and renal labs from 5 days ago, starting in a week, for
// acme-health unless told otherwise. Dates are relative to today, so it is complete whenever run.
import { parseArgs } from 'node:util';
import { exampleReferral } from './lib/example-referral-body.mjs';

const { values } = parseArgs({
  options: {
    payer: { type: 'string', default: 'acme-health' },
    member: { type: 'string', default: 'ACM-883920114' },
  },
  strict: true,
});
const referral = exampleReferral({ payer: values.payer, member: values.member });
process.stdout.write(`${JSON.stringify(referral, null, 2)}\n`);
