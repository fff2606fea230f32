// Checks of what the emulated PropertiesService, HtmlService and LockService assume (apps-script-facts §3, §6, §7).
import type { ProbeCheck } from '../check';
import { same, thrown } from './observe';

const KEY = 'probe-kit-scratch';

export const checks: ProbeCheck[] = [
  {
    id: 'properties.values-are-strings',
    assumption: 'A property set from a number is read back as a string.',
    source: 'developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)',
    tag: 'doc',
    run() {
      const store = PropertiesService.getScriptProperties();
      store.setProperty(KEY, 42 as unknown as string);
      const observed = typeof store.getProperty(KEY);
      store.deleteProperty(KEY);
      return same('string', observed);
    },
  },
  {
    id: 'properties.value-limit',
    assumption: 'A property value of 8,000 characters is stored and one of 9,300 (over 9 KB) is refused.',
    source: 'apps-script-facts §7; developers.google.com/apps-script/guides/services/quotas (9 KB per value)',
    tag: 'doc',
    run() {
      const store = PropertiesService.getScriptProperties();
      const small = thrown(() => store.setProperty(KEY, 'x'.repeat(8000)));
      const big = thrown(() => store.setProperty(KEY, 'x'.repeat(9300)));
      store.deleteProperty(KEY);
      // The refusal's exact text is not documented: only that there is one.
      const observed = `8000: ${small === 'no error' ? 'stored' : small}; 9300: ${big === 'no error' ? 'stored' : 'refused'}`;
      return same('8000: stored; 9300: refused', observed);
    },
  },
  {
    id: 'html.missing-file',
    assumption:
      'HtmlService.createHtmlOutputFromFile of a file the project lacks throws "No HTML file named X was found."',
    source: 'apps-script-facts §3 (seen)',
    tag: 'seen',
    run() {
      return same(
        'No HTML file named probe-missing was found.',
        thrown(() => HtmlService.createHtmlOutputFromFile('probe-missing')),
      );
    },
  },
  {
    id: 'lock.own-lock',
    assumption:
      'tryLock on a free script lock succeeds, hasLock() is then true, and false after releaseLock().',
    source: 'apps-script-facts §6; developers.google.com/apps-script/reference/lock/lock',
    tag: 'doc',
    run() {
      const lock = LockService.getScriptLock();
      const got = lock.tryLock(10000);
      const held = lock.hasLock();
      lock.releaseLock();
      return same('true, true, false', `${got}, ${held}, ${lock.hasLock()}`);
    },
  },
];
