// The workbench page's static shell: toolbar, add-on menu, grid, sheet tabs, sidebar and dialogs.
const STYLE = `
[hidden]{display:none!important}
body{margin:0;font-family:sans-serif;font-size:13px;display:flex;flex-direction:column;height:100vh}
#toolbar{display:flex;gap:8px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;background:#f8f9fa}
#toolbar .title{font-size:16px;margin-right:12px}
#menu,#documents{position:absolute;background:#fff;border:1px solid #ccc;box-shadow:0 2px 6px #0003;padding:4px 0;z-index:10}
#menu [role=menuitem],#documents [role=menuitem]{display:block;box-sizing:border-box;width:100%;text-align:left;border:0;background:none;padding:6px 16px;cursor:pointer}
#menu [role=menuitem]:hover,#documents [role=menuitem]:hover{background:#e8f0fe}
#documents [role=menuitem]{color:#1a0dab;text-decoration:none;white-space:nowrap}
#toolbar{white-space:nowrap}
/* One height for the toolbar's controls whatever fonts their text falls back to (文書（5件） was 1px taller). */
#toolbar button,#toolbar select,#toolbar input{line-height:18px}
#status{overflow:hidden;text-overflow:ellipsis;min-width:0}
#main{flex:1;display:flex;min-height:0}
#grid-wrap{flex:1;overflow:auto;position:relative}
table#grid{border-collapse:collapse;table-layout:fixed}
#grid th,#grid td{border:1px solid #e0e0e0;padding:2px 4px;height:20px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:160px;min-width:60px}
#grid th{background:#f1f3f4;color:#555;font-weight:normal;position:sticky;top:0;z-index:2}
#grid th.row{position:sticky;left:0;z-index:1;min-width:32px}
#grid tr.frozen td{position:sticky;background-color:#fff;z-index:1;border-bottom:2px solid #999}
#grid td.frozen-column{position:sticky;background-color:#fff;z-index:1;border-right:2px solid #999}
#grid tr.frozen td.frozen-column{z-index:2}
#grid td.dropdown::after{content:' ▾';color:#888}
#grid th.hidden-column,#grid td.hidden-column{min-width:0;max-width:6px;width:6px;padding:0;color:transparent;background:#dadce0}
#grid td.hidden-column::after{content:none}
#grid td.protected{background-image:repeating-linear-gradient(45deg,#0000 0 6px,#0000000d 6px 8px)}
#grid td.noted{box-shadow:inset -6px 6px 0 -4px #f90}
#grid td.selected{outline:2px solid #1a73e8;outline-offset:-2px}
figure.chart{position:absolute;margin:0;z-index:1;border:1px solid #dadce0;box-shadow:0 1px 3px #0002;line-height:0}
figure.chart text{font-family:sans-serif;fill:#333}
#cell-editor{position:absolute;z-index:5;font:inherit;border:2px solid #1a73e8;padding:1px 3px}
#tabs{display:flex;gap:2px;padding:4px 10px;border-top:1px solid #ddd;background:#f8f9fa}
#tabs [role=tab]{border:0;background:none;padding:4px 12px;cursor:pointer}
#tabs [role=tab][aria-selected=true]{background:#fff;color:#1a73e8;border-bottom:2px solid #1a73e8}
#sidebar-panel{width:300px;border-left:1px solid #ddd;display:flex;flex-direction:column}
#sidebar-head{display:flex;justify-content:space-between;align-items:center;padding:8px;border-bottom:1px solid #ddd}
iframe#sidebar{width:300px;flex:1;border:0}
#alert{min-width:320px}
#toast{position:fixed;left:16px;bottom:48px;background:#323232;color:#fff;padding:10px 16px;border-radius:4px}
`;

export function indexPage(): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>改革プラン台帳 — ワークベンチ</title>
<style>${STYLE}</style></head><body>
<div id="toolbar"><span class="title" id="spreadsheet-name">改革プラン台帳</span>
<button id="addon-menu-button" aria-haspopup="menu">拡張機能</button>
<label>利用者 <select id="user"></select></label>
<input id="user-other" placeholder="他の利用者のメール" size="24"><button id="user-other-apply">切替</button>
<button id="documents-button" aria-haspopup="menu" aria-expanded="false" hidden></button>
<span id="status" role="status"></span></div>
<div id="menu" role="menu" hidden></div><div id="documents" role="menu" aria-label="文書" hidden></div>
<div id="main"><div id="grid-wrap"><table id="grid"></table></div>
<aside id="sidebar-panel" hidden><div id="sidebar-head"><strong id="sidebar-title"></strong>
<button id="sidebar-close" aria-label="閉じる">×</button></div><iframe id="sidebar" title="sidebar"></iframe></aside></div>
<div id="tabs" role="tablist"></div>
<dialog id="alert"><h3 id="alert-title"></h3><p id="alert-prompt" style="white-space:pre-wrap"></p>
<form method="dialog"><button id="alert-ok">OK</button></form></dialog>
<div id="toast" hidden></div>
<script src="/app.js"></script></body></html>`;
}
