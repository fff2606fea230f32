// The script's realm: values handed to the bundle are made with its own Date/Error/Array constructors,
// so `instanceof` inside the bundle behaves as on Apps Script, where everything lives in one realm.
import * as vm from 'node:vm';

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

export function realmOf(context: vm.Context): Realm {
  return vm.runInContext('({ Date: Date, Error: Error, Array: Array, Object: Object })', context) as Realm;
}

/**
 * An Apps Script service exception: Apps Script shows these as "Exception: <message>"; in V8 the error's
 * `name` is "Exception" and `message` is the text alone.
 */
export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}
