// Vitest's runner, with one change: when a suite's set-up fails (a beforeAll that throws, say
// because nginx is missing), Vitest marks the suite's tests "skipped". This project has no skipped
// tests, so they count as failed, each with the set-up's error.
import { TestRunner, type RunnerTask, type RunnerTestSuite, type VitestTestRunner } from 'vitest';

type Pack = [id: string, result: RunnerTask['result'], meta: RunnerTask['meta']];

function testsIn(suite: RunnerTestSuite): RunnerTask[] {
  return suite.tasks.flatMap((task) => (task.type === 'suite' ? testsIn(task) : [task]));
}

export default class NoSkipRunner extends TestRunner {
  override async onAfterRunSuite(suite: RunnerTestSuite): Promise<void> {
    await super.onAfterRunSuite(suite);
    const cause = suite.result?.state === 'fail' ? suite.result.errors?.[0] : undefined;
    if (!cause) return;
    const packs: Pack[] = [];
    for (const test of testsIn(suite)) {
      if (test.result?.state !== 'skip') continue;
      test.mode = 'run';
      // Changed in place: an update of this result still waiting to be sent carries the change too.
      test.result.state = 'fail';
      test.result.errors = [{ ...cause, message: `Not run, its set-up failed: ${cause.message}` }];
      packs.push([test.id, test.result, test.meta]);
    }
    // Vitest sets onTaskUpdate on the instance: it sends results to the main process.
    if (packs.length) await (this as VitestTestRunner).onTaskUpdate?.(packs, []);
  }
}
