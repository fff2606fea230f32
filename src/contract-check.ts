// Compile-time proof that src/index.ts implements ServerApi: the sidebars' contract and the entry points cannot drift.
// Nothing imports this file; `npm run typecheck` (tsc -p src) fails on the first member that does not match.
import type { ServerApi } from './domain/api';
import type * as entryPoints from './index';

type EntryPoints = typeof entryPoints;

/** True only when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * A member matches when src/index.ts exports a function of that name that accepts exactly the sidebar's
 * arguments (same count; each assignable to the entry point's parameter, which is `unknown` when the server
 * validates it) and returns exactly the contract's result type.
 */
type Mismatch<K extends keyof ServerApi> = K extends keyof EntryPoints
  ? EntryPoints[K] extends (...args: infer A) => infer R
    ? Parameters<ServerApi[K]> extends A
      ? Same<Parameters<ServerApi[K]>['length'], A['length']> extends true
        ? Same<R, ReturnType<ServerApi[K]>> extends true
          ? never
          : `${K}: src/index.ts returns another type than ServerApi`
        : `${K}: src/index.ts takes another number of arguments than ServerApi`
      : `${K}: src/index.ts does not accept ServerApi's arguments`
    : `${K}: src/index.ts exports it, but not as a function`
  : `${K}: src/index.ts does not export it`;

type Mismatches = { [K in keyof ServerApi]: Mismatch<K> }[keyof ServerApi];

/** Fails to compile with the mismatching members' descriptions in the message. */
type NoMismatch<M extends never> = M;

export type ServerApiImplemented = NoMismatch<Mismatches>;
