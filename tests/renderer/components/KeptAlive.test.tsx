// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptAlive } from '../../../renderer/components/KeptAlive';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A child with state of its own (the count) and a node of its own (the button). */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`klick ${count}`}
    </button>
  );
}

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
const render = (shown: boolean | null) =>
  act(() =>
    root.render(
      shown === null ? null : (
        <main>
          <KeptAlive shown={shown}>
            <Counter />
          </KeptAlive>
          <p>efter</p>
        </main>
      ),
    ),
  );
const button = () => document.querySelector('button');

afterEach(() => render(null));

describe('KeptAlive', () => {
  it.each([
    ['shown first', [true, false, true, false, true]],
    ['hidden first', [false, true, false, false, true, true]],
  ])('keeps its children and their state while out of the document (%s)', async (_name, sequence) => {
    let clicks = 0;
    let node: HTMLButtonElement | null = null;
    for (const shown of sequence) {
      await render(shown);
      expect(button() !== null).toBe(shown);
      if (!shown) continue;
      // The same node, with its state, in the same place (before what follows it).
      node ??= button();
      expect(button()).toBe(node);
      expect(button()!.compareDocumentPosition(document.querySelector('p')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      expect(button()!.textContent).toBe(`klick ${clicks}`);
      await act(() => button()!.click());
      clicks++;
    }
  });

  it('takes its children out of the document when it goes, shown or not', async () => {
    for (const shown of [true, false]) {
      await render(shown);
      await render(null);
      expect(document.body.textContent).toBe('');
    }
  });
});
