import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, emptySystem, type Api, type DataKind, type MethodInput, type MethodName } from '../../shared/contract';
import { isApiError } from '../../renderer/app/api';
import { useCall } from '../../renderer/ui/useCall';
import { createHarness, openTestRegister, type Harness } from './harness';

// useCall against a real core behind window.api: it loads, reloads by itself when the core says
// the data changed (and only for the kinds asked for), and never lets an older answer win.

let h: Harness;
/** Every call the component made through window.api (the test's own h.call is not counted). */
let calls: { method: MethodName; input: unknown; answer: Promise<unknown> }[];
/** Set by a test to hold back some answers: the call waits for the returned promise. */
let holdBack: ((method: MethodName, input: unknown) => Promise<void> | undefined) | undefined;

beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
  calls = [];
  holdBack = undefined;
  const direct = h.api;
  window.api = {
    ...direct,
    call: ((method: MethodName, input: never) => {
      const answer = (async () => {
        await holdBack?.(method, input);
        return direct.call(method, input);
      })();
      calls.push({ method, input, answer });
      return answer;
    }) as Api['call'],
  };
});
afterEach(() => h.dispose());

const system = (name: string): MethodInput<'systems.create'> => ({ ...emptySystem, name });

function Systems({ query, reloadOn, label = 'System' }: { query: string | null; reloadOn?: DataKind[]; label?: string }) {
  const { data, error, loading } = useCall('systems.list', query === null ? null : { query }, { reloadOn });
  if (error) return <p role="alert">{isApiError(error) ? error.code : 'fel'}</p>;
  if (loading) return <p>Laddar</p>;
  if (!data) return <p>Väntar</p>;
  return (
    <ul aria-label={label}>
      {data.map((s) => (
        <li key={s.id}>{s.name}</li>
      ))}
    </ul>
  );
}

function OneSystem({ id }: { id: number }) {
  const { data, error } = useCall('systems.get', { id });
  if (error) return <p role="alert">{isApiError(error) ? error.code : 'fel'}</p>;
  return <p>{data?.name}</p>;
}

const listCalls = () => calls.filter((c) => c.method === 'systems.list').length;

describe('useCall', () => {
  it('shows what the core answers, and a change from another window by itself', async () => {
    await h.call('systems.create', system('Alfa-server'));
    await h.call('systems.create', system('Beta-server'));
    render(<Systems query="" />);
    expect(await screen.findByText('Alfa-server')).toBeInTheDocument();
    expect(screen.getByText('Beta-server')).toBeInTheDocument();

    await h.call('systems.create', system('Gamma-server'));
    expect(await screen.findByText('Gamma-server')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('with reloadOn, reloads for those kinds only', async () => {
    // Beside it a list that reloads on any change: once that one shows the change, the other
    // has already asked again if it was going to (both hear the same event in the same render).
    render(
      <>
        <Systems query="" reloadOn={['customers']} label="Kunder ändrade" />
        <Systems query="Alfa" label="Allt ändrat" />
      </>,
    );
    await screen.findByRole('list', { name: 'Kunder ändrade' });
    const asked = () => calls.filter((c) => c.method === 'systems.list' && (c.input as { query: string }).query === '').length;
    expect(asked()).toBe(1);

    await h.call('systems.create', system('Alfa-server'));
    expect(await within(screen.getByRole('list', { name: 'Allt ändrat' })).findByText('Alfa-server')).toBeInTheDocument();
    expect(asked()).toBe(1);
    expect(within(screen.getByRole('list', { name: 'Kunder ändrade' })).queryByText('Alfa-server')).not.toBeInTheDocument();

    await h.call('customers.create', { ...emptyCustomer, name: 'Kund AB' });
    expect(await within(screen.getByRole('list', { name: 'Kunder ändrade' })).findByText('Alfa-server')).toBeInTheDocument();
    expect(asked()).toBe(2);
  });

  it('ignores an older answer that arrives after a newer input', async () => {
    await h.call('systems.create', system('Alfa-server'));
    await h.call('systems.create', system('Beta-server'));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    holdBack = (method, input) => (method === 'systems.list' && (input as { query: string }).query === 'Alfa' ? gate : undefined);

    const { rerender } = render(<Systems query="Alfa" />);
    expect(screen.getByText('Laddar')).toBeInTheDocument();
    rerender(<Systems query="Beta" />);
    expect(await screen.findByText('Beta-server')).toBeInTheDocument();

    // Now the slow answer for "Alfa" comes in: it must not replace the list for "Beta".
    await act(async () => {
      release();
      await calls[0]!.answer;
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(listCalls()).toBe(2);
    expect(screen.queryByText('Alfa-server')).not.toBeInTheDocument();
    expect(screen.getByText('Beta-server')).toBeInTheDocument();
  });

  it('makes no call while the input is null', async () => {
    const { rerender } = render(<Systems query={null} />);
    expect(screen.getByText('Väntar')).toBeInTheDocument();
    await h.call('systems.create', system('Alfa-server')); // a change while waiting asks nothing either
    rerender(<Systems query="" />);
    expect(await screen.findByText('Alfa-server')).toBeInTheDocument();
    expect(calls.map((c) => c.method)).toEqual(['systems.list']);
  });

  it('shows a failure as its error', async () => {
    render(<OneSystem id={99_999} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('NOT_FOUND');
  });
});
