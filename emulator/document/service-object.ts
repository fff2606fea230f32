// Wraps a Document service object: every call is counted, a method Google's class has but the emulation does not
// fails by name ("not emulated: Body.insertImage") instead of the script's own "… is not a function", and every
// method of a closed document's objects throws (session.ts).
import { counted } from '../core/calls';
import { exception } from '../core/realm';
import { refuseIfClosed, type SessionContext } from './session';

// Only names shaped like Apps Script methods: JavaScript's own probes (then, toJSON, asymmetricMatch…) stay undefined.
const SERVICE_METHOD =
  /^(get|set|append|insert|remove|replace|find|is|as|add|edit|copy|clear|merge|save)([A-Z]|$)/;

export function serviceObject<T extends object>(target: T, className: string, ctx: SessionContext): T {
  const wrapped = counted(target, className, ctx.calls);
  return new Proxy(wrapped, {
    get(obj, prop, receiver) {
      if (typeof prop === 'string' && !(prop in obj) && SERVICE_METHOD.test(prop))
        return () => {
          throw exception(ctx.realm, `not emulated: ${className}.${prop}`);
        };
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || !ctx.documentSession) return value;
      return (...args: unknown[]) => {
        refuseIfClosed(ctx);
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
}
