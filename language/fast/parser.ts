/**
 * The fast path's parser: recursive descent over language/action-plan.langium,
 * one function per parser rule, building the very AST Langium's parser builds
 * (node types, properties and their order, references through the same
 * linker, defaults through Langium's own `assignMandatoryProperties`) with a
 * `FastCstNode` per node instead of a CST. It accepts only what it is sure
 * Langium parses the same way; everything else (a syntax error, a line
 * without its value, a line written twice, a keyword used as a name where
 * it could also start the next line) declines, and Langium parses the file.
 *
 * The grammar it follows is pinned by GRAMMAR_FINGERPRINT (language/fast/index.ts):
 * a change to the grammar turns the fast path off until this file follows it.
 */
import { type AstNode, type CstNode, type AstReflection, type Linker, type ParseResult, type Reference } from 'langium';
import { unquote } from '../strings.js';
import { FastCstNode, FastRootNode, LineIndex } from './cst.js';
import { DATE, ID, LINE, NAME, STRING, tokenize, type Tokens, type Vocabulary } from './tokens.js';

/** Thrown inside the parser when it declines; caught in `parse`. */
const DECLINE = new Error('declined');

/** The keywords the parser names, checked to be in the grammar's vocabulary. */
const KEYWORDS = [
    'partnership', 'industry', 'region', 'convener', 'launch', 'priority', 'follow-up', '{', '}', ',', '.',
    'business', 'partner', 'kind', 'person', 'of', 'title', 'team', 'for', 'formed', 'champion', 'responder',
    'joined', 'selected-by', 'traits', 'commits', 'success', 'measure', 'target', 'by', 'early', 'first', 'next', 'win',
    'after', 'due', 'owner', 'support', 'gives', 'impact', 'feasibility', 'requires', 'status', 'assessment',
    'step', 'involve', 'review', 'organize', 'on',
    'workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other',
    'volunteered', 'representative', 'in-kind', 'financial', 'policy',
    'resources', 'business-centered', 'toolkit', 'collaborative',
    'high', 'medium', 'low', 'new-funding', 'outside-region',
    'planned', 'in-progress', 'achieved', 'missed', 'dropped',
    'approved', 'changes-requested', 'pending',
    'meeting', 'working-group', 'committee', 'charter', 'bylaws', 'staff', 'fund', 'incorporation',
] as const;
type Keyword = typeof KEYWORDS[number];

/** The values of the grammar's enumeration rules (data type rules of keywords). */
const ENUMS = {
    PartnerKind: ['workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other'],
    Selection: ['convener', 'volunteered', 'representative'],
    ResourceKind: ['in-kind', 'financial', 'policy'],
    Trait: ['resources', 'business-centered', 'toolkit', 'collaborative'],
    Rating: ['high', 'medium', 'low'],
    Requirement: ['new-funding', 'outside-region'],
    WinStatus: ['planned', 'in-progress', 'achieved', 'missed', 'dropped'],
    ReviewStatus: ['approved', 'changes-requested', 'pending'],
    OrganizeKind: ['meeting', 'working-group', 'committee', 'charter', 'bylaws', 'staff', 'fund', 'incorporation'],
} satisfies Record<string, readonly Keyword[]>;
type EnumRule = keyof typeof ENUMS;

/** The parts of Langium's services the parser builds with. */
export interface FastParserServices {
    vocabulary: Vocabulary;
    linker: Linker;
    reflection: AstReflection;
}

type Node = Omit<AstNode, '$cstNode' | '$container' | '$containerProperty' | '$containerIndex'> & { $cstNode?: CstNode; $container?: AstNode; $containerProperty?: string; $containerIndex?: number } & Record<string, unknown>;

export class FastParser {
    private readonly k: Record<Keyword, number>;
    private readonly enums: Record<EnumRule, Set<number>>;
    private readonly defaults = new Map<string, Array<[string, unknown]>>();

    /** Undefined when the grammar's vocabulary lacks a keyword the parser names. */
    static create(services: FastParserServices): FastParser | undefined {
        const k = {} as Record<Keyword, number>;
        for (const keyword of KEYWORDS) {
            const kind = services.vocabulary.kinds.get(keyword);
            if (kind === undefined) return undefined;
            k[keyword] = kind;
        }
        return new FastParser(services, k);
    }

