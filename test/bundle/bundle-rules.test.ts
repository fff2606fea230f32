// Checks the built dist/Code.js against Apps Script's V8 rules and the entry-point contract.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import ts from 'typescript';
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';

const root = join(__dirname, '..', '..');
const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
const bundle = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);

/** Globals Apps Script's V8 runtime does not provide (apps-script-facts §1). */
const FORBIDDEN_GLOBALS = [
  'setTimeout',
  'setInterval',
  'clearTimeout',
  'clearInterval',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'crypto',
  'window',
  'process',
  'performance',
  'require',
];

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Names declared anywhere in the bundle (a local `URL` variable would not be the global). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  walk(source, (n) => {
    if (
      (ts.isVariableDeclaration(n) ||
        ts.isFunctionDeclaration(n) ||
        ts.isParameter(n) ||
        ts.isClassDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    ) {
      names.add(n.name.text);
    }
  });
  return names;
}

/** Identifiers used as values, not as property names (`x.fetch`) or object keys (`{ fetch: … }`). */
function isValueReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === id) return false;
  if (ts.isMethodDeclaration(parent) && parent.name === id) return false;
  if (ts.isPropertyDeclaration(parent) && parent.name === id) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === id) return false;
  return true;
}

function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported && ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
  }
  return names.sort();
}

function interfaceMembers(file: string, name: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (!declaration) throw new Error(`interface ${name} not found in ${file}`);
  return declaration.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : []));
}

/** Loads the bundle the way Apps Script does — global code only — into a context without any service. */
function topLevelFunctions(): string[] {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return Object.keys(context)
    .filter((key) => typeof context[key] === 'function')
    .sort();
}

describe('dist/Code.js follows the Apps Script V8 rules', () => {
  it('parses as a script without syntax errors', () => {
    const diagnostics = (bundle as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    expect(diagnostics).toEqual([]);
  });

  it('has no import or export (ES modules are not supported)', () => {
    const found: string[] = [];
    walk(bundle, (n) => {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExportAssignment(n)) {
        found.push(n.getText().slice(0, 60));
      }
      if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) found.push('import()');
    });
    expect(found).toEqual([]);
  });

  it('has no class field declarations (#private or static fields)', () => {
    const found: string[] = [];
    walk(bundle, (n) => {
      if (ts.isPrivateIdentifier(n) || ts.isPropertyDeclaration(n)) found.push(n.getText().slice(0, 60));
    });
    expect(found).toEqual([]);
  });

  it('uses none of the globals V8 on Apps Script lacks (timers, fetch, URL, TextEncoder, atob …)', () => {
    const declared = declaredNames(bundle);
    const found = new Set<string>();
    walk(bundle, (n) => {
      if (
        ts.isIdentifier(n) &&
        FORBIDDEN_GLOBALS.includes(n.text) &&
        !declared.has(n.text) &&
        isValueReference(n)
      ) {
        found.add(n.text);
      }
    });
    expect([...found]).toEqual([]);
  });

  it('touches no service in global code and exposes exactly the entry points as top-level functions', () => {
    const expected = exportedNames(join(root, 'src', 'index.ts'));
    expect(expected.length).toBeGreaterThan(0);
    expect(topLevelFunctions()).toEqual(expected);
  });
});

describe('entry points', () => {
  const functions = topLevelFunctions();

  it.each(['onOpen', 'onInstall', 'onEdit'])('has the trigger %s', (name) => {
    expect(functions).toContain(name);
  });

  it('has a top-level function for every function a sidebar calls (ServerApi)', () => {
    const api = interfaceMembers(join(root, 'src', 'domain', 'api.ts'), 'ServerApi');
    expect(api.length).toBeGreaterThan(5);
    expect(api.filter((name) => !functions.includes(name))).toEqual([]);
  });

  it('holds in ServerApi only functions a sidebar calls', () => {
    const api = interfaceMembers(join(root, 'src', 'domain', 'api.ts'), 'ServerApi');
    const sidebarSources = readdirSync(join(root, 'sidebar'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(join(root, 'sidebar', file), 'utf8'))
      .join('\n');
    expect(api.filter((name) => !sidebarSources.includes(`callServer('${name}'`))).toEqual([]);
  });

  it('builds its menu in AuthMode.NONE, and every menu item calls a top-level function', () => {
    const env = Environment.create({ distDir: join(root, 'dist'), now: TEST_START });
    env.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const handlers = env.services.ui.addonMenu.flatMap((item) =>
      item.functionName ? [item.functionName] : [],
    );
    expect(handlers).toEqual(
      expect.arrayContaining([
        'showItemSidebar',
        'showProgressSidebar',
        'menuSetup',
        'showValidateSidebar',
        'showSummarySidebar',
      ]),
    );
    expect(handlers.filter((name) => !functions.includes(name))).toEqual([]);
  });

  it('exposes no name ending in "_" (those cannot be called from google.script.run)', () => {
    expect(functions.filter((name) => name.endsWith('_'))).toEqual([]);
  });
});

describe('sidebars', () => {
  const dist = join(root, 'dist');
  const built = readdirSync(dist).filter((file) => file.endsWith('.html'));
  const sidebarFolders = readdirSync(join(root, 'sidebar'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => `${entry.name}.html`);

  it('are built one self-contained HTML file per sidebar folder', () => {
    expect(built.sort()).toEqual(sidebarFolders.sort());
  });

  // HtmlService serves each sidebar as one file; the product keeps every one under 100 KB.
  it.each(built)('%s is under 100 KB', (file) => {
    expect(statSync(join(dist, file)).size).toBeLessThan(100 * 1024);
  });
});
