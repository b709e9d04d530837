import { html, type TemplateResult } from 'lit';
import type { CourseDraft } from '../api/course-drafts.js';
import { COURSE_FORMATS, type CourseFormat } from '../api/course-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { errorText, type FieldErrors } from './field-errors.js';
import { selectField, textArea, textField } from './form-controls.js';
import { LANGUAGE_NAMES, LANGUAGES } from './news-form.js';

/** What the course is: name, texts, how and in which language it is given, for whom, what one learns, topics. */
export function courseForm(
  ctx: NewsroomContext,
  draft: CourseDraft,
  topics: Array<{ slug: string; name: string }>,
  errors: FieldErrors,
  edit: (change: Partial<CourseDraft>) => void,
): TemplateResult {
  const { strings } = ctx;
  return html`${textField(errors, 'title', strings.title, draft.title, (title) => edit({ title }), { wide: true })}
    ${textArea(errors, 'summary', strings.summary, draft.summary, (summary) => edit({ summary }))}
    <newsroom-rich-text .strings=${strings} .label=${strings.description} .value=${draft.description}
      @newsroom-body-input=${(event: CustomEvent<string>) => edit({ description: event.detail })}></newsroom-rich-text>
    ${errorText(errors, 'description')}
    <div class="grid">
      ${selectField(
        errors,
        'format',
        strings.courseFormat,
        draft.format,
        COURSE_FORMATS.map((format) => ({ value: format, label: strings[`format${format}`] })),
        (format) => edit({ format: format as CourseFormat }),
      )}
      ${selectField(
        errors,
        'language',
        strings.courseLanguage,
        draft.language,
        LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] ?? code, lang: code })),
        (language) => edit({ language }),
      )}
    </div>
    ${textArea(errors, 'targetAudiences', strings.targetAudiences, draft.targetAudiences, (targetAudiences) => edit({ targetAudiences }), strings.onePerLine)}
    ${textArea(errors, 'learningGoals', strings.learningGoals, draft.learningGoals, (learningGoals) => edit({ learningGoals }), strings.onePerLine)}
    <fieldset>
      <legend>${strings.topics}</legend>
      ${topics.map(
        (topic) => html`<label class="check"><input type="checkbox" .checked=${draft.topics.includes(topic.slug)}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            edit({ topics: on ? [...draft.topics, topic.slug] : draft.topics.filter((slug) => slug !== topic.slug) });
          }} /> ${topic.name}</label>`,
      )}
      ${errorText(errors, 'topics')}
    </fieldset>`;
}
