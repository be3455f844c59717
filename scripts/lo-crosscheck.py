#!/usr/bin/python3
"""
A second formula engine: LibreOffice recomputes every formula of .xlsx workbooks written by the demo and each
result is compared with the value the in-memory engine (HyperFormula) cached in the file. One mismatch fails.

Run with Debian's /usr/bin/python3 (it has python3-uno; a pyenv python on PATH does not):

    /usr/bin/python3 scripts/lo-crosscheck.py [--today YYYY-MM-DD] [--now 'YYYY-MM-DD HH:MM'] out/demo-ru.xlsx ...

The expected values are read from the xlsx XML itself (the <v> of each formula cell), not through LibreOffice,
which would show them unrecalculated anyway. LibreOffice then loads the workbook, every formula cell is set
again (setFormula) with TODAY() and NOW() replaced by the demo's pinned date, calculateAll() runs, and the
results are read back. Numbers agree within a relative tolerance (1e-9, and 1e-9 absolute near zero);
booleans are numbers 1/0 in LibreOffice; a blank result and "" are the same; errors agree by their text.
Exit status: 0 all agree, 1 a mismatch (or a formula count that differs), 2 LibreOffice could not be used.
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

NS = {
    'm': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'rel': 'http://schemas.openxmlformats.org/package/2006/relationships',
}
R_ID = '{%s}id' % NS['r']

# LibreOffice error codes (formula::FormulaError) by the text Sheets/Excel show.
LO_ERRORS = {
    501: '#ERROR!', 502: '#VALUE!', 503: '#NUM!', 504: '#VALUE!', 507: '#ERROR!', 508: '#ERROR!',
    509: '#ERROR!', 510: '#ERROR!', 511: '#VALUE!', 512: '#ERROR!', 513: '#ERROR!', 514: '#ERROR!',
    516: '#ERROR!', 517: '#ERROR!', 518: '#ERROR!', 519: '#VALUE!', 520: '#ERROR!', 521: '#NULL!',
    522: '#REF!', 523: '#NUM!', 524: '#REF!', 525: '#NAME?', 526: '#NAME?', 527: '#ERROR!',
    532: '#DIV/0!', 538: '#ERROR!', 539: '#ERROR!', 540: '#ERROR!', 32767: '#N/A',
}


# ------------------------------------------------------------------------------------------ the xlsx side

def col_row(ref):
    """'AB12' -> (27, 11): zero-based column and row."""
    m = re.match(r'^([A-Z]+)(\d+)$', ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def cell_name(col, row):
    s = ''
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        s = chr(65 + rem) + s
    return '%s%d' % (s, row + 1)


def cached_formulas(path):
    """{sheet name: {(col, row): (formula, cached value)}} from the xlsx XML, in tab order.
    A cached value is a float, a str, a bool, ('error', text), or None (no cached value)."""
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    target = {r.get('Id'): r.get('Target') for r in rels.findall('rel:Relationship', NS)}
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        sst = ET.fromstring(z.read('xl/sharedStrings.xml'))
        for si in sst.findall('m:si', NS):
            shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
    out = {}
    for sh in wb.find('m:sheets', NS).findall('m:sheet', NS):
        t = target[sh.get(R_ID)]
        part = t.lstrip('/') if t.startswith('/') else 'xl/' + t
        root = ET.fromstring(z.read(part))
        cells = {}
        for c in root.iter('{%s}c' % NS['m']):
            f = c.find('m:f', NS)
            if f is None:
                continue
            v = c.find('m:v', NS)
            typ = c.get('t', 'n')
            text = v.text if v is not None else None
            if v is not None and text is None:
                text = ''  # <v></v>: an empty string result ("" from IF(…,…,""))
            if typ == 'inlineStr':
                is_ = c.find('m:is', NS)
                value = ''.join(x.text or '' for x in is_.iter('{%s}t' % NS['m'])) if is_ is not None else None
            elif text is None:
                value = None
            elif typ == 'b':
                value = text.strip() in ('1', 'true', 'TRUE')
            elif typ == 'e':
                value = ('error', text)
            elif typ == 's':
                value = shared[int(text)]
            elif typ == 'str':
                value = text
            elif text == '':
                value = ''
            else:
                value = float(text)
            cells[col_row(c.get('r'))] = (f.text or '', value)
        out[sh.get('name')] = cells
    return out


# ---------------------------------------------------------------------------------- the LibreOffice side

class Office:
    """A headless soffice of our own (own profile under /tmp, own pipe), ended by close()."""

    def __init__(self, profile=None):
        import uno  # noqa: F401  (fails here, clearly, without python3-uno)
        self.own_profile = profile is None
        self.profile = profile or tempfile.mkdtemp(prefix='spk-lo-crosscheck-', dir='/tmp')
        self.pipe = 'spk_lo_crosscheck_%d' % os.getpid()
        soffice = shutil.which('soffice') or '/usr/bin/soffice'
        self.proc = subprocess.Popen(
            [soffice, '-env:UserInstallation=file://' + self.profile, '--headless', '--invisible',
             '--nologo', '--norestore', '--nodefault', '--nolockcheck',
             '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.desktop = self._connect()

    def _connect(self):
        import uno
        from com.sun.star.connection import NoConnectException
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 60
        while True:
            try:
                ctx = resolver.resolve(
                    'uno:pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe)
                return ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
            except NoConnectException:
                if self.proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError('soffice did not start (exit code %s)' % self.proc.poll())
                time.sleep(0.2)

    def load(self, path):
        import uno
        from com.sun.star.beans import PropertyValue

        def prop(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(
            url, '_blank', 0, (prop('Hidden', True), prop('ReadOnly', True)))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, 9)  # our own process group only (start_new_session)
            self.proc.wait()
        if self.own_profile:
            shutil.rmtree(self.profile, ignore_errors=True)


def pin_clock(formula, today, now):
    """TODAY() -> DATE(y;m;d), NOW() -> DATE(y;m;d)+TIME(h;min;0), in LibreOffice's API syntax (';')."""
    y, m, d = today
    f = re.sub(r'\bTODAY\(\s*\)', 'DATE(%d;%d;%d)' % (y, m, d), formula, flags=re.I)
    ny, nm, nd, hh, mm = now
    return re.sub(r'\bNOW\(\s*\)', '(DATE(%d;%d;%d)+TIME(%d;%d;0))' % (ny, nm, nd, hh, mm), f, flags=re.I)


