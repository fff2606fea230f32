// The script realm's Date follows the emulation's clock: `new Date()` and `Date.now()` in the bundle read the
// virtual clock, never the machine's, so an execution's "now" is the environment's and tests can fix it.
import * as vm from 'node:vm';

// Runs inside the script's own realm, so the Dates it makes are that realm's (instanceof keeps working) and
// every other use of Date (a given time, Date.UTC, Date.parse) is the realm's untouched.
const INSTALL = `(function (now) {
  var RealmDate = Date;
  globalThis.Date = new Proxy(RealmDate, {
    construct: function (target, args, newTarget) {
      return Reflect.construct(target, args.length ? args : [now()], newTarget);
    },
    apply: function () { return new RealmDate(now()).toString(); },
    get: function (target, key, receiver) {
      return key === 'now' ? function () { return now(); } : Reflect.get(target, key, receiver);
    },
  });
})`;

/** Creates the execution's context from its globals with the clock-following Date already in place. */
export function contextWithClock(globals: Record<string, unknown>, now: () => number): vm.Context {
  const context = vm.createContext(globals);
  (vm.runInContext(INSTALL, context) as (clock: () => number) => void)(now);
  return context;
}
