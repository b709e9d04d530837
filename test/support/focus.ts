import type { Page } from 'playwright-core';

/** The id of the element that has the focus, looking through every shadow root on the way. */
export function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? null;
  });
}

/** The text of the focused element when it is an h1 (looking through every shadow root), else null. */
export function focusedHeading(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.tagName === 'H1' ? active.textContent : null;
  });
}

/** The element that has the focus, looking through every shadow root: its tag, id and text ("BODY" when none has). */
export function focusedElement(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { tag: active?.tagName ?? 'BODY', id: active?.id ?? '', text: active?.textContent?.trim() ?? '' };
  });
}
