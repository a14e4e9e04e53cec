import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { tokensOf } from '../formatter/helpers.js';
import { applyEdits, copySample, planFiles, SAMPLES, Session } from './helpers.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** The same tokens with odd indentation (tabs, spaces) and extra blank lines; lines inside a block comment are its text, left alone. */
function mess(text: string, lines?: [number, number]): string {
    let inComment = false;
    return text.split('\n').map((line, index) => {
        const wasInComment = inComment;
        const opened = line.lastIndexOf('/*');
        if (opened >= 0 && line.indexOf('*/', opened) < 0) inComment = true;
        else if (inComment && line.includes('*/')) inComment = false;
        if (wasInComment || (lines && (index < lines[0] || index > lines[1]))) return line;
        if (line.trim() === '') return '\n\n';
        const indent = line.length - line.trimStart().length;
        return `${index % 2 ? '\t' : ' '.repeat(indent / 2 + 1)}${line.trimStart()}`;
    }).join('\n');
}

describe('server: formatting', () => {
    const samples = ['northwind', 'needs-work'] as const;
    const sessions = new Map<string, Session>();
    before(async () => {
        for (const sample of samples) sessions.set(sample, await Session.start([copySample(sample)]));
    });
    after(async () => { for (const session of sessions.values()) await session.stop(); });

    async function format(session: Session, file: string, text: string): Promise<TextEdit[]> {
        session.change(file, text);
        await session.settle();
        return session.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: session.uri(file) }, options: OPTIONS });
    }

    for (const sample of samples) {
        for (const file of planFiles(path.join(SAMPLES, sample))) {
            it(`${sample}/${file}: idempotent, keeps every token and comment, and undoes a messy layout`, async () => {
                const session = sessions.get(sample)!;
                const original = session.open(file);
                const edits = await format(session, file, original);
                const once = applyEdits(original, edits);
                assert.deepEqual(tokensOf(once), tokensOf(original), 'the same tokens, comments included');
                assert.deepEqual(await format(session, file, once), [], 'formatting again changes nothing');
                if (file === 'drafts/broken.plan') {
                    assert.deepEqual(edits, [], 'a file with syntax errors is left alone');
                    return;
                }
                assert.deepEqual(edits, [], 'the samples are formatted');
                const messy = mess(original);
                assert.notEqual(messy, original);
                const fixed = applyEdits(messy, await format(session, file, messy));
                assert.equal(fixed, original);
                assert.deepEqual(await format(session, file, fixed), []);
                session.revert(file);
            });
        }
    }

    it('keeps line and block comments in their places', async () => {
        const session = sessions.get('northwind')!;
        const file = 'teams/retention.plan';
        const original = session.text(file);
        const commented = original
            .replace('    champion hank\n', '    champion hank // owns the scheduling pilot\n    /* a block\n       comment */\n')
            .replace('team RetentionTeam', '/* before */ team RetentionTeam');
        const formatted = applyEdits(mess(commented), await format(session, file, mess(commented)));
        assert.deepEqual(tokensOf(formatted), tokensOf(commented));
        assert.match(formatted, /\n {4}champion hank \/\/ owns the scheduling pilot\n/);
        assert.match(formatted, /\n {4}\/\* a block\n {7}comment \*\/\n/, 'the block comment\'s own lines are not re-indented');
        assert.deepEqual(await format(session, file, formatted), []);
        session.revert(file);
    });

    it('range formatting touches only the lines of the range', async () => {
        const session = sessions.get('northwind')!;
        const file = 'teams/nursing.plan';
        const original = fs.readFileSync(path.join(session.folder, file), 'utf8');
        // Lines 3-5 (the champions) and 28-30 (inside Placements) messed up; the range covers the first group only.
        const messy = mess(mess(original, [2, 5]), [28, 30]);
        session.change(file, messy);
        await session.settle();
        const edits = await session.request<TextEdit[]>('textDocument/rangeFormatting', {
            textDocument: { uri: session.uri(file) }, options: OPTIONS,
            range: { start: { line: 2, character: 0 }, end: { line: 5, character: 3 } },
        });
        assert.ok(edits.length > 0);
        for (const edit of edits) {
            assert.ok(edit.range.start.line >= 2 && edit.range.end.line <= 5 + 3, `edit inside the range: ${JSON.stringify(edit.range)}`);
        }
        const result = applyEdits(messy, edits);
        const resultLines = result.split('\n');
        const originalLines = original.split('\n');
        assert.deepEqual(resultLines.slice(2, 6), originalLines.slice(2, 6), 'the range is formatted');
        assert.ok(resultLines.some((line, i) => i > 10 && line.startsWith('\t')), 'the messy lines outside the range stay as they were');
        assert.deepEqual(tokensOf(result), tokensOf(original));
        session.revert(file);
    });
});
