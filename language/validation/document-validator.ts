/**
 * Runs on each document: parser and linker problems first (`syntax`,
 * `unresolved-reference`), then every rule that is on, one walk over the AST;
 * then severities from the config and the suppression comments. A rule that
 * throws becomes one `internal-error` on the file; the others still run.
 */
import {
    type AstNode, type AstReflection, type DocumentValidator, type LangiumDocument, type ValidationOptions
} from 'langium';
import { Cancellation, CstUtils, GrammarAST } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { toDay, today } from '../dates.js';
import type { ConfigProvider, ResolvedConfig } from '../config/provider.js';
import { propertyNode } from '../fixes/edits.js';
import { docsUrl, INTERNAL_ERROR, isStructural, RULES } from '../rules/index.js';
import { formatMessage, type Fix, type Report, type Rule, type RuleContext, type Severity } from '../rules/rule.js';
import type { ActionPlanIndexManager } from '../workspace/index-manager.js';
import { unusedSuppression } from '../rules/unused-suppression.js';
import { lexerFixes, lexerMessage, parserMessage } from './parse-messages.js';
import { errorLine, missingValueKeywords, VALUES } from '../rules/syntax.js';
import { readSuppressions, removeCommentFix, removeRuleFix, silences, unusedCommentReason, unusedReason } from './suppressions.js';
import { unresolvedMessage } from './unresolved.js';
import { forEachNode } from '../walk.js';

export interface DiagnosticData {
    rule: string;
    messageId: string;
    fixes?: Fix[];
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** The syntax errors one file lists; past them, one more diagnostic counts the rest. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

type Check = (node: AstNode, context: RuleContext<any>) => void;

/** Every rule's checks, by the node type they look at. */
const CHECKS_BY_TYPE = new Map<string, Array<{ rule: Rule<any>; check: Check }>>();
for (const rule of RULES) {
    for (const [type, check] of Object.entries(rule.checks)) {
        const list = CHECKS_BY_TYPE.get(type) ?? [];
        list.push({ rule, check: check as Check });
        CHECKS_BY_TYPE.set(type, list);
    }
}

export interface ActionPlanValidatorServices {
    config: ConfigProvider;
    index: ActionPlanIndexManager;
    reflection: AstReflection;
}

export class ActionPlanDocumentValidator implements DocumentValidator {
    constructor(private readonly services: ActionPlanValidatorServices) {}

    async validateDocument(document: LangiumDocument, _options?: ValidationOptions, _cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        return this.validate(document);
    }

    validate(document: LangiumDocument): Diagnostic[] {
        const config = this.services.config.forFile(document.uri.fsPath);
        const diagnostics: Diagnostic[] = [];
        const add = (rule: string, severity: Severity, range: Range, message: string, messageId: string, fixes?: Fix[]) => {
            diagnostics.push(makeDiagnostic(rule, severity, range, message, messageId, fixes));
        };

        // One diagnostic per broken line: a parse error on a line that already has one is the parser's
        // recovery from it, not news (an unclosed string, then "expected 'of'" on the same line).
        const brokenLines = new Set<number>();
        // A file of garbage can hold millions of parse errors: the first MAX_SYNTAX_DIAGNOSTICS are told, then one line says how many more.
        let told = 0;
        let untold = 0;
        let firstUntold: Range | undefined;
        const addSyntax = (range: Range, message: () => string, fixes?: () => Fix[] | undefined) => {
            if (told < MAX_SYNTAX_DIAGNOSTICS) {
                told++;
                add('syntax', 'error', range, message(), 'parse', fixes?.());
            } else {
                untold++;
                firstUntold ??= range;
            }
        };
        for (const error of document.parseResult.lexerErrors) {
            const start = { line: (error.line ?? 1) - 1, character: (error.column ?? 1) - 1 };
            const end = { line: start.line, character: start.character + Math.max(1, error.length) };
            brokenLines.add(start.line);
            addSyntax({ start, end }, () => lexerMessage(error.message, document.textDocument.getText({ start, end })), () => lexerFixes(error.message, { start, end }));
        }
        for (const error of document.parseResult.parserErrors) {
            const line = errorLine(error);
            if (line !== undefined && brokenLines.has(line)) continue;
            if (line !== undefined) brokenLines.add(line);
            addSyntax(parserErrorRange(error, document), () => wrongValueMessage(error, document) ?? parserMessage(error.message));
        }
        if (firstUntold) {
            add('syntax', 'error', firstUntold, `${untold.toLocaleString('en-US')} more syntax ${untold === 1 ? 'error' : 'errors'} from here on are not listed; the first ${MAX_SYNTAX_DIAGNOSTICS} are.`, 'parse');
        }
        const unresolved: string[] = [];
        for (const reference of document.references) {
            if (!reference.error) continue;
            unresolved.push(reference.$refText);
            const info = reference.error.info;
            const range = reference.$refNode?.range ?? info.container.$cstNode?.range ?? ZERO_RANGE;
            const { messageId, message, suggestion } = unresolvedMessage(info, this.services.reflection.getReferenceType(info), this.services.index, document.uri);
            // The "did you mean" name, offered as a fix on the reference itself (only when the name is written there).
            const fixes = suggestion && reference.$refNode ? [{ title: `Change to '${suggestion}'`, edits: [{ range: reference.$refNode.range, newText: suggestion }] }] : undefined;
            add('unresolved-reference', 'error', range, message, messageId, fixes);
        }
        // So an edit that declares one of these names finds this document without a scan (server/document-builder.ts).
        this.services.index.setUnresolved(document.uri, unresolved);

        this.runRules(document, config, diagnostics);
        return applySuppressions(document, config, diagnostics)
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }

