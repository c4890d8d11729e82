#!/usr/bin/env ruby
# Prints an iCalendar file's VEVENTs as Ruby's icalendar gem reads them (strict
# parsing), as the JSON every parser of parsers_test.py prints. Exits 1 on any
# parse error.
require 'icalendar'
require 'json'

def day(value)
  value.nil? ? nil : value.strftime('%Y-%m-%d')
end

begin
  calendars = File.open(ARGV.fetch(0), 'r:UTF-8') { |f| Icalendar::Parser.new(f, true).parse }
  raise 'expected one VCALENDAR' unless calendars.size == 1
  events = calendars[0].events.map do |e|
    {
      uid: e.uid&.to_s,
      dtstart: day(e.dtstart),
      dtstart_is_date: e.dtstart.is_a?(Icalendar::Values::Date),
      dtend: day(e.dtend),
      dtend_is_date: e.dtend.is_a?(Icalendar::Values::Date),
      status: e.status&.to_s,
      sequence: e.sequence&.to_i,
      summary: e.summary&.to_s,
      description: e.description&.to_s,
      url: e.url&.to_s
    }
  end
  puts JSON.generate({ events: events })
rescue StandardError => err
  warn "ruby icalendar: #{err.class}: #{err.message}"
  exit 1
end
