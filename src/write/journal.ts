/**
 * The record of a change in progress: each step done, with how to undo it.
 * Undo runs newest first and never stops at a failing step: every other step
 * is still undone, and the failures are returned for the message.
 */

/** For tests: called with each step's label and index, to simulate a failure there. */
export type FaultHook = (step: string, index: number) => void;

export interface UndoFailure {
  /** What the undo could not do, e.g. "restore package.json". */
  what: string;
  reason: string;
}

interface Step {
  label: string;
  undoWhat: string;
  undo: () => void;
}

export class Journal {
  private readonly steps: Step[] = [];
  private count = 0;

  constructor(private readonly hooks: { fault?: FaultHook; undoFault?: FaultHook } = {}) {}

  /**
   * Records a step that is done (`label`), with its undo and what the undo does
   * (`undoWhat`, for the message if it fails). The fault hook may then throw to
   * fail the run right here.
   */
  done(label: string, undoWhat: string, undo: () => void): void {
    this.steps.push({ label, undoWhat, undo });
    this.hooks.fault?.(label, this.count++);
  }

  get length(): number {
    return this.steps.length;
  }

  /** Undoes every recorded step, newest first. Steps are consumed: a second call does nothing. */
  undo(): UndoFailure[] {
    const failures: UndoFailure[] = [];
    let i = 0;
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        this.hooks.undoFault?.(step.label, i++);
        step.undo();
      } catch (err) {
        failures.push({ what: step.undoWhat, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      }
    }
    return failures;
  }
}