def recompute(doc, today, now):
    """{sheet name: {(col, row): (LibreOffice formula, value)}} after every formula is set again and the
    whole document recalculated. A value is a float, a str, ('error', text) or ('error-code', n)."""
    from com.sun.star.sheet.CellFlags import FORMULA
    cells = {}
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        found = []
        ranges = sheet.queryContentCells(FORMULA)
        for addr in ranges.getRangeAddresses():
            for row in range(addr.StartRow, addr.EndRow + 1):
                for col in range(addr.StartColumn, addr.EndColumn + 1):
                    cell = sheet.getCellByPosition(col, row)
                    cell.setFormula(pin_clock(cell.getFormula(), today, now))
                    found.append((col, row, cell))
        cells[sheet.getName()] = found
    doc.calculateAll()
    out = {}
    for name, found in cells.items():
        res = {}
        for col, row, cell in found:
            err = cell.getError()
            if err:
                value = ('error', LO_ERRORS.get(err, 'Err:%d' % err))
            elif cell.FormulaResultType2 == 2:  # com.sun.star.sheet.FormulaResult.STRING
                value = cell.getString()
            else:
                value = cell.getValue()
                # A reference to an empty cell: LibreOffice keeps an "empty" result that shows as blank.
                if value == 0 and cell.getString() == '':
                    value = ''
            res[(col, row)] = (cell.getFormula(), value)
        out[name] = res
    return out


# ------------------------------------------------------------------------------------------- comparison

def agree(expected, actual, rel, abs_):
    if isinstance(expected, tuple):
        return isinstance(actual, tuple) and expected[1] == actual[1]
    if isinstance(actual, tuple):
        return False
    if expected is None or expected == '':
        return actual == '' or actual is None
    if isinstance(expected, bool):
        return isinstance(actual, float) and actual == (1.0 if expected else 0.0)
    if isinstance(expected, float):
        if actual == '':  # a blank shown as 0 in a number context
            actual = 0.0
        if not isinstance(actual, float):
            return False
        if math.isnan(expected) or math.isnan(actual):
            return False
        return abs(expected - actual) <= max(abs_, rel * max(abs(expected), abs(actual)))
    return isinstance(actual, str) and expected == actual


