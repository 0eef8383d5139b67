/**
 * The local preview's HTTP server (loopback only): the page, the add-on's own Sidebar.html
 * with google.script.run bridged over HTTP, and a small JSON API the page drives.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunResponse } from './api-types';
import type { PreviewSession } from './session';

/** Replaces google.script.run inside the sidebar: each call is one POST to the preview server. */
const BRIDGE = `<script>(function(){
  function notify(){ try { parent.postMessage({ type: 'workbook-changed' }, location.origin); } catch (e) {} }
  function runner(onSuccess, onFailure, userObject){
    return new Proxy({}, { get: function(_, name){
      if (name === 'withSuccessHandler') return function(f){ return runner(f, onFailure, userObject); };
      if (name === 'withFailureHandler') return function(f){ return runner(onSuccess, f, userObject); };
      if (name === 'withUserObject') return function(o){ return runner(onSuccess, onFailure, o); };
      if (typeof name !== 'string') return undefined;
      return function(){
        var args = Array.prototype.slice.call(arguments);
        fetch('/api/run/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
          .then(function(r){ return r.json(); })
          .then(function(res){
            notify();
            if (res.ok) { if (onSuccess) onSuccess(res.value, userObject); }
            else { var err = new Error(res.error); if (onFailure) onFailure(err, userObject); else console.error(err); }
          }, function(e){ if (onFailure) onFailure(new Error('Le serveur local ne répond pas.'), userObject); });
      };
    }});
  }
  // A link to a Google Doc the add-on made opens in the preview's own Docs reader.
  document.addEventListener('click', function(e){
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    var prefix = 'https://docs.google.com/document/d/';
    var href = a ? a.getAttribute('href') || '' : '';
    if (href.indexOf(prefix) !== 0) return;
    e.preventDefault();
    parent.postMessage({ type: 'open-document', id: decodeURIComponent(href.slice(prefix.length).split('/')[0]) }, location.origin);
  }, true);
  window.google = { script: { run: runner(null, null, undefined), host: {
    close: function(){ parent.postMessage({ type: 'close-sidebar' }, location.origin); },
    editor: { focus: function(){} }, setHeight: function(){}, setWidth: function(){}, origin: location.origin
  } } };
})();</script>`;

export function injectBridge(html: string): string {
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return BRIDGE + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + BRIDGE + html.slice(end);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    // Nothing in the preview may load from outside this machine.
    'content-security-policy':
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'",
  });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) =>
  send(res, status, 'application/json', JSON.stringify(value));

export interface PreviewAssets {
  pageHtml: string;
}

export function createPreviewServer(session: PreviewSession, assets: PreviewAssets): Server {
  return createServer((req, res) => {
    handle(session, assets, req, res).catch((error: unknown) => {
      json(res, { ok: false, error: error instanceof Error ? error.message : String(error) }, 500);
    });
  });
}

async function handle(
  session: PreviewSession,
  assets: PreviewAssets,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;

  if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', assets.pageHtml);
  if (req.method === 'GET' && path === '/api/state') return json(res, session.state());
  if (req.method === 'GET' && path.startsWith('/sidebar/')) {
    const html = session.sidebarHtml(Number(path.slice('/sidebar/'.length)));
    return html === null
      ? send(res, 404, 'text/plain', 'Panneau introuvable')
      : send(res, 200, 'text/html', injectBridge(html));
  }
  if (req.method === 'GET' && path.startsWith('/api/documents/')) {
    const doc = session.document(decodeURIComponent(path.slice('/api/documents/'.length)));
    return doc ? json(res, doc) : json(res, { error: 'Document introuvable' }, 404);
  }
  if (req.method !== 'POST') return send(res, 404, 'text/plain', 'Introuvable');

  const body = (await readJson(req)) as Record<string, unknown>;
  let result: RunResponse;
  if (path.startsWith('/api/run/')) {
    result = session.runFromSidebar(
      decodeURIComponent(path.slice('/api/run/'.length)),
      body as unknown as unknown[],
    );
  } else if (path === '/api/menu') {
    result = session.runMenu(String(body.functionName));
  } else if (path === '/api/edit') {
    result = session.edit(
      String(body.sheet),
      Number(body.row),
      Number(body.column),
      String(body.value),
      body.confirmed === true,
    );
  } else if (path === '/api/paste') {
    const rows = Array.isArray(body.rows)
      ? body.rows.map((r) => (Array.isArray(r) ? r.map((c) => String(c ?? '')) : []))
      : [];
    result = session.paste(
      String(body.sheet),
      Number(body.row),
      Number(body.column),
      rows,
      body.confirmed === true,
    );
  } else if (path === '/api/csv') {
    result = session.importCsv(String(body.name ?? ''), String(body.text ?? ''));
  } else if (path === '/api/rows') {
    result = session.changeRows(String(body.sheet), Number(body.row), body.count === -1 ? -1 : 1);
  } else if (path === '/api/select') {
    result = session.select(
      String(body.sheet),
      body.row === undefined ? undefined : Number(body.row),
      body.column === undefined ? undefined : Number(body.column),
    );
  } else if (path === '/api/today') {
    result = session.setToday(String(body.date));
  } else if (path === '/api/sidebar/close') {
    result = session.closeSidebar();
  } else if (path === '/api/dismiss') {
    result = session.dismiss(body.kind === 'alert' ? 'alert' : 'toast', Number(body.id));
  } else {
    return send(res, 404, 'text/plain', 'Introuvable');
  }
  json(res, result);
}

/** Starts listening on 127.0.0.1 (port 0 picks a free one) and resolves with the URL. */
export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${address.port}/`);
    });
  });
}
