/**
 * Copies the snippet and says so in a live region. The Clipboard API needs a secure context;
 * elsewhere the older selection command still works in every browser.
 */
export async function copySnippet(
  snippet: HTMLTextAreaElement,
  status: HTMLElement,
  texts: { copied: string; failed: string },
): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied = true;
  } catch {
    snippet.select();
    copied = document.execCommand('copy');
  }
  status.textContent = copied ? texts.copied : texts.failed;
  if (!copied) snippet.focus();
}
