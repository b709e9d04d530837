import type { FederationChoice } from '../api/federation-queries.js';
import { type FederationNeed, federationsFor, startingFederation } from '../app/federations.js';
import { LatestRequest } from './latest-request.js';
import { NewsroomView } from './view.js';

/**
 * What the views of one federation at a time share: the federations the user may work in for the
 * view's need, the one chosen (given, else where the user starts), and loading it again on every
 * choice, each load superseding the ones before it.
 */
export abstract class FederationView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    federations: { state: true },
    notice: { state: true },
  };

  declare federation: string;
  /** The federations the user may work in for the view's need; undefined until known. */
  declare protected federations: FederationChoice[] | undefined;
  declare protected notice: string;
  /** Orders the loads: an answer for a federation no longer chosen is dropped. */
  protected readonly loads = new LatestRequest();
  readonly #need: FederationNeed;

  constructor(need: FederationNeed) {
    super();
    this.#need = need;
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#start();
  }

  async #start(): Promise<void> {
    try {
      this.federations = await federationsFor(this.ctx, this.#need);
    } catch (error) {
      this.notice = this.describe(error);
      return;
    }
    if (!this.federation) this.federation = startingFederation(this.ctx, this.federations);
    await this.reload();
  }

  /** Loads the chosen federation's data again; any earlier load still on its way is stale from now. */
  protected reload(): Promise<void> {
    return this.loadFederation(this.loads.begin());
  }

  /** Shows another federation: what the view shows is forgotten (see forgetFederation) and loaded anew. */
  protected chooseFederation(slug: string): void {
    this.federation = slug;
    this.forgetFederation();
    void this.reload();
  }

  /** What a view drops when another federation is chosen, before its load answers. */
  protected forgetFederation(): void {}

  /** Loads `this.federation`'s data; `latest` is true while no newer load has begun. */
  protected abstract loadFederation(latest: () => boolean): Promise<void>;
}
