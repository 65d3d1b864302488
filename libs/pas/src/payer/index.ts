// The payer's side of PAS, for the payer sandbox.
export {};
