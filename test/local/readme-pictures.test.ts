import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../../local/demo-run';
import { IMG, MANIFEST, picturesFingerprint, README_DEMO, readmePictures } from '../../local/readme-pictures';

// The demo runs the built bundle (dist/Code.js): `npm test` builds it first. No LibreOffice is needed: the
// fingerprint is of what the pictures show (the tabs' display values, formats, widths, charts) and of the
// code that draws them, not of the PNG bytes.
jest.setTimeout(60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-readme-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the README's pictures (docs/img)", () => {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));

  test('every picture the README shows is in docs/img and listed in pictures.json', () => {
    const readme = fs.readFileSync(path.resolve(IMG, '../../README.md'), 'utf8');
    const shown = [...readme.matchAll(/\]\(docs\/img\/([^)]+\.png)\)/g)].map((m) => m[1]);
    for (const png of shown) expect(fs.existsSync(path.join(IMG, png))).toBe(true);
    const demoPictures = shown.filter((p) => p !== 'import-dialog.png');
    expect(demoPictures.sort()).toEqual(Object.keys(manifest.pictures).sort());
  });

  test('are as current as the demo and the code that draws them (else: regenerate, see local/readme-pictures.ts)', async () => {
    const result = await runDemo({ ...README_DEMO, out: path.join(dir, 'demo.xlsx') });
    expect(readmePictures(result)).toEqual(manifest.pictures);
    const fingerprint = picturesFingerprint(result);
    if (fingerprint !== manifest.fingerprint) {
      throw new Error(
        'docs/img is older than what its pictures show: run `npm run build && node scripts/run-ts.js ' +
          'local/readme-pictures.ts` and commit docs/img',
      );
    }
  });
});
