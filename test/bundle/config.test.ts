// Checks that the deploy configuration matches the build: clasp pushes dist/, the manifest is a narrow editor add-on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('deploy configuration', () => {
  it('.clasp.json pushes the build output, which holds the manifest and the script', () => {
    const clasp = readJson('.clasp.json');
    expect(clasp.rootDir).toBe('dist');
    expect(existsSync(join(root, 'dist', 'appsscript.json'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'Code.js'))).toBe(true);
    expect(readJson('dist/appsscript.json')).toEqual(readJson('appsscript.json'));
  });

  it('the manifest is V8, Asia/Tokyo, without an addOns section (card add-ons only)', () => {
    const manifest = readJson('appsscript.json');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Tokyo');
    expect(manifest).not.toHaveProperty('addOns');
  });

  it('declares narrow scopes explicitly, never full Drive, each justified in the README', () => {
    const scopes = readJson('appsscript.json').oauthScopes as string[];
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(scopes.filter((s) => /\/auth\/drive($|\.)/.test(s) && !s.endsWith('drive.file'))).toEqual([]);
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const scope of scopes) expect(readme).toContain(scope);
  });

  it("the version the ヘルプ sidebar shows is package.json's", () => {
    const source = readFileSync(join(root, 'src', 'domain', 'version.ts'), 'utf8');
    expect(source).toContain(`ADDON_VERSION = '${readJson('package.json').version as string}'`);
  });

  it('every npm script the README names exists in package.json', () => {
    const scripts = Object.keys(readJson('package.json').scripts as Record<string, string>);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('.ci/run installs cleanly and then runs exactly the README test command', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npm test');
  });
});
