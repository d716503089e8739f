import type { ComplexAttributeConverter } from 'lit';

/**
 * Converter for a number attribute (`max-items`, `limit`, `heading-level`…) that keeps text which is
 * not a number as written, so that the widget's warning names what the author wrote ("abc") rather
 * than NaN. An empty attribute, as CMS templates write for an empty field, means the default.
 */
export const numberAttribute: ComplexAttributeConverter<number | string | undefined> = {
  fromAttribute: (value) => (value?.trim() ? (Number.isFinite(Number(value)) ? Number(value) : value) : undefined),
};
