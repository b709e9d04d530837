// Every bundle the hub serves from widgets/dist: one line per entry point.
export const entries = [
  // What municipal sites load: one file, always (a snippet is one <script>).
  { in: 'src/index.ts', out: 'samverka', budgetBytes: 25 * 1024 },
  { in: 'src/embed-builder/embed-builder.ts', out: 'embed-builder' },
  // The newsroom app, split into chunks (dist/chunks/): the shell that shows the login form and the start
  // view first; each route's area (its views and the elements they use) when the route first opens; and
  // the rich-text editor (Tiptap, ProseMirror) when an editor first renders. An on-demand chunk's budget
  // counts the chunks it brings along; body-editor has its own, every area the common one. The shell draws
  // nothing before the UI language's texts (sv or en) have come, so its budget counts the larger of them.
  {
    in: 'src/newsroom/newsroom.ts',
    out: 'newsroom',
    split: true,
    budgetBytes: 30 * 1024,
    initialWithOneOf: ['sv', 'en'],
    onDemandBudgetBytes: 40 * 1024,
    onDemandBudgets: { 'body-editor': 130 * 1024 },
  },
];
