import { html, type TemplateResult } from 'lit';
import type { CourseDraft } from '../api/course-drafts.js';
import { COURSE_FORMATS, type CourseFormat } from '../api/course-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { languageField, textFields, topicFields } from './content-fields.js';
import type { FieldErrors } from './field-errors.js';
import { selectField, textArea } from './form-controls.js';

/** What the course is: name, texts, how and in which language it is given, for whom, what one learns, topics. */
export function courseForm(
  ctx: NewsroomContext,
  draft: CourseDraft,
  topics: Array<{ slug: string; name: string }>,
  errors: FieldErrors,
  edit: (change: Partial<CourseDraft>) => void,
): TemplateResult {
  const { strings } = ctx;
  const description = {
    field: 'description',
    label: strings.description,
    value: draft.description,
    onInput: (value: string) => edit({ description: value }),
  };
  const formats = COURSE_FORMATS.map((format) => ({ value: format, label: strings[`format${format}`] }));
  return html`${textFields(strings, errors, draft, description, edit)}
    <div class="grid">
      ${selectField(errors, 'format', strings.courseFormat, draft.format, formats, (format) => edit({ format: format as CourseFormat }))}
      ${languageField(errors, strings.courseLanguage, draft.language, edit)}
    </div>
    ${textArea(errors, 'targetAudiences', strings.targetAudiences, draft.targetAudiences, (targetAudiences) => edit({ targetAudiences }), strings.onePerLine)}
    ${textArea(errors, 'learningGoals', strings.learningGoals, draft.learningGoals, (learningGoals) => edit({ learningGoals }), strings.onePerLine)}
    ${topicFields(strings, errors, topics, draft.topics, edit)}`;
}
