// Every bundle the hub serves from widgets/dist: one line per entry point.
export const entries = [
  { in: 'src/index.ts', out: 'samverka', budgetBytes: 25 * 1024 },
  { in: 'src/embed-builder/embed-builder.ts', out: 'embed-builder' },
  // The newsroom app: editors' browsers, not readers'; no budget, but its size is printed.
  { in: 'src/newsroom/newsroom.ts', out: 'newsroom' },
];