    private runRules(document: LangiumDocument, config: ResolvedConfig, diagnostics: Diagnostic[]): void {
        const asOf = toDay(config.asOf) ?? toDay(today())!;
        const contexts = new Map<Rule<any>, RuleContext<any> | undefined>();
        const failed = new Set<string>();
        const contextFor = (rule: Rule<any>) => {
            if (contexts.has(rule)) return contexts.get(rule);
            const setting = config.rule(rule.meta.id);
            const severity = rule.meta.structural ? 'error' : setting.severity;
            const context = severity === 'off' ? undefined : {
                options: setting.options,
                asOf,
                document,
                index: this.services.index,
                optionsOf: <O extends object>(other: Rule<O>) => config.rule(other.meta.id).options as O,
                report: (report: Report) => {
                    const message = formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data);
                    diagnostics.push(makeDiagnostic(rule.meta.id, severity, reportRange(report), message, report.messageId, report.fixes));
                },
            } satisfies RuleContext<any>;
            contexts.set(rule, context);
            return context;
        };
        const broken = brokenNodes(document);
        forEachNode(document.parseResult.value, node => {
            const checks = CHECKS_BY_TYPE.get(node.$type);
            if (!checks) return;
            // An element cut short by a syntax error (or a line without its value) would look as if it lacked
            // what it is being written with: only the syntax error is told.
            const isBroken = broken.has(node) || missingValueKeywords(node).length > 0;
            for (let i = 0; i < checks.length; i++) {
                const { rule, check } = checks[i];
                if (isBroken && !rule.meta.structural) continue;
                const context = contextFor(rule);
                if (!context || failed.has(rule.meta.id)) continue;
                try {
                    check(node, context);
                } catch (error) {
                    failed.add(rule.meta.id);
                    const range = node.$cstNode?.range ?? ZERO_RANGE;
                    const reason = error instanceof Error ? error.message : String(error);
                    diagnostics.push(makeDiagnostic(INTERNAL_ERROR, 'error', range,
                        `Internal error in rule '${rule.meta.id}': ${reason}. The other rules still ran; please report this.`, 'internal'));
                }
            }
        });
    }
}

/**
 * A line keyword followed on its line by something that is not its value
 * (`impact huge`): the parser, taking the value as left out, complains of the
 * next thing it wanted; say what the keyword needs instead.
 */
function wrongValueMessage(error: LangiumDocument['parseResult']['parserErrors'][number], document: LangiumDocument): string | undefined {
    const token = error.token;
    const root = document.parseResult.value.$cstNode;
    if (!root || isNaN(token.startOffset)) return undefined;
    // The leaf before the token in the text (the exception's own previous token is not reliable after a recovery).
    const before = CstUtils.findLeafNodeBeforeOffset(root, token.startOffset);
    if (!before || before.end > token.startOffset || before.range.end.line !== (token.startLine ?? 0) - 1) return undefined;
    const keyword = GrammarAST.isKeyword(before.grammarSource) ? before.grammarSource.value : undefined;
    const value = keyword === undefined ? undefined : VALUES[keyword];
    return value ? `Unexpected '${token.image}': '${keyword}' needs ${value.what}.` : undefined;
}

