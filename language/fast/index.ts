/**
 * The fast path: most plan files in a workspace parse cleanly and check
 * clean, and for those Langium's CST (an object and a range per token, kept
 * for the life of the run) is most of the cost of a check. Such a file is
 * read by the fast lexer and parser here (language/fast/tokens.ts,
 * parser.ts) into the very AST Langium builds, with offsets instead of a CST.
 *
 * Langium stays the judge of syntax: the fast path declines any file it is
 * not sure of, and Langium parses it. A fast-read file whose CST is walked
 * (a fix that needs a keyword's place, a hover, a rule reading the text's
 * shape), or that is opened in the editor, gets Langium's full CST grafted
 * onto the same AST (`graft`), so every range, fix, hover and format is what
 * Langium alone would give; nothing that points into the AST (other files'
 * references, the index) changes.
 *
 * ACTIONPLAN_PARSER=langium turns the fast path off; =compare parses every
 * file both ways and fails on any difference (docs/architecture.md).
 */
import { CstUtils, type AstNode, type CstNode, type LangiumCoreServices, type LangiumDocument, type ParseResult, type Reference } from 'langium';
import { astDifference } from './compare.js';
import { isFastCst, type FastRootNode } from './cst.js';
import { FastParser } from './parser.js';
import { Vocabulary } from './tokens.js';

/**
 * The grammar the fast parser follows, as `grammarFingerprint` reads it. A
 * change to language/action-plan.langium changes it: the fast path then
 * stays off, and the differential test fails, until parser.ts follows the
 * grammar and this is updated.
 */
export const GRAMMAR_FINGERPRINT = '32ce47ce';

export type ParserMode = 'fast' | 'langium' | 'compare';

export function parserMode(): ParserMode {
    const value = typeof process !== 'undefined' ? process.env?.ACTIONPLAN_PARSER : undefined;
    return value === 'langium' || value === 'compare' ? value : 'fast';
}

export class FastPath {
    private constructor(private readonly parser: FastParser, private readonly services: LangiumCoreServices, readonly mode: ParserMode) {}

    /** The fast path of a language's services; undefined when it is off or does not fit the grammar. */
    static for(services: LangiumCoreServices): FastPath | undefined {
        if (!cache.has(services)) cache.set(services, FastPath.create(services));
        return cache.get(services);
    }

    private static create(services: LangiumCoreServices): FastPath | undefined {
        const mode = parserMode();
        if (mode === 'langium') return undefined;
        const fingerprint = grammarFingerprint(services);
        if (fingerprint !== GRAMMAR_FINGERPRINT) {
            if (mode === 'compare') throw new Error(`ACTIONPLAN_PARSER=compare: the grammar changed (fingerprint ${fingerprint}, the fast parser follows ${GRAMMAR_FINGERPRINT}); update language/fast/parser.ts.`);
            return undefined;
        }
        const keywords = Object.values(services.parser.Lexer.definition).map(token => token.PATTERN).filter((p): p is string => typeof p === 'string');
        const vocabulary = Vocabulary.of(keywords);
        const parser = vocabulary && FastParser.create({ vocabulary, linker: services.references.Linker, reflection: services.shared.AstReflection });
        return parser ? new FastPath(parser, services, mode) : undefined;
    }

    /** The parse of `text` when the fast path takes it; in compare mode, checked against Langium's. */
    parse(text: string, file: string): ParseResult | undefined {
        const fast = this.parser.parse(text);
        if (!fast) return undefined;
        const cst = fast.value.$cstNode as FastRootNode;
        let grafted: boolean | undefined;
        cst.graft = () => {
            const document = (fast.value as { $document?: LangiumDocument }).$document;
            if (!document) return false;
            return grafted ??= this.graft(document);
        };
        if (this.mode !== 'compare') return fast;
        const langium = this.services.parser.LangiumParser.parse(text);
        if (langium.lexerErrors.length || langium.parserErrors.length) {
            throw new Error(`ACTIONPLAN_PARSER=compare: ${file}: the fast path took a text Langium rejects (${[...langium.lexerErrors, ...langium.parserErrors][0].message}).`);
        }
        const difference = astDifference(fast.value, langium.value);
        if (difference) throw new Error(`ACTIONPLAN_PARSER=compare: ${file}: the fast path and Langium differ at ${difference}.`);
        return fast;
    }

    /**
     * Gives a fast-read document Langium's CST, on the same AST: Langium parses
     * the text again, and each CST node and reference node is moved over to the
     * fast path's node it stands for. False (nothing changed) should the two
     * parses not match, which the differential test rules out.
     */
    graft(document: LangiumDocument): boolean {
        const root = document.parseResult.value;
        if (!isFastCst(root.$cstNode)) return true;
        const text = root.$cstNode.root.fullText;
        const langium = this.services.parser.LangiumParser.parse(text);
        if (langium.lexerErrors.length || langium.parserErrors.length) return false;
        const nodes: Array<[AstNode, AstNode]> = [];
        const references: Array<[Reference, Reference]> = [];
        const difference = astDifference(root, langium.value, {
            node: (fast, other) => nodes.push([fast, other]),
            reference: (fast, other) => references.push([fast, other]),
        });
        if (difference) return false;
        const fastOf = new Map<AstNode, AstNode>(nodes.map(([fast, other]) => [other, fast]));
        for (const cst of CstUtils.streamCst(langium.value.$cstNode!)) {
            const own = (cst as unknown as { _astNode?: AstNode })._astNode;
            const fast = own && fastOf.get(own);
            if (fast) (cst as { astNode: AstNode }).astNode = fast;
        }
        for (const [fast, other] of nodes) (fast as { $cstNode?: CstNode }).$cstNode = other.$cstNode;
        for (const [fast, other] of references) (fast as { $refNode?: unknown }).$refNode = other.$refNode;
        document.parseResult = { ...langium, value: root };
        return true;
    }
}

const cache = new WeakMap<LangiumCoreServices, FastPath | undefined>();

/** Whether a document was read by the fast path and has no full CST yet. */
export function isFastDocument(document: LangiumDocument): boolean {
    return isFastCst(document.parseResult.value.$cstNode);
}

/**
 * A short hash of the grammar's rules as Langium loaded them (every rule,
 * element, keyword, assignment, cross-reference and terminal expression),
 * without positions or comments.
 */
export function grammarFingerprint(services: LangiumCoreServices): string {
    const json = JSON.stringify(services.Grammar, (key, value: unknown) => {
        if (key.startsWith('_') || (key.startsWith('$') && key !== '$type' && key !== '$refText')) return undefined;
        if (value && typeof value === 'object' && '$refText' in value) return (value as { $refText: string }).$refText;
        return value;
    });
    let hash = 0x811c9dc5;
    for (let i = 0; i < json.length; i++) {
        hash ^= json.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}

