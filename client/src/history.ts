/**
 * Undo and redo for the canvas: every action that changes it (add, expand, page, delete, clear, move, re-layout)
 * records how to undo and redo itself. A new action after an undo drops what could have been redone, as in any
 * editor. No DOM: unit-tested in Node.
 */
export interface Action {
  /** Said in the status line and the buttons' titles: "Undo expand Xi Jinping". */
  name: string;
  undo(): void;
  redo(): void;
}

/** Beyond this many steps the oldest are forgotten: each holds removed elements alive. */
export const HISTORY_LIMIT = 200;

export class ActionHistory {
  private readonly done: Action[] = [];
  private readonly undone: Action[] = [];
  onChange: () => void = () => {};

  record(action: Action): void {
    this.done.push(action);
    if (this.done.length > HISTORY_LIMIT) this.done.shift();
    this.undone.length = 0;
    this.onChange();
  }

  /** Undoes the latest action; returns it, or null when there is nothing to undo. */
  undo(): Action | null {
    const action = this.done.pop();
    if (!action) return null;
    action.undo();
    this.undone.push(action);
    this.onChange();
    return action;
  }

  redo(): Action | null {
    const action = this.undone.pop();
    if (!action) return null;
    action.redo();
    this.done.push(action);
    this.onChange();
    return action;
  }

  get nextUndo(): string | null {
    return this.done[this.done.length - 1]?.name ?? null;
  }

  get nextRedo(): string | null {
    return this.undone[this.undone.length - 1]?.name ?? null;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.onChange();
  }
}
