#!/usr/bin/env bash
# Makes a deliberately broken copy of the extension, to prove the end-to-end
# suite fails when the extension breaks. The copy's language server drops
# every textDocument/publishDiagnostics message (everything else still works:
# hover, completion, rename, the preview). Nothing in the checkout is changed.
# With --web-server, the Node server is left alone and the web worker's
# server (dist/web/server.js) is cut to its first half instead.
#
#   scripts/e2e/make-broken-vsix.sh [IN.vsix] [OUT.vsix]
#   npx tsx test/e2e/run.ts --vsix OUT.vsix      # must fail at node 04-problems
#   scripts/e2e/make-broken-vsix.sh --web-server [IN.vsix] [OUT.vsix]
#   npx tsx test/e2e/run.ts --vsix OUT.vsix --host web   # must fail at web 02-extension-host
#
# Defaults: IN = actionplan.vsix (npm run package), OUT = $TMPDIR/actionplan-broken.vsix.
set -euo pipefail
mode=diagnostics
if [ "${1:-}" = "--web-server" ]; then mode=web-server; shift; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
in="${1:-$root/actionplan.vsix}"
out="${2:-${TMPDIR:-/tmp}/actionplan-broken.vsix}"
[ -f "$in" ] || { echo "no such .vsix: $in (run npm run package)" >&2; exit 2; }

python3 - "$in" "$out" "$mode" <<'PY'
import sys, zipfile
source, target, mode = sys.argv[1], sys.argv[2], sys.argv[3]
server = 'extension/dist/server/server.cjs' if mode == 'diagnostics' else 'extension/dist/web/server.js'
# The server talks to the client over Node IPC (process.send); drop the diagnostics, keep the queue moving.
patch = (';(()=>{const send=process.send&&process.send.bind(process);if(!send)return;'
         'process.stderr.write("[e2e] BROKEN server: publishDiagnostics dropped\\n");'
         'process.send=function(message,...rest){if(message&&message.method==="textDocument/publishDiagnostics"){'
         'const done=rest.find(a=>typeof a==="function");if(done)setImmediate(()=>done(null));return true;}'
         'return send(message,...rest);};})();')
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    names = zin.namelist()
    if server not in names:
        sys.exit(f'{server} is not in {source}')
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == server and mode == 'web-server':
            data = data[:len(data) // 2]
        elif item.filename == server:
            text = data.decode('utf-8')
            head = '"use strict";'
            text = head + patch + text[len(head):] if text.startswith(head) else patch + text
            data = text.encode('utf-8')
        zout.writestr(item, data)
print(f'broken copy: {target} ' + ('(its server publishes no diagnostics)' if mode == 'diagnostics' else '(its web worker server is cut in half)'))
PY
