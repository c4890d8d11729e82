#!/usr/bin/env python3
"""The spreadsheet round trip through the real LibreOffice (issue 15,
points 3 and 4).

For each locale (Indonesian and English US) and each CSV dialect (default:
commas; excel-id: semicolons), at test time:

1. load the seed into a new database and export it as CSV;
2. edit the exported text as a person typing into a spreadsheet would: a new
   title, a date typed in the locale's own order (23/01/2026 in Indonesian,
   1/24/2026 in English), a row without an id (a new event), and a deleted
   row;
3. open it in LibreOffice headless with that locale (`soffice --convert-to
   csv` with the locale's import and export filter options: the CSV
   LibreOffice itself saves, dates as it shows them), and print every cell
   LibreOffice changed;
4. load LibreOffice's file with `timeline load` and check that exactly the
   edits arrived: the title, the date, one new manual event, nothing
   removed (and with --prune, the deleted row's event removed), every other
   event unchanged; then load it again and check that nothing changes.

A round trip without edits must change nothing. And the exports themselves
must stay clean in LibreOffice with the Indonesian locale and its default
separators (`,` `;` and TAB at once): every row as many cells as the header,
`date_label` text, never a date (read back from LibreOffice's own file, the
flat ODS it saves).

usage: libreoffice_test.py --timeline BIN --soffice BIN --seeds DIR
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []

# LibreOffice's CSV filter options (Token 1 separators as character codes,
# 2 the text delimiter ", 3 the character set (76: UTF-8), 4 the first line,
# 5 column formats (none: detect), 6 the locale (1057 id-ID, 1033 en-US),
# 7 quoted fields as text (false), 8 detect special numbers (true: dates),
# 9 on export: save cell contents as shown).
LOCALES = {
    'id': {'lcid': 1057, 'typed_date': '24/01/2026'},   # day first, as an Indonesian types it
    'en': {'lcid': 1033, 'typed_date': '1/24/2026'},    # month first
}
DIALECTS = {'default': ',', 'excel-id': ';'}


def check(condition, what):
    if not condition:
        failures.append(what)
        print('FAIL:', what)


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    return result


class Timeline:
    def __init__(self, binary, db):
        self.binary, self.db = binary, db

    def __call__(self, *args, expect=0):
        result = run([self.binary, '--db', self.db] + list(args))
        if result.returncode != expect:
            print(result.stdout, result.stderr)
        check(result.returncode == expect, f'timeline {" ".join(args)} exits {expect}, got {result.returncode}: {result.stderr.strip()}')
        return result

    def events(self):
        out = self('query', '--factuality', 'any', '--format', 'json').stdout
        return {e['id']: e for doc in json.loads(out) for e in doc['events']}


def counts(stdout):
    """(added, changed, removed) events from `timeline load`'s summary."""
    m = re.search(r'(\d+) events added, (\d+) changed, (\d+) removed', stdout)
    return tuple(int(g) for g in m.groups()) if m else None


def read_rows(text, separator):
    if text.startswith('\ufeff'):
        text = text[1:]
    return list(csv.reader(io.StringIO(text, newline=''), delimiter=separator))


def write_rows(rows, separator):
    out = io.StringIO(newline='')
    csv.writer(out, delimiter=separator, lineterminator='\r\n').writerows(rows)
    return '\ufeff' + out.getvalue()


def soffice_convert(soffice, source, outdir, in_sep, out_sep, lcid, profile):
    """Opens `source` in LibreOffice Calc with locale `lcid` and saves it as
    CSV separated by `out_sep`, as LibreOffice writes it."""
    infilter = f'CSV:{in_sep},34,76,1,,{lcid},false,true'
    outfilter = f'csv:Text - txt - csv (StarCalc):{ord(out_sep)},34,76,1,,{lcid},false,true,true'
    result = run([soffice, f'-env:UserInstallation=file://{profile}', '--headless', f'--infilter={infilter}',
                  '--convert-to', outfilter, '--outdir', outdir, source])
    target = os.path.join(outdir, os.path.basename(source))
    check(os.path.exists(target), f'soffice converted {source}: {result.stderr.strip()}')
    return target


