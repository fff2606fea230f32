// The local Apps Script emulation: what tests, the workbench and the benchmarks use.
export { CallCounter, type CallSnapshot, NotEmulatedError } from './core/calls';
export type { AuthModeName } from './core/context';
export {
  type CreateOptions,
  DEFAULT_USER,
  type EmulatorState,
  Environment,
  type EnvironmentOptions,
  type RunOptions,
} from './runtime/environment';
export { type HostValue, SpreadsheetInspector } from './runtime/inspector';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock';
export { copyForScriptRun } from './services/script-run';
