import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refreshSecondsOf } from './attributes.js';

/**
 * Calls `tick` every `refresh` seconds while the element is on the page. A hidden tab skips its
 * ticks: it has no reader, and catches up at the first tick after it is shown again.
 */
export class RefreshController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { refresh: number | null };
  readonly #tick: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;
  #seconds = 0;

  constructor(host: ReactiveControllerHost & HTMLElement & { refresh: number | null }, tick: () => void) {
    this.#host = host;
    this.#tick = tick;
    host.addController(this);
  }

  /** The interval in seconds (0 for none), as the `refresh` attribute asks. */
  get seconds(): number {
    return this.#seconds;
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostUpdate(): void {
    if (refreshSecondsOf(this.#host.refresh) !== this.#seconds) this.#schedule();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    clearInterval(this.#timer);
    this.#seconds = refreshSecondsOf(this.#host.refresh);
    this.#timer = this.#seconds
      ? setInterval(() => {
          if (document.visibilityState !== 'hidden') this.#tick();
        }, this.#seconds * 1000)
      : undefined;
  }
}
