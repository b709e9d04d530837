/** A failure a person can act on: the API's code and English message, and the field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The answer of a mutation that failed in an expected way (the schema's `Problem` interface). */
export interface Problem {
  __typename: string;
  code: string;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

/** The hub the newsroom was served by: the bundle lies at /widgets/, the API at /graphql. */
const HUB = new URL(import.meta.url).origin;

/** Called when the hub refuses the token: the session is over and the user must log in again. */
let onUnauthenticated: () => void = () => {};

export function whenUnauthenticated(listener: () => void): void {
  onUnauthenticated = listener;
}

/**
 * One GraphQL request as POST with the bearer token; the newsroom's only way to read and write
 * besides image uploads. GraphQL errors become an ApiError with the first error's code.
 */
export async function graphql<Data>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(`${HUB}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The hub cannot be reached.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Data;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const first = body.errors?.[0];
  const code = first?.extensions?.code ?? (response.ok ? undefined : `HTTP_${response.status}`);
  if (code === 'UNAUTHENTICATED' || response.status === 401) {
    if (token) onUnauthenticated();
    throw new ApiError(first?.message ?? 'Log in again.', 'UNAUTHENTICATED');
  }
  if (first || !body.data) throw new ApiError(first?.message ?? 'The hub could not answer.', code ?? 'UNKNOWN');
  return body.data;
}

/** A mutation's result union: the data on success, an ApiError carrying the problem otherwise. */
export function unwrap<T>(result: { __typename: string; data?: T } & Partial<Problem>): T {
  if (result.data !== undefined) return result.data;
  throw new ApiError(result.message ?? 'Failed.', result.code ?? result.__typename, result.field);
}

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
}

/** POST /uploads: the image for one federation's news; the hub checks type and size. */
export async function uploadImage(file: File, federation: string, token: string): Promise<UploadedImage> {
  const form = new FormData();
  form.append('federation', federation);
  form.append('file', file);
  const response = await fetch(`${HUB}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  }).catch(() => {
    throw new ApiError('The hub cannot be reached.', 'NETWORK');
  });
  const body = (await response.json().catch(() => ({}))) as Partial<UploadedImage> & { error?: string; code?: string };
  if (response.status === 401) onUnauthenticated();
  if (!response.ok || !body.url) {
    // Named "file" like the form field, so a refusal reads as one about the image (problemText).
    throw new ApiError(
      body.error ?? 'The image could not be uploaded.',
      body.code ?? `HTTP_${response.status}`,
      'file',
    );
  }
  return body as UploadedImage;
}

export function hubUrl(): string {
  return HUB;
}
