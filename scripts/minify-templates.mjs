// An esbuild plugin that removes the indentation inside Lit's html`` and css`` templates,
// which esbuild keeps as string content. Only the literal parts change, never the
// expressions, and only in ways HTML and CSS treat as equal: a run of whitespace that
// spans a line break goes beside a block's tag and becomes one space elsewhere in HTML; in CSS, comments go, and whitespace
// around { } ; , and after a colon.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

// Elements laid out as blocks (or table parts): whitespace beside their tags is never drawn,
// since a line drops the spaces at its start and end. Dropping it spares the DOM a text node
// for each (a month grid had 540 of them).
const BLOCK = 'article|dd|dialog|div|dl|dt|fieldset|form|h[1-6]|header|li|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul';
const BESIDE_BLOCK = new RegExp(`(<\\/?(?:${BLOCK})\\b[^<>]*>)\\s*\\n\\s*|\\s*\\n\\s*(?=<\\/?(?:${BLOCK})\\b)`, 'g');

function minifyHtml(text) {
  return text.replace(BESIDE_BLOCK, '$1').replace(/\s*\n\s*/g, ' ');
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Returns `source` with the literal parts of its html`` and css`` templates minified. */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css'].includes(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // Between the opening ` or } and the closing ` or ${.
        const start = literal.getStart(file) + 1;
        const closesWithBacktick =
          literal.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || literal.kind === ts.SyntaxKind.TemplateTail;
        const end = literal.getEnd() - (closesWithBacktick ? 1 : 2);
        edits.push([start, end, minify(source.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