    private constructor(private readonly services: FastParserServices, k: Record<Keyword, number>) {
        this.k = k;
        this.enums = Object.fromEntries(Object.entries(ENUMS).map(([rule, values]) => [rule, new Set(values.map(v => k[v]))])) as Record<EnumRule, Set<number>>;
    }

    /** The parse of `text`, or undefined when the fast path declines it. */
    parse(text: string): (ParseResult & { value: AstNode }) | undefined {
        const tokens = tokenize(text, this.services.vocabulary);
        if (!tokens) return undefined;
        try {
            return new Run(this, text, tokens).model();
        } catch (error) {
            if (error === DECLINE) return undefined;
            throw error;
        }
    }

    /** For Run: the keyword kinds, the enumerations, the services. */
    get keywords(): Readonly<Record<Keyword, number>> { return this.k; }
    get enumerations(): Readonly<Record<EnumRule, Set<number>>> { return this.enums; }
    get linker(): Linker { return this.services.linker; }
    get reflection(): AstReflection { return this.services.reflection; }
    get vocabulary(): Vocabulary { return this.services.vocabulary; }

    /**
     * Langium's `assignMandatoryProperties`, with each type's defaults looked
     * up once: the properties not written get their default (a new list), in
     * the order of the type's metadata.
     */
    assignDefaults(node: Node): void {
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            const properties = Object.values(this.services.reflection.getTypeMetaData(node.$type).properties);
            defaults = properties.filter(p => p.defaultValue !== undefined).map(p => [p.name, p.defaultValue]);
            if (defaults.some(([, value]) => Array.isArray(value) ? value.length > 0 : typeof value === 'object')) {
                throw new Error(`The fast path knows list defaults that start empty, not the default of ${node.$type}`);
            }
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) node[name] = Array.isArray(value) ? [] : value;
        }
    }
}

/** One parse: a cursor over the tokens. */
class Run {
    private p = 0;
    private readonly k: Readonly<Record<Keyword, number>>;
    private readonly kind: Uint16Array;
    private readonly start: Int32Array;
    private readonly end: Int32Array;
    private readonly count: number;
    private readonly role: Uint8Array;
    private readonly root: FastRootNode;

    constructor(private readonly parser: FastParser, private readonly text: string, private readonly tokens: Tokens) {
        this.k = parser.keywords;
        this.kind = tokens.kind;
        this.start = tokens.start;
        this.end = tokens.end;
        this.count = tokens.count;
        this.role = parser.vocabulary.role;
        const lines = new LineIndex(tokens.lineStarts, tokens.lineCount);
        // As Langium's root: from the first token to the last, or over the comments when there is no token.
        const [from, to] = tokens.count > 0
            ? [tokens.start[0], tokens.end[tokens.count - 1]]
            : tokens.firstHidden >= 0 ? [tokens.firstHidden, tokens.lastHiddenEnd] : [0, 0];
        this.root = new FastRootNode(text, lines, from, to);
    }

    model(): ParseResult {
        const k = this.k;
        const model = { $type: 'Model' } as Node;
        while (this.p < this.count) {
            const kind = this.kind[this.p];
            let element: Node;
            if (kind === k.partnership) element = this.partnership();
            else if (kind === k.business) element = this.business();
            else if (kind === k.partner) element = this.partner();
            else if (kind === k.person) element = this.person();
            else if (kind === k.team) element = this.team();
            else throw DECLINE;
            this.addNode(model, 'elements', element);
        }
        this.root.astNode = model as AstNode;
        model.$cstNode = this.root;
        this.parser.assignDefaults(model);
        return { value: model, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors: [] };
    }

    // ------------------------------------------------------------ top-level elements

    private partnership(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Partnership');
        this.expect(k.partnership);
        const nameNode = this.name(node);
        node.title = this.string();
        this.expect(k['{']);
        for (;;) {
            const kind = this.kind[this.p];
            if (kind === k.industry) { this.p++; this.add(node, 'industry', this.string()); }
            else if (kind === k.region) { this.p++; this.add(node, 'region', this.string()); }
            else if (kind === k.convener) { this.p++; this.add(node, 'convener', this.optionalReference(node, 'convener')); }
            else if (kind === k.launch) { this.p++; this.add(node, 'launch', this.date()); }
            else if (kind === k.priority) this.addNode(node, 'priorities', this.priority());
            else break;
        }
        this.expect(k['}']);
        this.once(node, 'industry', 'region', 'convener', 'launch');
        return this.close(node, from, nameNode);
    }

