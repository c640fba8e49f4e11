// Progress for a log (stdout not a terminal, such as CI): Vitest's default reporter prints a line
// when a file ends, and nothing while slow files run. This prints which files are still running,
// and for how long, whenever the log has been quiet for a while. On a terminal the default
// reporter shows the running files itself, so this stays silent there.
import type { Reporter, TestModule } from 'vitest/node';
import { relative } from 'node:path';

const quietMs = 20_000;

export default class ProgressReporter implements Reporter {
  private readonly running = new Map<string, number>();
  private lastLine = Date.now();
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart(): void {
    if (process.stdout.isTTY) return;
    this.timer = setInterval(() => this.heartbeat(), 5_000);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.moduleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
    this.lastLine = Date.now(); // the default reporter has just printed the file's line
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  private heartbeat(): void {
    if (Date.now() - this.lastLine < quietMs || this.running.size === 0) return;
    const files = [...this.running].map(
      ([file, since]) => `${relative(process.cwd(), file)} (${Math.round((Date.now() - since) / 1000)} s)`,
    );
    console.log(`  … still running: ${files.join(', ')}`);
    this.lastLine = Date.now();
  }
}
