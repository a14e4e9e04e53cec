/** The mocha runner VS Code calls inside the extension host. */
import Mocha from 'mocha';
import { extensionTests } from './extension.test.js';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
    mocha.suite.emit('pre-require', globalThis, 'extension', mocha);
    extensionTests();
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
    });
}
