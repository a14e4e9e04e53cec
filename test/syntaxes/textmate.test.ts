/**
 * The TextMate grammar and the language configuration of the extension
 * (syntaxes/). The grammar is loaded the way VS Code loads it (vscode-textmate
 * on the Oniguruma wasm) and run on real plan text: the complete example of the
 * language reference (fixtures/partnership.plan, fixtures/teams/talent.plan)
 * and a file of edge cases (fixtures/edge-cases.plan). Both parse without
 * errors with the language itself, so the text the grammar is tested on is
 * text users write.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';
import { buildWorkspace } from '../helpers/workspace.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const grammarPath = path.join(root, 'syntaxes/actionplan.tmLanguage.json');
const configurationPath = path.join(root, 'syntaxes/language-configuration.json');
const fixture = (name: string): string => readFileSync(path.join(here, 'fixtures', name), 'utf8');

// ---------------------------------------------------------------- loading and tokenizing

let onigReady: Promise<void> | undefined;

async function loadGrammar(): Promise<IGrammar> {
    onigReady ??= (async () => {
        const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    })();
    await onigReady;
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scopeName =>
            scopeName === 'source.actionplan' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar('source.actionplan');
    assert.ok(grammar, 'the grammar source.actionplan loads');
    return grammar;
}

interface Token {
    text: string;
    scopes: string[];
}

interface Line {
    /** 1-based. */
    number: number;
    text: string;
    tokens: Token[];
}

function tokenize(grammar: IGrammar, text: string): Line[] {
    let state: StateStack = textmate.INITIAL;
    return text.split(/\r?\n/).map((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        const tokens = result.tokens
            .map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }))
            .filter(t => t.text.length > 0);
        return { number: index + 1, text: line, tokens };
    });
}

/** Whether `scope` is `prefix` or a more specific scope of it (`keyword` covers `keyword.other.actionplan`). */
function isScope(scope: string, prefix: string): boolean {
    return scope === prefix || scope.startsWith(`${prefix}.`);
}

