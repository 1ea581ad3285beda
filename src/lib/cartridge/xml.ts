// XML text for the cartridge writer: escaping, and the few element shapes every file uses. Pure.

// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, U+FFFE/U+FFFF and
// unpaired surrogates): dropped, so no title or prompt can make a file that an XML parser refuses.
// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML content or a double- or single-quoted attribute: & < > " ' escaped, impossible characters dropped. */
export const esc = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Attributes as ` name="value"`, in the order given; undefined values are left out. */
export const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

/** An element with escaped text content. */
export const textEl = (name: string, text: string, attributes: Record<string, string | number | undefined> = {}) =>
  `<${name}${attrs(attributes)}>${esc(text)}</${name}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A title on one line, as CC's normalizedString titles expect (line breaks and runs of spaces collapsed). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
