/** The words of a code listing, in both languages. */
export const codeText = {
  lines: { fr: 'lignes', en: 'lines' },
  notFound: { fr: (file: string) => `Introuvable dans ${file}\u00a0: `, en: (file: string) => `Not found in ${file}: ` },
  continued: {
    fr: (lines: string) => `suite dans le fichier (lignes ${lines})`,
    en: (lines: string) => `continued in the file (lines ${lines})`,
  },
} as const;
