// One observer for the whole page: when the host page switches <html lang>, every widget re-renders.
const widgets = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export function observeLanguage(widget: { requestUpdate(): void }): void {
  widgets.add(widget);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of widgets) each.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unobserveLanguage(widget: { requestUpdate(): void }): void {
  widgets.delete(widget);
}
