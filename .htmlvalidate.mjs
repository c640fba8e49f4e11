// html-validate settings for the built site (tests/build/html-validate.test.ts checks every page).
// The recommended rules, with four narrow exceptions, each for a reason the rule cannot see:
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // <ul role="list"> is deliberate: WebKit (Safari, VoiceOver) drops list semantics from lists
    // styled with `list-style: none`; the explicit role brings them back. Other redundant roles
    // are still errors.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // Phone links styled as .button never break inside: the stylesheet gives .button
    // `white-space: nowrap`, which the rule cannot see (it only reads inline styles).
    'tel-non-breaking': ['error', { ignoreClasses: ['button'] }],
    // The search dialog's results are the popup listbox of an ARIA combobox (the search field):
    // options are links with a title and an excerpt, which a native <select> cannot be. Other
    // roles with a native equivalent are still errors.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Heading ids are made from the heading's words, in any script: an Arabic heading gets an
    // Arabic id, which HTML allows (no spaces, not empty). The strict mode wants ASCII only.
    'valid-id': ['error', { relaxed: true }],
  },
});
