/** A notebook's `slide:<name>` code cells, highlighted at build time by scripts/build/notebookCellsPlugin.ts. */
declare module '*.ipynb?slide-cells' {
  const cells: Readonly<Record<string, import('./notebookCell.ts').NotebookCellListing>>;
  export default cells;
}
