// An article's front matter: the YAML between the first two "---" lines, parsed with positions.
import { parseYaml, type YamlSource } from './yaml.ts';

export interface FrontMatter {
  yaml: YamlSource;
  /** Line of the closing "---" (the body starts after it). */
  endLine: number;
  /** The text after the front matter. */
  body: string;
  /** Offset in the file of the closing "---" line. */
  closingOffset: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Undefined when the file does not start with a front-matter block. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const match = fence.exec(text);
  if (!match || match.index !== 0) return undefined;
  const yamlText = match[1] ?? '';
  return {
    yaml: parseYaml(yamlText, 2),
    endLine: 2 + (yamlText === '' ? 0 : yamlText.split('\n').length),
    body: text.slice(match[0].length),
    closingOffset: match[0].lastIndexOf('---'),
  };
}
