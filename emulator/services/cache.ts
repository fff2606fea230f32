// CacheService: script, document and user caches with expiry on the virtual clock (default 600 s, max 6 h).
import { counted } from '../core/calls';
import { requireAuthorization, requireFullAuthorization, type ServiceContext } from '../core/context';
import type { ServiceStoresState } from './stores';

const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

class EmulatedCache implements Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove'> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly entries: Record<string, { value: string; expires: number }>,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Cache', ctx.calls);
  }
  get(key: string): string | null {
    const entry = this.entries[key];
    if (!entry || entry.expires <= this.ctx.now()) return null;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const ttl = Math.min(expirationInSeconds, MAX_TTL_SECONDS);
    this.entries[key] = { value: String(value), expires: this.ctx.now() + ttl * 1000 };
  }
  remove(key: string): void {
    delete this.entries[key];
  }
}

export function createCacheService(ctx: ServiceContext, state: ServiceStoresState) {
  const cache = (key: string) => {
    state.caches[key] ??= {};
    return new EmulatedCache(ctx, state.caches[key] as Record<string, { value: string; expires: number }>);
  };
  const service = {
    getScriptCache: () => {
      requireAuthorization(ctx, 'CacheService.getScriptCache');
      return cache('script');
    },
    getDocumentCache: () => {
      requireAuthorization(ctx, 'CacheService.getDocumentCache');
      return cache('document');
    },
    /** User data: not in LIMITED (simple triggers). */
    getUserCache: () => {
      requireFullAuthorization(ctx, 'CacheService.getUserCache');
      return cache(`user:${ctx.userEmail}`);
    },
  };
  return counted(service, 'CacheService', ctx.calls);
}