def soffice_cell_types(soffice, source, outdir, lcid, profile, separators='44/59/9'):
    """The cells LibreOffice makes of `source` with its default separators
    (`,` `;` TAB at once): rows of (value type, text) from the flat ODS it
    saves."""
    infilter = f'CSV:{separators},34,76,1,,{lcid},false,true'
    run([soffice, f'-env:UserInstallation=file://{profile}', '--headless', f'--infilter={infilter}',
         '--convert-to', 'fods', '--outdir', outdir, source])
    path = os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + '.fods')
    with open(path, encoding='utf-8') as f:
        xml = f.read()
    rows = []
    for row in re.findall(r'<table:table-row[^>]*>(.*?)</table:table-row>', xml, re.S):
        cells = []
        for attrs, body in re.findall(r'<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)', row, re.S):
            repeat = re.search(r'number-columns-repeated="(\d+)"', attrs)
            kind = re.search(r'office:value-type="(\w+)"', attrs)
            text = ''.join(re.findall(r'<text:p>(.*?)</text:p>', body or '', re.S))
            for _ in range(int(repeat.group(1)) if repeat else 1):
                cells.append((kind.group(1) if kind else '', text))
        while cells and cells[-1] == ('', ''):
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def changed_cells(before, after):
    changes = []
    for r, (old, new) in enumerate(zip(before, after)):
        for c in range(max(len(old), len(new))):
            a = old[c] if c < len(old) else None
            b = new[c] if c < len(new) else None
            if a != b:
                changes.append((r + 1, before[0][c] if c < len(before[0]) else c, a, b))
    return changes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--timeline', required=True)
    parser.add_argument('--soffice', required=True)
    parser.add_argument('--seeds', required=True)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix='timeline-lo-')
    profile = os.path.join(work, 'profile')  # LibreOffice's own settings, not the user's
    try:
        for locale, info in LOCALES.items():
            for dialect, sep in DIALECTS.items():
                case = f'{locale}/{dialect}'
                print(f'== LibreOffice, locale {locale} (LCID {info["lcid"]}), dialect {dialect}')
                folder = os.path.join(work, locale + '-' + dialect)
                os.makedirs(folder)
                db = os.path.join(folder, 'timeline.db')
                timeline = Timeline(args.timeline, db)
                timeline('load', args.seeds)
                exported = os.path.join(folder, 'export.csv')
                timeline('export', '--factuality', 'any', '--csv-dialect', dialect, '-o', exported)
                with open(exported, encoding='utf-8', newline='') as f:
                    export_text = f.read()
                rows = read_rows(export_text, sep)
                header = rows[0]
                col = {name: i for i, name in enumerate(header)}
                before = timeline.events()

                # Point 4: the export opens clean with LibreOffice's default separators.
                cells = soffice_cell_types(args.soffice, exported, os.path.join(folder, 'types'), info['lcid'], profile)
                check(len(cells) == len(rows), f'{case}: LibreOffice reads {len(rows)} rows, got {len(cells)}')
                for r, row in enumerate(cells):
                    check(len(row) == len(header), f'{case}: row {r + 1} opens as {len(row)} cells, the header has {len(header)}')
                label_types = {row[col['date_label']][0] for row in cells[1:] if len(row) == len(header) and row[col['date_label']][1]}
                print(f'   date_label cells as LibreOffice types them: {sorted(label_types)}')
                check('date' not in label_types, f'{case}: LibreOffice made a date of a date_label')

                # A round trip without edits changes nothing.
                plain = soffice_convert(args.soffice, exported, os.path.join(folder, 'plain'), ord(sep), sep, info['lcid'], profile)
                with open(plain, encoding='utf-8', newline='') as f:
                    plain_rows = read_rows(f.read(), sep)
                for r, name, a, b in changed_cells(rows, plain_rows):
                    print(f'   LibreOffice changed, without edits: line {r} {name}: {a!r} -> {b!r}')
                dump_before = timeline('query', '--factuality', 'any', '--format', 'json').stdout
                result = timeline('load', plain)
                check(counts(result.stdout) == (0, 0, 0),
                      f'{case}: an unedited round trip changes nothing: {result.stdout.strip()}')
                check(timeline('query', '--factuality', 'any', '--format', 'json').stdout == dump_before,
                      f'{case}: an unedited round trip leaves every event as it was')

                # The edits a person makes.
                edited = [list(row) for row in rows]
                first, second, third = edited[1], edited[2], edited[3]
                first[col['title']] = 'Envoys meet in Seoul (checked by hand)'
                second[col['start']] = second[col['end']] = info['typed_date']
                second[col['precision']] = 'day'
                deleted_id = third[col['id']]
                del edited[3]
                new = [''] * len(header)
                new[col['date_label']] = '2026-02'
                new[col['type']] = 'sanction'
                new[col['title']] = 'EU lists new entities (added by hand)'
                new[col['actor_ids']] = 'EU; PRK'
                new[col['roles']] = 'initiator; target'
                edited.append(new)
                typed = os.path.join(folder, 'typed.csv')
                with open(typed, 'w', encoding='utf-8', newline='') as f:
                    f.write(write_rows(edited, sep))
                saved = soffice_convert(args.soffice, typed, os.path.join(folder, 'saved'), ord(sep), sep, info['lcid'], profile)
                with open(saved, encoding='utf-8', newline='') as f:
                    saved_text = f.read()
                saved_rows = read_rows(saved_text, sep)
                print(f'   LibreOffice saved: BOM {saved_text.startswith(chr(0xfeff))}, CRLF {chr(13) + chr(10) in saved_text}, '
                      f'separator {sep!r}')
                for r, name, a, b in changed_cells(edited, saved_rows):
                    print(f'   LibreOffice changed: line {r} {name}: {a!r} -> {b!r}')

                result = timeline('load', saved)
                print('   ' + result.stdout.strip())
                check(counts(result.stdout) == (1, 2, 0), f'{case}: one event added, two changed: {result.stdout.strip()}')
                after = timeline.events()
                first_id, second_id = first[col['id']], second[col['id']]
                check(after[first_id]['title'] == 'Envoys meet in Seoul (checked by hand)', f'{case}: the title arrived')
                check(after[second_id]['date']['start'] == '2026-01-24' and after[second_id]['date']['end'] == '2026-01-24',
                      f'{case}: the typed date {info["typed_date"]} arrived as 2026-01-24: {after[second_id]["date"]}')
                check(deleted_id in after, f'{case}: a deleted row removes nothing without --prune')
                added = [e for i, e in after.items() if i not in before]
                check(len(added) == 1 and added and added[0]['type'] == 'sanction'
                      and added[0]['date']['start'] == '2026-02-01' and added[0]['date']['precision'] == 'month'
                      and [a['id'] for a in added[0]['actors']] == ['EU', 'PRK'],
                      f'{case}: one manual event added as typed: {added}')
                unchanged = [i for i in before if i not in (first_id, second_id) and before[i] != after.get(i)]
                check(not unchanged, f'{case}: no other event changed: {unchanged}')
                again = timeline('load', saved)
                check(counts(again.stdout) == (0, 0, 0),
                      f'{case}: loading the same sheet again changes nothing: {again.stdout.strip()}')
                pruned = timeline('load', '--prune', saved)
                check(counts(pruned.stdout) == (0, 0, 1), f'{case}: --prune removes the deleted row\'s event: {pruned.stdout.strip()}')
                check(deleted_id not in timeline.events(), f'{case}: --prune removed {deleted_id}')
                check(timeline('check').returncode == 0, f'{case}: timeline check passes')
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f'{len(failures)} failures')
        return 1
    print('all spreadsheet round trips passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