function show(line: Line): string {
    return `line ${line.number} ${JSON.stringify(line.text)}:\n` +
        line.tokens.map(t => `    ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}

class Tokens {
    constructor(readonly lines: Line[]) {}

    /** The first line whose text contains `marker`. */
    line(marker: string): Line {
        const line = this.lines.find(l => l.text.includes(marker));
        assert.ok(line, `no line contains ${JSON.stringify(marker)}`);
        return line;
    }

    /** The `nth` token whose text is exactly `text`, on the first line containing `marker`. */
    token(marker: string, text: string, nth = 0): { token: Token; line: Line } {
        const line = this.line(marker);
        const token = line.tokens.filter(t => t.text === text)[nth];
        assert.ok(token, `no token ${JSON.stringify(text)} (#${nth}) on ${show(line)}`);
        return { token, line };
    }

    /** Assert the token carries a scope under each of `prefixes`. */
    expect(marker: string, text: string, prefixes: string | string[], nth = 0): void {
        const { token, line } = this.token(marker, text, nth);
        for (const prefix of [prefixes].flat()) {
            assert.ok(token.scopes.some(s => isScope(s, prefix)),
                `${JSON.stringify(text)} should be ${prefix}, is [${token.scopes.join(', ')}] on ${show(line)}`);
        }
    }

    /** Assert the token carries no scope under any of `prefixes`. */
    expectNot(marker: string, text: string, prefixes: string[], nth = 0): void {
        const { token, line } = this.token(marker, text, nth);
        for (const prefix of prefixes) {
            assert.ok(!token.scopes.some(s => isScope(s, prefix)),
                `${JSON.stringify(text)} should not be ${prefix}, is [${token.scopes.join(', ')}] on ${show(line)}`);
        }
    }
}

const KEYWORDISH = ['keyword', 'storage', 'constant', 'entity.name', 'variable', 'support'];

// ---------------------------------------------------------------- the grammar

describe('TextMate grammar (syntaxes/actionplan.tmLanguage.json)', () => {
    let grammar: IGrammar;
    let example: Tokens;
    let edge: Tokens;

    before(async () => {
        grammar = await loadGrammar();
        example = new Tokens(tokenize(grammar, `${fixture('partnership.plan')}\n${fixture('teams/talent.plan')}`));
        edge = new Tokens(tokenize(grammar, fixture('edge-cases.plan')));
    });

    it('is JSON with the scope name source.actionplan', () => {
        const raw = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName?: string; patterns?: unknown[] };
        assert.equal(raw.scopeName, 'source.actionplan');
        assert.ok(Array.isArray(raw.patterns) && raw.patterns.length > 0);
    });

    it('tests on plan text the language parses without errors', async () => {
        const workspace = await buildWorkspace({
            'partnership.plan': fixture('partnership.plan'),
            'teams/talent.plan': fixture('teams/talent.plan'),
            'edge/edge-cases.plan': fixture('edge-cases.plan'),
        });
        for (const [file, document] of workspace.documents) {
            const { lexerErrors, parserErrors } = document.parseResult;
            assert.deepEqual([...lexerErrors, ...parserErrors].map(e => e.message), [], `${file} parses`);
        }
    });

    describe('the complete example of the language reference', () => {
        it('colours line comments', () => {
            example.expect('// partnership.plan', '//', ['comment.line.double-slash.actionplan', 'punctuation.definition.comment']);
            example.expect('// partnership.plan', ' partnership.plan', 'comment.line.double-slash.actionplan');
            example.expectNot('// partnership.plan', ' partnership.plan', ['storage', 'keyword', 'variable']);
        });

        it('colours strings with their quotes', () => {
            const marker = 'partnership NoCoMfg';
            example.expect(marker, '"', ['string.quoted.double.actionplan', 'punctuation.definition.string.begin'], 0);
            example.expect(marker, 'Northern Colorado Manufacturing Partnership', 'string.quoted.double.actionplan');
            example.expect(marker, '"', ['string.quoted.double.actionplan', 'punctuation.definition.string.end'], 1);
            example.expect('region "Larimer', 'Larimer and Weld counties, Colorado', 'string.quoted.double');
            example.expectNot('region "Larimer', 'Larimer and Weld counties, Colorado', ['punctuation.separator']);
        });

        it('colours dates', () => {
            example.expect('launch 2026-03-04', '2026-03-04', 'constant.numeric.date.actionplan');
            example.expect('follow-up 2026-03-27', '2026-03-27', 'constant.numeric.date');
            example.expect('review 2026-04-20', '2026-04-20', 'constant.numeric.date');
            example.expect('target "60%" by 2027-06-30', '2027-06-30', 'constant.numeric.date');
        });

        it('colours each element keyword as a declaration, and the name it declares', () => {
            const declarations: Array<[marker: string, keyword: string, name: string]> = [
                ['partnership NoCoMfg', 'partnership', 'NoCoMfg'],
                ['priority Talent', 'priority', 'Talent'],
                ['business Ruiz', 'business', 'Ruiz'],
                ['partner LWC', 'partner', 'LWC'],
                ['person ana', 'person', 'ana'],
                ['team TalentTeam', 'team', 'TalentTeam'],
            ];
            for (const [marker, keyword, name] of declarations) {
                example.expect(marker, keyword, ['keyword.declaration', `storage.type.${keyword}`]);
                example.expect(marker, name, `entity.name.type.${keyword}`);
            }
        });

        it('colours the two-word keywords whole, and the win names', () => {
            example.expect('first win Tours', 'first win', ['keyword.declaration.win', 'storage.type.win']);
            example.expect('first win Tours', 'Tours', 'entity.name.function.win');
            example.expect('early win Apprenticeship', 'early win', 'storage.type.win');
            example.expect('early win Apprenticeship', 'Apprenticeship', 'entity.name.function.win');
            example.expect('next win ToursFall', 'next win', 'storage.type.win');
            example.expect('next win ToursFall', 'ToursFall', 'entity.name.function.win');
            example.expect('first step "Ana', 'first step', 'keyword.other');
        });

        it('colours body keywords', () => {
            const keywords: Array<[marker: string, keyword: string]> = [
                ['industry "Advanced', 'industry'], ['region "Larimer', 'region'], ['convener LWC', 'convener'],
                ['launch 2026', 'launch'], ['kind workforce', 'kind'], ['of Ruiz title', 'of'], ['of Ruiz title', 'title'],
                ['for Talent {', 'for'], ['formed 2026', 'formed'], ['champion ana', 'champion'], ['responder li', 'responder'],
                ['joined 2026', 'joined'], ['commits policy', 'commits'], ['traits resources', 'traits'],
                ['success "Regional', 'success'], ['measure "Share', 'measure'], ['target "60%"', 'target'],
                ['target "60%" by', 'by'], ['due 2026-06-10', 'due'], ['owner ben', 'owner'], ['support LWC', 'support'],
                ['impact high', 'impact'], ['feasibility medium', 'feasibility'], ['status achieved', 'status'],
                ['assessment "Four', 'assessment'], ['gives in-kind', 'gives'], ['after Tours', 'after'],
                ['involve "HR', 'involve'], ['involve LWC', 'involve'], ['review 2026', 'review'], ['review 2026', 'by'],
                ['review 2026', 'status'], ['organize "Monthly', 'organize'], ['kind meeting', 'kind'],
            ];
            for (const [marker, keyword] of keywords) example.expect(marker, keyword, 'keyword.other.actionplan');
        });

        it('colours hyphenated keywords whole', () => {
            example.expect('follow-up 2026-03-27', 'follow-up', 'keyword.other.actionplan');
            example.expect('selected-by convener', 'selected-by', 'keyword.other.actionplan');
        });

        it('colours enum values', () => {
            const values: Array<[marker: string, value: string, scope: string]> = [
                ['kind workforce', 'workforce', 'constant.language.partner-kind'],
                ['kind education', 'education', 'constant.language.partner-kind'],
                ['selected-by convener', 'convener', 'constant.language.selection'],
                ['commits in-kind', 'in-kind', 'constant.language.resource-kind'],
                ['commits policy', 'policy', 'constant.language.resource-kind'],
                ['gives in-kind', 'in-kind', 'constant.language.resource-kind'],
                ['traits resources', 'resources', 'constant.language.trait'],
                ['traits resources', 'business-centered', 'constant.language.trait'],
                ['traits resources', 'toolkit', 'constant.language.trait'],
                ['traits resources', 'collaborative', 'constant.language.trait'],
                ['impact high', 'high', 'constant.language.rating'],
                ['feasibility medium', 'medium', 'constant.language.rating'],
                ['status achieved', 'achieved', 'constant.language.status.win'],
                ['status in-progress', 'in-progress', 'constant.language.status.win'],
                ['status approved', 'approved', 'constant.language.status.review'],
                ['kind meeting', 'meeting', 'constant.language.organize-kind'],
            ];
            for (const [marker, value, scope] of values) example.expect(marker, value, scope);
        });

        it('colours references by the kind of element they name', () => {
            example.expect('convener LWC', 'LWC', 'variable.other.organization');
            example.expect('of Ruiz title', 'Ruiz', 'variable.other.organization');
            example.expect('for Talent {', 'Talent', 'variable.other.priority');
            example.expect('champion ana', 'ana', 'variable.other.person');
            example.expect('responder li', 'li', 'variable.other.person');
            example.expect('owner ben', 'ben', 'variable.other.person');
            example.expect('support li', 'li', 'variable.other.party');
            example.expect('after Tours', 'Tours', 'variable.other.win');
            example.expect('involve LWC, FRCC', 'LWC', 'variable.other.party');
            example.expect('involve LWC, FRCC', 'FRCC', 'variable.other.party');
            example.expect('by ana, ben', 'ana', 'variable.other.person');
            example.expect('by ana, ben', 'ben', 'variable.other.person');
        });

        it('colours punctuation', () => {
            example.expect('partnership NoCoMfg', '{', 'punctuation.section.block.begin');
            example.expect('    }', '}', 'punctuation.section.block.end');
            example.expect('involve LWC, FRCC', ',', 'punctuation.separator.comma');
            example.expect('by ana, ben', ',', 'punctuation.separator.comma');
            example.expect('traits resources', ',', 'punctuation.separator.comma', 2);
        });

        it('leaves nothing in the example uncoloured but spaces', () => {
            for (const line of example.lines) {
                for (const token of line.tokens) {
                    if (token.text.trim() === '') continue;
                    assert.ok(token.scopes.length > 1, `${JSON.stringify(token.text)} has only [${token.scopes.join(', ')}] on ${show(line)}`);
                }
            }
        });
    });

    describe('edge cases', () => {
        it('colours block comments, on one line and across lines', () => {
            edge.expect('/* Edge cases', '/*', ['comment.block.actionplan', 'punctuation.definition.comment.begin']);
            edge.expect('   escapes, names', '   escapes, names that contain keywords, and TEAM.WIN references. ', 'comment.block');
            edge.expect('   escapes, names', '*/', ['comment.block', 'punctuation.definition.comment.end']);
            edge.expect('partnership Edge', ' inline ', 'comment.block');
            edge.expect('partnership Edge', '{', 'punctuation.section.block.begin');
        });

        it('colours the directive of a suppression comment inside the comment', () => {
            edge.expect('actionplan-disable-file', 'actionplan-disable-file', ['comment.line', 'keyword.other.directive.suppression']);
            edge.expect('actionplan-disable-next-line', 'actionplan-disable-next-line', ['comment.line', 'keyword.other.directive.suppression']);
            edge.expect('actionplan-disable-next-line', ' first-win-window', 'comment.line');
            edge.expectNot('actionplan-disable-next-line', ' first-win-window', ['keyword', 'constant']);
        });

        it('colours \\" and \\\\ as escapes, and no other backslash', () => {
            const marker = 'partnership Edge';
            edge.expect(marker, '\\"', ['string.quoted.double', 'constant.character.escape.actionplan'], 0);
            edge.expect(marker, '\\"', 'constant.character.escape', 1);
            edge.expect(marker, '\\\\', ['string.quoted.double', 'constant.character.escape']);
            const line = edge.line(marker);
            const escapes = line.tokens.filter(t => t.scopes.some(s => isScope(s, 'constant.character.escape'))).map(t => t.text);
            assert.deepEqual(escapes, ['\\"', '\\"', '\\\\'], show(line));
            edge.expect(marker, 'plans and keep \\n as written', 'string.quoted.double');
            edge.expect(marker, '"', 'punctuation.definition.string.end', 1);
        });

        it('colours a keyword used as a name as a name', () => {
            edge.expect('business team', 'team', 'entity.name.type.business');
            edge.expectNot('business team', 'team', ['storage', 'keyword']);
            edge.expect('partner partner', 'partner', 'storage.type.partner', 0);
            edge.expect('partner partner', 'partner', 'entity.name.type.partner', 1);
            edge.expect('person person', 'person', 'entity.name.type.person', 1);
            edge.expect('person person', 'team', 'variable.other.organization');
            edge.expect('team status', 'status', 'entity.name.type.team');
            edge.expect('first win win', 'win', 'entity.name.function.win');
            edge.expect('convener partner', 'partner', 'variable.other.organization');
            edge.expect('champion person', 'person', 'variable.other.person');
            edge.expectNot('champion person', 'person', ['storage', 'keyword']);
            edge.expect('owner person', 'person', 'variable.other.person');
            edge.expect('support partner', 'partner', 'variable.other.party');
            edge.expect('involve team, partner', 'team', 'variable.other.party');
            edge.expect('involve team, partner', 'partner', 'variable.other.party');
            edge.expect('by person, teamLead', 'person', 'variable.other.person');
            edge.expect('by person, teamLead', 'teamLead', 'variable.other.person');
            edge.expect('by person, teamLead', 'status', 'keyword.other');
            edge.expect('by person, teamLead', 'changes-requested', 'constant.language.status.review');
        });

        it('colours TEAM.WIN references', () => {
            edge.expect('after status.win', 'status', 'variable.other.team');
            edge.expect('after status.win', '.', 'punctuation.accessor.dot');
            edge.expect('after status.win', 'win', 'variable.other.win');
            edge.expectNot('after status.win', 'status', ['keyword', 'constant']);
        });

        it('does not colour keywords inside names', () => {
            for (const marker of ['priority follow_up_x', 'for follow_up_x']) {
                edge.expect(marker, 'follow_up_x', marker.startsWith('priority') ? 'entity.name.type.priority' : 'variable.other.priority');
                edge.expectNot(marker, 'follow_up_x', ['keyword', 'storage', 'constant']);
            }
            edge.expect('person teamLead', 'teamLead', 'entity.name.type.person');

            const line = tokenize(grammar, 'follow_up_x teamLead partnerships business_x xpartner in_kind follow-upx in-kinds due-date first-win x-kind high-level')[0]!;
            for (const token of line.tokens) {
                assert.ok(!token.scopes.some(s => KEYWORDISH.some(k => isScope(s, k))), `${JSON.stringify(token.text)} is coloured on ${show(line)}`);
            }
            assert.ok(line.tokens.some(t => t.text === 'follow_up_x'), `follow_up_x is one token on ${show(line)}`);
        });

        it('colours hyphenated values whole, and selected-by convener as a value', () => {
            edge.expect('kind economic-development', 'economic-development', 'constant.language.partner-kind');
            edge.expect('selected-by convener', 'convener', 'constant.language.selection');
            edge.expectNot('selected-by convener', 'convener', ['keyword']);
            edge.expect('commits financial', 'financial', 'constant.language.resource-kind');
            edge.expect('traits business-centered', 'business-centered', 'constant.language.trait');
            edge.expectNot('traits business-centered', 'business-centered', ['storage', 'entity']);
            edge.expect('requires new-funding', 'new-funding', 'constant.language.requirement');
            edge.expect('requires outside-region', 'outside-region', 'constant.language.requirement');
            edge.expect('status in-progress', 'in-progress', 'constant.language.status.win');
            edge.expect('kind working-group', 'working-group', 'constant.language.organize-kind');
            edge.expect('kind working-group', 'on', 'keyword.other');
        });

        it('ends an unterminated string at the end of its line', () => {
            const lines = new Tokens(tokenize(grammar, 'business Open "no closing quote\nperson p "P" of Open'));
            lines.expect('person p', 'person', 'storage.type.person');
            lines.expect('person p', 'p', 'entity.name.type.person');
        });

        it('colours every keyword of the language (language/action-plan.langium)', () => {
            const langium = readFileSync(path.join(root, 'language/action-plan.langium'), 'utf8');
            const keywords = [...new Set([...langium.matchAll(/'([a-z][a-z-]*)'/g)].map(m => m[1]!))];
            assert.ok(keywords.length > 80, `found ${keywords.length} keywords`);
            for (const keyword of keywords) {
                const line = tokenize(grammar, `    ${keyword}`)[0]!;
                const token = line.tokens.find(t => t.text === keyword);
                assert.ok(token, `${keyword} is one token on ${show(line)}`);
                assert.ok(token.scopes.some(s => ['keyword', 'storage.type', 'constant.language'].some(k => isScope(s, k))),
                    `${keyword} is coloured on ${show(line)}`);
            }
        });
    });
});