    private priority(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Priority');
        this.expect(k.priority);
        const nameNode = this.name(node);
        node.title = this.string();
        if (this.at(k['{'])) {
            this.p++;
            while (this.at(k['follow-up'])) { this.p++; this.add(node, 'followUp', this.date()); }
            this.expect(k['}']);
            this.once(node, 'followUp');
        }
        return this.close(node, from, nameNode);
    }

    private business(): Node {
        const from = this.p;
        const node = this.open('Business');
        this.expect(this.k.business);
        const nameNode = this.name(node);
        node.title = this.string();
        return this.close(node, from, nameNode);
    }

    private partner(): Node {
        const from = this.p;
        const node = this.open('Partner');
        this.expect(this.k.partner);
        const nameNode = this.name(node);
        node.title = this.string();
        this.expect(this.k.kind);
        node.kind = this.enumeration('PartnerKind');
        return this.close(node, from, nameNode);
    }

    private person(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Person');
        this.expect(k.person);
        const nameNode = this.name(node);
        node.fullName = this.string();
        this.expect(k.of);
        node.org = this.reference(node, 'org');
        if (this.at(k.title)) {
            this.p++;
            node.jobTitle = this.string();
        }
        return this.close(node, from, nameNode);
    }

    private team(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Team');
        this.expect(k.team);
        const nameNode = this.name(node);
        node.title = this.string();
        this.expect(k.for);
        node.priority = this.reference(node, 'priority');
        this.expect(k['{']);
        for (;;) {
            const kind = this.kind[this.p];
            if (kind === k.formed) { this.p++; this.add(node, 'formed', this.date()); }
            else if (kind === k.champion) this.addNode(node, 'champions', this.champion());
            else if (kind === k.responder) this.addNode(node, 'responders', this.responder());
            else if (kind === k.success) this.addNode(node, 'successes', this.success());
            else if (kind === k.early || kind === k.next) this.addNode(node, 'wins', this.win());
            else if (kind === k.first) {
                const second = this.kind[this.p + 1];
                if (second === k.win) this.addNode(node, 'wins', this.win());
                else if (second === k.step) this.addNode(node, 'firstSteps', this.firstStep());
                else throw DECLINE;
            }
            else if (kind === k.involve) this.addNode(node, 'involves', this.involve());
            else if (kind === k.review) this.addNode(node, 'reviews', this.review());
            else if (kind === k.organize) this.addNode(node, 'organizes', this.organize());
            else break;
        }
        this.expect(k['}']);
        this.once(node, 'formed');
        return this.close(node, from, nameNode);
    }

    // ------------------------------------------------------------ the team body

    private champion(): Node {
        const from = this.p;
        const node = this.open('Champion');
        this.expect(this.k.champion);
        node.person = this.optionalReference(node, 'person');
        return this.close(node, from);
    }

    private responder(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Responder');
        this.expect(k.responder);
        node.person = this.optionalReference(node, 'person');
        if (this.at(k['{'])) {
            this.p++;
            for (;;) {
                const kind = this.kind[this.p];
                if (kind === k.joined) { this.p++; this.add(node, 'joined', this.date()); }
                else if (kind === k['selected-by']) { this.p++; this.add(node, 'selectedBy', this.enumeration('Selection')); }
                else if (kind === k.commits) this.addNode(node, 'commits', this.commitment());
                else if (kind === k.traits) {
                    this.p++;
                    this.add(node, 'traits', this.enumeration('Trait'));
                    while (this.at(k[','])) { this.p++; this.add(node, 'traits', this.enumeration('Trait')); }
                }
                else break;
            }
            this.expect(k['}']);
            this.once(node, 'joined', 'selectedBy');
        }
        return this.close(node, from);
    }

    private commitment(): Node {
        const from = this.p;
        const node = this.open('Commitment');
        this.expect(this.k.commits);
        node.kind = this.enumeration('ResourceKind');
        node.what = this.string();
        return this.close(node, from);
    }

    private success(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Success');
        this.expect(k.success);
        node.result = this.string();
        if (this.at(k['{'])) {
            this.p++;
            while (this.at(k.measure)) this.addNode(node, 'measures', this.measure());
            this.expect(k['}']);
        }
        return this.close(node, from);
    }

