// content/channels.yaml: each channel passes channelSchema; the mistakes that matter most to a
// reader (an http: link, a number a phone cannot dial, a dangerous URL, old facts) get their own
// rule so a writer can find them, and the others are "channel-schema".
import { channelSchema } from '../../lib/schemas.ts';
import { asRecord } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { positionOf } from '../yaml.ts';
import { duplicateIds } from './data-files.ts';
import { schemaProblems, type RuleCheck } from './shared.ts';
import { asE164, isE164, unsafeScheme } from './urls.ts';

const day = 24 * 60 * 60 * 1000;

export const channels: RuleCheck = (corpus, { today, verifiedWithinDays }) => {
  const source = corpus.channelsFile;
  if (!source)
    return [
      problem(
        'channel-schema',
        'channels.yaml',
        undefined,
        'content/channels.yaml is missing. Contact cards and the home page read the channels from it.',
      ),
    ];
  if (source.yaml.syntaxError) return [];
  const items = source.yaml.data;
  if (!Array.isArray(items))
    return [
      problem(
        'channel-schema',
        source.file,
        undefined,
        'channels.yaml must be a list: each channel starts with "- id: …".',
      ),
    ];

  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const fields = asRecord(item) ?? {};
    const at = (field: string) => positionOf(source.yaml, [index, field]);
    const url = typeof fields.url === 'string' ? fields.url : undefined;
    const phone =
      typeof fields.phone === 'string' || typeof fields.phone === 'number' ? String(fields.phone) : undefined;

    // The specific mistakes first, in words that say what to do.
    const scheme = url ? unsafeScheme(url) : undefined;
    if (scheme)
      problems.push(
        problem(
          'unsafe-url',
          source.file,
          at('url'),
          `The channel URL starts with "${scheme}", which browsers run or load as code. Use the https:// address of the contact page.`,
        ),
      );
    else if (url && /^http:/i.test(url.trim()))
      problems.push(
        problem(
          'channel-https',
          source.file,
          at('url'),
          `Contact URLs must use https: write "${url.trim().replace(/^http:/i, 'https:')}" (check that the page opens with https).`,
        ),
      );
    const phoneBroken = phone !== undefined && (typeof fields.phone !== 'string' || !isE164(phone));
    if (phoneBroken) {
      problems.push(
        problem(
          'phone-e164',
          source.file,
          at('phone'),
          typeof fields.phone === 'number'
            ? `Write the phone number in quotes, phone: "${asE164(phone)}": without quotes YAML reads it as a plain number.`
            : `"${phone}" is not an E.164 number: write "+", the country code and the digits, with no spaces or dashes, such as "${asE164(phone)}".`,
        ),
      );
    }

    const result = channelSchema.safeParse(item);
    if (!result.success) {
      // Issues already told above in their own words are not repeated as "channel-schema".
      const urlTold = !!scheme || !!url?.trim().toLowerCase().startsWith('http:');
      const rest = result.error.issues.filter(
        (i) => !(i.path[0] === 'url' && urlTold) && !(i.path[0] === 'phone' && phoneBroken),
      );
      problems.push(...schemaProblems('channel-schema', source, [index], item, rest, channelSchema));
      return;
    }
    const channel = result.data;
    const age = Math.floor((today.getTime() - channel.lastVerified.getTime()) / day);
    if (age > verifiedWithinDays) {
      problems.push(
        problem(
          'channel-verified',
          source.file,
          at('lastVerified'),
          `The facts of channel "${channel.id}" were last verified ${age} days ago (more than ${verifiedWithinDays}). Check the URL, number and hours against the source, then set lastVerified to today's date.`,
        ),
      );
    }
  });
  return [...problems, ...duplicateIds(source, items, 'channel')];
};
