// PropertiesService: string-valued stores per script, document and user, with the documented size limits.
import { counted } from '../core/calls';
import { requireAuthorization, requireFullAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { ServiceStoresState } from './stores';

/** apps-script-facts §7: 9 KB per value, 500 KB per store. [open] the exact error texts. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

class EmulatedProperties
  implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties' | 'getKeys'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Record<string, string>,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Properties', ctx.calls);
  }
  private checkSize(key: string, value: string): void {
    if (Buffer.byteLength(key) + Buffer.byteLength(value) > VALUE_LIMIT) {
      throw exception(this.ctx.realm, 'Argument too large: value');
    }
    const total = Object.entries({ ...this.store, [key]: value }).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    if (total > STORE_LIMIT) throw exception(this.ctx.realm, 'You have exceeded the property storage quota.');
  }
  getProperty(key: string): string | null {
    return this.store[key] ?? null;
  }
  setProperty(key: string, value: unknown): this {
    const text = String(value);
    this.checkSize(key, text);
    this.store[key] = text;
    return this;
  }
  /**
   * [doc] "Sets all key-value pairs from the given object in the current Properties store", optionally deleting
   * every other key (apps-script/reference/properties/properties#setProperties(Object,Boolean)); each value is held
   * to the same limits as setProperty, and nothing is stored when one is refused.
   */
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [key, value] of Object.entries(properties)) next[key] = String(value);
    for (const [key, value] of Object.entries(properties)) {
      if (Buffer.byteLength(key) + Buffer.byteLength(String(value)) > VALUE_LIMIT)
        throw exception(this.ctx.realm, 'Argument too large: value');
    }
    const total = Object.entries(next).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    if (total > STORE_LIMIT) throw exception(this.ctx.realm, 'You have exceeded the property storage quota.');
    for (const key of Object.keys(this.store)) if (!(key in next)) delete this.store[key];
    Object.assign(this.store, next);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
  deleteProperty(key: string): this {
    delete this.store[key];
    return this;
  }
}

export function createPropertiesService(ctx: ServiceContext, state: ServiceStoresState) {
  const service = {
    getScriptProperties: () => {
      requireAuthorization(ctx, 'PropertiesService.getScriptProperties');
      return new EmulatedProperties(ctx, state.properties.script);
    },
    getDocumentProperties: () => {
      requireAuthorization(ctx, 'PropertiesService.getDocumentProperties');
      return new EmulatedProperties(ctx, state.properties.document);
    },
    /** User data: not in LIMITED (simple triggers), where only the current document is reachable. */
    getUserProperties: () => {
      requireFullAuthorization(ctx, 'PropertiesService.getUserProperties');
      state.properties.user[ctx.userEmail] ??= {};
      return new EmulatedProperties(ctx, state.properties.user[ctx.userEmail] as Record<string, string>);
    },
  };
  return counted(service, 'PropertiesService', ctx.calls);
}
