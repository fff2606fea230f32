// Every Japanese string the user sees lives under this folder, one file per area; import from here.

export * from './fields';
export * from './help';
export * from './history';
export * from './import';
export * from './ledger';
export * from './lifecycle';
export * from './menu';
export * from './open-data';
export * from './register';
export * from './report';
export * from './review';
export * from './rounds';
export * from './row-problems';
export * from './rules';
export * from './setup';
export * from './sidebar';
export * from './summary';
export * from './validation';
