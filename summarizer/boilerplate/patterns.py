"""Pattern fragments that several rules share: months, weekdays, dates and times, an
outlet's name, wire agencies and photo agencies (regular-expression text, to be embedded
in the rules' patterns)."""

import re

_I = re.IGNORECASE

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
# A date as pages print it: ISO (with an optional time), "Thursday, February 6, 2025",
# "Feb. 6, 2025", "6 February 2025", "February 6th, 2025".
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|(?:{WEEKDAYS},?\s+)?{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{WEEKDAYS},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}})"
)
_TIME = r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:IST|GMT|UTC|[ECMP][SD]T|ET|PT))?)"
# An outlet's name before a date on a line of its own ("Evening Post, March 5, 2025"):
# up to six capitalised words (case-sensitive), not a byline ("By ...", matched earlier)
# nor a weekday or month.
_OUTLET = (
    rf"(?P<outlet>(?!(?:{WEEKDAYS}|{MONTHS}|by|posted|published|updated?)\b)"
    rf"(?-i:(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){{0,5}}))"
)

# Wire services and syndication credits recognised as an outlet or an agency credit.
AGENCIES = (
    r"IANS|PTI|ANI|UNI|AP|AFP|Reuters|UPI|DPA|EFE|Xinhua|Bloomberg|TNS|CNN|BBC"
    r"|Agencies|Agency|Associated Press|The Associated Press|Press Trust of India|Agence France-Presse"
)
_AGENCY_RE = re.compile(rf"^(?:{AGENCIES})$", _I)

# Photo agencies and picture desks that end a caption or make up a credit line.
_PHOTO_SOURCES = (
    r"Getty(?: Images)?|AFP|Reuters|AP(?: Photo| Images)?|EPA|Shutterstock|iStock(?:photo)?|Alamy|WireImage"
    r"|Newscom|PA(?: Images| Wire)?|Rex(?: Features)?|Bloomberg|Corbis|Photofest|Handout|File"
)
