import { NetworkError, ProblemError, type ProblemDocument } from './problem';

/** The services the gateway proxies under /api/<service>/. */
export type Service =
  'referrals' | 'prior-auth' | 'pharmacy' | 'nursing' | 'workers' | 'payer-sandbox';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as is when it is FormData (uploads). */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls a service through the gateway. The session travels in the gateway's httpOnly cookie; the
 * page never sees a token. Resolves with the JSON body (undefined for 204); rejects with a
 * ProblemError for every non-2xx answer, or a NetworkError when no answer came.
 */
export function api<T>(service: Service, path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(`/api/${service}${path}`, options);
}

/** The gateway's own endpoints (/auth/…). */
export function gateway<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, options);
}

async function request<T>(url: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(url, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ProblemError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

function withQuery(url: string, query: RequestOptions['query']): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${url}?${text}` : url;
}

async function problemOf(response: Response): Promise<ProblemDocument> {
  try {
    const body = (await response.json()) as Partial<ProblemDocument>;
    if (typeof body.status === 'number' && typeof body.title === 'string')
      return body as ProblemDocument;
  } catch {
    // Not JSON: a proxy's or server's plain error page; described by its status alone.
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}
