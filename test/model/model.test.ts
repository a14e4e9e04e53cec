/**
 * The resolved model of the language reference's complete example, as of
 * 2026-05-01, against a golden file (test/model/golden/example.model.json).
 * `UPDATE_GOLDEN=1 npx mocha test/model/model.test.ts` rewrites it; read the
 * diff before committing it.
 *
 * The golden file was read by hand once, and its figures checked against a
 * calendar (launch 2026-03-04, team formed 2026-03-27, as of 2026-05-01):
 *
 * - follow-up of Talent 2026-03-27 is 23 days after the launch (Mar 4 → Mar 27);
 *   Supply 2026-03-30 is 26 days after it;
 * - the team's formed date is written (formedFrom "formed"), 23 days after the launch;
 * - first-win window: formed + 60 = 2026-05-26 (4 days to Mar 31, 30 in April,
 *   26 in May), formed + 90 = 2026-06-25;
 * - responder li joined 2026-04-15, 19 days after formation (4 + 15);
 * - Tours, due 2026-06-10: 75 days after formation (65 to May 31, + 10), 98 after
 *   launch (75 + 23), 40 days left (30 to May 31, + 10); first win, achieved, not overdue;
 *   its nextWins is ["TalentTeam.ToursFall"];
 * - Apprenticeship, due 2026-09-30: 187 days after formation (95 to Jun 30, 126 to Jul 31,
 *   157 to Aug 31, + 30), so a 12-month win (more than 182 days, within 365); 210 after
 *   launch; 152 days left (30 + 30 + 31 + 31 + 30);
 * - Pathways, due 2027-02-28: 338 days after formation (187 + 31 + 30 + 31 + 31 + 28),
 *   12-month; 361 after launch; 303 days left (152 + 151); planned (no status written);
 * - ToursFall, due 2026-11-15: 233 days after formation (187 + 31 + 15), horizon next;
 *   256 after launch; 198 days left (152 + 46); after TalentTeam.Tours;
 * - first step due 2026-04-10: daysLeft -21 (20 days to Apr 30, + 1);
 * - status counts: planned 2, in-progress 1, achieved 1; review approved (ana is a champion);
 * - one diagnostic: warning priority-has-team at partnership.plan:11:14, on priority:Supply
 *   (Supply has no team), counted in summary.warnings and listed on the priority.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelSchema, type ActionPlanModel } from '../../language/model/schema.js';
import { exampleModel } from './example.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden/example.model.json');

describe('the resolved model of the example', () => {
    let model: ActionPlanModel;
    before(async () => {
        model = await exampleModel();
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(model, null, 2) + '\n');
    });

    it('is valid against the model schema', () => {
        const parsed = modelSchema.parse(model);
        assert.deepEqual(parsed, model);
    });

    it('matches the golden file exactly', () => {
        const golden = modelSchema.parse(JSON.parse(readFileSync(GOLDEN, 'utf8')));
        assert.deepEqual(JSON.parse(JSON.stringify(model)), golden);
    });

    it('has the figures checked by hand', () => {
        const [partnership] = model.partnerships;
        assert.equal(partnership.launch, '2026-03-04');
        assert.deepEqual(partnership.priorities.map(p => [p.name, p.followUp, p.followUpDaysAfterLaunch, p.teams]), [
            ['Talent', '2026-03-27', 23, ['TalentTeam']],
            ['Supply', '2026-03-30', 26, []],
        ]);
        const [team] = model.teams;
        assert.deepEqual([team.formed, team.formedFrom, team.formedDaysAfterLaunch], ['2026-03-27', 'formed', 23]);
        assert.deepEqual(team.firstWinWindow, { from: '2026-05-26', to: '2026-06-25' });
        assert.equal(team.responders[0].joinedDaysAfterFormed, 19);
        assert.deepEqual(team.wins.map(w => [w.name, w.horizon, w.due, w.daysAfterFormed, w.daysAfterLaunch, w.daysLeft, w.status, w.overdue]), [
            ['Tours', 'first', '2026-06-10', 75, 98, 40, 'achieved', false],
            ['Apprenticeship', '12-month', '2026-09-30', 187, 210, 152, 'in-progress', false],
            ['Pathways', '12-month', '2027-02-28', 338, 361, 303, 'planned', false],
            ['ToursFall', 'next', '2026-11-15', 233, 256, 198, 'planned', false],
        ]);
        assert.deepEqual(team.wins[0].nextWins, ['TalentTeam.ToursFall']);
        assert.equal(team.wins[3].after?.name, 'TalentTeam.Tours');
        assert.equal(team.firstSteps[0].daysLeft, -21);
        assert.deepEqual(team.statusCounts, { planned: 2, 'in-progress': 1, achieved: 1, missed: 0, dropped: 0 });
        assert.equal(team.reviewStatus, 'approved');
        assert.deepEqual(model.diagnostics.map(d => `${d.severity} ${d.rule} ${d.file}:${d.line}:${d.column} ${d.element}`), [
            'warning priority-has-team partnership.plan:11:14 priority:Supply',
        ]);
        assert.deepEqual(partnership.priorities[1].diagnostics, [0]);
        assert.deepEqual({ ...model.summary, statusCounts: undefined }, { errors: 0, warnings: 1, infos: 0, hints: 0, statusCounts: undefined });
    });
});
