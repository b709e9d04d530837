import { html, type TemplateResult } from 'lit';
import type { EditorImage } from '../api/news-queries.js';
import type { Strings } from '../i18n/en.js';
import { fill } from '../i18n/language.js';
import { describedBy, errorText, type FieldErrors, fieldId, invalid } from './field-errors.js';

export interface ImageFieldHandlers {
  upload(file: File): void;
  change(index: number, image: EditorImage): void;
  remove(index: number): void;
}

/** The item's images: each with its alt text (required before publishing) and caption. */
export function imageFields(
  images: EditorImage[],
  strings: Strings,
  errors: FieldErrors,
  handlers: ImageFieldHandlers,
): TemplateResult {
  return html`<fieldset>
    <legend>${strings.images}</legend>
    ${images.map((image, index) => imageField(image, index, strings, errors, handlers))}
    <div class="field">
      <label for="image-upload">${strings.addImage}</label>
      <input id="image-upload" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        aria-invalid=${invalid(errors, 'upload')} aria-describedby=${describedBy(errors, 'upload')}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) handlers.upload(file);
          input.value = '';
        }} />
      ${errorText(errors, 'upload')}
    </div>
  </fieldset>`;
}

function imageField(
  image: EditorImage,
  index: number,
  strings: Strings,
  errors: FieldErrors,
  handlers: ImageFieldHandlers,
): TemplateResult {
  const alt = `images[${index}].alt`;
  const altId = fieldId(alt);
  const captionId = fieldId(`images[${index}].caption`);
  return html`<div class="image-field">
    <img src=${image.url} alt="" width="160" />
    <div>
      <div class="field">
        <label for=${altId}>${fill(strings.altText, index + 1)}</label>
        <input id=${altId} .value=${image.alt} aria-invalid=${invalid(errors, alt)}
          aria-describedby=${describedBy(errors, alt, `${altId}-hint`)}
          @input=${(event: Event) => handlers.change(index, { ...image, alt: (event.target as HTMLInputElement).value })} />
        <p class="hint" id=${`${altId}-hint`}>${strings.altHelp}</p>
        ${errorText(errors, alt)}
      </div>
      <div class="field">
        <label for=${captionId}>${fill(strings.caption, index + 1)}</label>
        <input id=${captionId} .value=${image.caption ?? ''}
          @input=${(event: Event) => handlers.change(index, { ...image, caption: (event.target as HTMLInputElement).value })} />
      </div>
      <button type="button" class="danger" @click=${() => handlers.remove(index)}>${fill(strings.remove, index + 1)}</button>
    </div>
  </div>`;
}
