import { expect } from 'chai';
import { ActionHistory, HISTORY_LIMIT } from '../../client/src/history';

/** A counter whose every change is an action: the history must walk it back and forth exactly. */
function counterWithHistory() {
  const state = { value: 0 };
  const history = new ActionHistory();
  const add = (n: number) => {
    state.value += n;
    history.record({ name: `add ${n}`, undo: () => (state.value -= n), redo: () => (state.value += n) });
  };
  return { state, history, add };
}

describe('canvas history (undo and redo)', () => {
  it('undoes in reverse order and redoes forward', () => {
    const { state, history, add } = counterWithHistory();
    add(1);
    add(10);
    add(100);
    expect(history.undo()?.name).to.equal('add 100');
    expect(history.undo()?.name).to.equal('add 10');
    expect(state.value).to.equal(1);
    expect(history.redo()?.name).to.equal('add 10');
    expect(state.value).to.equal(11);
    expect(history.nextUndo).to.equal('add 10');
    expect(history.nextRedo).to.equal('add 100');
  });

  it('a new action after an undo drops what could have been redone', () => {
    const { state, history, add } = counterWithHistory();
    add(1);
    add(2);
    history.undo();
    add(5);
    expect(history.nextRedo).to.equal(null);
    expect(history.redo()).to.equal(null);
    expect(state.value).to.equal(6);
  });

  it('says when there is nothing to undo or redo, and changes nothing then', () => {
    const { state, history } = counterWithHistory();
    expect(history.undo()).to.equal(null);
    expect(history.redo()).to.equal(null);
    expect(state.value).to.equal(0);
  });

  it(`keeps the latest ${HISTORY_LIMIT} steps`, () => {
    const { state, history, add } = counterWithHistory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) add(1);
    while (history.undo());
    expect(state.value).to.equal(5);
  });

  it('tells its listener after every change', () => {
    const { history, add } = counterWithHistory();
    let calls = 0;
    history.onChange = () => calls++;
    add(1);
    history.undo();
    history.redo();
    history.clear();
    expect(calls).to.equal(4);
  });
});
