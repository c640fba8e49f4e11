// The components writers use in MDX without importing them. Passed to <Content components>.
import Method from './Method.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import Warning from './Warning.astro';
import Phrase from './Phrase.astro';
import ContactCard from './ContactCard.astro';
import DecisionTree from '../tree/DecisionTree.astro';

export const helpComponents = { Method, Steps, Tip, Warning, Phrase, ContactCard, DecisionTree };

/** Names writers may use; the content check reports any other capitalised tag. */
export const helpComponentNames = Object.keys(helpComponents);