/** The innermost element at each syntax error (for a line cut short, the element of that line). */
function brokenNodes(document: LangiumDocument): Set<AstNode> {
    const broken = new Set<AstNode>();
    const root = document.parseResult.value.$cstNode;
    if (!root) return broken;
    // A typo read as its keyword and a stray `}` left out break nothing: the parse went on as if they were right.
    const offsets = document.parseResult.lexerErrors.filter(error => !lexerFixes(error.message, ZERO_RANGE)).map(error => error.offset);
    for (const error of document.parseResult.parserErrors) {
        const before = (error as { previousToken?: typeof error.token }).previousToken;
        const token = error.token;
        const at = before && !isNaN(before.startOffset) && (isNaN(token.startOffset) || (token.startLine ?? 0) > (before.endLine ?? 0)) ? before.startOffset : token.startOffset;
        if (!isNaN(at)) offsets.push(at);
    }
    for (const offset of offsets) {
        const node = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
        if (node && node !== document.parseResult.value) broken.add(node);
    }
    return broken;
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function makeDiagnostic(rule: string, severity: Severity, range: Range, message: string, messageId: string, fixes?: Fix[]): Diagnostic {
    const data: DiagnosticData = fixes?.length ? { rule, messageId, fixes } : { rule, messageId };
    return {
        range, severity: SEVERITY[severity], code: rule, codeDescription: { href: docsUrl(rule) }, source: 'actionplan', message, data,
    };
}

function reportRange(report: Report): Range {
    if (report.range) return report.range;
    const cst = (report.property && propertyNode(report.node, report.property, report.index))
        || propertyNode(report.node, 'name')
        || report.node.$cstNode;
    return cst?.range ?? ZERO_RANGE;
}

function parserErrorRange(error: LangiumDocument['parseResult']['parserErrors'][number], document: LangiumDocument): Range {
    const token = error.token;
    const before = (error as { previousToken?: typeof token }).previousToken;
    // A line cut short (`support` alone, a block left open): the token found is on a later line, the problem on this one.
    if (before && !isNaN(before.startOffset) && (isNaN(token.startOffset) || (token.startLine ?? 0) > (before.endLine ?? 0))) {
        return { start: document.textDocument.positionAt(before.startOffset), end: document.textDocument.positionAt(before.startOffset + before.image.length) };
    }
    if (!isNaN(token.startOffset)) {
        return { start: document.textDocument.positionAt(token.startOffset), end: document.textDocument.positionAt(token.startOffset + token.image.length) };
    }
    const previous = (error as { previousToken?: typeof token }).previousToken;
    if (previous && !isNaN(previous.startOffset)) {
        const at = document.textDocument.positionAt(previous.startOffset + previous.image.length);
        return { start: at, end: at };
    }
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return { start: end, end };
}

/** Drop what the comments silence; report the comments that silenced nothing. */
function applySuppressions(document: LangiumDocument, config: ResolvedConfig, diagnostics: Diagnostic[]): Diagnostic[] {
    const suppressions = readSuppressions(document.parseResult.value.$cstNode);
    if (suppressions.length === 0) return diagnostics;
    const kept = diagnostics.filter(diagnostic => {
        const rule = String(diagnostic.code);
        if (isStructural(rule)) return true;
        // Every matching suppression is marked used, so none is reported stale while another does the work.
        const matches = suppressions.filter(s => silences(s, rule, diagnostic.range.start.line));
        return matches.length === 0;
    });
    const setting = config.rule('unused-suppression');
    if (setting.severity === 'off') return kept;
    const messages = unusedSuppression.meta.messages;
    const text = document.textDocument.getText();
    const lineStart = (line: number) => document.textDocument.offsetAt({ line, character: 0 });
    const severity = (ruleId: string) => config.rule(ruleId).severity;
    for (const suppression of suppressions) {
        const unused = suppression.rules.filter(rule => !rule.used);
        if (!suppression.used) {
            kept.push(makeDiagnostic('unused-suppression', setting.severity, suppression.range,
                formatMessage(messages.unused, { why: unusedCommentReason(suppression, severity) }), 'unused',
                [removeCommentFix(suppression, text, lineStart)]));
            continue;
        }
        for (const rule of unused) {
            kept.push(makeDiagnostic('unused-suppression', setting.severity, rule.range,
                formatMessage(messages.unusedRule, { rule: rule.id, why: unusedReason(rule.id, suppression.kind, severity, 'it') }), 'unusedRule',
                [removeRuleFix(suppression, rule)]));
        }
    }
    return kept;
}

