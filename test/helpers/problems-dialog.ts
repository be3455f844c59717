/**
 * A problems dialog (grouped by tab, as src/sheets/check-text.ts writes it) as flat lines, "• Team!A3: …":
 * each line under a tab heading takes that tab, a line with no cell reads "• Team: …"; fix lines are left out.
 * Tests that name a problem by tab and cell read the dialog through this.
 */
export function flatProblems(text: string): string[] {
  const out: string[] = [];
  let tab = '';
  for (const line of text.split('\n')) {
    const heading = /^(?:Лист «(.+)» — |Tab "(.+)": )\d/.exec(line);
    if (heading) tab = heading[1] ?? heading[2];
    else if (line.startsWith('• '))
      out.push(
        /^• [A-Z]*\d+(:[A-Z]*\d+)?: /.test(line) ? `• ${tab}!${line.slice(2)}` : `• ${tab}: ${line.slice(2)}`,
      );
  }
  return out;
}

/** The flat lines joined, for `toContain` and `toMatch`. */
export const flatText = (text: string): string => flatProblems(text).join('\n');