    private measure(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Measure');
        this.expect(k.measure);
        node.what = this.string();
        if (this.at(k.target)) { this.p++; node.target = this.string(); }
        if (this.at(k.by)) { this.p++; node.by = this.date(); }
        return this.close(node, from);
    }

    private win(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Win');
        const kind = this.kind[this.p];
        node.kind = this.text.slice(this.start[this.p], this.end[this.p]);
        this.p++;
        this.expect(k.win);
        const nameNode = this.name(node);
        node.title = this.string();
        if (kind === k.next) {
            this.expect(k.after);
            node.after = this.reference(node, 'after', true);
        }
        if (this.at(k['{'])) {
            this.p++;
            for (;;) {
                const line = this.kind[this.p];
                if (line === k.due) { this.p++; this.add(node, 'due', this.date()); }
                else if (line === k.owner) { this.p++; this.add(node, 'owner', this.optionalReference(node, 'owner')); }
                else if (line === k.support) this.addNode(node, 'supports', this.support());
                else if (line === k.impact) { this.p++; this.add(node, 'impact', this.enumeration('Rating')); }
                else if (line === k.feasibility) { this.p++; this.add(node, 'feasibility', this.enumeration('Rating')); }
                else if (line === k.requires) { this.p++; this.add(node, 'requires', this.enumeration('Requirement')); }
                else if (line === k.status) { this.p++; this.add(node, 'status', this.enumeration('WinStatus')); }
                else if (line === k.assessment) { this.p++; this.add(node, 'assessment', this.string()); }
                else break;
            }
            this.expect(k['}']);
            this.once(node, 'due', 'owner', 'impact', 'feasibility', 'status', 'assessment');
        }
        return this.close(node, from, nameNode);
    }

    private support(): Node {
        const from = this.p;
        const node = this.open('Support');
        this.expect(this.k.support);
        node.party = this.reference(node, 'party');
        node.role = this.string();
        if (this.at(this.k.gives)) { this.p++; node.gives = this.enumeration('ResourceKind'); }
        return this.close(node, from);
    }

    private firstStep(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('FirstStep');
        this.expect(k.first);
        this.expect(k.step);
        node.what = this.string();
        if (this.at(k['{'])) {
            this.p++;
            for (;;) {
                const line = this.kind[this.p];
                if (line === k.owner) { this.p++; this.add(node, 'owner', this.optionalReference(node, 'owner')); }
                else if (line === k.due) { this.p++; this.add(node, 'due', this.date()); }
                else break;
            }
            this.expect(k['}']);
            this.once(node, 'owner', 'due');
        }
        return this.close(node, from);
    }

    private involve(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Involve');
        this.expect(k.involve);
        if (this.kind[this.p] === STRING) node.who = this.string();
        else {
            this.add(node, 'parties', this.optionalReference(node, 'parties'));
            while (this.at(k[','])) { this.p++; this.add(node, 'parties', this.reference(node, 'parties')); }
        }
        return this.close(node, from);
    }

    private review(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Review');
        this.expect(k.review);
        node.date = this.date();
        this.expect(k.by);
        this.add(node, 'reviewers', this.reference(node, 'reviewers'));
        while (this.at(k[','])) { this.p++; this.add(node, 'reviewers', this.reference(node, 'reviewers')); }
        this.expect(k.status);
        node.status = this.enumeration('ReviewStatus');
        return this.close(node, from);
    }

    private organize(): Node {
        const k = this.k;
        const from = this.p;
        const node = this.open('Organize');
        this.expect(k.organize);
        node.what = this.string();
        this.expect(k.kind);
        node.kind = this.enumeration('OrganizeKind');
        if (this.at(k.on)) { this.p++; node.on = this.date(); }
        return this.close(node, from);
    }

    // ------------------------------------------------------------ tokens and values

    private at(kind: number): boolean {
        return this.p < this.count && this.kind[this.p] === kind;
    }

    private expect(kind: number): void {
        if (this.p >= this.count || this.kind[this.p] !== kind) throw DECLINE;
        this.p++;
    }

    private string(): string {
        if (this.p >= this.count || this.kind[this.p] !== STRING) throw DECLINE;
        const image = this.text.slice(this.start[this.p], this.end[this.p]);
        this.p++;
        return unquote(image);
    }

    private date(): string {
        if (this.p >= this.count || this.kind[this.p] !== DATE) throw DECLINE;
        const image = this.text.slice(this.start[this.p], this.end[this.p]);
        this.p++;
        return image;
    }

