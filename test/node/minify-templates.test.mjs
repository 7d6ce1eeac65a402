// The build's template minifier (scripts/lib/minify-templates.mjs) on the inputs that could trip it:
// what must change, and what must stay byte for byte.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfigFromFile } from 'vite';
import { minifyTemplates } from '../../scripts/lib/minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('minifyTemplates: css`…`', () => {
  it('drops comments and collapses whitespace, removing it around { } ; , and after :', () => {
    const code = 'const s = css`\n  /* the card */\n  .card ,\n  .other {\n    color: red;  /* why */\n    margin: 0 auto;\n  }\n`;';
    assert.equal(minifyTemplates(code), 'const s = css`.card,.other{color:red;margin:0 auto}`;');
  });

  it('keeps the space before a colon: `a :hover` is not `a:hover`', () => {
    assert.equal(minifyTemplates('css`a :hover { color: red }\n  :host ::slotted(p) { margin: 0 }`'), 'css`a :hover{color:red}:host ::slotted(p){margin:0}`');
  });

  it('keeps the space of an empty custom property (`--on: ;`)', () => {
    assert.equal(minifyTemplates('css`:host {\n  --on: ;\n  --off:  initial;\n  --x: }`'), 'css`:host{--on: ;--off:initial;--x: }`');
  });

  it('keeps one space around the combinators > + ~', () => {
    assert.equal(minifyTemplates('css`.a  >  .b,\n.c\n+\n.d ~ .e { top: 0 }`'), 'css`.a > .b,.c + .d ~ .e{top:0}`');
  });

  it('keeps strings as they are, with their spaces, comment-like text and punctuation', () => {
    const code = `css\`.q::before { content: ' { a ;  b } /* not a comment */ '; }\n.r::after { content: "x ,  \\\\"y\\\\" : z" }\``;
    assert.equal(minifyTemplates(code), `css\`.q::before{content:' { a ;  b } /* not a comment */ '}.r::after{content:"x ,  \\\\"y\\\\" : z"}\``);
  });

  it('keeps CSS escapes whole (`\\\\:` in the source), and a comment between two tokens leaves no space', () => {
    // What Lit gets: .a\:  .c { content: 'it\'s  \201C' } .\31  .x {} div/* x */.d { top: 0 }
    const code = "css`.a\\\\:  .c { content: 'it\\\\'s  \\\\201C' }\n.\\\\31  .x {}\ndiv/* x */.d { top: 0 }`";
    assert.equal(minifyTemplates(code), "css`.a\\\\: .c{content:'it\\\\'s  \\\\201C'}.\\\\31  .x{}div.d{top:0}`");
  });

  it('reads the text as Lit gets it: `\\:` is a plain colon, a line continuation is nothing', () => {
    const code = 'css`.a {\n  color\\:  red; }\n.b\\\n  .c { top: 0 }`';
    assert.equal(minifyTemplates(code), 'css`.a{color\\:red}.b .c{top:0}`');
  });

  it('leaves a space next to an interpolation unless a punctuator makes it unneeded', () => {
    const code = 'css`\n  .a ${sel} {\n    margin: ${gap} ${gap};\n    color: ${c}\n  }\n`';
    assert.equal(minifyTemplates(code), 'css`.a ${sel}{margin:${gap} ${gap};color:${c}}`');
  });

  it('leaves a css`…` alone when a string runs across an interpolation', () => {
    const code = "css`.a::before { content: '${text}  and  more'; }`";
    assert.equal(minifyTemplates(code), code);
  });
});

describe('minifyTemplates: html`…`', () => {
  it('turns each whitespace run with a newline into one space and leaves the others', () => {
    const code = 'html`\n  <p>\n    <b>one</b>\n    <i>two</i>  three\t four\n  </p>\n`';
    assert.equal(minifyTemplates(code), 'html` <p> <b>one</b> <i>two</i>  three\t four </p> `');
  });

  it('keeps the bindings and their expressions byte for byte', () => {
    const code = 'html`<input\n  name=${n}\n  .value=${this.v}\n  @input=${(e) => this.on(e)}\n  ?disabled=${!ok}\n>`';
    assert.equal(minifyTemplates(code), 'html`<input name=${n} .value=${this.v} @input=${(e) => this.on(e)} ?disabled=${!ok} >`');
  });

  it('follows nested ${…}: braces, strings and template literals inside stay as they are', () => {
    const expression = "${items.map((i) => { const o = { a: '}', b: \"`\" }; return `${i}  }\n  ${o.a}`; })}";
    const code = `html\`<ul>\n  ${expression}\n</ul>\``;
    assert.equal(minifyTemplates(code), `html\`<ul> ${expression} </ul>\``);
  });

  it('minifies the html`…` nested in an expression, and the text after it', () => {
    const code = 'html`<p>\n  ${ok ? html`<b>\n  yes</b>` : `plain\n  text`}\n</p>`';
    assert.equal(minifyTemplates(code), 'html`<p> ${ok ? html`<b> yes</b>` : `plain\n  text`} </p>`');
  });

  it('keeps escaped backticks and ${ and a line continuation', () => {
    const code = 'html`<p>\\`\n  \\${not} \\\n  x</p>`';
    assert.equal(minifyTemplates(code), 'html`<p>\\` \\${not} \\\n  x</p>`');
  });

  it('leaves a template with <pre> or <textarea> alone', () => {
    const code = 'html`<pre>\n  a\n    b\n</pre>`; html`<textarea>\n x</textarea>`';
    assert.equal(minifyTemplates(code), code);
  });
});

describe('minifyTemplates: what it leaves alone', () => {
  it('leaves unsafeHTML`…`, svg`…`, str`…`, x.html`…` and plain templates', () => {
    const code = 'unsafeHTML`<p>\n  a</p>`; svg`<text>\n  a</text>`; str`a\n  ${b}`; lit.html`<p>\n a</p>`; `<p>\n  a</p>`; mycss`a {\n }`';
    assert.equal(minifyTemplates(code), code);
  });

  it('leaves msg(html`…`) alone: lit-localize hashes its text', () => {
    const code = 'msg(html`<b>Hello</b>\n  world`); msg(\n  html`a\n  b`)';
    assert.equal(minifyTemplates(code), code);
  });

  it('is not fooled by comments, strings and regular expressions that hold a tag or a backtick', () => {
    const code = [
      '// html`<p>\n',
      '/* css`a {\n  }` */',
      "const s = 'html`<p>\\n  x';",
      'const r = /`/g.test(s) ? 1 / 2 : 3 / 4;',
      'const t = html`<p>\n  ok</p>`;',
    ].join('\n');
    assert.equal(minifyTemplates(code), code.replace('<p>\n  ok', '<p> ok'));
  });

  it('is a no-op on its own output, and follows every source file', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const once = minifyTemplates(readFileSync(join(root, 'src', file), 'utf8'));
      assert.equal(minifyTemplates(once), once, file);
    }
  });
});

describe('vite.config.ts', () => {
  it('minifies the templates of the bundle and the demo, not of dist/lib/ nor on the dev server', async () => {
    const uses = async (command, mode) => {
      const { config } = await loadConfigFromFile({ command, mode }, join(root, 'vite.config.ts'), root, 'silent');
      const plugins = (config.plugins ?? []).flat(Infinity);
      return plugins.some((p) => p?.name === 'coalition-minify-templates' && (p.apply === undefined || p.apply === command));
    };
    assert.equal(await uses('build', 'production'), true);
    assert.equal(await uses('build', 'demo'), true);
    assert.equal(await uses('build', 'lib'), false);
    assert.equal(await uses('serve', 'development'), false);
  });
});
