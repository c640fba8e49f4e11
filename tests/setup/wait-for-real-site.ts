// Runs before each test file of the `site` project: the real content is built (tests/.tmp/site)
// before the file is imported, so a file may read `siteDir` even at its top level.
import { inject } from 'vitest';
import { waitForRealSite } from '../helpers/real-site.ts';

await waitForRealSite(inject('realSiteRun'));
