#!/usr/bin/env python3
"""Reads an iCalendar file with Python's icalendar (Debian's python3-icalendar; the test's independent reader) and
prints its events as JSON: uid, start and end in ISO 8601 with their UTC offset and zone name, summary, location."""
import json
import sys

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    cal = Calendar.from_ical(f.read())
events = []
for e in cal.walk("VEVENT"):
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    events.append({
        "uid": str(e.get("UID")),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "zone": str(e.get("DTSTART").params.get("TZID", "")),
        "summary": str(e.get("SUMMARY")),
        "location": str(e.get("LOCATION", "")),
        "description": str(e.get("DESCRIPTION", "")),
    })
zones = [str(z.get("TZID")) for z in cal.walk("VTIMEZONE")]
print(json.dumps({"version": str(cal.get("VERSION")), "zones": zones, "events": events}))
