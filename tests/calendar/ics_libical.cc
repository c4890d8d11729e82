// Prints an iCalendar file's VEVENTs as libical reads them, as the JSON every
// parser of tests/calendar/parsers_test.py prints:
// {"events": [{uid, dtstart, dtstart_is_date, dtend, dtend_is_date, status,
// sequence, summary, description, url}]}. Exits 1 on any parse error.
#include <libical/ical.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

nlohmann::json Text(const char* s) { return s ? nlohmann::json(s) : nlohmann::json(); }

std::string Day(icaltimetype t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  return buf;
}

// libical does not fail on bad input: it adds X-LIC-ERROR properties where
// it could not parse. Prints each; returns how many.
int PrintErrors(icalcomponent* c) {
  int n = 0;
  for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY), ++n)
    std::cerr << "libical: " << icalproperty_get_xlicerror(p) << "\n";
  for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
       k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
    n += PrintErrors(k);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: ics_libical FILE.ics\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "libical: cannot read " << argv[1] << "\n";
    return 1;
  }
  icalcomponent* calendar = icalparser_parse_string(text.str().c_str());
  if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    std::cerr << "libical: no VCALENDAR in " << argv[1] << "\n";
    return 1;
  }
  if (PrintErrors(calendar) > 0 || icalcomponent_count_errors(calendar) > 0) {
    std::cerr << "libical: errors in " << argv[1] << "\n";
    return 1;
  }
  nlohmann::json events = nlohmann::json::array();
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    nlohmann::json event;
    event["uid"] = Text(icalcomponent_get_uid(e));
    icaltimetype start = icalcomponent_get_dtstart(e), end = icalcomponent_get_dtend(e);
    event["dtstart"] = Day(start);
    event["dtstart_is_date"] = icaltime_is_date(start) != 0;
    event["dtend"] = Day(end);
    event["dtend_is_date"] = icaltime_is_date(end) != 0;
    icalproperty* status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
    event["status"] = status ? Text(icalproperty_status_to_string(icalproperty_get_status(status))) : nlohmann::json();
    icalproperty* sequence = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY);
    event["sequence"] = sequence ? nlohmann::json(icalproperty_get_sequence(sequence)) : nlohmann::json();
    event["summary"] = Text(icalcomponent_get_summary(e));
    event["description"] = Text(icalcomponent_get_description(e));
    icalproperty* url = icalcomponent_get_first_property(e, ICAL_URL_PROPERTY);
    event["url"] = url ? Text(icalproperty_get_url(url)) : nlohmann::json();
    events.push_back(event);
  }
  icalcomponent_free(calendar);
  std::cout << nlohmann::json{{"events", events}}.dump() << "\n";
  return 0;
}
