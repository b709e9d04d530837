import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LOGOUT, VIEWER, type Viewer } from '../api/account-queries.js';
import { graphql, whenUnauthenticated } from '../api/client.js';
import { clearSession, loadSession, msUntilExpiry, type Session, saveSession } from '../api/session.js';
import { ChunkLoad } from '../chunk-load.js';
import { chooseLanguage, fill, initialLanguage, type NewsroomLanguage, stringsOf } from '../i18n/language.js';
import { loadLanguage } from '../i18n/load-language.js';
import { newsroomStyles } from '../styles.js';
import { areaOf } from './areas.js';
import { canPublish, type NewsroomContext } from './context.js';
import { appStyles } from './newsroom-app.styles.js';
import { currentRoute, type Route, routeKey } from './routes.js';
import { renderView } from './view-outlet.js';

/**
 * @summary The newsroom: login, then the views of the federations the user works for.
 * The session (token and expiry) survives reloads of the tab (sessionStorage) and ends at its expiry.
 */
export class NewsroomApp extends LitElement {
  static override styles = [newsroomStyles, appStyles];
  static override properties = {
    language: { state: true },
    session: { state: true },
    viewer: { state: true },
    route: { state: true },
    notice: { state: true },
    liveMessage: { state: true },
    startFailed: { state: true },
  };

  declare private language: NewsroomLanguage;
  declare private session: Session | null;
  declare private viewer: Viewer | null;
  declare private route: Route;
  declare private notice: string;
  declare private liveMessage: string;
  /** The viewer could not be asked for (network, server error): the user may try again. */
  declare private startFailed: boolean;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The route's area, fetched once signed in: the views it shows wait for it. */
  #area = new ChunkLoad(this);
  #definedViews = new Set<Route['view']>();

