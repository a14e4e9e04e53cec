/** The XML checker the JUnit tests rely on must itself refuse what is not well-formed. */
import { strict as assert } from 'node:assert';
import { elementsNamed, parseXml, textOf } from './xml.js';

describe('the XML checker of the CLI tests', () => {
    it('reads a well-formed document and decodes entities', () => {
        const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &lt; 2 &amp; &quot;q&quot;"><b>t &gt; &#65;&#x42;</b><b/><![CDATA[<raw>]]></a>\n');
        assert.equal(root.attributes.x, '1 < 2 & "q"');
        assert.equal(elementsNamed(root, 'b').length, 2);
        assert.equal(textOf(root), 't > AB<raw>');
    });

    const bad: Array<[string, string]> = [
        ['unbalanced tags', '<a><b></a></b>'],
        ['an unclosed element', '<a><b></b>'],
        ['a raw < in an attribute', '<a x="1 < 2"/>'],
        ['a raw & in text', '<a>this & that</a>'],
        ['an unknown entity', '<a>&nbsp;</a>'],
        [']]> in text', '<a>x ]]> y</a>'],
        ['a control character', '<a>\u001b[31m</a>'],
        ['a character reference to a control character', '<a>&#1;</a>'],
        ['two roots', '<a/><b/>'],
        ['a duplicate attribute', '<a x="1" x="2"/>'],
        ['an unquoted attribute', '<a x=1/>'],
    ];
    for (const [what, text] of bad) {
        it(`refuses ${what}`, () => {
            assert.throws(() => parseXml(text), /not well-formed XML/);
        });
    }
});
