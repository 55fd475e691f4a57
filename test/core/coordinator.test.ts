import { expect } from '@open-wc/testing';
import { CeremonyCoordinator } from '../../src/core/coordinator.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** An autofill run that stays pending until aborted, and counts its starts. */
function pendingRun() {
  const run = Object.assign(
    (signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        run.starts++;
        signal.addEventListener('abort', () => (run.aborts++, resolve()));
      }),
    { starts: 0, aborts: 0 },
  );
  return run;
}

describe('CeremonyCoordinator', () => {
  it('arms autofill once, even across connect/disconnect/connect in one task', async () => {
    const coordinator = new CeremonyCoordinator();
    const run = pendingRun();
    coordinator.autofill(run).release();
    coordinator.autofill(run);
    await tick();
    expect(run.starts).to.equal(1);
    expect(coordinator.autofillPending).to.be.true;
  });

  it('stands autofill down during a modal ceremony, and after a success leaves it down', async () => {
    const coordinator = new CeremonyCoordinator();
    const run = pendingRun();
    coordinator.autofill(run);
    await tick();
    let pendingDuringModal = true;
    await coordinator.modal(async () => {
      pendingDuringModal = coordinator.autofillPending;
    });
    expect(pendingDuringModal).to.be.false;
    expect(run.aborts).to.equal(1);
    await tick();
    expect(run.starts).to.equal(1);
  });

  it('re-arms after a modal ceremony that failed', async () => {
    const coordinator = new CeremonyCoordinator();
    const run = pendingRun();
    coordinator.autofill(run);
    await tick();
    const failed = coordinator.modal(() => Promise.reject(new Error('x')));
    await failed.catch(() => {});
    await tick();
    expect(run.starts).to.equal(2);
  });

  it('does not re-arm a run that settled by itself until asked', async () => {
    const coordinator = new CeremonyCoordinator();
    let starts = 0;
    const handle = coordinator.autofill(async () => void starts++);
    await tick();
    await tick();
    expect(starts).to.equal(1);
    handle.rearm();
    await tick();
    expect(starts).to.equal(2);
  });

  it('refresh drops held options and restarts a pending run, but never a settled one', async () => {
    const coordinator = new CeremonyCoordinator();
    const run = pendingRun();
    coordinator.autofill(run);
    await tick();
    coordinator.held = { key: 'k', json: { challenge: 'c' }, stale: Infinity };
    coordinator.refresh();
    await tick();
    expect(coordinator.held).to.equal(undefined);
    expect([run.starts, run.aborts]).to.deep.equal([2, 1]);

    let settled = 0;
    const quick = new CeremonyCoordinator();
    quick.autofill(async () => void settled++); // rejected at once, as with no passkey
    await tick();
    quick.refresh();
    await tick();
    expect(settled, 'no re-arm after a run that settled by itself').to.equal(1);
  });

  it('a modal ceremony takes the held options, once', async () => {
    const coordinator = new CeremonyCoordinator();
    const held = { key: 'k', json: { challenge: 'c' }, stale: Infinity };
    coordinator.held = held;
    const given: unknown[] = [];
    await coordinator.modal(async (options) => void given.push(options));
    await coordinator.modal(async (options) => void given.push(options));
    expect(given).to.deep.equal([held, undefined]);
  });

  it('hands autofill to the next element when its owner leaves', async () => {
    const coordinator = new CeremonyCoordinator();
    const first = pendingRun();
    const second = pendingRun();
    const handle = coordinator.autofill(first);
    coordinator.autofill(second);
    await tick();
    expect([first.starts, second.starts]).to.deep.equal([1, 0]);
    handle.release();
    await tick();
    expect(first.aborts).to.equal(1);
    expect(second.starts).to.equal(1);
  });
});

describe('lifetime (freshness window and watchdog base)', () => {
  it('is the options\' timeout, 5 minutes without one, held between 1 s and 10 minutes', async () => {
    const { lifetime } = await import('../../src/core/abortable.js');
    const cases: [unknown, number][] = [[60_000, 60_000], [undefined, 300_000], [0, 300_000], ['90000', 90_000], ['soon', 300_000], [-5, 1_000], [1, 1_000], [1e12, 600_000]];
    for (const [timeout, ms] of cases) expect(lifetime({ timeout: timeout as number }), String(timeout)).to.equal(ms);
  });
});
