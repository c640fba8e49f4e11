// The components writers use in MDX without importing them. Passed to <Content components>.
import Method from './Method.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import Warning from './Warning.astro';
import Phrase from './Phrase.astro';
import ContactCard from './ContactCard.astro';
import DecisionTree from '../tree/DecisionTree.astro';

import type { HelpComponentName } from './props.ts';

/** Exactly the components of props.ts, whose schemas the check reads (the compiler keeps the two in step). */
export const helpComponents = { Method, Steps, Tip, Warning, Phrase, ContactCard, DecisionTree } satisfies Record<
  HelpComponentName,
  unknown
>;
