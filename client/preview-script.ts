/**
 * The script of the preview webview (kept apart from preview.ts, which needs
 * VS Code, so that a browser test can run it). It keeps the scroll position
 * across redraws, reports clicks on elements, and scrolls to the anchor the
 * extension names when the cursor moves in the editor; it checks a message's
 * shape as messages.ts `previewMessageSchema` does and ignores anything else.
 */
export const PREVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState() || {};
// Ready once the kept position is restored, so a scroll the extension then asks for is not undone by it.
window.addEventListener('load', () => {
    if (state.scrollY) window.scrollTo(0, state.scrollY);
    vscode.postMessage({ type: 'ready' });
});
window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
document.addEventListener('click', event => {
    const element = event.target.closest('[data-source-file]');
    if (!element) return;
    vscode.postMessage({ type: 'reveal', file: element.dataset.sourceFile, line: Number(element.dataset.sourceLine), column: Number(element.dataset.sourceColumn) });
});
window.addEventListener('message', event => {
    const message = event.data;
    if (!message || message.type !== 'scrollTo' || typeof message.anchor !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(message.anchor)) return;
    const target = document.getElementById(message.anchor);
    if (target) target.scrollIntoView({ block: 'start' });
});
`;
