/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF):
 * a writer escapes `<` and `&` but passes these on, and a reader then refuses the whole file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlText = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/** A property value as one attribute: strings as they are, anything else as JSON. */
export const attributeText = (value: unknown): string =>
  xmlText(typeof value === 'string' ? value : JSON.stringify(value ?? null));