    private enumeration(rule: EnumRule): string {
        if (this.p >= this.count || !this.parser.enumerations[rule].has(this.kind[this.p])) throw DECLINE;
        const image = this.text.slice(this.start[this.p], this.end[this.p]);
        this.p++;
        return image;
    }

    /**
     * Whether the token at `i` can be a `Name`: an ID, a keyword that is never
     * a line keyword, or (when `inline` allows) a line keyword written after
     * something else on its line (line-structure.ts).
     */
    private isName(i: number, inline: boolean): boolean {
        if (i >= this.count) return false;
        const kind = this.kind[i];
        if (kind === ID) return true;
        const role = this.role[kind];
        return role === NAME || (inline && role === LINE && this.tokens.startsLine[i] === 0);
    }

    /** `name=Name`: the value, and the name's node for the name provider. */
    private name(node: Node): FastCstNode {
        if (!this.isName(this.p, true)) throw DECLINE;
        node.name = this.text.slice(this.start[this.p], this.end[this.p]);
        const nameNode = new FastCstNode(this.start[this.p], this.end[this.p], this.root);
        this.p++;
        return nameNode;
    }

    /** A cross-reference where the grammar requires it: `[Type:Name]`, or `[Win:WinRef]` (`TEAM.WIN`). */
    private reference(node: Node, property: string, winRef = false): Reference {
        return this.referenceAt(node, property, winRef, true);
    }

    /**
     * A cross-reference the grammar lets be left out (`owner`, `champion` …):
     * left out, the line lacks its value, and a line keyword written after it
     * on the line could be its value or the next line's start. Langium tells
     * those apart by looking further ahead; here both decline.
     */
    private optionalReference(node: Node, property: string): Reference {
        return this.referenceAt(node, property, false, false);
    }

    private referenceAt(node: Node, property: string, winRef: boolean, inline: boolean): Reference {
        const first = this.p;
        if (!this.isName(first, inline)) throw DECLINE;
        this.p++;
        if (winRef && this.at(this.k['.'])) {
            if (!this.isName(this.p + 1, true)) throw DECLINE;
            this.p += 2;
        }
        const from = this.start[first], to = this.end[this.p - 1];
        // `A.B` as Langium concatenates a data type rule's tokens: without what lies between them.
        const refText = this.p - first === 1 ? this.text.slice(from, to)
            : this.text.slice(this.start[first], this.end[first]) + '.' + this.text.slice(this.start[this.p - 1], to);
        const refNode = new FastCstNode(from, to, this.root);
        refNode.astNode = node as AstNode;
        return this.parser.linker.buildReference(node, property, refNode, refText);
    }

    // ------------------------------------------------------------ nodes

    private open($type: string): Node {
        return { $type } as Node;
    }

    /**
     * `+=` of a child node; and what Langium's `linkContentToContainer` sets
     * after a parse (the node's container, property and index), set here.
     */
    private addNode(node: Node, property: string, child: Node): void {
        let list = node[property] as Node[] | undefined;
        if (!list) node[property] = list = [];
        child.$container = node as AstNode;
        child.$containerProperty = property;
        child.$containerIndex = list.length;
        list.push(child);
    }

    /** As Langium's `+=`: the list made on the first value. */
    private add(node: Node, property: string, value: unknown): void {
        const list = node[property] as unknown[] | undefined;
        if (list) list.push(value);
        else node[property] = [value];
    }

    /** A line the grammar allows once is written twice: the `syntax` rule reports it from the CST. */
    private once(node: Node, ...properties: string[]): void {
        for (const property of properties) {
            const list = node[property] as unknown[] | undefined;
            if (list && list.length > 1) throw DECLINE;
        }
    }

    /** As Langium's `construct`: the node's CST (here its offsets), then the defaults of what was not written. */
    private close(node: Node, from: number, nameNode?: FastCstNode): Node {
        const last = this.p - 1;
        const cst = new FastCstNode(this.start[from], this.end[last], this.root);
        cst.astNode = node;
        if (nameNode) {
            // As Langium's: the name's node stands for the element.
            nameNode.astNode = node as AstNode;
            cst.nameNode = nameNode;
        }
        // A node written with a block ends with its `}`.
        if (this.kind[last] === this.k['}']) cst.close = this.start[last];
        node.$cstNode = cst;
        this.parser.assignDefaults(node);
        return node;
    }
}
