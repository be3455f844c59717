import fc from 'fast-check';
import { decodeBytes } from '../../../src/core/import/bytes';
import { parseDelimited, sniffDelimiter } from '../../../src/core/import/delimited';
import { decodeEntities, parseHtmlTable } from '../../../src/core/import/html-table';
import { MAX_IMPORT_ROWS, parseExportText, tableOf } from '../../../src/core/import/table';
import { expectDomainError } from '../../helpers/domain-error';
import { fixtureBytes } from './helpers';

describe('sniffDelimiter', () => {
  it('counts the header line outside quotes', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(sniffDelimiter('"a;b",c,d\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\r\n"x,y"\t2\t3')).toBe('\t');
    expect(sniffDelimiter('"Бюджет, ₽";"Дата"')).toBe(';');
    expect(sniffDelimiter('just one column')).toBe(',');
    expect(sniffDelimiter('a;b\n1;2')).toBe(';');
    expect(sniffDelimiter('Звонки, ноябрь 2026\nДата;Время;Сотрудник\n')).toBe(';');
  });
});

describe('parseDelimited', () => {
  it('reads RFC 4180 quoting: "" for a quote, delimiters and newlines inside quotes, CRLF/LF/CR', () => {
    const text = 'a,"b ""q"", c","line1\r\nline2"\r\n1,2,3\n4,5,6\r7,,\n';
    expect(parseDelimited(text, ',')).toEqual([
      ['a', 'b "q", c', 'line1\r\nline2'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '', ''],
    ]);
  });

  it("keeps Bitrix24's trailing ';' as an empty last cell (the table drops its column)", () => {
    expect(parseDelimited('"ID";"Сумма";\r\n"1";"10";', ';')).toEqual([
      ['ID', 'Сумма', ''],
      ['1', '10', ''],
    ]);
    expect(tableOf(parseDelimited('"ID";"Сумма";\r\n"1";"10";', ';'))).toEqual({
      header: ['ID', 'Сумма'],
      rows: [['1', '10']],
    });
  });

  it('skips empty lines and stops after maxRows rows', () => {
    expect(parseDelimited('a\nb\nc\nd\n', ',', 2)).toEqual([['a'], ['b']]);
    expect(parseDelimited('a\n\n\r\n\nb\n', ',', 2)).toEqual([['a'], ['b']]);
  });

  it('parses back what a quoting writer wrote, for any cell text and each delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'я', ' ', '"', ',', ';', '\t', '\n', '\r', '1') });
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (delimiter, rows) => {
          const quote = (c: string) => (/["\r\n,;\t]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
          const text = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n');
          expect(parseDelimited(text, delimiter as ',' | ';' | '\t')).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseHtmlTable', () => {
  it('reads rows of td/th, unclosed cells, entities, <br> as a newline, skips <style>', () => {
    const html =
      '<style>td{x:"<td>"}</style><table><tr><th>A</th><th>B &amp; C</th></tr>' +
      '<tr><td>1&nbsp;000</td><td>x<br/>y &quot;z&quot; &#39;q&#39; &#x20BD; &#8470;</td></tr>' +
      '<tr><td>  two\n   words <td>open</table>';
    expect(parseHtmlTable(html)).toEqual([
      ['A', 'B & C'],
      ['1 000', 'x\ny "z" \'q\' ₽ №'],
      ['two words', 'open'],
    ]);
  });

  it('reads <thead>/<tbody>, upper-case tags and attributes, as Bitrix24 writes them', () => {
    const html =
      '<meta http-equiv="Content-type" content="text/html;charset=utf-8" />\n<TABLE border="1">\n<thead>\n' +
      '<TR>\n<TH>ID</TH>\n<TH>Сумма</TH>\n</TR>\n</thead>\n<tbody>\n<TR>\n<TD align="right">7</TD>\n' +
      '<TD style="mso-number-format:\'0.00\'">1 500,00</TD>\n</TR>\n</tbody>\n</TABLE>';
    expect(parseExportText(html)).toEqual({
      format: 'html',
      table: { header: ['ID', 'Сумма'], rows: [['7', '1 500,00']] },
    });
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('a &bogus; &#xD800; b')).toBe('a &bogus; &#xD800; b');
  });
});

describe('parseExportText', () => {
  it('strips a BOM, sniffs the delimiter, tells an HTML table from CSV', () => {
    const bom = parseExportText(decodeBytes(fixtureBytes('bitrix-products.csv')).text);
    expect(bom.format).toBe(';');
    expect(bom.table.header[0]).toBe('ID');
    expect(bom.table.header).toHaveLength(14);
    expect(bom.table.rows[0][1]).toBe('Оборудование "Север"');
    const tab = parseExportText(decodeBytes(fixtureBytes('kommo-utf8-tab.tsv')).text);
    expect(tab.format).toBe('\t');
    const html = parseExportText(decodeBytes(fixtureBytes('bitrix-deals.xls')).text);
    expect(html.format).toBe('html');
    expect(html.table.rows).toHaveLength(3);
    expect(html.table.rows[0][8]).toBe('первая строка\nвторая "строка" \'x\' ₽');
    expect(html.table.rows[2]).toHaveLength(9);
  });

  it('skips a report title above the header, in sniffing the delimiter too', () => {
    const text =
      'Детализация звонков за ноябрь 2026\r\n\r\nДата;Сотрудник;Длительность\r\n02.11.2026;Анна;45\r\n';
    expect(sniffDelimiter(text)).toBe(';');
    expect(parseExportText(text).table).toEqual({
      header: ['Дата', 'Сотрудник', 'Длительность'],
      rows: [['02.11.2026', 'Анна', '45']],
    });
    // A one-column file keeps its first row as the header.
    expect(parseExportText('ID\n1\n2').table).toEqual({ header: ['ID'], rows: [['1'], ['2']] });
  });

  it('keeps a quoted newline inside one cell', () => {
    const t = parseExportText(decodeBytes(fixtureBytes('amocrm-utf8-bom-comma.csv')).text).table;
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0][8]).toBe('первая строка\nвторая, строка');
    expect(t.header[2]).toBe('Бюджет, ₽');
  });

  it('refuses blank text, a header alone, and more than 200 000 data rows', () => {
    expectDomainError(() => parseExportText('\uFEFF \r\n;;;\r\n'), 'import.empty');
    expectDomainError(() => parseExportText('ID;Бюджет\r\n'), 'import.noRows');
    const big = `ID\n${'1\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expectDomainError(() => parseExportText(big), 'import.tooManyRows', { max: MAX_IMPORT_ROWS });
    expect(parseExportText(`ID\n${'1\n'.repeat(MAX_IMPORT_ROWS)}`).table.rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});
