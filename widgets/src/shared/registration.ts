import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../i18n/format.js';
import type { UiLanguage } from '../i18n/language.js';
import type { Strings } from '../i18n/strings.js';
import { time } from './heading.js';
import { webUrl } from './web-url.js';

/** "Register: <what>" with its deadline, or nothing without a registration link. */
export function registration(
  where: { registrationUrl: string | null; registrationDeadline: string | null },
  what: string,
  language: UiLanguage,
  strings: Strings,
  timeZone: string,
): TemplateResult | typeof nothing {
  const url = webUrl(where.registrationUrl);
  if (!url) return nothing;
  const deadline = where.registrationDeadline;
  return html`<span class="registration"
    ><a part="register" href=${url}
      >${strings.register}<span class="visually-hidden">: ${what}</span></a
    >${deadline ? html`, ${strings.registerBy} ${time(deadline, formatDateTime(deadline, language, timeZone))}` : nothing}</span
  >`;
}