  constructor() {
    super();
    this.language = initialLanguage();
    chooseLanguage(this.language);
    this.route = currentRoute(location);
    this.viewer = null;
    this.liveMessage = '';
    this.startFailed = false;
    const stored = loadSession();
    this.session = stored === 'expired' ? null : stored;
    this.notice = stored === 'expired' ? stringsOf(this.language).sessionExpired : '';
    if (stored === 'expired') this.#backToStart();
    whenUnauthenticated(() => this.#end(stringsOf(this.language).sessionExpired));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // The shell has no style sheet of its own (its CSP allows none inline); the app fills the window.
    document.body.style.margin = '0';
    if (this.session) void this.#start(this.session);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#expiryTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // While the viewer is asked for, the area's chunk comes too; the login page fetches none.
    if (changed.has('route') || changed.has('session')) void this.#loadArea();
  }

  async #loadArea(): Promise<void> {
    const { view } = this.route;
    const area = areaOf(view);
    if (!area || !this.session || this.#definedViews.has(view)) return;
    await this.#area.load(async () => {
      await area();
      this.#definedViews.add(view);
    });
  }

  #onHashChange = (): void => {
    this.route = currentRoute(location);
  };

  async #start(session: Session): Promise<void> {
    this.session = session;
    saveSession(session);
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = setTimeout(() => this.#end(stringsOf(this.language).sessionExpired), msUntilExpiry(session));
    this.startFailed = false;
    try {
      this.viewer = (await graphql<{ viewer: Viewer | null }>(VIEWER, {}, session.token)).viewer;
      if (!this.viewer) this.#end(stringsOf(this.language).sessionExpired);
    } catch {
      // An unauthenticated answer has ended the session already; anything else may pass, so it is offered again.
      this.startFailed = this.session === session;
    }
  }

  #end(notice: string): void {
    clearSession();
    clearTimeout(this.#expiryTimer);
    this.session = null;
    this.viewer = null;
    this.startFailed = false;
    this.notice = notice;
    this.#backToStart();
  }

  /**
   * The next person to sign in starts at the start page, not on the page (an item's editor, say) the
   * previous one left open. An invitation link is someone's own and stays.
   */
  #backToStart(): void {
    if (this.route.view === 'invitation') return;
    if (location.hash && location.hash !== '#/') location.hash = '#/';
    this.route = currentRoute(location);
  }

  async #logout(): Promise<void> {
    const token = this.session?.token;
    this.#end(stringsOf(this.language).loggedOut);
    if (token) await graphql(LOGOUT, {}, token).catch(() => undefined);
  }

  async #setLanguage(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const language = select.value as NewsroomLanguage;
    try {
      await loadLanguage(language);
    } catch {
      // Offline: the other language's texts could not come, so the page stays in this one and says so.
      select.value = this.language;
      this.liveMessage = stringsOf(this.language).viewLoadFailed;
      return;
    }
    this.language = language;
    chooseLanguage(language);
  }

  #context(session: Session, viewer: Viewer): NewsroomContext {
    return {
      language: this.language,
      strings: stringsOf(this.language),
      session,
      viewer,
      api: (query, variables) => graphql(query, variables, session.token),
      navigate: (route) => {
        location.hash = route;
      },
      announce: (message) => {
        // Cleared first, so the same message said twice is announced twice.
        this.liveMessage = '';
        requestAnimationFrame(() => {
          this.liveMessage = message;
        });
      },
    };
  }

  #renderHeader(): TemplateResult {
    const strings = stringsOf(this.language);
    const signedIn = Boolean(this.session && this.viewer);
    return html`<header class="top">
      <a class="skip" href="#main" @click=${this.#skipToMain}>${strings.skipToContent}</a>
      <span class="brand">${strings.appName}</span>
      ${
        signedIn
          ? html`<nav aria-label=${strings.mainNavigation}>
            <a href="#/" aria-current=${this.route.view === 'start' ? 'page' : nothing}>${strings.navStart}</a>
            <a href="#/news" aria-current=${['news', 'editor'].includes(this.route.view) ? 'page' : nothing}>${strings.navNews}</a>
            <a href="#/events" aria-current=${['events', 'event'].includes(this.route.view) ? 'page' : nothing}>${strings.navEvents}</a>
            <a href="#/courses" aria-current=${['courses', 'course'].includes(this.route.view) ? 'page' : nothing}>${strings.navCourses}</a>
            ${
              this.#publishes()
                ? html`<a href="#/contacts" aria-current=${this.route.view === 'contacts' ? 'page' : nothing}>${strings.navContacts}</a>`
                : nothing
            }
            ${
              this.#publishes()
                ? html`<a href="#/sources" aria-current=${this.route.view === 'sources' ? 'page' : nothing}>${strings.navSources}</a>`
                : nothing
            }
            ${
              this.#administers()
                ? html`<a href="#/people" aria-current=${this.route.view === 'people' ? 'page' : nothing}>${strings.navPeople}</a>
                  <a href="#/members" aria-current=${this.route.view === 'members' ? 'page' : nothing}>${strings.navMembers}</a>
                  <a href="#/profile" aria-current=${this.route.view === 'profile' ? 'page' : nothing}>${strings.navProfile}</a>`
                : nothing
            }
            ${
              this.viewer?.isPlatformAdmin
                ? html`<a href="#/topics" aria-current=${this.route.view === 'topics' ? 'page' : nothing}>${strings.navTopics}</a>`
                : nothing
            }
            <a href="#/account" aria-current=${this.route.view === 'account' ? 'page' : nothing}>${strings.navAccount}</a>
          </nav>`
          : nothing
      }
      <span class="tools">
        <label for="language" class="visually-hidden">${strings.language}</label>
        <select id="language" @change=${this.#setLanguage}>
          <option value="sv" lang="sv" ?selected=${this.language === 'sv'}>Svenska</option>
          <option value="en" lang="en" ?selected=${this.language === 'en'}>English</option>
        </select>
        ${
          signedIn
            ? html`<span class="who">${fill(strings.loggedInAs, this.viewer?.displayName ?? '')}</span>
              <button type="button" @click=${this.#logout}>${strings.logout}</button>`
            : nothing
        }
      </span>
    </header>`;
  }

  /** Only admins manage people and memberships; the pages are not offered to others. */
  #administers(): boolean {
    const viewer = this.viewer;
    return Boolean(viewer && (viewer.isPlatformAdmin || viewer.roles.some((grant) => grant.role === 'ADMIN')));
  }

  /**
   * Contacts and feed sources are for publishers, admins and platform admins (of any federation); editors
   * are not offered the pages (the hub refuses them too).
   */
  #publishes(): boolean {
    const viewer = this.viewer;
    return Boolean(
      viewer && (viewer.isPlatformAdmin || viewer.roles.some((grant) => canPublish(viewer, grant.federation.slug))),
    );
  }

  #skipToMain(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  #renderMain(): unknown {
    const strings = stringsOf(this.language);
    if (this.route.view === 'invitation') {
      return keyed(
        this.language,
        html`<newsroom-invitation-view .strings=${strings} .token=${this.route.token}></newsroom-invitation-view>`,
      );
    }
    if (!this.session) {
      return html`<newsroom-login-view .strings=${strings} .notice=${this.notice}
        @newsroom-login=${(event: CustomEvent<Session>) => {
          this.notice = '';
          void this.#start(event.detail);
        }}></newsroom-login-view>`;
    }
    if (!this.viewer && this.startFailed) {
      const session = this.session;
      return html`<div role="alert"><p class="error">${strings.startFailed}</p>
        <button type="button" @click=${() => void this.#start(session)}>${strings.startRetry}</button></div>`;
    }
    if (!this.viewer) return html`<p role="status">${strings.loading}</p>`;
    if (areaOf(this.route.view) && !this.#definedViews.has(this.route.view)) {
      const texts = { loading: strings.loading, failed: strings.viewLoadFailed, retry: strings.viewRetry };
      return this.#area.render(texts, () => void this.#loadArea());
    }
    return keyed(routeKey(this.route), renderView(this.route, this.#context(this.session, this.viewer)));
  }

  override render(): TemplateResult {
    return html`${this.#renderHeader()}
      <main id="main" tabindex="-1">${this.#renderMain()}</main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.liveMessage}</div>`;
  }
}
