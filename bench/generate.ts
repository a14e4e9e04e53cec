/**
 * A seeded generator of realistic plan workspaces for the benchmark: one
 * partnership file (a hub every team refers to through its priority), a few
 * people and organization files (hubs referenced by hundreds of teams), and
 * team files of about 150 lines each. The same seed gives the same files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GeneratedWorkspace {
    root: string;
    files: number;
    lines: number;
    /** A team file that nothing else references. */
    leaf: string;
    /** The people file that most team files reference. */
    hub: string;
}

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const day = (base: number, offset: number) => new Date(Date.UTC(2026, 0, 1) + (base + offset) * 86_400_000).toISOString().slice(0, 10);

export function generateWorkspace(root: string, fileCount: number, seed = 42): GeneratedWorkspace {
    const rand = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(path.join(root, 'teams'), { recursive: true });
    const peopleFiles = Math.max(2, Math.round(fileCount / 100));
    const teamFiles = fileCount - 2 - peopleFiles;
    const teamsPerFile = 2;
    const teamCount = teamFiles * teamsPerFile;
    const write = (file: string, text: string) => {
        fs.writeFileSync(path.join(root, file), text);
        return text.split('\n').length;
    };
    let lines = 0;

    // The partnership: one priority per team.
    const priorities = Array.from({ length: teamCount }, (_, i) => `Priority${i}`);
    lines += write('partnership.plan', [
        'partnership Bench "Benchmark Regional Partnership" {',
        '    industry "Advanced manufacturing"', '    region "Three counties"', '    convener Board0', '    launch 2026-01-05', '',
        ...priorities.flatMap(p => [`    priority ${p} "Priority ${p}" {`, '        follow-up 2026-01-29', '    }']),
        '}', '',
    ].join('\n'));

    // Organizations: businesses and partners.
    const businesses = Array.from({ length: 40 }, (_, i) => `Biz${i}`);
    const partners = Array.from({ length: 20 }, (_, i) => `Board${i}`);
    lines += write('orgs.plan', [
        ...businesses.map(b => `business ${b} "Business ${b} Inc."`),
        ...partners.map((p, i) => `partner ${p} "Partner ${p}" kind ${['workforce', 'education', 'economic-development', 'government', 'nonprofit'][i % 5]}`),
        '',
    ].join('\n'));

    // People, spread over hub files: champions are people of businesses, responders of partners.
    const champions: string[][] = [];
    const responders: string[][] = [];
    for (let f = 0; f < peopleFiles; f++) {
        const c = Array.from({ length: 60 }, (_, i) => `champ${f}_${i}`);
        const r = Array.from({ length: 30 }, (_, i) => `resp${f}_${i}`);
        champions.push(c);
        responders.push(r);
        lines += write(`people-${f}.plan`, [
            `// People, part ${f + 1}`,
            ...c.map(n => `person ${n} "Champion ${n}" of ${pick(businesses)} title "Plant manager"`),
            ...r.map(n => `person ${n} "Responder ${n}" of ${pick(partners)} title "Director"`),
            '',
        ].join('\n'));
    }

    // Team files: about 150 lines each, people drawn mostly from the first people file (the hub).
    let leaf = '';
    for (let f = 0; f < teamFiles; f++) {
        const out: string[] = [`// Teams, file ${f}`];
        for (let t = 0; t < teamsPerFile; t++) {
            const index = f * teamsPerFile + t;
            const hubIndex = rand() < 0.9 ? 0 : 1 + Math.floor(rand() * (peopleFiles - 1));
            const ch = [pick(champions[hubIndex]), pick(champions[hubIndex])].filter((v, i, a) => a.indexOf(v) === i);
            const rs = [pick(responders[hubIndex])];
            const base = 27 + Math.floor(rand() * 3);
            const wins = [
                { kind: 'first', name: 'First', due: day(base, 75) },
                { kind: 'early', name: 'EarlyA', due: day(base, 150) },
                { kind: 'early', name: 'EarlyB', due: day(base, 300) },
                { kind: 'early', name: 'EarlyC', due: day(base, 330) },
            ];
            out.push(
                `team Team${index} "Action team ${index}" for ${priorities[index]} {`,
                `    formed ${day(base, 0)}`,
                ...ch.map(c => `    champion ${c}`),
                '',
                ...rs.flatMap(r => [
                    `    responder ${r} {`, `        joined ${day(base, 10)}`, '        selected-by convener',
                    '        commits in-kind "Staff time for the pilot"', '        commits financial "A small grant for materials"',
                    '        traits resources, business-centered, toolkit, collaborative', '    }', '',
                ]),
                '    success "More local hires in the sector" {',
                '        measure "Share of hires from regional programs" target "60%" by 2027-06-30',
                '        measure "Employers taking part" target "25"',
                '    }', '',
                ...wins.flatMap(w => [
                    `    ${w.kind} win ${w.name} "A ${w.kind} win of team ${index}" {`,
                    `        due ${w.due}`,
                    ...(w.kind === 'early' ? ['        impact high', '        feasibility medium'] : []),
                    `        owner ${ch[0]}`,
                    `        support ${rs[0]} "Helps with the work" gives in-kind`,
                    `        support ${pick(partners)} "Recruits participants"`,
                    '        status planned',
                    '    }', '',
                ]),
                `    next win Next "Build on the first win of team ${index}" after First {`,
                `        due ${day(base, 170)}`, `        owner ${ch[0]}`, '    }', '',
                '    first step "Convene the HR leads" {', `        owner ${ch[0]}`, `        due ${day(base, 14)}`, '    }',
                '    involve "HR leads from the plants"', `    involve ${pick(partners)}, ${pick(businesses)}`, '',
                `    review ${day(base, 20)} by ${ch[0]} status approved`,
                '    organize "Monthly team call" kind meeting',
                '}', '',
            );
        }
        const file = `teams/team-${String(f).padStart(5, '0')}.plan`;
        lines += write(file, out.join('\n'));
        if (!leaf) leaf = file;
    }
    fs.writeFileSync(path.join(root, 'actionplan.config.json'), '{ "asOf": "2026-02-01" }\n');
    return { root, files: fileCount, lines, leaf, hub: 'people-0.plan' };
}
