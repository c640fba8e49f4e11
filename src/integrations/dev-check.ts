// Placeholder, written next.
import type { Plugin } from 'vite';
export function devContentCheck(): Plugin {
  return { name: 'pandu-dev-check' };
}
