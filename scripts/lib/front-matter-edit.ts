// Changes one field of an article's front matter in place: the field's own lines are replaced
// (or a line is added before the closing "---"); every other character of the file stays as the
// writer wrote it. The result is re-read and compared before anyone writes it to disk.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isNode, isScalar } from 'yaml';
import { readFrontMatter } from '../../src/core/front-matter.ts';

export class EditError extends Error {}

/** The file text with `key: <valueText>` set; throws EditError when the front matter is unreadable. */
export function setFrontMatterField(text: string, key: string, valueText: string): string {
  const fm = readFrontMatter(text);
  if (!fm || fm.yaml.syntaxError || !isMap(fm.yaml.doc.contents)) {
    throw new EditError('its front matter cannot be read; run npm run check and fix it first');
  }
  // Offsets in the YAML text are offsets in the file after the first line ("---").
  const yamlStart = text.indexOf('\n') + 1;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${key}: ${valueText}`;
  const pair = fm.yaml.doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  let edited: string;
  const valueRange = isNode(pair?.value) ? pair.value.range : undefined;
  if (pair && isScalar(pair.key) && pair.key.range && valueRange) {
    const from = yamlStart + pair.key.range[0];
    const to = yamlStart + valueRange[1];
    edited = text.slice(0, from) + line + text.slice(to);
  } else {
    edited = `${text.slice(0, fm.closingOffset)}${line}${newline}${text.slice(fm.closingOffset)}`;
  }
  verifyOnlyFieldChanged(text, edited, key);
  return edited;
}

function verifyOnlyFieldChanged(before: string, after: string, key: string): void {
  const a = readFrontMatter(before);
  const b = readFrontMatter(after);
  const fieldsA = { ...(a?.yaml.data as object), [key]: undefined };
  const fieldsB = { ...(b?.yaml.data as object), [key]: undefined };
  if (!b || b.yaml.syntaxError || a?.body !== b.body || !isDeepStrictEqual(fieldsA, fieldsB)) {
    throw new EditError(`changing "${key}" would touch other text; edit the front matter by hand`);
  }
}
