import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printTabs } from '../../local/demo-pictures';
import { Spreadsheet } from '../../local/spreadsheet';
import { FORMAT, moneyFormat } from '../../src/sheets/formats';

// LibreOffice prints the pictures; CI installs it. A machine without it skips this suite.
const hasLibreOffice = ['soffice', 'libreoffice'].some(
  (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0,
);
const hasPdfText = spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0;
const run = hasLibreOffice && hasPdfText ? describe : describe.skip;
jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-pictures-locale-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A tab with the add-on's formats: money, completion, a count, a day header (Monday 2 November 2026). */
function workbook(locale: string): Spreadsheet {
  const ss = new Spreadsheet({ locale, sheets: ['Tab'], now: '2026-11-20 10:00' });
  const sheet = ss.getSheetByName('Tab')!;
  sheet.getRange('A1:D1').setValues([[12_170_000, 0.519, 3380, new Date(2026, 10, 2, 12)]]);
  sheet
    .getRange('A1:D1')
    .setNumberFormats([[moneyFormat('RUB'), FORMAT.completion, FORMAT.count, FORMAT.dayHeader]]);
  for (let c = 1; c <= 4; c++) sheet.setColumnWidth(c, 160);
  return ss;
}

/** What LibreOffice prints for the tab, spaces of every kind made plain. */
async function printed(locale: string): Promise<string> {
  const sub = fs.mkdtempSync(path.join(dir, locale));
  const [tab] = (await printTabs(workbook(locale), sub))!;
  const text = spawnSync('pdftotext', ['-layout', tab.pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/ +/g, ' ');
}

run("the pictures are printed in the workbook's own locale", () => {
  test('ru: 12 170 000 ₽, 51,9 %, 3 380, «пн 02»', async () => {
    const text = await printed('ru_RU');
    expect(text).toContain('12 170 000 ₽');
    expect(text).toMatch(/51,9 ?%/);
    expect(text).toContain('3 380');
    expect(text).toContain('пн 02');
  });

  test('en: 12,170,000 ₽, 51.9%, 3,380, «Mon 02»', async () => {
    const text = await printed('en_US');
    expect(text).toContain('12,170,000 ₽');
    expect(text).toContain('51.9%');
    expect(text).toContain('3,380');
    expect(text).toContain('Mon 02');
  });
});
