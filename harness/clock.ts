// The instant every test environment's virtual clock starts at: fixed, so the suite passes on any day. Expected
// dates are derived from it (or from the environment's clock), never written as literals that match today.
export const TEST_START = Date.UTC(2026, 10, 25, 1, 0, 0);

/** A clock for a workbench under test: starts at TEST_START and runs on at the real pace. */
export function testClock(): () => number {
  const started = Date.now();
  return () => TEST_START + (Date.now() - started);
}