def show(v):
    if v is None:
        return '(blank)'
    if isinstance(v, tuple):
        return v[1]
    if isinstance(v, bool):
        return 'TRUE' if v else 'FALSE'
    if isinstance(v, float):
        return repr(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return repr(v)


def check(office, path, today, now, rel, abs_):
    """Returns (formula cells, mismatches as (where, formula, expected, actual), problems)."""
    expected = cached_formulas(path)
    doc = office.load(path)
    if doc is None:
        raise RuntimeError('LibreOffice could not open ' + path)
    try:
        actual = recompute(doc, today, now)
    finally:
        doc.close(True)
    mismatches, problems, count = [], [], 0
    for sheet, cells in expected.items():
        lo = actual.get(sheet)
        if lo is None:
            problems.append('tab %r is missing in LibreOffice' % sheet)
            continue
        for (col, row), (formula, value) in sorted(cells.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            count += 1
            where = '%s!%s' % (sheet, cell_name(col, row))
            if (col, row) not in lo:
                problems.append('%s: a formula in the xlsx (=%s) that LibreOffice did not load as one' % (where, formula))
                continue
            if value is None:
                problems.append('%s: =%s has no cached value in the xlsx' % (where, formula))
                continue
            got = lo[(col, row)][1]
            if not agree(value, got, rel, abs_):
                mismatches.append((where, '=' + formula, value, got))
        for (col, row) in sorted(set(lo) - set(cells), key=lambda cr: (cr[1], cr[0])):
            if re.match(r'^=(TRUE|FALSE)\(\)$', lo[(col, row)][0], re.I):
                continue  # a boolean constant: LibreOffice imports an xlsx TRUE/FALSE as =TRUE()/=FALSE()
            problems.append('%s!%s: LibreOffice has a formula the xlsx does not (%s)'
                            % (sheet, cell_name(col, row), lo[(col, row)][0]))
    return count, mismatches, problems


def corrupted_copy(path, directory):
    """A copy of `path` in `directory` with one cached formula result changed (the first number, plus 1):
    (copy path, 'sheet part!cell', old value)."""
    out = os.path.join(directory, 'corrupted-' + os.path.basename(path))
    done = None
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if done is None and re.match(r'^xl/worksheets/sheet\d+\.xml$', item.filename):
                text = data.decode('utf-8')
                m = re.search(r'<c r="([A-Z]+\d+)"(?:(?!t=)[^>])*>(<f>[^<]*</f>)<v>(-?[\d.eE+-]+)</v>', text)
                if m:
                    new = repr(float(m.group(3)) + 1)
                    text = text[:m.start(3)] + new + text[m.end(3):]
                    data = text.encode('utf-8')
                    done = ('%s!%s' % (item.filename, m.group(1)), m.group(3), new)
            dst.writestr(item, data)
    if done is None:
        raise RuntimeError('no numeric formula result to corrupt in ' + path)
    return out, done


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('xlsx', nargs='+')
    ap.add_argument('--today', default='2026-11-20', help='the pinned TODAY() of the demo (default 2026-11-20)')
    ap.add_argument('--now', help="the pinned NOW() (default: --today at 10:00, as the demo pins it)")
    ap.add_argument('--rel', type=float, default=1e-9, help='relative tolerance (default 1e-9)')
    ap.add_argument('--abs', type=float, default=1e-9, help='absolute tolerance near zero (default 1e-9)')
    ap.add_argument('--show', type=int, default=20, help='mismatches listed (default 20)')
    ap.add_argument('--self-test', action='store_true',
                    help='also check a copy of the first workbook with one cached result corrupted, and fail '
                         'unless that cell is reported')
    ap.add_argument('--profile', help='LibreOffice user profile dir (default: a fresh one under /tmp)')
    args = ap.parse_args()
    today = tuple(int(x) for x in args.today.split('-'))
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$', args.now or (args.today + ' 10:00'))
    if len(today) != 3 or not m:
        ap.error('--today is YYYY-MM-DD, --now is "YYYY-MM-DD HH:MM"')
    now = tuple(int(x) for x in m.groups())

    started = time.time()
    try:
        office = Office(args.profile)
    except ImportError as e:
        print('LibreOffice cross-check: cannot import uno (%s): run it with /usr/bin/python3 and install '
              'python3-uno' % e, file=sys.stderr)
        return 2
    except Exception as e:
        print('LibreOffice cross-check: %s' % e, file=sys.stderr)
        return 2
    total, all_mismatches, all_problems, per_file = 0, [], [], []
    try:
        for path in args.xlsx:
            count, mismatches, problems = check(office, path, today, now, args.rel, args.abs)
            total += count
            per_file.append('%s %d' % (os.path.basename(path), count))
            all_mismatches += [(path,) + x for x in mismatches]
            all_problems += ['%s: %s' % (path, p) for p in problems]
        if args.self_test:
            with tempfile.TemporaryDirectory(prefix='spk-lo-crosscheck-', dir='/tmp') as tmp:
                copy, (where, old, new) = corrupted_copy(args.xlsx[0], tmp)
                _, mismatches, _ = check(office, copy, today, now, args.rel, args.abs)
            cell = where.split('!')[1]
            hits = [m[0] for m in mismatches if m[0].endswith('!' + cell) and show(m[2]) == show(float(new))]
            caught = bool(hits)
            print('LibreOffice cross-check self-test: cached %s changed %s -> %s: %s'
                  % (where, old, new, 'reported (%s)' % hits[0] if caught else 'NOT reported'))
            if not caught:
                all_problems.append('self-test: a corrupted cached value was not caught')
    finally:
        office.close()
    for path, where, formula, exp, got in all_mismatches[:args.show]:
        print('  MISMATCH %s %s  %s  in-memory %s, LibreOffice %s'
              % (os.path.basename(path), where, formula, show(exp), show(got)))
    if len(all_mismatches) > args.show:
        print('  … and %d more mismatches' % (len(all_mismatches) - args.show))
    for p in all_problems[:args.show]:
        print('  PROBLEM ' + p)
    print('LibreOffice cross-check: %d formula cells (%s), %d mismatches%s, TODAY()=%s, %.1f s'
          % (total, ', '.join(per_file), len(all_mismatches),
             ', %d problems' % len(all_problems) if all_problems else '', args.today, time.time() - started))
    return 1 if all_mismatches or all_problems or total == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
