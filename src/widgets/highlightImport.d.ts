/** A TypeScript file highlighted at build time by scripts/build/highlightPlugin.ts. */
declare module '*?highlight' {
  const listing: import('./codeListing.ts').CodeListing;
  export default listing;
}