// ---------------------------------------------------------------- the language configuration

interface LanguageConfiguration {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: Array<[string, string]>;
    autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
    surroundingPairs: Array<[string, string]>;
    folding: { markers: { start: string; end: string } };
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules: Array<{ beforeText: string; afterText?: string; action: { indent: string } }>;
    wordPattern: string;
}

/** The word at `column` (0-based) the way VS Code finds it: the wordPattern match that covers the column. */
function wordAt(pattern: RegExp, text: string, column: number): string | undefined {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) {
        if (match.index <= column && column <= match.index + match[0].length) return match[0];
    }
    return undefined;
}

describe('language configuration (syntaxes/language-configuration.json)', () => {
    let config: LanguageConfiguration;

    before(() => {
        config = JSON.parse(readFileSync(configurationPath, 'utf8')) as LanguageConfiguration;
    });

    it('declares the comments and braces of the language', () => {
        assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        assert.deepEqual(config.brackets, [['{', '}']]);
        assert.deepEqual(config.surroundingPairs, [['{', '}'], ['"', '"']]);
    });

    it('auto-closes braces and quotes outside strings and comments', () => {
        for (const [open, close] of [['{', '}'], ['"', '"']] as const) {
            const pair = config.autoClosingPairs.find(p => p.open === open);
            assert.ok(pair, `auto-closes ${open}`);
            assert.equal(pair.close, close);
            assert.deepEqual([...(pair.notIn ?? [])].sort(), ['comment', 'string']);
        }
    });

    it('has a wordPattern that keeps hyphenated keywords and dates whole', () => {
        const pattern = new RegExp(config.wordPattern);
        assert.equal(pattern.exec('follow-up')?.[0], 'follow-up');
        const line = '        follow-up 2026-03-27';
        assert.equal(wordAt(pattern, line, line.indexOf('up')), 'follow-up');
        assert.equal(wordAt(pattern, line, line.indexOf('03')), '2026-03-27');
        const status = '        status in-progress';
        assert.equal(wordAt(pattern, status, status.indexOf('progress')), 'in-progress');
        const names = '    involve LWC, FRCC  follow_up_x';
        assert.equal(wordAt(pattern, names, names.indexOf('WC')), 'LWC');
        assert.equal(wordAt(pattern, names, names.indexOf('_up')), 'follow_up_x');
        assert.equal(pattern.test(''), false, 'never matches nothing');
    });

    it('folds on // #region and // #endregion', () => {
        const start = new RegExp(config.folding.markers.start);
        const end = new RegExp(config.folding.markers.end);
        assert.ok(start.test('// #region organisations and people'));
        assert.ok(start.test('    //#region'));
        assert.ok(!start.test('// #endregion'));
        assert.ok(end.test('// #endregion'));
        assert.ok(!end.test('business X "// #endregion"'));
    });

    it('indents after a line ending with { and outdents a line starting with }', () => {
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        assert.ok(increase.test('team TalentTeam "Talent action team" for Talent {'));
        assert.ok(increase.test('    priority Talent "Talent" {  // drafting'));
        assert.ok(!increase.test('business Ruiz "Ruiz Precision Machining"'));
        assert.ok(!increase.test('// {'));
        assert.ok(!increase.test('    }'));
        assert.ok(decrease.test('    }'));
        assert.ok(!decrease.test('    due 2026-06-10'));
    });

    it('keeps indentation inside braces on Enter', () => {
        const between = config.onEnterRules.find(r => r.afterText !== undefined);
        assert.ok(between);
        assert.ok(new RegExp(between.beforeText).test('    responder li {'));
        assert.ok(new RegExp(between.afterText!).test('}'));
        assert.equal(between.action.indent, 'indentOutdent');
        const after = config.onEnterRules.find(r => r.afterText === undefined);
        assert.ok(after);
        assert.ok(new RegExp(after.beforeText).test('    responder li {'));
        assert.equal(after.action.indent, 'indent');
    });
});
