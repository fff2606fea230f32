// Which requests the workbench answers: its own page's and sidebars', never another web site's or a rebound host's.
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

/** The address the workbench listens on unless told otherwise: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

const WILDCARDS = new Set(['0.0.0.0', '::']);

export function isWildcard(host: string): boolean {
  return WILDCARDS.has(host);
}

/** How a host name appears in a URL's host: IPv6 addresses in brackets, names in lower case. */
function urlHostName(name: string): string {
  return name.includes(':') ? `[${name}]` : name.toLowerCase();
}

/**
 * The names a request's Host header may carry: the loopback names and the listening host, or, listening on every
 * interface, this machine's name and addresses. Any other name is a DNS-rebinding page that resolved its own
 * domain to this machine, so its requests look same-origin to the browser.
 */
export function allowedHostNames(host: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (!isWildcard(host)) names.add(urlHostName(host));
  else {
    names.add(urlHostName(hostname()));
    for (const addresses of Object.values(networkInterfaces()))
      for (const { address } of addresses ?? []) names.add(urlHostName(address));
  }
  return names;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Why a request is refused (403 or 415), or null to serve it. A browser marks the requests a page makes: Origin on
 * POSTs and CORS reads, Sec-Fetch-Site on every request to a trustworthy URL such as http://127.0.0.1 or localhost
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Sec-Fetch-Site; web-platform-tests fetch/metadata: "Not
 * sent to non-trustworthy … destination", so not over plain HTTP to a LAN address); a program outside a browser sends
 * neither.
 * A page elsewhere may still send a "simple" cross-origin POST (text/plain, no preflight) and the server would act on
 * it although the page cannot read the answer, so POSTs must also be JSON, which only a same-origin page (or a
 * program outside a browser) can send without a CORS preflight this server never grants
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#simple_requests).
 */
export function refusal(
  request: IncomingMessage,
  hostNames: Set<string>,
): { status: number; message: string } | null {
  const host = header(request, 'host') ?? '';
  const own = originOf(`http://${host}`);
  if (!own || !hostNames.has(new URL(own).hostname))
    return { status: 403, message: `the workbench does not answer for the host "${host}"` };
  const origin = header(request, 'origin');
  if (origin !== undefined && originOf(origin) !== own)
    return { status: 403, message: `requests from another origin (${origin}) are refused` };
  const site = header(request, 'sec-fetch-site');
  // Following a link or bookmark to a page is fine (the other site cannot read it); fetching or framing it is not.
  const topLevelVisit =
    request.method === 'GET' &&
    header(request, 'sec-fetch-mode') === 'navigate' &&
    header(request, 'sec-fetch-dest') === 'document';
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && !topLevelVisit)
    return { status: 403, message: `requests from another site (Sec-Fetch-Site: ${site}) are refused` };
  const type = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (request.method === 'POST' && type !== 'application/json')
    return { status: 415, message: 'a POST must send its body as Content-Type: application/json' };
  return null;
}
