// The package's type entry re-exports './browser/commands.mjs', whose types are in commands.d.ts,
// which TypeScript does not find from there.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
