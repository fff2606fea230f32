// Jest set-up for the suite's "another day" pass (npm run test:another-day): when REGISTER_TEST_WALL_CLOCK is
// set, the machine's clock reads that instant (and runs on from it), so any test whose outcome depends on the
// day it runs, rather than on the emulation's fixed virtual clock, fails there. Nothing happens otherwise.
const wallClock = process.env.REGISTER_TEST_WALL_CLOCK;

if (wallClock) {
  const instant = Date.parse(wallClock);
  if (Number.isNaN(instant)) throw new Error(`REGISTER_TEST_WALL_CLOCK is not an instant: ${wallClock}`);
  // Only Date is faked: timers stay real, so servers, browsers and waits behave as on any other day.
  jest.useFakeTimers({
    now: instant,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  if (Math.abs(Date.now() - instant) > 60_000) throw new Error('the wall clock could not be moved');
}
