// Vitest global setup: build the real content once; every build and browser test reads it.
import { buildSite } from '../helpers/build.ts';

export default function setup(): void {
  const result = buildSite({ name: 'site' });
  if (!result.ok) throw new Error(`Building the real content failed:\n${result.output}`);
}
