import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type ChunkStatus = 'loading' | 'ready' | 'failed';

/** What the waiting element says while its chunk loads, when it fails, and on the button that tries again. */
export interface ChunkTexts {
  loading: string;
  failed: string;
  retry: string;
}

/**
 * A chunk the element fetches with import() before it can show what it is for (the text editor's
 * Tiptap, a route's views): whether it is loading, ready or failed, and how that looks — a status
 * while it loads, an alert with a retry button when the network lets it down.
 */
export class ChunkLoad {
  #host: ReactiveControllerHost;
  #attempt = 0;
  status: ChunkStatus = 'loading';

  /** The element that waits: it renders again whenever the status changes. */
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The chunk's module, or undefined when it failed or a later load has taken over meanwhile. */
  async load<Module>(importer: () => Promise<Module>): Promise<Module | undefined> {
    const attempt = ++this.#attempt;
    this.#set('loading');
    try {
      const loaded = await importer();
      if (attempt !== this.#attempt) return undefined;
      this.#set('ready');
      return loaded;
    } catch {
      if (attempt === this.#attempt) this.#set('failed');
      return undefined;
    }
  }

  /** The status or the alert; nothing once the chunk is ready. */
  render(texts: ChunkTexts, retry: () => void, className?: string): TemplateResult | typeof nothing {
    if (this.status === 'loading') return html`<p class=${className ?? nothing} role="status">${texts.loading}</p>`;
    if (this.status === 'failed') {
      return html`<div class=${className ?? nothing} role="alert">
        <p class="error">${texts.failed}</p>
        <button type="button" @click=${retry}>${texts.retry}</button>
      </div>`;
    }
    return nothing;
  }

  #set(status: ChunkStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }
}
