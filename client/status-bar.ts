/** The workspace's Action Plan errors and warnings, in the status bar; a click opens the Problems panel. */
import * as vscode from 'vscode';

export function createStatusBar(): vscode.Disposable {
    const item = vscode.window.createStatusBarItem('actionplan.problems', vscode.StatusBarAlignment.Left, 50);
    item.name = 'Action Plans problems';
    item.command = 'workbench.actions.view.problems';
    const update = () => {
        let errors = 0;
        let warnings = 0;
        for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
            for (const d of diagnostics) {
                if (d.source !== 'actionplan') continue;
                if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
                else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
            }
        }
        item.text = `$(checklist) Action Plans: $(error) ${errors} $(warning) ${warnings}`;
        item.tooltip = `Action Plans: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in the workspace`;
        item.accessibilityInformation = { label: item.tooltip };
        item.show();
    };
    update();
    const subscription = vscode.languages.onDidChangeDiagnostics(update);
    return vscode.Disposable.from(item, subscription);
}
