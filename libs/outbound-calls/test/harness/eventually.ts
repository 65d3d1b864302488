/** Polls until `probe` is true or the time is up; time only bounds the wait, it is never asserted. */
export async function eventually(
  probe: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each scenario prints its figures; they are part of what these tests show. */
export function figures(scenario: string, values: Record<string, string | number>): void {
  console.log(
    `[${scenario}] ${Object.entries(values)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ')}`,
  );
}
