/** The charset a feed declares: the Content-Type's first, then the XML declaration's. */
function declaredCharset(bytes: Buffer, contentType: string | null): string {
  const fromHeader = /charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const prolog = bytes.subarray(0, 200).toString('latin1');
  return /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(prolog)?.[1] ?? 'utf-8';
}

/** A feed's bytes as text; Swedish and Norwegian sites still serve ISO-8859-1 now and then. */
export function decodeFeedBody(bytes: Buffer, contentType: string | null): string {
  const charset = declaredCharset(bytes, contentType);
  // An unknown charset name would make TextDecoder throw; UTF-8 is the best guess then.
  const known = (() => {
    try {
      return new TextDecoder(charset);
    } catch {
      return undefined;
    }
  })();
  return (known ?? new TextDecoder('utf-8')).decode(bytes);
}
