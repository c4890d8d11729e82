// Prints an iCalendar file's VEVENTs as ical.js (Mozilla's parser, used by
// Thunderbird) reads them, as the JSON every parser of parsers_test.py prints.
// usage: node ics_icaljs.mjs ICAL_JS_DIR FILE.ics. Exits 1 on any parse error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, file] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(join(dir, 'dist', 'ical.js')).href)).default;

const text = (c, name) => {
  const v = c.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
};
const day = (c, name) => {
  const v = c.getFirstPropertyValue(name);
  return v ? [v.toString().slice(0, 10), v.isDate] : [null, false];
};

try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  if (calendar.name !== 'vcalendar') throw new Error('no VCALENDAR');
  const events = calendar.getAllSubcomponents('vevent').map((e) => {
    const [dtstart, startIsDate] = day(e, 'dtstart');
    const [dtend, endIsDate] = day(e, 'dtend');
    const sequence = e.getFirstPropertyValue('sequence');
    return {
      uid: text(e, 'uid'), dtstart, dtstart_is_date: startIsDate, dtend, dtend_is_date: endIsDate,
      status: text(e, 'status'), sequence: sequence === null ? null : Number(sequence),
      summary: text(e, 'summary'), description: text(e, 'description'), url: text(e, 'url'),
    };
  });
  console.log(JSON.stringify({ events }));
} catch (err) {
  console.error(`ical.js: ${err.message}`);
  process.exit(1);
}
