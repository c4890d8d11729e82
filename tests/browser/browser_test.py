#!/usr/bin/env python3
"""The timeline page in a real browser (issue 15, point 2).

Loads the seed and a fact file of hostile and varied events into a new
database, exports the page with `timeline export --format html`, opens it in
headless Chromium with #selftest and reads what the page's self-test wrote
into the DOM (`--dump-dom`). The self-test (web/timeline.js) counts the
events it drew, clicks an event on the canvas, and switches each filter on
and off; this script checks those figures against the JSON export of the
same database, so a page that loses, invents or misfilters events fails.
Run at desktop and at phone width. No timings here: bench/html_bench.py.

usage: browser_test.py --timeline BIN --chromium BIN --seeds DIR
"""

import argparse
import collections
import html.parser
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

# Text that breaks out of a <script> element, opens a comment, or ends a
# string, if the page does not escape it.
HOSTILE_TITLE = '</script><p id="pwned">x</p> <!-- "quoted" \'single\' & </SCRIPT >'
# The hostile article's web address: the card must show it as a link.
HOSTILE_URL = 'https://example.com/news/hostile?a=1&b=2#top'
HOSTILE_SENTENCE = 'Corvaxa said </script><script>document.title="pwned"</script> <!-- it happened.'

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print('FAIL:', what)


def fold(text):
    return ''.join(c for c in unicodedata.normalize('NFD', text)
                   if not unicodedata.combining(c)).lower()


