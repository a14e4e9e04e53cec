/**
 * Property: parsing, linking and every rule take any text calmly. For valid
 * plans, mutated plans and noise: no exception, no internal error, within
 * the time bound; every diagnostic is a rule of the catalogue with a message,
 * and its range lies inside its document; the parse keeps every character
 * (the CST's text is the document's text).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { RULE_IDS } from '../../language/rules/index.js';
import { anyWorkspace, noise, validWorkspace, type PlanFiles } from './arbitraries.js';
import { fuzz, rangeProblem, runsOf, services, withWorkspace } from './harness.js';
import { createLangiumParser, isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';
import { PARTNERSHIP, TEAM } from '../language/every-construct.js';

const KNOWN_CODES = new Set(RULE_IDS);

/** What must hold of every built workspace. */
export async function assertCalm(files: PlanFiles): Promise<void> {
    await withWorkspace(files, ({ documents }) => {
        for (const [file, document] of documents) {
            const text = document.textDocument.getText();
            const root = document.parseResult.value.$cstNode?.root;
            if (root) assert.equal(root.fullText, text, `${file}: the parse lost characters`);
            for (const diagnostic of document.diagnostics ?? []) {
                const where = `${file}: ${diagnostic.code} ${JSON.stringify(diagnostic.message)}`;
                assert.ok(KNOWN_CODES.has(String(diagnostic.code)), `${where}: not a rule of the catalogue (an internal error?)`);
                assert.ok(typeof diagnostic.message === 'string' && diagnostic.message.trim() !== '', `${where}: no message`);
                assert.ok([1, 2, 3, 4].includes(diagnostic.severity ?? 0), `${where}: severity ${diagnostic.severity}`);
                const problem = rangeProblem(diagnostic, text);
                assert.equal(problem, undefined, `${where}: ${problem}`);
            }
        }
    });
}

/** Langium's own parser, without language/parser.ts: the CST must be the same. */
const langiumParser = createLangiumParser(services);

function shape(node: CstNode): unknown {
    if (isLeafCstNode(node)) return [node.offset, node.length, node.hidden, node.tokenType.name];
    return { type: node.astNode?.$type, children: isCompositeCstNode(node) ? node.content.map(shape) : [] };
}

describe('fuzz: parse, link and every rule', () => {
    fuzz('the CST is the one Langium builds (language/parser.ts changes only its speed)', fc.oneof(anyWorkspace.map(w => Object.values(w.files).join('\n')), noise), text => {
        const ours = services.parser.LangiumParser.parse(text);
        const theirs = langiumParser.parse(text);
        assert.deepEqual(shape(ours.value.$cstNode!), shape(theirs.value.$cstNode!));
        assert.equal(ours.parserErrors.length, theirs.parserErrors.length);
    }, { runs: runsOf(40, 0.03) });

    fuzz('valid plans', validWorkspace, w => assertCalm(w.files), { runs: runsOf(40, 0.10) });

    fuzz('valid and mutated plans', anyWorkspace, w => assertCalm(w.files), { runs: runsOf(100, 0.15) });

    fuzz('noise: random characters and random tokens', noise, text => assertCalm({ 'noise.plan': text }), { runs: runsOf(40, 0.04) });

    // Every prefix of a plan that writes every construct: what the editor holds while someone types it.
    const whole = `${PARTNERSHIP}\n${TEAM}`;
    fuzz('a plan of every construct, truncated at any offset', fc.nat({ max: whole.length }),
        offset => assertCalm({ 'truncated.plan': whole.slice(0, offset) }),
        { runs: runsOf(30, 0.04), examples: [0, 1, whole.indexOf('{') + 1, whole.indexOf('"') + 1, whole.indexOf('/') + 1] });
});
