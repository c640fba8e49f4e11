// Zod's messages are written for programmers ("expected number, received string"). These
// retell each issue for a writer: which field, what it must be, how to fix it. The rules
// themselves stay in src/lib/schemas.ts.
import type { z } from 'astro/zod';

export interface FieldIssue {
  /** Path of the field inside the checked value. */
  path: (string | number)[];
  /** Point at the field's name rather than its value (unknown fields). */
  atKey: boolean;
  message: string;
  /** The field is absent. */
  missing: boolean;
}

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, such as [one, two]',
  object: 'a group of fields (name: value lines, indented)',
  date: 'a date written YYYY-MM-DD, such as 2026-11-25',
  record: 'one text per locale, on indented lines such as "en: …"',
};

export function explainIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  allowedKeys: (path: PropertyKey[]) => string[] = () => [],
): FieldIssue[] {
  return issues.flatMap((issue) => explainIssue(issue, data, allowedKeys));
}

function explainIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  allowedKeys: (path: PropertyKey[]) => string[],
): FieldIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const name = fieldName(path);
  const value = valueAt(data, path);
  const issueAt = (message: string, extra: Partial<FieldIssue> = {}): FieldIssue[] => [
    { path, atKey: false, missing: false, message, ...extra },
  ];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(issue.path);
        const close = closest(key, allowed);
        const hint = close
          ? `did you mean "${close}"?`
          : allowed.length
            ? `the fields here are: ${allowed.join(', ')}.`
            : 'remove it.';
        return { path: [...path, key], atKey: true, missing: false, message: `Unknown field "${key}": ${hint}` };
      });
    case 'invalid_type':
      if (value === undefined)
        return issueAt(`Missing field "${name}": add it (${kinds[issue.expected] ?? issue.expected}).`, {
          missing: true,
        });
      return issueAt(`"${name}" must be ${kinds[issue.expected] ?? issue.expected}, not ${show(value)}.`);
    case 'too_small':
      if (issue.origin === 'string')
        return issueAt(
          `"${name}" is empty: write ${issue.minimum === 1 ? 'some text' : `at least ${issue.minimum} characters`}.`,
        );
      if (issue.origin === 'array')
        return issueAt(`"${name}" needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`);
      return issueAt(`"${name}" must be at least ${issue.minimum}.`);
    case 'too_big':
      if (issue.origin === 'string')
        return issueAt(
          `"${name}" is too long: at most ${issue.maximum} characters (it has ${String(value).length}). Shorten it.`,
        );
      return issueAt(`"${name}" must be at most ${issue.maximum}.`);
    case 'invalid_format': {
      const wanted =
        issue.format === 'url'
          ? 'a full URL, such as https://example.com/help'
          : issue.format === 'email'
            ? 'an e-mail address, such as help@example.com'
            : issue.message.startsWith('Invalid')
              ? `text matching ${'pattern' in issue ? issue.pattern : issue.format}`
              : issue.message;
      return issueAt(`"${name}" must be ${wanted}, not ${show(value)}.`);
    }
    case 'invalid_value':
      return issueAt(`"${name}" must be one of: ${issue.values.map(String).join(', ')} (not ${show(value)}).`);
    case 'custom':
      return issueAt(sentence(issue.message));
    default:
      return issueAt(`"${name}": ${sentence(issue.message)}`);
  }
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'this file';
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

function show(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'a date that does not exist' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** A schema's message as a sentence; a field name at its start ("defaultLocale …") keeps its case. */
const sentence = (text: string) => {
  const capital = /^[a-z]+[A-Z]/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?:]$/.test(capital) ? capital : `${capital}.`;
};

/** The allowed name closest to a misspelt one, if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

interface SchemaLike {
  shape?: Record<string, SchemaLike>;
  element?: SchemaLike;
  _zod?: { def?: { innerType?: SchemaLike; element?: SchemaLike } };
}

/** Field names a strict object of `schema` allows at `path` (for "did you mean …?"). */
export function allowedKeysOf(schema: unknown): (path: PropertyKey[]) => string[] {
  const unwrap = (s: SchemaLike | undefined) => {
    while (s?._zod?.def?.innerType) s = s._zod.def.innerType;
    return s;
  };
  return (path) => {
    let here = unwrap(schema as SchemaLike);
    for (const key of path) {
      here = unwrap(typeof key === 'number' ? (here?.element ?? here?._zod?.def?.element) : here?.shape?.[String(key)]);
    }
    return here?.shape ? Object.keys(here.shape) : [];
  };
}
