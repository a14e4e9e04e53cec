/**
 * What each keyword answers in the guide, shown on hover. Paraphrased, with
 * the guide section; the guide is "Guidance on Building and Sustaining Action
 * Teams" (Institute for Networked Communities).
 */
export const KEYWORD_DOCS: Record<string, string> = {
    'partnership': 'A regional sector partnership: employers of one industry with the workforce, education and economic development partners that support them.',
    'launch': 'The launch meeting, where businesses surfaced shared priorities. Follow-up calls come 3-4 weeks after it (Overview).',
    'priority': 'A priority the businesses signed up for at the launch. Each one becomes an action team (§1).',
    'follow-up': 'The follow-up call or small meeting for this priority, ideally 3-4 weeks after the launch: the businesses\' protected time to start forming a team (Overview, §1).',
    'convener': 'The organization that convenes the partnership and recruits the first responders (§2).',
    'team': 'The action team of one priority: business champions first, community partners joining after (Overview).',
    'formed': 'The follow-up call where the team formed. Community partners join after this date (Overview).',
    'champion': 'A business champion: a person of a business who owns the priority and stays at the center of the work (§1, §2).',
    'responder': 'A first responder: a person from a support partner, carefully chosen rather than a volunteer or a representative (§2).',
    'joined': 'When the first responder joined the team. The guide has community partners join after the team has formed (Overview).',
    'selected-by': 'How the responder was chosen. The guide asks the convener to carefully choose first responders (§2).',
    'commits': 'Resources the responder\'s organization commits: in-kind, financial, or policy and process changes (§2).',
    'traits': 'The four traits of a good first responder: commits resources, keeps business at the center, treats resources as a tool kit, collaborates (§2).',
    'success': 'How do we define success? What is the end result, and how will we know we have made change? (§1)',
    'measure': 'How the team will know it has made change: what it measures, the target, and by when (§1).',
    'early': 'An early win: one of the 2-3 specific actions that trigger change in the next 6-12 months (§1).',
    'first': 'A first win: what the team can accomplish in 60-90 days. Or the first step: what comes first, and who takes it (§1).',
    'next': 'A next win builds on an earlier one: early wins are a pivot to the next, not a reason to declare victory (§4).',
    'win': 'A specific action with an owner, a due date and the partners who support it (§1, §3).',
    'step': 'The first step: what comes first, who takes it, and when (§1).',
    'due': 'When the win or step is due. Specific timelines, not only long-term goals (§3).',
    'owner': 'Who owns it. Business champions stay at the center as co-owners (§2, §3).',
    'support': 'The role another organization plays: complementary roles, mapped out together (§3).',
    'impact': 'Will it yield high, positive impact for the most organizations and/or the community? (§1)',
    'feasibility': 'Will change be feasible within a year, with no new immediate resources, within the region? (§1)',
    'requires': 'What the win would need beyond the guide\'s assumptions: new funding, or change outside the region (§1).',
    'status': 'Where the win stands. Achieved and missed wins get an honest assessment (§4).',
    'assessment': 'What happened, honestly. Trust is built by achieving and honestly assessing early wins (§4).',
    'involve': 'Who needs to be involved? (§1)',
    'review': 'The business members reviewed the Action Plan and approved it or asked for changes (§1).',
    'organize': 'Organization the team creates: "just enough" to follow through on early wins, more only as the work grows (§3, §4).',
};
