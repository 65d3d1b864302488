// How the demo talks to the running services: JSON over HTTP with a user's bearer token, and
// patience for what happens after an event crosses the broker.

/** A service's JSON API at `baseUrl`, called as the user whose token is given per call. */
export function serviceApi(name, baseUrl) {
  async function call(method, path, token, body) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok)
      throw new Error(
        `${name} ${method} ${path} answered ${response.status}: ${json?.detail ?? json?.title ?? text}`,
      );
    return json;
  }
  return {
    get: (path, token) => call('GET', path, token),
    post: (path, body, token) => call('POST', path, token, body),
  };
}

/** Asks `probe` until it answers something, or fails after `timeoutMs` saying what it awaited. */
export async function until(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const answer = await probe();
      if (answer !== undefined && answer !== null && answer !== false) return answer;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`gave up waiting for ${what}${last ? ` (last: ${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
