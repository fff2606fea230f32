// Wraps a Document service object: every call is counted, and a method Google's class has but the emulation does
// not fails by name ("not emulated: Body.insertImage") instead of the script's own "… is not a function".
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';

// Only names shaped like Apps Script methods: JavaScript's own probes (then, toJSON, asymmetricMatch…) stay undefined.
const SERVICE_METHOD =
  /^(get|set|append|insert|remove|replace|find|is|as|add|edit|copy|clear|merge|save)([A-Z]|$)/;

export function serviceObject<T extends object>(target: T, className: string, ctx: ServiceContext): T {
  const wrapped = counted(target, className, ctx.calls);
  return new Proxy(wrapped, {
    get(obj, prop, receiver) {
      if (typeof prop === 'string' && !(prop in obj) && SERVICE_METHOD.test(prop))
        return () => {
          throw exception(ctx.realm, `not emulated: ${className}.${prop}`);
        };
      return Reflect.get(obj, prop, receiver);
    },
  });
}
