// Fake Logger: messages recorded per execution in a workspace-wide list the CLI and tests can read.
import type { Execution } from '../runtime/execution';
import { formatString, show } from './formatString';

/** One logged message. */
export interface LogEntry {
  readonly executionId: number;
  readonly at: Date;
  readonly message: string;
}

/** Every message logged in a workspace, oldest first. */
export class LogBook {
  readonly entries: LogEntry[] = [];

  /** Messages logged by one execution. */
  forExecution(executionId: number): LogEntry[] {
    return this.entries.filter((e) => e.executionId === executionId);
  }
}

/** Logger for one execution: `getLog()` and `clear()` see this execution's messages only. */
export class Logger {
  constructor(
    private readonly book: LogBook,
    private readonly execution: Execution,
  ) {}

  /** `log(data)` or `log(format, ...values)` with formatString's `%s`-style placeholders. */
  log(data: unknown, ...values: unknown[]): Logger {
    const message = values.length > 0 ? formatString(String(data), values) : show(data);
    this.book.entries.push({
      executionId: this.execution.id,
      at: this.execution.workspace.clock.date(),
      message,
    });
    return this;
  }

  getLog(): string {
    return this.book
      .forExecution(this.execution.id)
      .map((e) => e.message)
      .join('\n');
  }

  clear(): void {
    const mine = new Set(this.book.forExecution(this.execution.id));
    const kept = this.book.entries.filter((e) => !mine.has(e));
    this.book.entries.splice(0, this.book.entries.length, ...kept);
  }
}
