import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints each phase's (vitest project's) wall time at the end of a run: from its first file starting to
 * its last file ending, with its files and tests. `npm test` runs the phases in order (groupOrder), so
 * `.ci/run` calls `npm test` itself and still sees where the time went.
 */
export default class PhaseTimingsReporter implements Reporter {
  private readonly phases = new Map<
    string,
    { start: number; end: number; files: number; tests: number; failed: number }
  >();

  onTestModuleStart(module: TestModule): void {
    const name = module.project.name || 'default';
    const phase = this.phases.get(name) ?? { start: Date.now(), end: Date.now(), files: 0, tests: 0, failed: 0 };
    this.phases.set(name, phase);
  }

  onTestModuleEnd(module: TestModule): void {
    const phase = this.phases.get(module.project.name || 'default');
    if (!phase) return;
    phase.end = Date.now();
    phase.files += 1;
    for (const test of module.children.allTests()) {
      phase.tests += 1;
      if (test.result().state === 'failed') phase.failed += 1;
    }
  }

  onTestRunEnd(): void {
    if (this.phases.size === 0) return;
    const lines = [...this.phases].map(
      ([name, p]) =>
        `   ${name}: ${((p.end - p.start) / 1000).toFixed(0)} s wall, ${p.files} files, ${p.tests} tests${p.failed ? `, ${p.failed} failed` : ''}`,
    );
    process.stdout.write(`\nPhase wall times:\n${lines.join('\n')}\n`);
  }
}
