// Every bundle the hub serves from widgets/dist: one line per entry point.
export const entries = [
  // What municipal sites load: one file, always (a snippet is one <script>).
  { in: 'src/index.ts', out: 'samverka', budgetBytes: 25 * 1024 },
  { in: 'src/embed-builder/embed-builder.ts', out: 'embed-builder' },
  // The newsroom app, split into chunks (dist/chunks/): the shell that shows the login form and the
  // lists first, and the rich-text editor (Tiptap, ProseMirror) fetched when an editor first opens.
  {
    in: 'src/newsroom/newsroom.ts',
    out: 'newsroom',
    split: true,
    budgetBytes: 50 * 1024,
    lazyName: 'rich-text editor',
    lazyBudgetBytes: 130 * 1024,
  },
];