def write_fixture(folder):
    """An article and its fact file: every precision, every factuality,
    undated events, and the hostile event. Returns the hostile event's id."""
    sentences = [
        HOSTILE_SENTENCE,
        'North Korea held a week of artillery drills.',
        'Japan and Indonesia met in Jakarta on 3 March.',
        'South Korea did not hold talks with Russia.',
        'Analysts fear Russia may send aid next month.',
        'Sanctions were tightened in 2019.',
        'Hackers stole funds over five years.',
        'China issued a warning.',
    ]
    text = 'Hostile and varied events\n\n' + '\n\n'.join(sentences) + '\n'
    data = text.encode('utf-8')
    with open(os.path.join(folder, 'hostile.txt'), 'wb') as f:
        f.write(data)

    def evidence(sentence):
        start = data.index(sentence.encode('utf-8'))
        return {'text': sentence, 'start': start, 'end': start + len(sentence.encode('utf-8'))}

    def event(id_, type_, title, date, actors, sentence, factuality='asserted'):
        e = {'id': id_, 'type': type_, 'title': title,
             'actors': [{'id': a, 'role': r} for a, r in actors],
             'factuality': factuality, 'evidence': evidence(sentence)}
        e['date'] = date
        return e

    undated = {'start': None, 'end': None, 'precision': 'unknown'}
    events = [
        event('bt-hostile', 'statement', HOSTILE_TITLE,
              {'start': '2024-02-14', 'end': '2024-02-14', 'precision': 'day', 'text': '"on <b>Wednesday</b>"'},
              [('PRK', 'initiator')], HOSTILE_SENTENCE),
        event('bt-week', 'drill', 'North Korea holds a week of artillery drills',
              {'start': '2024-03-04', 'end': '2024-03-10', 'precision': 'week', 'text': 'a week'},
              [('PRK', 'initiator')], sentences[1]),
        event('bt-meet', 'meeting', 'Japan and Indonesia meet in Jakarta',
              {'start': '2024-03-03', 'end': '2024-03-03', 'precision': 'day', 'text': 'on 3 March'},
              [('JPN', 'participant'), ('IDN', 'participant')], sentences[2]),
        event('bt-negated', 'meeting', 'South Korea holds no talks with Russia',
              {'start': '2024-03-01', 'end': '2024-03-31', 'precision': 'month'},
              [('KOR', 'participant'), ('RUS', 'participant')], sentences[3], 'negated'),
        event('bt-possible', 'aid', 'Russia may send aid to North Korea',
              {'start': '2024-04-01', 'end': '2024-04-30', 'precision': 'month', 'text': 'next month'},
              [('RUS', 'initiator'), ('PRK', 'target')], sentences[4], 'possible'),
        event('bt-year', 'sanction', 'Sanctions on North Korea tightened',
              {'start': '2019-01-01', 'end': '2019-12-31', 'precision': 'year', 'text': 'in 2019'},
              [('UN', 'initiator'), ('PRK', 'target')], sentences[5]),
        event('bt-range', 'theft', 'Hackers steal funds over five years',
              {'start': '2019-01-01', 'end': '2023-12-31', 'precision': 'range', 'text': 'over five years'},
              [('PRK', 'initiator')], sentences[6]),
        event('bt-undated', 'warning', 'China issues a warning', undated,
              [('CHN', 'initiator')], sentences[7]),
        event('bt-undated-negated', 'nuclear_test', 'No nuclear test', undated,
              [('PRK', 'initiator')], sentences[1], 'negated'),
    ]
    document = {'article': {'title': 'Hostile <b>and</b> varied', 'published': '2024-03-12',
                            'language': 'en', 'path': 'hostile.txt', 'source_url': HOSTILE_URL},
                'events': events}
    with open(os.path.join(folder, 'hostile.json'), 'w', encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return 'bt-hostile'


class Dom(html.parser.HTMLParser):
    """The text of the elements with the ids we read, and every id seen."""

    WANTED = {'selftest', 'errors', 'card-title', 'card-evidence', 'card-id', 'card-source', 'card-codes'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = collections.Counter()
        self.text = {}
        self.stack = []  # (tag, id or None)

    def handle_starttag(self, tag, attrs):
        id_ = dict(attrs).get('id')
        if id_:
            self.ids[id_] += 1
        if tag in ('br', 'meta', 'input', 'img', 'hr', 'link'):
            return
        self.stack.append((tag, id_ if id_ in self.WANTED else None))
        if id_ in self.WANTED:
            self.text.setdefault(id_, '')

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, id_ in self.stack:
            if id_:
                self.text[id_] += data


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kwargs)
    if result.returncode != 0:
        sys.exit(f'{" ".join(cmd)} failed ({result.returncode}): {result.stderr}')
    return result


def open_page(chromium, page, fragment, size, profile):
    cmd = [chromium, '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
           '--no-first-run', '--disable-extensions', '--disable-background-networking',
           f'--user-data-dir={profile}', f'--window-size={size}', '--virtual-time-budget=10000',
           '--enable-logging=stderr', '--v=0',
           '--dump-dom', 'file://' + page + '#' + fragment]
    result = run(cmd)
    dom = Dom()
    dom.feed(result.stdout)
    return dom, result.stdout, result.stderr


def check_page(label, dom, raw, stderr, expected, hostile_id, text_word):
    total = len(expected)
    dated = [e for e in expected if e['date'].get('start')]
    check('selftest' in dom.text and dom.text['selftest'].strip(), f'{label}: the self-test wrote its results')
    if not dom.text.get('selftest', '').strip():
        return
    r = json.loads(dom.text['selftest'])
    # A page whose self-test stopped part way (an error) lacks some results.
    missing = [k for k in ('all', 'filters', 'after', 'byType', 'zoom', 'indonesian', 'keys', 'width')
               if k not in r]
    check(not missing, f'{label}: the self-test ran to its end (missing {missing}; errors {r.get("errors")})')
    if missing:
        return
    check(r['errors'] == [], f'{label}: no errors in the page: {r["errors"]}')
    check(dom.text.get('errors', '') == '', f'{label}: #errors is empty')
    check('Uncaught' not in stderr, f'{label}: no uncaught exception in the browser console')
    check(dom.ids['pwned'] == 0, f'{label}: hostile text made no element of its own')

    # Every exported event is drawn (dated) or listed (undated), once.
    check(r['events'] == total, f'{label}: the page holds {r["events"]} events, the export {total}')
    check(r['all']['drawn'] == len(dated), f'{label}: drew {r["all"]["drawn"]} dated events of {len(dated)}')
    check(r['all']['undated'] == total - len(dated), f'{label}: listed {r["all"]["undated"]} undated of {total - len(dated)}')
    by_type = collections.Counter(e['type'] for e in expected)
    by_fact = collections.Counter(e['factuality'] for e in expected)
    check(r['all']['types'] == dict(by_type), f'{label}: drawn by type {r["all"]["types"]} != {dict(by_type)}')
    check(r['all']['facts'] == dict(by_fact), f'{label}: drawn by factuality {r["all"]["facts"]} != {dict(by_fact)}')
    check(r['byType']['total'] == total, f'{label}: lanes by type show all {total} events')
    check(r['after']['total'] == total, f'{label}: every filter undone shows all {total} events again')

    # Each filter hides exactly what it should.
    filters = {f['filter']: f for f in r['filters']}
    check(set(filters) == {'type', 'factuality', 'actor', 'text'}, f'{label}: all four filters tried: {sorted(filters)}')
    if 'type' in filters:
        f = filters['type']
        check(f['shown']['total'] == total - by_type[f['value']],
              f'{label}: without type {f["value"]}: {f["shown"]["total"]} shown, {total - by_type[f["value"]]} expected')
        check(f['value'] not in f['shown']['types'], f'{label}: no {f["value"]} event drawn with its type off')
    if 'factuality' in filters:
        f = filters['factuality']
        check(by_fact['negated'] > 0, f'{label}: the fixture has negated events')
        check(f['shown']['total'] == total - by_fact['negated'], f'{label}: negated events hidden: {f["shown"]}')
        check('negated' not in f['shown']['facts'], f'{label}: no negated event drawn with negated off')
    if 'actor' in filters:
        f = filters['actor']
        want = sum(1 for e in expected if any(a['id'] == f['value'] for a in e['actors']))
        check(f['shown']['total'] == want, f'{label}: actor {f["value"]}: {f["shown"]["total"]} shown, {want} expected')
    if 'text' in filters:
        f = filters['text']

        def haystack(e):
            words = [e['title'], e['evidence']['text'], (e.get('place') or {}).get('name', '')]
            for a in e['actors']:
                words += [a['id'], a.get('name', '')]
            return fold('\n'.join(words))

        want = sum(1 for e in expected if fold(text_word) in haystack(e))
        check(0 < want < total, f'{label}: the text filter word selects some events ({want})')
        check(f['shown']['total'] == want, f'{label}: text {text_word!r}: {f["shown"]["total"]} shown, {want} expected')

    zoom = r['zoom']
    check(abs(zoom['buttonRatio'] - 2) < 1e-9, f'{label}: + doubles the scale: {zoom}')
    check(zoom['wheelRatio'] > 1.2, f'{label}: the wheel zooms in: {zoom}')
    check(zoom['dayShift'] < 1e-6, f'{label}: the day under the pointer stays put: {zoom}')
    check(abs(zoom['dragDays'] - zoom['dragExpected']) < 1e-6 * max(1, zoom['dragExpected']),
          f'{label}: a drag of 100 px moves 100 px worth of days: {zoom}')

    check(r['indonesian'] == {'undated': 'Peristiwa tanpa tanggal', 'missileTest': 'Uji coba rudal'},
          f'{label}: Indonesian labels: {r["indonesian"]}')

    # A click on the hostile event's place on the canvas opens its card.
    hostile = next(e for e in expected if e['id'] == hostile_id)
    click = r.get('click', {})
    check(click.get('at') is not None, f'{label}: the hostile event is on the canvas')
    check(click.get('cardOpen') is True, f'{label}: the click opened the card')
    check(click.get('cardId') == hostile_id, f'{label}: the card is the clicked event\'s: {click.get("cardId")}')
    check(dom.text.get('card-title') == hostile['title'], f'{label}: card title as exported: {dom.text.get("card-title")!r}')
    check(dom.text.get('card-evidence') == hostile['evidence']['text'],
          f'{label}: card evidence as exported: {dom.text.get("card-evidence")!r}')
    # Its article has a URL: the card links it (and names no local folder).
    check(HOSTILE_URL in dom.text.get('card-source', ''), f'{label}: card source: {dom.text.get("card-source")!r}')
    check('href="' + HOSTILE_URL.replace('&', '&amp;') + '"' in raw, f'{label}: the card links the article\'s URL')
    # Its codes, as data/event_types.json maps them (docs/exports.md, Codes).
    codes = dom.text.get('card-codes') or ''
    check(codes.startswith('PLOVER ') and ' · CAMEO ' in codes and codes.endswith(')'),
          f'{label}: card codes: {codes!r}')
    # From the keyboard: n, n, p visit the first two dated events in time order.
    def when(e):
        return (e['date']['start'], e['date']['end'])
    dated_sorted = sorted(dated, key=when)
    keys = r['keys']
    by_id = {e['id']: e for e in expected}
    check(keys['first'] in by_id and when(by_id[keys['first']]) == when(dated_sorted[0]),
          f'{label}: n opens the earliest event: {keys}')
    check(keys['second'] in by_id and keys['second'] != keys['first']
          and when(by_id[keys['second']]) == when(dated_sorted[1]), f'{label}: n again the next one: {keys}')
    check(keys['back'] == keys['first'] and keys['cardOpen'] and keys['inView'],
          f'{label}: p goes back, with its card open and in view: {keys}')
    check(r['width']['document'] <= r['width']['window'],
          f'{label}: nothing wider than the window ({r["width"]})')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--timeline', required=True)
    parser.add_argument('--chromium', required=True)
    parser.add_argument('--seeds', required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix='timeline-browser-') as work:
        db = os.path.join(work, 't.db')
        facts = os.path.join(work, 'facts')
        os.mkdir(facts)
        hostile_id = write_fixture(facts)
        run([args.timeline, '--db', db, 'load', args.seeds, facts])
        exported = json.loads(run([args.timeline, '--db', db, 'export', '--factuality', 'any',
                                   '--format', 'json']).stdout)
        expected = [e for document in exported for e in document['events']]
        page = os.path.join(work, 'timeline.html')
        run([args.timeline, '--db', db, 'export', '--factuality', 'any', '-o', page])
        text_word = 'nuklir'
        for label, size in (('desktop', '1280,900'), ('phone', '380,800')):
            dom, raw, stderr = open_page(args.chromium, page, f'selftest={hostile_id}&text={text_word}',
                                         size, os.path.join(work, 'profile-' + label))
            check_page(label, dom, raw, stderr, expected, hostile_id, text_word)
        print(f'{len(expected)} events exported; checked at desktop and phone width')
    if failures:
        print(f'{len(failures)} checks failed')
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
