// The add-on's version as the ヘルプ sidebar shows it; test/bundle/config.test.ts holds it equal to package.json's.
export const ADDON_VERSION = '0.1.0';
