import { PARTNERSHIP_FILE } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

const NO_CONVENER: [string, string] = ['    convener LWC\n', ''];
const NO_LAUNCH: [string, string] = ['    launch 2026-03-04\n', ''];

ruleTester('partnership-essentials', {
    file: PARTNERSHIP_FILE,
    valid: [
        { name: 'a convener and a launch (the baseline)' },
        { name: 'an unresolved convener counts as written', edit: [['convener LWC', 'convener LWCC']], others: ['unresolved-reference'] },
        { name: 'a launch that is no real date counts as written', edit: [['launch 2026-03-04', 'launch 2026-02-30']], others: ['invalid-date'] },
        { name: 'a convener line without its value is the syntax error\'s to tell', edit: [['convener LWC', 'convener']], others: ['syntax'] },
        {
            name: 'silenced on the partnership line',
            edit: [NO_CONVENER, NO_LAUNCH, ['partnership NoCoMfg', '// actionplan-disable-next-line partnership-essentials -- launch not set yet\npartnership NoCoMfg']],
        },
    ],
    invalid: [
        {
            name: 'no convener',
            edit: [NO_CONVENER],
            errors: [{
                messageId: 'noConvener', line: 'partnership NoCoMfg', severity: 'warning',
                message: /^Partnership 'NoCoMfg' names no convener; in the guide “the convener plays a critical role in recruiting these first responders”\.$/,
            }],
        },
        {
            name: 'no launch: no follow-up window can be checked',
            edit: [NO_LAUNCH],
            errors: [{ messageId: 'noLaunch', line: 'partnership NoCoMfg', message: /“within 3-4 weeks from the Launch meeting”, and without it no follow-up window can be checked\.$/ }],
        },
        {
            name: 'neither: one diagnostic each',
            edit: [NO_CONVENER, NO_LAUNCH],
            errors: [{ messageId: 'noConvener', line: 'partnership NoCoMfg' }, { messageId: 'noLaunch', line: 'partnership NoCoMfg' }],
        },
    ],
});
