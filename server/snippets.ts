/** Snippets offered with the keyword that starts each element. `\t` becomes the editor's indentation. */

export interface Snippet {
    label: string;
    detail: string;
    body: string;
}

export const SNIPPETS: Record<string, Snippet[]> = {
    partnership: [{
        label: 'partnership …', detail: 'A sector partnership with its launch and priorities',
        body: 'partnership ${1:Name} "${2:Title}" {\n\tindustry "${3:Industry}"\n\tregion "${4:Region}"\n\tconvener ${5:Convener}\n\tlaunch ${6:2026-01-01}\n\n\tpriority ${7:Priority} "${8:What the businesses want to change}" {\n\t\tfollow-up ${9:2026-01-25}\n\t}\n}',
    }],
    priority: [{
        label: 'priority …', detail: 'A priority with its follow-up call',
        body: 'priority ${1:Name} "${2:Title}" {\n\tfollow-up ${3:2026-01-25}\n}',
    }],
    business: [{ label: 'business …', detail: 'An employer', body: 'business ${1:Name} "${2:Company name}"' }],
    partner: [{
        label: 'partner …', detail: 'A community or support organization',
        body: 'partner ${1:Name} "${2:Organization name}" kind ${3|workforce,education,economic-development,government,nonprofit,other|}',
    }],
    person: [{ label: 'person …', detail: 'A person of a business or partner', body: 'person ${1:name} "${2:Full Name}" of ${3:Org} title "${4:Title}"' }],
    team: [{
        label: 'team …', detail: 'The action team of one priority',
        body: [
            'team ${1:Name} "${2:Title}" for ${3:Priority} {',
            '\tchampion ${4:person}',
            '',
            '\tsuccess "${5:How we will know we made change}" {',
            '\t\tmeasure "${6:What we measure}" target "${7:Target}"',
            '\t}',
            '',
            '\tfirst win ${8:FirstWin} "${9:What we can accomplish in 60-90 days}" {',
            '\t\tdue ${10:2026-01-01}',
            '\t\towner ${4:person}',
            '\t}',
            '',
            '\tfirst step "${11:The first step}" {',
            '\t\towner ${4:person}',
            '\t\tdue ${12:2026-01-01}',
            '\t}',
            '\tinvolve "${13:Who needs to be involved}"',
            '}',
        ].join('\n'),
    }],
    responder: [{
        label: 'responder …', detail: 'A first responder from a support partner',
        body: 'responder ${1:person} {\n\tjoined ${2:2026-01-01}\n\tselected-by convener\n\tcommits ${3|in-kind,financial,policy|} "${4:What the organization commits}"\n\ttraits resources, business-centered, toolkit, collaborative\n}',
    }],
    success: [{
        label: 'success …', detail: 'How we will know we made change',
        body: 'success "${1:The end result}" {\n\tmeasure "${2:What we measure}" target "${3:Target}" by ${4:2027-01-01}\n}',
    }],
    early: [{
        label: 'early win …', detail: 'One of the 2-3 specific actions for the next 6-12 months',
        body: 'early win ${1:Name} "${2:Title}" {\n\tdue ${3:2026-01-01}\n\timpact ${4|high,medium|}\n\tfeasibility ${5|high,medium|}\n\towner ${6:person}\n\tsupport ${7:Org} "${8:Their role}"\n}',
    }],
    first: [
        { label: 'first win …', detail: 'What the team can accomplish in 60-90 days', body: 'first win ${1:Name} "${2:Title}" {\n\tdue ${3:2026-01-01}\n\towner ${4:person}\n}' },
        { label: 'first step …', detail: 'The first step, its owner and date', body: 'first step "${1:What}" {\n\towner ${2:person}\n\tdue ${3:2026-01-01}\n}' },
    ],
    next: [{
        label: 'next win …', detail: 'A win that builds on an earlier one',
        body: 'next win ${1:Name} "${2:Title}" after ${3:Win} {\n\tdue ${4:2026-01-01}\n\towner ${5:person}\n}',
    }],
    review: [{
        label: 'review …', detail: 'Business members reviewed the action plan',
        body: 'review ${1:2026-01-01} by ${2:person} status ${3|approved,changes-requested,pending|}',
    }],
    organize: [{
        label: 'organize …', detail: 'Organization the team creates',
        body: 'organize "${1:What}" kind ${2|meeting,working-group,committee,charter,bylaws,staff,fund,incorporation|}',
    }],
};
