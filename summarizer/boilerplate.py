"""Line and sentence classifier for scraped news text: content, heading or boilerplate.

Approach
--------
Boilerplate detection with *shallow text features* (Kohlschütter, Fankhauser and Nejdl,
"Boilerplate Detection using Shallow Text Features", WSDM 2010) works on blocks of text
and a handful of cheap signals: how many words a block has, whether it ends like a
sentence, its position relative to the main text, and what its neighbours are. HTML
pages are first reduced to their main text by trafilatura (Barbaresi, "Trafilatura: A
Web Scraping Library and Command-Line Tool for Text Discovery and Extraction", ACL 2021
demos; see :mod:`summarizer.htmltext`); what both leave behind, and what plain scraped
text carries (Multi-News articles, ``.txt`` files), is handled here by a readable list
of rules, each of which gives the *reason* shown to users:

1. a lexicon of whole-line boilerplate (``LINE_RULES``): ad markers, share/follow and
   newsletter prompts, photo captions and credits, bylines, agency credits, copyright
   and media-player notices, comment prompts, navigation words, date lines;
2. labels that open a list of other stories ("More like this", "Related") or the site's
   own blurb ("About Us"), after which short lines are teasers, not text
   (:data:`LIST_LABEL`, :data:`ABOUT_LABEL`);
3. shape: a teaser ends in "..." or "…"; a heading is short, has no final punctuation
   and is followed by body text; any other short line with no final punctuation is a
   fragment ("no verb or final punctuation");
4. repetition across the articles of one cluster (done in :mod:`summarizer.clean`);
5. sentence-level rules (``sentence_reason``) for pieces glued into a paragraph: a
   caption ending in "(AFP)", a credit "Photo: Getty Images", a follow prompt, a wire
   caption ("Jane Roe, left, speaks ..."), a teaser cut off by "...", a contributor line,
   a note about the article itself, a pointer to a link or embed, a shop's or course's
   sales text, a film review's credits block.

A leading metadata prefix (" date 2025-02-06") or dateline ("NEW DELHI:", "LONDON —",
"WASHINGTON (Reuters) -", and with the separator lost: "Washington (CNN)President ...",
"PARIS An ...") is not removed as a line but cut off the front of the first sentence
(:func:`leading_prefix`), so a kept sentence's span starts after it. A page label glued
to the front of any sentence ("Image The ...", "LIVE BLOG On Monday ...", "AP Alder Line
said ...") is cut the same way and the sentence kept (:func:`leading_label`).

Every rule works on one line or sentence with precompiled regular expressions: the
whole classifier costs well under a millisecond per article of ordinary length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTENT = "content"
HEADING = "heading"
# Kept content that is not a digest candidate: a list item, a table row, a short line of
# the main text with no verb or final punctuation. Clean keeps it (with the headings) and
# never makes a sentence of it.
NON_SENTENCE = "non-sentence"
BOILERPLATE = "boilerplate"

# Reasons (shown to users in Removal.reason).
AD = "ad marker"
SHARE = "share/follow prompt"
NEWSLETTER = "newsletter prompt"
RELATED = "related-stories list"
TEASER = "teaser ending in ..."
MASTHEAD = "masthead/about-us blurb"
BYLINE = "byline"
AGENCY = "agency credit"
CAPTION = "photo caption"
CREDIT = "photo credit"
COPYRIGHT = "copyright notice"
MEDIA = "media-player notice"
COMMENTS = "comments prompt"
NAVIGATION = "navigation/label"
METADATA = "metadata prefix"
DATELINE = "date line"
REPEATED = "repeated across articles"
FRAGMENT = "no verb or final punctuation"
BULLET = "bullet fragment"
TABLE = "table row"
SOCIAL = "embedded social post"
CONTACT = "contact/tip prompt"
LINK = "link or contact line"
TITLE = "title"
DUPLICATE = "repeated later in the article"
SEPARATOR = "separator"
HEADER = "page header above the title"
TRAILER = "fragment after the article's end"
SHOUTING = "all-capitals sentence"
PLACEHOLDER = "archive or embed placeholder"
PROMO = "shop, course or site promotion"
TEMPLATE = "template with empty slots"
NOTE = "note about the article"
POINTER = "pointer to a link or embed"
FILM_CREDITS = "film credits"
HOROSCOPE = "horoscope"
BIO = "author's bio"
# A place dateline ("LONDON —") cut off the front of a sentence. Like the title (moved to
# the article's metadata) and a sentence kept at its later copy, it is content, not
# boilerplate: it is cut for display only.
DATELINE_CUT = "dateline"
# A page's label glued to the front of a sentence ("Image", "Analysis", "LIVE BLOG"): the
# label is boilerplate, the sentence after it is kept (:func:`leading_label`).
PAGE_LABEL = "page label"
NOT_BOILERPLATE = frozenset({DATELINE_CUT, TITLE, DUPLICATE})

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

# Rules that can match anywhere in a line are costly on long paragraphs; each may name
# literals (lower case) of which the line must contain one, a cheap test done first.
_GATES: dict[str, tuple[str, ...]] = {}


def _gated(pattern: str, *needles: str) -> str:
    _GATES[pattern] = needles
    return pattern


_OUTLET_DATE_LINE = rf"^{_OUTLET}\s*[,|:–—-]\s*{DATE}{_TIME}?\W*$"
OUTLET_DATE_LINE = re.compile(_OUTLET_DATE_LINE, _I)

# Whole-line rules: (reason, pattern matched against the line with white space folded).
# Order matters: the first rule that matches gives the reason.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, _I))
    for reason, pattern in (
        (SEPARATOR, r"^[\W_]{1,80}$"),
        (AD, r"^(?:photo\s+)?(?:advertisements?|ads?|ad feedback|sponsored(?: content| links?| stories)?|paid (?:content|post)"
             r"|promoted(?: content| stories)?|report this ad|(?:advertisement\W*)?(?:story continue[sd]|continue reading)"
             r"(?: the main story| below(?: advertisement)?)?|scroll (?:down )?to continue(?: reading)?"
             r"|food advertising by)\W*$"),
        (SOCIAL, _gated(r"\ba post shared by\b", "a post shared by")),
        (MEDIA, r"^(?:media playback is (?:unsupported|not supported)|please (?:enable|turn on) javascript"
                r"|your browser does not support|this video (?:is|has been) (?:unavailable|removed)"
                r"|media requires javascript|video player|play video|watch video|loading(?:\.\.\.|…)?$"
                r"|(?:enlarge this image )?toggle caption)"),
        (CREDIT, r"^(?:image copyright|image caption|media caption|caption|photo credit|image credit|credit)\b"),
        (CREDIT, rf"^(?:(?:facebook|twitter|pinterest|share)\s+)*(?:photo(?:graph)?s?|images?|pictures?|pic|"
                 rf"file photo|illustration|source|courtesy)(?: by)?\s*[:/|-]?\s*(?:{_PHOTO_SOURCES}|[^.!?]{{0,60}}\b(?:{_PHOTO_SOURCES}))\W*$"),
        (CREDIT, r"^\(?(?:photo(?:graph)?s?|images?|pictures?|video|photo illustration)\s*(?:by|:)\s*[^.!?]{1,60}$"),
        (CREDIT, r"^(?:\[\s*)?(?:featured )?(?:image|photo)s?(?: by| via|:)\s*[^\]]{1,80}\]?$"),
        (CREDIT, r"^[A-Z][\w.'’ -]{1,40}(?:/[A-Z][\w.'’ -]{1,40})+$"),  # "Name/Agency/Desk"
        (CAPTION, _gated(rf"^(?=(?:\S+\s+){{0,45}}\S+$).*(?:\b(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^.!?]{{1,60}}"
                  rf"|\b(?:{_PHOTO_SOURCES}|REUTERS)/[A-Z][\w.'’ -]{{1,40}}|[A-Z][\w.'’ -]{{1,40}}/(?:{_PHOTO_SOURCES})\W*|\(\s*(?:photo|image)s?\s*:[^)]{{1,60}}\)\W*)$", "/", ":")),
        (CAPTION, r"^(?:file\s*[-–—:]\s*)?in (?:this|these|a|an) (?:[^.!?]{0,40}\s)?(?:file |undated |handout )?"
                  r"(?:photo|image|picture|photograph|frame grab|video still)s?\b"),
        (COPYRIGHT, _gated(r"(?:^(?:copyright|©|\(c\))\s|all rights reserved|may not be (?:published|reproduced|copied)"
                           r"|rewritten,? or redistributed|without (?:prior )?written permission)",
                           "copyright", "©", "(c)", "all rights reserved", "may not be", "rewritten", "written permission")),
        (SHARE, r"^(?:(?:share|tweet|pin|email|e-mail|print|facebook|twitter|pinterest|linkedin|whatsapp|reddit"
                r"|tumblr|flipboard|google\+?|sms|messenger|telegram|comments?|copy(?: link)?|save|link|more)"
                r"(?: this(?: article| story| page| video)?| on \w+| via \w+| story)?[\s|,:/•·-]*)+$"),
        (SHARE, r"^(?:click here|tap here|click to (?:email|share|print|tweet)|read or share this|tweet with a location)\b"),
        (SHARE, r"^(?=.{0,160}$)(?:follow|like|join|find|connect with|stay (?:up to date|connected)|share this|subscribe to)\b"
                r".*?(?:\b(?:twitter|facebook|instagram|google\+?|linkedin|youtube|tiktok|snapchat|us on|friend|new window)\b"
                r"|@\w+|https?://|www\.|\.com\b)"),
        (SHARE, r"^follow(?: us)?\W*$"),
        (NEWSLETTER, r"^(?:sign up|subscribe|get (?:the|our) .{0,60}(?:newsletter|by email|in your inbox)|join our mailing list"
                     r"|enter your email|download the .{0,40}app|never miss)"),
        (NEWSLETTER, _gated(r"^(?=.{0,240}$)(?=.*\b(?:sign up|subscribe|receive|get|join|delivered|enter your)\b)"
                            r"(?=.*\b(?:newsletters?|in your inbox|email alerts?|mailing list)\b)",
                            "newsletter", "in your inbox", "email alert", "mailing list")),
        (COMMENTS, r"^(?:write|leave|post|add|view|show|hide|load)(?: a| your| all| more)? comments?\b|^comments? (?:are )?closed"
                   r"|^notify me\b|^you must be logged in|^reply$|^\d+\s+comments?$|^(?:join|start) the (?:conversation|discussion)"),
        (COMMENTS, _gated(r"akismet", "akismet")),
        (CONTACT, r"^(?:have a (?:news )?tip|got a (?:news )?tip|send us your|contact (?:us|the (?:writer|author|reporter))\b"
                  r"|are you there\? send us|to contact the (?:reporter|editor|writer|author)s?\b|write to [^.!?]{1,60}\bat\s+\S+@)"),
        # A short line carrying an e-mail address, a web address or a handle: a contact
        # line, a link to a profile or a shop, a tweet's link.
        (LINK, _gated(r"^(?=(?:\S+\s+){0,9}\S+$)(?!.*[a-z]{2}[.!?][\"'”’]?$).*(?:[\w.+-]+@[\w-]+\.[\w.-]+|(?<![^\s(:])https?://|(?<![^\s(])www\.|(?<!\S)@\w+)", "@", "http", "www.")),
        (NAVIGATION, r"^(?:home|menu|search|log ?in|sign in|log ?out|register|skip to (?:main )?content|back to top|next|previous"
                     r"|prev|close|open|more|show more|see more|view more|load more|toggle navigation|main menu|text size\W*"
                     r"|reset|today|now|live|exclusive|breaking(?: news)?|updated?|video|videos|photos?|gallery|slideshow(?: \(\d+ images?\))?"
                     r"|listen|watch|play|abstract|features?|from wikipedia, the free encyclopedia|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|opinion|analysis|tags?|tagged|filed under|topics?|categories"
                     r"|category|section|trending|top stories|latest|latest news|world|news|sports?|business|entertainment)\W*$"),
        (RELATED, r"^[(\[]?(?:related|read more(?: about)?|read also|also read|also see|see also|also|more|watch|listen|recommended"
                  r"|photos|video|more from [^.!?]{1,40}|also on [^.!?:]{1,30}|read|click here)\s*(?::|>>|»|-|—)\s*\S[^.!?]*[.!?]?[)\]]?$"),
        # A whole line in square brackets: a link to another story or a source ("[PeerJ]"),
        # not an editor's note ("[Note: ...]") nor code ("[1, 2, 3]").
        (RELATED, r"^\[(?![^\]]*:)[A-Z][^\[\]]{1,160}\]$"),
        (METADATA, r"^(?:date|dated|time|read time|reading time|location|place|source|author|words|section|edition|category"
                   r"|release date|last modified)\s*:\s*[\w ,:./+-]{0,60}$"),
        # ... but not an update note that goes on as a sentence ("Update July 3rd, 8:05AM
        # ET: Added ARKit explanation and tweet.").
        (METADATA, r"^(?:published|posted|updated?|last updated|first published|modified)\b\s*(?:on|at)?\s*:?\s*"
                   r"(?=[^.!?]{0,10}\d)(?![\w ,:./+-]*[^\W\d_]{3}\.$)[\w ,:./+-]{0,60}$"),
        (DATELINE, rf"^(?:{DATE}|{WEEKDAYS},?\s+{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                   rf"{_TIME}?\s*(?:[|,-]\s*{_TIME})?\W*$"),
        (BYLINE, r"^(?:by|written by|words by|story by|posted by|reported by)\s*:?\s*[A-Z](?!.*[.!?][\"'”’]?$).{0,120}$"),
        (DATELINE, _OUTLET_DATE_LINE),  # "Evening Post, March 5, 2025"
        (BYLINE, r"^(?=[^|]*\||(?:\S+\s+){0,3}\S+\s*$)[^.!?|]{0,60}\b(?:desk|bureau|staff writer|staff reporter|correspondent"
                 r"|news service|web team|online team)\b\s*(?:[|,/–-][^.!?]{0,40})*$"),
        (AGENCY, rf"^[(\[—–-]*\s*(?:(?:with )?(?:inputs|input) from [^.!?]{{1,60}}|(?:{AGENCIES})(?:\s*(?:/|,|and|&)\s*(?:{AGENCIES}))*)"
                 rf"\s*[)\]]*\.?$"),
        (AGENCY, r"^[(\[]?(?:additional )?(?:reporting by|editing by|compiled by|edited by|writing by)\s[^.!?]{1,100}[)\]]?\.?$"),
    )
)

# A label that opens a list of other stories' headlines and teasers.
LIST_LABEL = re.compile(
    r"^(?:more like this|related(?: stories| articles| links| content| coverage| videos?| posts| news| reading| topics)?"
    r"|read (?:more|also|next)|also read|see also|recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|enjoy)"
    r"|more (?:stories|news|from [^.!?]{1,40}|on this(?: story| topic)?)|most (?:read|popular|viewed|shared|commented)"
    r"|(?:what|more) to read next|watch (?:this )?next|further reading|editor'?s picks?|popular (?:stories|now|posts)"
    r"|top (?:stories|news)|latest (?:stories|news|posts)|trending(?: now| stories| news)?|don'?t miss|in case you missed it"
    r"|(?:other|more) (?:top )?(?:stories|headlines)|also on [^.!?]{1,30}|around the web|from the web|promoted stories"
    r"|local news(?: more)?)\W*$",
    _I,
)
# A label that opens the site's own blurb at the foot of the page.
ABOUT_LABEL = re.compile(r"^(?:about us|about the (?:author|site|paper|newspaper)|who we are|our story)\W*$", _I)
TEASER_SHAPE = re.compile(r"(?:\.\.\.|…)\s*[\"'”’)\]]?$")
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$|[.!?]\s*\((?:[^()]{1,60})\)$")
# A sentence boundary inside a line ("... ties. The minister ...").
INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"'”’]? [A-Z]")
# A table row as trafilatura writes it: "| cell | cell |".
TABLE_ROW = re.compile(r"^\|(?=.*[^\W_]).*\|$")
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►●◦]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# Small words a title-case headline leaves in lower case.
_MINOR = frozenset(
    "a an and as at but by de for from in into is of on or per the to up via vs with".split()
)

# Sentence-level rules for pieces glued into a paragraph.
# A caption or credit at the end: "... cooperation (AFP)", "... (Photo: Getty Images)".
_CREDIT_PAREN = (
    rf"(?:{AGENCIES}|{_PHOTO_SOURCES}|(?:HT |File |Representational |Representative )?(?:photo|image|picture|pic)"
    rf"(?:graph)?s?(?:\s*(?::|by|/|-|credit:?)[^()]{{0,60}})?|[^()]{{0,40}}/(?:{_PHOTO_SOURCES})[^()]{{0,20}})"
)
CAPTION_TAIL = re.compile(rf"\(\s*{_CREDIT_PAREN}\s*\)\s*$", _I)
# A credit after the final punctuation of a real sentence: "... said. (AFP)".
CREDIT_AFTER_STOP = re.compile(rf"(?<=[.!?\"”’])\s*\(\s*{_CREDIT_PAREN}\s*\)\s*$", _I)
SENTENCE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, _I))
    for reason, pattern in (
        (CAPTION, r"^(?:file\s*[-–—:]\s*)?in (?:this|these|a|an) (?:[^.!?]{0,40}\s)?(?:file |undated |handout )?"
                  r"(?:photo|image|picture|photograph|frame grab|video still)s?\b"),
        (CREDIT, rf"^(?:photo(?:graph)?s?|images?|pictures?|credit|source|photo illustration)\s*(?::|by)\s*[^.!?]{{0,80}}"
                 rf"(?:\.|$)"),
        (CREDIT, _gated(rf"(?:/(?:{_PHOTO_SOURCES})|\b(?:via|for) (?:Getty Images|AP|Reuters|AFP))\W*$", "/", "via ", "for ")),
        (SHARE, r"^(?:follow (?:us|him|her|them|[A-Z][\w.]+(?: [A-Z][\w.]+){0,3}|@\w+) on |like us on |read or share this story"
                r"|click to (?:email|share|print)|stay up to date, follow)"),
        (CONTACT, r"^(?:contact|call|email|e-mail|reach) (?:[\w.]+ ){0,4}(?:at|on|:) ?(?:\(?\d{3}|[\w.]+@|\S+@)"),
        (NEWSLETTER, r"^(?:sign up|subscribe) (?:for|to|now|here)\b"),
        (COPYRIGHT, _gated(r"^(?:copyright|©)\s|all rights reserved|rewritten,? or redistributed",
                           "copyright", "©", "all rights reserved", "rewritten")),
        (MEDIA, r"^(?:media playback is (?:unsupported|not supported)|please (?:enable|turn on) javascript)"),
        (SOCIAL, _gated(r"\ba post shared by\b", "a post shared by")),
        # An embedded tweet: its signature "— Name (@handle) January 5, 2018" at the start
        # or the end of the sentence, or its picture link.
        (SOCIAL, _gated(r"^[—–-]\s*[^()]{1,60}\(@\w{1,20}\)|[—–-]\s*[^()—–]{1,60}\(@\w{1,20}\)[^.!?]{0,30}$|pic\.twitter\.com/",
                        "(@", "pic.twitter.com")),
        # Wire photo captions: "FILE - ...", "In this Jan. 28, 2014, file photo, ...",
        # "... is shown in this June 27, 2011 file photo.", "This photo provided by X shows ...".
        (CAPTION, r"^FILE\s*[-–—:]\s"),
        (CAPTION, r"^(?:file\s*[-–—:]\s*)?in (?:this|these|a|an) .{0,40}?(?:file |undated |handout )?"
                  r"(?:photo|image|picture|photograph|frame grab|video still)s?\b"),
        (CAPTION, _gated(r"\bin (?:this|these) .{0,60}?(?:file|undated|handout) (?:photo|image|picture|photograph)s?\W*$", "file", "undated", "handout")),
        # (also a police sketch: "A composite sketch released of the man seen near the bank.")
        (CAPTION, r"^(?:this|these|an?|the) (?:undated |recent |handout |file |police |composite )*(?:photo(?:graph)?|image|picture|video still|frame grab"
                  r"|sketch|rendering|mug ?shot|booking photo)s? "
                  r"(?:\w+ ){0,3}?(?:released|provided|taken|made available|obtained|posted|distributed|courtesy) (?:by|of|to|on)\b"),
        # A credit glued to the front of the next text: "AFP/Getty Images NBA ...",
        # "Hulton Archive - Getty New evidence ...", "| Mark Wilson/Getty Images White House ...".
        (CREDIT, _gated(r"^\|?\s*(?:[A-Z][\w.'’ -]{0,40}\s*[/-]\s*)?(?:Getty Images|Getty|AP Photo|Reuters|AFP)\b(?!\s+(?:Images\s+)?(?:said|says|reported|reports|will|would|has|had|is|was)\b)",
                        "getty", "ap photo", "reuters", "afp")),
        # ("Click through for the whole thing." stays: on a blog it is the post's own text;
        # "Click through the gallery for more pictures of the parade." goes.)
        (SHARE, r"^click (?:below|on the (?:link|image|button)|to (?:see|read|view|watch|sign|learn)"
                r"|through (?:the|our|this) (?:slideshow|gallery|photos?|pictures?|images?))\b"),
        # A video gallery's player chrome glued to its captions: "USA TODAY 6 of 68 Skip in
        # Skip x Embed x Share CLOSE ...".
        (MEDIA, _gated(r"\bskip in skip\b|\bembed x share\b|\breplay more videos\b", "skip in skip", "embed x share", "replay more videos")),
        # A retweet pasted into the text: "RT @handle: ...".
        (SOCIAL, r"^RT @\w{1,20}:"),
        # A link prompt inside a paragraph: "CLICK HERE to find out more", "..., click here."
        (SHARE, _gated(r"^(?:click|tap) here\b|\b(?:click|tap) here\W*$", "here")),
        # A credit glued to the front of the next sentence: "Credit: Name, Institution Text ...".
        (CREDIT, r"^(?:photo(?:graph)?s?|images?|credit|photo credit|image credit)\s*:"),
        # What a scraper gets instead of the page: the Wayback Machine's crawl notice ("These
        # crawls are part of an effort to archive pages ...", "The seed for this crawl was
        # ...") and Twitter's location prompt under an embedded tweet ("You always have the
        # option to delete your Tweet location history.").
        (PLACEHOLDER, _gated(r"\bthese crawls are part of an effort to archive\b|\breferences to these archived pages\b"
                             r"|\bcrawls of supported \W?no more 404\b|^the goal is to fix all broken links on the web\b"
                             r"|^the seed for this crawl was\b|^this crawl was run at a level\b|^the warc files associated with this crawl\b"
                             r"|\ba link to the version that was live when the page was written\b",
                             "crawl", "archived pages", "broken links", "was live when")),
        # An error or parked-domain page scraped instead of the article.
        (PLACEHOLDER, _gated(r"^sorry,? (?:but )?(?:the|this) page you (?:requested|are looking for|were looking for)"
                             r" (?:could not|cannot|can't|couldn't) be found\b|\binformation about domain mapping\b",
                             "page you", "domain mapping")),
        # A bare picture caption: "Image from the campaign's page."
        (CAPTION, _gated(r"^(?:image|photo|picture)s? (?:from|courtesy of|via) [^.!?]{0,60}[.!]?$", "image", "photo", "picture")),
        (PLACEHOLDER, _gated(r"\badd location information to your tweets\b|\bthe option to delete your (?:tweet )?location history\b"
                             r"|^(?:add a location to your tweets|tweet with a location)\b|\bwhen you tweet with a location, twitter stores\b"
                             r"|\bswitch location on/off before each tweet\b", "tweet", "location history")),
        # The rest of the Wayback Machine's crawl notice ("Starting in 2001, Example Corp has
        # been donating their crawl data to the archive.", "These data are added to the
        # Wayback Machine after a delay.", "The seed list for this crawl was a list of popular
        # sites.", "We changed how we run these wide crawls since then.", "Wide crawl with an
        # initial seedlist from May 2012.", "We used open crawler software.") and an archived
        # page's own note ("this data is currently not publicly accessible.").
        (PLACEHOLDER, _gated(r"\bdonating their crawl data\b|\badded to the wayback machine\b|\bthe seed (?:list )?for this crawl\b"
                             r"|\b(?:this|these) (?:particular |wide )*crawls?\b|\brepeated crawls of\b|\bscope of the crawl\b"
                             r"|\bthis data is currently not publicly accessible\b|\bseedlist\b|\bcrawler (?:configuration|software)\b|\bsoftware for distributed crawling\b",
                             "crawl", "wayback", "publicly accessible", "seedlist")),
        # A site's page-not-found text scraped instead of the article: "If you are looking
        # for an older story, it may be gone.", "If you are trying to reach a page from a
        # bookmark, the page URL may have changed.", "Please pick a section from the navigation
        # at the top of this page.", "Archives of stories are maintained here for a month."
        (PLACEHOLDER, _gated(r"^if you are (?:looking for|trying to (?:reach|find)) (?:an older|a page|the page)\b|\bthe page (?:url|address) may have changed\b"
                             r"|\bfrom the navigation (?:at|on) the (?:top|left|right)\b|\barchives of stories are maintained\b",
                             "if you are", "may have changed", "navigation", "archives of stories")),
        # A teaser cut off by its site: the last word runs straight into "..." ("Police
        # arrested two men and are widening...", "... but fell victim to scandals,..."); a
        # sentence trailing off after a space (" ...", the style of some gossip sites) or
        # in "…" stays, as does one inside a quotation left open ('She said, "Not now...').
        (TEASER, _gated(r"^(?!.*[“\"][^”\"]*$).*[^\W_]\.\.\.$|,\.\.\.$", "...")),
        # A wire photo caption: a person's place in the picture after the name ("Jane Roe,
        # left, speaks with ...") or a scene that ends in the weekday and full date ("... at
        # a rally in Springfield, Monday, June 5, 2017."; the body text says "on Monday").
        (CAPTION, _gated(r"(?-i:\b[A-Z][a-z][\w.'’-]*),\s*(?:left|right|center|centre|(?:second|third) from (?:left|right)|foreground|background)\s*,\s(?!or\b)",
                         "left", "right", "center", "centre", "ground")),
        # (also with no comma before the weekday, "... at a rally Thursday, Oct. 3, 2013, in
        # Springfield, Ohio.", and cut off by its site, "... Friday, May 16, 2014....")
        (CAPTION, rf"(?:,\s*|\s){WEEKDAYS},?\s+{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}(?:,\s*(?:in|at|near|outside)\s+[^.!?]{{1,80}})?(?:\.|\.{{3,4}}|…)$"),
        # A caption of a posed picture: "Jane Roe poses for photographers on the red carpet
        # ...", "Mayor Ann Lee poses with the winners after the ceremony." (the body text
        # tells it in the past: "she posed for photographers").
        (CAPTION, _gated(r"\bposes for (?:a |the )?(?:photo(?:graph)?s?|pictures?|portraits?|photographers?|cameras?|selfies?)\b"
                         r"|(?-i:\b[A-Z][\w.'’-]+) poses with\b", "poses")),
        # A caption that points at its picture: "This image shows the tomb from above.",
        # "A file image from the probe shows the moon's crust.", "Above, a store in Ohio.",
        # "Pictured: the new bridge."
        (CAPTION, r"^(?:this|these|a file|an undated|this file|this undated) (?:image|photo(?:graph)?|picture)s? (?:from [^.!?]{1,60} )?(?:shows?|show)\b"
                  r"|^(?:above|below|pictured|inset)\s*[:,]\s"),
        # Player or gallery chrome glued to a caption: "CLOSE Officials say the road will
        # reopen.", "Hide Caption 3 of 20 Photos: ...", "[Video Link] The band's new clip ...",
        # "Rating is available when the video has been rented.", "Raw: Storm hits the coast."
        # (an agency's video title), "Watch moment the mayor trips on stage."
        (MEDIA, r"^(?:(?-i:CLOSE) (?-i:[A-Z])|\[(?:video|audio|photo)s?(?: link)?\]|raw(?: video)?\s*:\s|watch (?:the )?moment\b)"),
        (MEDIA, _gated(r"\bhide caption \d+ of \d+\b|\brating is available when the video has been rented\b",
                       "hide caption", "rating is available")),
        # A video list's entries, each a clip's title and length: "MUST WATCH Mayor opens the
        # new bridge 01:42", "JUST WATCHED Storm hits the coast". Capitals only: "You must
        # watch the ..." is prose.
        (MEDIA, r"^(?-i:MUST WATCH|JUST WATCHED)\s"),
        # A share button's label glued to the next text: "Email This Even at 90, the actor ..."
        (SHARE, r"^(?:e-?mail|share|tweet|print) this\s+(?-i:[A-Z])"),
        # A run of link texts glued together (a topic tag, then the next headline): "Jane Smith
        # Jane Ann SmithSmith's deputy to testify ...": a capitalised word doubled with no space
        # between, which no sentence has.
        (RELATED, r"(?-i:\b([A-Z][a-z]{3,})\1)"),
        # A contributor line at the foot of a story: "Jane Roe contributed to this report.",
        # "Reporter John Doe and the wire services contributed reporting."
        (AGENCY, _gated(r"^(?=.{0,160}$)[^.!?]*\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article|piece))\W*$", "contributed")),
        # A note about the article itself rather than the news: "This story first appeared in
        # the May 3 issue of the magazine." (and its tail when split at an abbreviation, "3-17
        # issue of the magazine."), "This story has been corrected to show the mayor's name.",
        # "A version of this article appears in print on page A1.", "Updated: We've added new
        # figures to the post.", "The author has no business relationship with any company
        # whose stock is mentioned in this article.", a broadcaster's transcript notice ("This
        # text may not be in its final form.", "The authoritative record of our shows is the
        # audio record.")
        (NOTE, r"^(?:this (?:story|article|post|piece|report|review|interview) (?:has been|was) (?:corrected|updated|amended|edited)\b"
               r"|(?:this|the) (?:story|article|post|piece|review|interview) (?:first |originally )?appeared in\b"
               r"|a version of this (?:story|article|review) (?:first )?appear(?:s|ed)\b|\d{1,2}(?:-\d{1,2})? issues? of\b"
               r"|(?:update|updated|editor'?s note|correction)\s*:\s*(?:we(?:'ve| have)|this (?:story|article|post)|an earlier version)\b"
               r"|this (?:text|transcript) may not be in its final form\b|the authoritative record of [^.!?]{1,60} is the audio(?: record)?\b)"),
        (NOTE, _gated(r"\bwhose stock is mentioned in this article\b|\btranscripts? (?:is|are) created on a rush deadline\b",
                      "whose stock", "rush deadline")),
        # A pointer to a link, a page or an embed instead of text: "For more on the singer,
        # head over to the magazine's site.", "Read the full letter here.", "Details after the
        # jump!", "(Below, watch the bears at play.)", "The agency posted the following video.",
        # "More information: For tips on sleep, see the society's site.", "Watch the full
        # interview with the coach (video).", "See the parade in the clip below."
        (POINTER, r"^(?:for more (?:on|about|information|coverage|details|news)\b[^.!?]{0,120}\b(?:head (?:over )?to|visit|go to|see|check out|click)\b"
                  r"|(?:read|see|watch|view|listen to|download)\b[^.!?]{0,100}\bhere\W*$|\(?(?:below|above),? (?:see|watch|check out|take a look|listen)\b"
                  r"|more information\s*:|watch the (?:full|whole|entire) [^.!?]{0,80}\(video\)\W*$)"),
        (POINTER, _gated(r"\bafter the jump\W*$|\bthe following (?:image|photo|picture|video|tweet|post|graphic|chart)s?\W*$"
                         r"|\b(?:clip|video|tweet|post|photo|picture|image|gallery|chart|map)s? (?:above|below)\W*$",
                         "after the jump", "the following", "above", "below")),
        # A shop's, a course's or a site's sales text addressed to the reader: "If you don't
        # skip the month by the 5th, your card will be charged $20.", "Log into your account
        # to skip the month.", "Member Credits ...", "Among many techniques, you will learn how
        # to ...", "The course is now available on Coursera.", "Stream live TV and watch full
        # seasons anytime, anywhere.", "Join the editors in a free webinar.", "You may
        # download a copy here.", "This guide was made possible through the support of Example
        # Corp.", "Thank you for supporting the campaign.", "Confirm your signature by email.",
        # "Watch The Example Show weeknights at 11:30 PM ET."
        (PROMO, r"^(?:this (?:booklet|guide|e-?book|series|coverage|content|compilation|publication|special report) was made possible\b"
                r"|watch [^.!?]{0,60}\b(?:weeknights|weekdays|nightly|tonight|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays) at \d"
                r"|thank you for (?:supporting|your support|reading|visiting|signing|subscribing|shopping|your (?:purchase|order|interest))\b)"),
        (PROMO, _gated(r"\byour (?:credit |debit )?card will be (?:charged|billed)\b|\byou (?:won['’]?t|will not) be (?:charged|billed)\b"
                       r"|\blog ?(?:in|into) (?:to )?your account\b|\bskip the month\b|\bmember credits\b|\bthe choice to shop\b"
                       r"|\b(?:promo|coupon|discount) code\b|\bfree shipping on\b|\badd to (?:cart|bag)\b"
                       r"|^(?=.*\b(?:techniques?|skills?|strategies|course|lessons?|modules?)\b).*\byou(?:['’]ll| will) learn\b"
                       r"|\b(?:this|the|our) (?:online |training |free )*course (?:will (?:also )?(?:teach|help|show|give|shed|introduce"
                       r"|be a (?:very )?(?:useful|valuable|helpful|practical) (?:guide|tool|resource))|is now available|gives you|teaches you)\b"
                       r"|\bavailable on (?:coursera|edx|udemy|udacity|skillshare)\b"
                       r"|\banytime, anywhere\b|\bwatch full (?:seasons|episodes)\b|\bstream live tv\b|\bfree webinar\b"
                       r"|\byou (?:can|may) download (?:a|the|your) (?:free )?copy\b|\bconfirm your (?:signature|subscription|e-?mail address)\b"
                       r"|\byou (?:can|may|will) (?:earn|receive|get) a (?:course )?certificate\b",
                       "be charged", "be billed", "your account", "skip the month", "member credits", "choice to shop", "promo code",
                       "coupon code", "discount code", "free shipping", "add to cart", "add to bag", "learn", "course", "available on",
                       "anywhere", "watch full", "stream live", "webinar", "download", "confirm your", "certificate")),
        # A prompt to comment: "Let us know in the comments what you think.", "Please keep
        # posting them in the comments."
        (COMMENTS, r"^(?:let us know|tell us|sound off|share your thoughts|please keep posting|leave a comment)\b[^.!?]{0,80}\bcomments?\b"),
        # A newsletter list link: "View all Example Times newsletters."
        (NEWSLETTER, r"^(?:view|see|browse) (?:all|our) [^.!?]{0,40}newsletters\W*$"),
        # A film review's credits block: "Produced by Jane Roe, John Doe.", "Starring Ann Lee
        # and Bo Chan.", "With: Ann Lee, Bo Chan, Cy Dee.", "MPAA rating: PG-13. Running time:
        # 98 MIN.", "In Danish and in German with English subtitles."
        (FILM_CREDITS, r"^(?:(?:executive )?produced|directed|written|edited|starring|with|music|screenplay|cast|(?:executive |co-?)?producers?)(?: by)?\s*[:,]?\s+"
                       r"(?-i:[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|del|la|le)){0,3})"
                       r"(?:(?:,| and| &|, and)\s+(?-i:[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|del|la|le)){0,3}))*\.?$"
                       r"|^(?:mpaa rating|rated|running time)\s*:"
                       r"|^in (?-i:[A-Z])\w+(?:,? (?:and )?(?:in )?(?-i:[A-Z])\w+)* with (?:english )?subtitles\W*$"),
        # A blog's hat tip in brackets: "(thanks, Jane Roe!)", "(via Example Blog)"
        (CREDIT, r"^\((?:thanks|via|h/t|hat tip)\b[^()]{0,80}\)\W*$"),
        # A video channel's blurb under an embedded clip: "The Example Show features hilarious
        # highlights from the show including: sketches, games and interviews.", "You'll also
        # find behind the scenes videos and other great web exclusives.", "GET THIS VIDEO TO
        # 10,000 likes!"
        (PROMO, _gated(r"\bfeatures (?:[\w-]+ ){0,2}highlights from the show\b|\bbehind[- ]the[- ]scenes videos and other\b"
                       r"|\b(?:great |more |other )web exclusives\b|\bget this video to [\d,.]+k? (?:likes|views)\b",
                       "highlights from the show", "behind", "web exclusives", "this video to")),
        # A picture credit in capitals that names a web site, glued to the caption after it:
        # "EXAMPLEPHOTOS.COM The singer arrives at the gala."
        (CREDIT, r"^(?-i:[A-Z0-9][A-Z0-9-]{2,}\.(?:COM|NET|ORG|CO\.UK|TV))\s+\S"),
        # ... or a photographer and outlet after a bar, glued to the teaser after it: "| Jane
        # Roe/EXAMPLE NEWS Council Approves Park Plan The vote ends a two-year fight."
        (CREDIT, r"^\|\s*(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*/\s*(?-i:[A-Z][\w&.'’-]*)"),
        # A headline printed twice and glued to the text (a link to another story and its
        # title): "Mayor Opens New Bridge Over River Mayor Opens New Bridge Over River The
        # mayor cut the ribbon ...". Five words or more, repeated at once: no sentence does.
        (RELATED, r"^((?:\S+\s+){4,20}?\S+)\s+\1\s"),
        # A page's template whose values were lost in scraping: "Brides in and spend the
        # most on their dresses ( and , respectively).", "... has been the black fox ().": a
        # bracket holding nothing, or only commas and "and"s ("(and)" alone is an editor's
        # word in a quotation; "print()" is code).
        (TEMPLATE, _gated(r"(?<![\w)\]])\(\s*\)|\((?:\s*(?:and|or|&|,)\s*)*,(?:\s*(?:and|or|&|,|respectively)\s*)*\)",
                          "(")),
        # --- Sixth audit round. ---
        # An embedded tweet whose text opens with ".@handle" (a reply its author made public):
        # ".@CityHall will publish the audit next week."
        (SOCIAL, r"^\.@\w{1,20}\b"),
        # A signpost to what follows on the page, which a digest line cannot show: a lead-in
        # that ends in a colon ("Here's the mayor's full statement:", "Here is how the poet
        # described it:"), a pointer to a list, a gallery or a clip ("Here's a sampling of
        # those projects.", "Here's a photo of the couple.", "Here's what you need to know.",
        # "Here's how the agency calculates the index.", "Here's her take on taxes, in her own
        # words."), a listicle's teaser ("To mark the anniversary, here are 12 of the band's
        # best songs.", "Here are some tips for your trip."). A lead-in followed by its content
        # stays ("Here is the chain of events: First, the mayor ...", "Here's one sign of the
        # recovery: wages rose."), as do "here" in prose ("With me here are my sons.", "From
        # farms to mills, here is a man who ...", "Here is where the fire started.").
        (POINTER, _gated(r"^(?:[^.!?]{0,120}(?:,|\band)\s+)?here(?:['’]s| is| are) (?:[^.!?:]{0,160}:$"
                         r"|(?:a |an )?(?:sampling|selection|sample|recap|roundup|round-up|range|rundown|list|look|guide|collection"
                         r"|photo|video|clip|map|chart|gallery|slideshow) (?:of|at)\b|what you need to know\b|how\b(?![^.!?]*:\s*\S)"
                         r"|(?:his|her|their) take on\b"
                         r"|(?:the |our )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|some|a few|a handful)\b[^.!?:]*[.!:]?$)",
                         "here")),
        # ... and the page's other pointers: "Below is a short explainer on the disease.", "The
        # video shown here explains how the vaccine works.", "Last year's rates are also listed
        # below for comparison.", "The general speaks out in this exclusive interview.", "our
        # editors cut together this supercut of every goal of the season", "we've gathered his
        # greatest onstage moments", "The blog has rounded up the funniest moments of the
        # awards night." (a site's gallery of bests, not "police collected the evidence"; and
        # "The photo below the headline drew complaints." stays).
        (POINTER, r"^(?:below|above),? (?:is|are) (?:a|an|the|some|our|more)\b"
                  r"|^the (?:video|clip|image|photo|graphic|map|chart)s? (?:(?:shown|embedded) (?:here|above|below)|(?:here|above|below) (?:shows?|explains?))\b"),
        (POINTER, _gated(r"\b(?:is|are) (?:also )?(?:provided|listed|shown|included|reproduced) below\b"
                         r"|\bin this exclusive (?:interview|video|clip|footage)\W*$"
                         r"|\b(?:edited|cut|stitched|spliced) together (?:this|the following|a) (?:[\w-]+ ){0,2}(?:montage|supercut|compilation|reel|video|clip)\b"
                         r"|\b(?:we(?:['’]ve| have)|has|have) (?:compiled|rounded up|collected|gathered|put together) (?:a list of |some of )?(?:the |her |his |their |our )?"
                         r"(?:best|worst|funniest|most memorable|favou?rite|greatest|cutest|craziest|wildest)\b[^.!?]{0,40}"
                         r"\b(?:moments|photos|pictures|looks|tweets|quotes|memes|highlights|gifs|bits|outfits|videos|scenes|reactions|jokes|lines)\b",
                         "below", "in this exclusive", "together", "compiled", "rounded up", "collected", "gathered")),
        # A pointer to a web site instead of text: "Visit example.org for more information.",
        # "Check out examplefest.com for ticket information.", "Visit www.example.org."
        (POINTER, r"^(?:visit|check out|go to) (?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co\.uk|tv)\S*"
                  r"(?:\s+for (?:more )?(?:information|info|details|tickets|ticket information|ticketing information|updates)\b[^.!?]{0,40})?\W*$"),
        # A station's or a site's promotion of itself: "Stay with Channel 9 for updates on the
        # storm.", "'Teaching Online' is Example Weekly's new collection of articles." (a book's
        # "Her new collection of essays explores grief." stays)
        (PROMO, r"^stay (?:with|tuned to) [^.!?]{1,40} for (?:the latest|updates|more)\b"),
        (PROMO, _gated(r"\bis (?:our|[^.!?]{1,40}['’]s) (?:new|latest|free|special) (?:compilation|collection) of (?:articles|essays|stories|columns)\W*$",
                       "compilation", "collection")),
        # Fundraising pages pasted into the text: a crowdfunding campaign's own words ("Thanks
        # to you, we reached all of our stretch goals in a week!", "$5,000 Stretch Goal -
        # UNLOCKED Backers get a signed poster.", "I spoke with the family before starting this
        # GoFundMe.", "All donation withdrawals will be managed by the family.", "This
        # Kickstarter is for the second season of our web series.", "This is where your
        # pledges will be going."), not news about one ("A GoFundMe page has been set up by
        # the family.", "The GoFundMe page said the money would pay for the funeral.").
        (PROMO, _gated(r"\b(?:our|these|all) stretch goals?\b|\bstretch goals? (?:-\s*)?(?:unlocked|perks?)\b"
                       r"|\bthis go ?fund ?me\b|\bdonation withdrawals\b|^this (?:kickstarter|indiegogo|crowdfunding campaign) is (?:for|to)\b"
                       r"|^(?:that|this) is where your (?:money|donations?|pledges?) (?:is|are|will be) going\b",
                       "stretch goal", "fund", "donation withdrawals", "kickstarter", "indiegogo", "where your")),
        # A maker's sales text with its trademark signs, addressed to the reader: "Simply snap
        # the lid onto your Kettlemate® and pour.", "We have developed a quieter fan for every
        # Aircool™ unit." (a quotation that names a trademark, '"The Pulse™ monitors are
        # accurate," the firm said.', stays).
        (PROMO, _gated(r"^(?![\"“‘'])(?=.*[®™])(?=.*\b(?:you|your|we(?:['’]ve| have) developed)\b)", "®", "™")),
        # A newsletter form's messages: "Invalid email address.", "Please try again later.",
        # "We respect your privacy.", "Please check your email and click the link to finish
        # signing up."
        (NEWSLETTER, r"^(?:invalid e-?mail address|please try again later|we respect your privacy"
                     r"|please check your e-?mail (?:and|to) (?:click|confirm|activate)|thanks? (?:you )?for signing up)\b"),
        # A syndication note and a profile link at the foot of a story: "Original article on
        # Example Science.", "Follow her at Twitter.com/janeroe."
        (NOTE, r"^original (?:article|story) (?:on|at|from)\b"),
        (SHARE, r"^follow (?:us|him|her|them|(?-i:[A-Z][\w.]+(?: [A-Z][\w.]+){0,3})) at (?:twitter|facebook|instagram)\.com\b"),
        # A live stream's embed title ("Jane Roe LIVE on Periscope 03-14-2019.") and a photo
        # store's and ad gate's chrome ("John Doe/Example Times Buy Photo Wait 3 seconds to
        # continue.").
        (MEDIA, _gated(r"(?-i:\bL(?:ive|IVE) on #?Periscope\b)|\bbuy photo\b|\bwait \d+ seconds? to continue\b",
                       "periscope", "buy photo", "to continue")),
        # A film's credits in one sentence: "Example Pictures presents a film directed by Jane
        # Roe and written by John Doe." (a review's "the studio presents the film as a comedy"
        # stays).
        (FILM_CREDITS, _gated(r"\bpresents? (?:an? |the )?(?:[\w-]+ )?(?:film|movie|production) (?:directed|written|produced) by\b", "present")),
        # Captions with no verb, which begin as only captions begin: "A photo from the 1920
        # flood, with water up to the mill's second floor.", "The scene of the derailment outside
        # Port Alder on May 2, 2013.", a scene or view dated as captions are) (a sentence with a
        # verb, "A photo of the suspect, with his face blurred, was released.", "The scene of the
        # crash was chaotic.", "The view from the summit stunned the climbers.", stays).
        (CAPTION, r"^(?:an? |the )?(?:photo(?:graph)?|image|picture|still|sketch|rendering)s? (?:from|of|taken) [^.!?]{0,120}, (?:with|showing|where)\b"
                  r"(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|shows?|showed)\b)"
                  r"|^(?:an? |the )(?:(?:aerial|general|wide|partial) )?(?:scene|view) (?:of|from|at|outside|inside|along|near)\b"
                  r"(?=[^.!?]*\b(?:(?:19|20)\d\d|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b)(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|can|could|shows?|showed|remains?|remained|looks?|looked|became|becomes|seems?|seemed)\b)"),
        # A caption in the present tense: people named, a pose or gesture, the weekday ("Mayor
        # Jane Roe and Governor Ann Lee walk to the chamber Wednesday.", "Senator Bo Chan
        # gestures during a hearing Tuesday in Port Alder."); the body text tells it in the past
        # ("walked") and a plan says "will". Verbs of a schedule ("leaves", "arrives",
        # "attends", "speaks at") are not taken: "The president leaves for Asia on Sunday." is news;
        # nor is a stance or a report ("Mayor Roe stands by her plan, her office said Monday.").
        (CAPTION, r"^(?-i:(?:[A-Z][\w.'’-]*,? ){1,8}(?:and (?:[A-Z][\w.'’-]*,? ){1,6})?)"
                  r"(?:walks?|gestures?|waves?|listens?|looks on|smiles?|reacts?|hugs?|embraces?|shakes? hands|stands?(?! by\b)|sits?"
                  r"|interrupts?|celebrates?|greets?|speaks? (?:to|with|during))\b(?![^.!?]*\b(?:will|said|says|told|announced|according)\b)"
                  r"[^.!?]*\b(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.!?]*\.$"),
        # A horoscope's lines: "This is your time of year, so make the most of it.", "You can
        # expect some surprising things to happen over the next two days.", "The stars are on
        # your side this week.", "The full moon in your sign brings news.", "Leo (July 23 -
        # Aug. 22): ..." ("You can expect the event to draw crowds." and "you can expect even
        # more sanctions" are prose).
        (HOROSCOPE, _gated(r"^this is your time of (?:the )?year\b|\byou can expect (?:some|a|an|plenty of|lots of) [^.!?]{0,60}\bto (?:occur|happen|unfold|come your way)\b"
                           r"|\bthe (?:stars|planets|cosmos) (?:are|is) (?:on your side|aligned for you|in your favou?r)\b"
                           r"|\b(?:new |full )?(?:moon|sun|venus|mars|mercury|jupiter|saturn) (?:is )?(?:in|enters?|moves? into|transits?) your (?:sign|chart|(?:\w+ )?house)\b"
                           r"|\b(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces) \((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d",
                           "your", "you can expect", "(")),
    )
)
_LINE_CHECKS = tuple((reason, pattern.search, _GATES.get(pattern.pattern)) for reason, pattern in LINE_RULES)
_SENTENCE_CHECKS = tuple((reason, pattern.search, _GATES.get(pattern.pattern)) for reason, pattern in SENTENCE_RULES)


def _first_rule(checks, text: str) -> str | None:
    low = None
    for reason, search, gate in checks:
        if gate is not None:
            if low is None:
                low = text.lower()
            if not any(needle in low for needle in gate):
                continue
        if search(text):
            return reason
    return None

# A metadata prefix before the text proper: " date 2025-02-06 ", "Published: Feb 6, 2025 |".
METADATA_PREFIX = re.compile(
    rf"^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?|first published(?: on)?)"
    rf"\s*:?\s*(?P<date>{DATE}){_TIME}?\s*[|,:—–-]?\s*",
    _I,
)
_PLACE_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]{2,}(?:\.[A-Z]\.?)?|[A-Z]\.(?:[A-Z]\.)+)"
_PLACE = rf"{_PLACE_WORD}(?:[ -](?:{_PLACE_WORD}|de|del|la|el|es|da|do|of|upon|am|an))*?"
_PLACES = rf"{_PLACE}(?:\s*[/,]\s*(?:{_PLACE}|[A-Z][a-z]{{1,4}}\.))*?"
_DAY = rf"{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
_WIRE = rf"\((?:{AGENCIES}|[A-Z][A-Za-z]{{1,15}}(?: [A-Z][A-Za-z]{{1,15}}){{0,3}})\)"
# Datelines: "NEW DELHI:", "New Delhi/Washington, Feb 6:", "WASHINGTON (Reuters) -", "LONDON —",
# "Toulouse, France.", "(CNN) —". Group "places" holds the place names.
DATELINE_PREFIX = re.compile(
    rf"^\s*(?:(?P<places>{_PLACES})(?:,?\s*(?P<day>{_DAY}))?\s*(?P<wire>{_WIRE})?|(?P<wire2>{_WIRE}))"
    rf"\s*(?P<sep>:|—|–|--?|\.|\|)\s+(?=[\"'“‘(\[]?[A-Z0-9])"
)
# A wire dateline with no separator, as CNN's pages glue it to the text: "Port Alder
# (CNN)Mayor Jane Roe said ...", "(CNN)The council voted ...", "(CNN) A ferry ran aground
# ...". Only a known agency (AGENCIES, case as written): any other bracketed word before a
# capital is an aside ("Jane Roe (Labour) Leader of ..."), not a credit.
GLUED_WIRE_DATELINE = re.compile(
    rf"^\s*(?:(?P<places>{_PLACES})(?:,?\s*(?P<day>{_DAY}))?\s*)?\((?P<wire>{AGENCIES})\)\s*(?=[\"'“‘]?[A-Z0-9])"
)
# A place in capitals whose separator was lost ("PORT ALDER The council voted ...",
# "KESTREL BAY A ferry ran aground ..."): one to three words in capitals, then a capitalised
# article that opens the sentence. Only "The", "A", "An": after capitals a proper noun
# ("NCAA President ...", "EU foreign ministers ...") or a shouted lead-in ("DOCUMENTS
# OBTAINED BY The Intercept ...", which _NOT_PLACES turns away for its "BY") is not a
# dateline, and an article is the one opener that no name or headline word looks like.
BARE_CAPS_DATELINE = re.compile(
    r"^\s*(?P<places>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})\s+(?=(?:The|A|An)\s+[\"'“‘]?[A-Za-z0-9])"
)
# Words that end a "Word:" or "Word." prefix but are not places.
_NOT_PLACES = frozenset(
    "by from via with for in on at of the a an mr mrs ms dr st gen sen rep gov lt col sgt prof rev jr sr no vol fig u.s us uk eu un "
    "note update updated editor editors warning summary question answer q a watch read related source photo "
    "video image correction clarification disclosure opinion analysis exclusive breaking live tip tags "
    "photos president senator governor mayor secretary minister chairman host file close share skip replay "
    "advertisement sponsored "
    "yes no ok okay well so now then but and or also meanwhile however still thanks why what how who when "
    "where here there this that these those it he she they we i you his her their our its one two".split()
)
# Words that a full stop follows as an abbreviation ("Missouri Rep. Todd Akin"), never a
# place name ending a sentence.
_ABBREVIATIONS = frozenset(
    "rep reps sen sens gov govs gen lt col capt cmdr sgt adm maj pres supt atty dept univ hon rev prof mr mrs ms dr "
    "st ave blvd co corp inc ltd jr sr no vol mt ft sgts cpl pvt amb est".split()
)
# Dateline words cut are at most this long; chosen so "New Delhi/Washington, Feb 6:" (29
# characters) and "ALLENTOWN, Pa. (AP) —" fit while a clause before a colon rarely does.
MAX_DATELINE_CHARS = 60
# ... and at most this many words: "WEST PALM BEACH", "New Delhi/Washington, Feb 6" (the
# date does not count); an all-caps headline before a dash has more.
MAX_DATELINE_WORDS = 4


@dataclass(frozen=True)
class Verdict:
    """What a line is, and why: ``kind`` is CONTENT, HEADING or BOILERPLATE."""

    kind: str
    reason: str = ""


def fold(text: str) -> str:
    """White space folded to single spaces, ends stripped."""
    return " ".join(text.split())


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def has_final_punctuation(text: str) -> bool:
    """Ends like a sentence: . ! ? (possibly followed by quotes or brackets), or a colon
    after a clause of several words ("The focus areas include:")."""
    text = text.rstrip()
    if _TERMINAL.search(text):
        return True
    return text.endswith(":") and word_count(text) >= 4


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in a headline ("Israel Receives Three More F-35 Jets")."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR]
    if not words:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # 0.8: headlines keep a few lower-case words beyond the minor ones ("wraps up");
    # sentence-case lines of five or more words fall well below it.
    return capital >= 0.8 * len(words)


# Finite verbs that a sentence without its final stop still shows (headlines and noun
# phrases drop them: "Technology cooperation and integration of supply chains").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|do|did"
    r"|says|said|isn't|aren't|wasn't|don't|doesn't|didn't|can't|won't)\b",
    _I,
)
# A list item is a full sentence with final punctuation and at least this many words
# (shorter ones are labels: "Yes.", "See below."), ...
MIN_BULLET_SENTENCE_WORDS = 4
# ... or, without it, when it has a finite verb, is not title case and has at least this
# many words ("Map and filter are sometimes faster than comprehensions"); or when it is
# as long as a paragraph (MAX_FRAGMENT_WORDS, below).
MIN_UNPUNCTUATED_SENTENCE_WORDS = 6


def is_full_sentence(text: str) -> bool:
    """A list item or line that reads as a sentence, not a label or noun phrase."""
    words = word_count(text)
    if has_final_punctuation(text) and not text.rstrip().endswith(":"):
        return words >= MIN_BULLET_SENTENCE_WORDS
    if words > MAX_FRAGMENT_WORDS:
        return True
    return words >= MIN_UNPUNCTUATED_SENTENCE_WORDS and bool(_FINITE.search(text)) and not is_title_case(text)


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def bullet_marker_length(line: str) -> int:
    m = _BULLET.match(line)
    return m.end() if m else 0


def lexicon_reason(line: str) -> str | None:
    """The reason a whole line is boilerplate by the lexicon, or None."""
    return _first_rule(_LINE_CHECKS, line)


# Lines with at most this many words and no final punctuation cannot be sentences of a
# digest: chosen from Multi-News, where such lines are headings, list items ("benzene",
# "Average number of guests: 136") and link texts; longer unpunctuated lines there are
# mostly paragraphs whose final stop the scraper lost, which are kept.
MAX_FRAGMENT_WORDS = 16
# A heading has at most this many words (the seeds' and html-boilerplate's section
# headings have 3 to 15; a title may be longer, see metadata.MAX_TITLE_WORDS).
MAX_HEADING_WORDS = 16
# A teaser line is at most this long: teasers are one truncated lead sentence.
MAX_TEASER_WORDS = 40
# A caption line (ending in a photo credit) is at most this long.
MAX_CAPTION_WORDS = 45
# An unpunctuated line with a finite verb is kept as a sentence from this many words on
# (shorter ones are headings or labels more often than lost-stop sentences in Multi-News).
MIN_UNPUNCTUATED_LINE_WORDS = 8


def shape_verdict(line: str) -> Verdict:
    """Verdict from the line's shape alone (after the lexicon found nothing).

    A short line without final punctuation is not boilerplate by its shape alone: in
    the main text it is a heading, a list item or a table row (content that is not a
    digest sentence, :data:`NON_SENTENCE`); it becomes boilerplate only on other
    evidence (the lexicon, a list label above it, repetition, its place after the
    article's end), which :mod:`summarizer.clean` weighs."""
    words = word_count(line)
    if TEASER_SHAPE.search(line) and words <= MAX_TEASER_WORDS and not _ELLIPSIS_QUOTE.search(line):
        return Verdict(BOILERPLATE, TEASER)
    if (
        CAPTION_TAIL.search(line)
        and not has_final_punctuation(CAPTION_TAIL.sub("", line))
        and words <= MAX_CAPTION_WORDS
        and not INNER_STOP.search(line)
    ):
        return Verdict(BOILERPLATE, CAPTION)
    if is_bullet(line):
        body = line[bullet_marker_length(line):]
        if is_full_sentence(body):
            return Verdict(CONTENT)
        return Verdict(NON_SENTENCE, BULLET)  # a list item: kept, not a digest sentence
    if has_final_punctuation(line):
        return Verdict(CONTENT)
    if words >= MIN_UNPUNCTUATED_LINE_WORDS and is_full_sentence(line):
        return Verdict(CONTENT)  # a sentence whose full stop was lost ("The area ... was a testing ground")
    if words <= MAX_HEADING_WORDS and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return Verdict(HEADING)  # provisional: clean decides heading vs fragment by position
    if words <= MAX_FRAGMENT_WORDS:
        return Verdict(NON_SENTENCE, FRAGMENT)  # a table row, a list item in lower case: kept, not a sentence
    return Verdict(CONTENT)


def classify_line(line: str) -> Verdict:
    """Classify one line (white space folded) by the lexicon and its shape."""
    if TABLE_ROW.match(line):
        return Verdict(NON_SENTENCE, TABLE)  # table cells are content, never digest sentences
    reason = lexicon_reason(line)
    if reason is not None:
        return Verdict(BOILERPLATE, reason)
    return shape_verdict(line)


def sentence_reason(sentence: str, *, last: bool) -> str | None:
    """Why a sentence inside a content paragraph is boilerplate, or None.

    ``last`` is true for the paragraph's last sentence, the only one that can lack final
    punctuation (the splitter cuts after it).
    """
    reason = _first_rule(_SENTENCE_CHECKS, sentence)
    if reason is not None:
        return reason
    if _SHOUTING.match(sentence):
        return SHOUTING
    if last and _BIO.match(sentence):
        return BIO
    if sentence.rstrip().endswith(")") and CAPTION_TAIL.search(sentence) and not has_final_punctuation(CAPTION_TAIL.sub("", sentence).rstrip()):
        return CAPTION
    if last and ("..." in sentence or "…" in sentence) and TEASER_SHAPE.search(sentence) and word_count(sentence) <= MAX_TEASER_WORDS and not _ELLIPSIS_QUOTE.search(sentence):
        return TEASER
    if not has_final_punctuation(sentence) and word_count(sentence) <= SENTENCE_FRAGMENT_WORDS:
        return FRAGMENT
    return None


# A sentence without final punctuation is dropped when it has at most this many words
# ("Fifteen drones" left by a broken split, "Getty Images" glued to a paragraph);
# longer ones are paragraphs whose full stop was lost in scraping and are kept.
SENTENCE_FRAGMENT_WORDS = 6
_ELLIPSIS_QUOTE = re.compile(r"[\"“][^\"”]*(?:\.\.\.|…)[\"”]\s*$")


# An author's bio at the foot of a column, the last sentence of its paragraph: "Jane Roe
# is executive editor of Example magazine.", "John Doe is a staff writer for the Example
# Post." Only a writer's trade: "Jane Roe is a professor of law at ..." or "John Doe is the
# author of a new book" can be a news sentence about a source; so can a journalist in the
# news, told with a clause ("Jane Roe is a reporter for the Example Post who was detained
# in May."), which stays. The name is two or three capitalised
# words (case-sensitive), so "The mayor is a former reporter." stays.
_BIO = re.compile(
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}) is (?:a |an |the )?(?:[\w-]+ ){0,3}"
    r"(?:editor|writer|columnist|contributor|correspondent|blogger|reporter)\b"
    r"(?:(?: at| of| for| with| in)\b(?![^!?]*\b(?:who|whose|was|were|has|had|has been)\b)[^!?]{0,100})?\.$",
    _I,
)


# A whole sentence in capitals (five words or more): a shouted reader comment or a
# headline glued into the text, never an article's own sentence; also after a speaker's
# label, as TV stations' transcripts print it ("Reporter: THE COUNCIL VOTED ...").
# Case-sensitive.
_SHOUTING = re.compile(r"^(?:[A-Z][a-z]+:\s+)?(?=(?:[^a-z]*?\b[A-Z]{2,}\b){5})[^a-z]*$")


def credit_after_stop(sentence: str) -> int:
    """Characters of a trailing credit after a sentence's final stop ("... said. (AFP)"), or 0."""
    if not sentence.rstrip().endswith(")"):
        return 0
    m = CREDIT_AFTER_STOP.search(sentence)
    return len(sentence) - m.start() if m else 0


@dataclass(frozen=True)
class Prefix:
    """A prefix cut off the front of a sentence: its length and what it says."""

    length: int
    reason: str
    date: str | None = None
    places: str | None = None
    wire: str | None = None
    # Characters of a metadata prefix (" date 2025-02-06 ") at the front, before any
    # dateline (0 when there is none): the two are reported as two removals.
    meta_length: int = 0


def leading_prefix(text: str) -> Prefix | None:
    """A metadata prefix and/or dateline at the start of ``text`` (a paragraph's first
    sentence), or None. The sentence proper starts ``length`` characters in."""
    length = 0
    date = None
    m = METADATA_PREFIX.match(text)
    if m:
        length = m.end()
        date = m.group("date")
    d = _dateline(text[length:])
    if d is not None:
        places, wire, cut = d
        return Prefix(length + cut, DATELINE_CUT, date, places, wire, length)
    if length:
        return Prefix(length, METADATA, date, meta_length=length)
    return None


def _dateline(text: str) -> tuple[str | None, str | None, int] | None:
    m = DATELINE_PREFIX.match(text)
    if not m or m.end() > MAX_DATELINE_CHARS + (len(text) - len(text.lstrip())):
        return _unseparated_dateline(text)
    places = m.group("places")
    wire = m.group("wire") or m.group("wire2")
    sep = m.group("sep")
    if wire:
        wire = wire.strip("()")
    if places is None:  # "(CNN) —"
        return (None, wire, m.end()) if sep not in ".:" else None
    words = places.replace("/", " ").replace(",", " ").split()
    if any(w.lower().strip(".") in _NOT_PLACES for w in words[:1]) or len(words) > MAX_DATELINE_WORDS:
        return None
    upper = all(w.isupper() or not w[0].isalpha() for w in words if w[0].isalpha() and len(w) > 2)
    if sep == ".":
        # "New Delhi. Defence Minister ...", "Toulouse, France. AEGEAN ...": two or three
        # alphabetic words or a comma list, never an abbreviation such as "U.S." or "Dr."
        if m.group("day") or wire or not (2 <= len(words) <= 3 or "," in places):
            return None
        if any(not w.isalpha() or len(w) < 3 or w.lower() in _ABBREVIATIONS for w in words) or upper and len(words) == 1:
            return None
        rest = text[m.end():]
        if word_count(rest.split(".")[0]) < 6:
            return None
    elif sep in "—–--|":
        if not (upper or wire or m.group("day")):
            return None
    elif len(words) == 1 and not (upper or wire or m.group("day")):
        # sep ":" - "NEW DELHI:", "Tel Aviv:", "Bengaluru/Delhi:"; a single title-case word
        # before a colon is as often a name in a title ("Kong: Skull Island") and stays.
        return None
    return places, wire, m.end()


def _unseparated_dateline(text: str) -> tuple[str | None, str | None, int] | None:
    """A dateline with no separator after it: an agency's wire glued to the text
    (:data:`GLUED_WIRE_DATELINE`) or a place in capitals before an article
    (:data:`BARE_CAPS_DATELINE`)."""
    m = GLUED_WIRE_DATELINE.match(text) or BARE_CAPS_DATELINE.match(text)
    if not m or m.end() > MAX_DATELINE_CHARS + (len(text) - len(text.lstrip())):
        return None
    places = m.group("places")
    wire = m.groupdict().get("wire")
    if places is not None:
        words = places.replace("/", " ").replace(",", " ").replace("-", " ").split()
        if len(words) > MAX_DATELINE_WORDS or any(w.lower().strip(".") in _NOT_PLACES for w in words):
            return None
    return places, wire, m.end()


# Page labels glued to the front of a real sentence, the line break after them lost in
# scraping: a picture's or section's label ("Image The mayor said ...", "Analysis There
# had been ...", "LIVE BLOG On Monday, ...", "SHARE COPY LINK A judge ruled ..."), a
# gallery's chrome with its credit ("Enlarge Image Close Getty Images The mayor ..."), an
# agency credit left over from the caption before ("AP Alder Line said on Thursday ...").
# The words are page furniture, nouns and never a sentence's verb, chosen from the labels
# news pages print over pictures, players and columns. Written in title case the label is
# cut only before a closed-class word that opens a sentence (_LABEL_OPENERS), so "Video
# games are ...", "Analysis shows ..." and "Photo Booth Inc. said ..." stay; written in
# capitals (chrome, not prose) before any capitalised word.
_LABEL_WORDS = (
    "Image|Images|Photo|Photos|Picture|Pictures|Video|Videos|Caption|Audio|Graphic|Gallery|Slideshow"
    "|Analysis|Opinion|Commentary|Explainer|Editorial|Advertisement|Sponsored"
    "|Live Blog|Live Updates|Breaking News|Share Copy Link"
)
# Closed-class words (articles, pronouns, prepositions, conjunctions, a few time words) that
# open a sentence: what a label's glued sentence starts with in Multi-News ("The", "There",
# "On"), never the second word of a name or phrase that starts with a label word.
_LABEL_OPENERS = (
    "The|A|An|This|That|These|Those|There|Here|It|He|She|They|We|His|Her|Its|Their|Our"
    "|On|In|At|After|Before|When|While|As|For|During|Since|Although|Though|Because|If|But"
    "|Some|Many|Most|All|One|Two|Three|Today|Yesterday|Last|Earlier|Mr|Mrs|Ms|Dr"
)
_CAPS_LABEL_WORDS = "|".join(w.upper() for w in _LABEL_WORDS.split("|")) + "|EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|LISTEN"
# Agency credits that end a caption and so reach the front of the next sentence: capitals
# only, and not before a word of the agency's own staff or products ("AP Photo/...", "AP
# writer", "AFP Diplomatic Correspondent Jane Roe", "AP Poll", "AP News").
_AGENCY_ROLES = (
    r"Photos?|Images|Video|Writers?|Correspondents?|Reporters?|Editors?|Photographers?|Poll|News"
    r"|Sources|Stylebook|Exclusive|Interview|Explains|Analysis|FACT|Top"
)
LEADING_LABEL = re.compile(
    rf"^(?:(?P<label>(?:{_LABEL_WORDS})\s+(?=(?:{_LABEL_OPENERS})\b\.?\s)"
    rf"|(?:{_CAPS_LABEL_WORDS})\s+(?=[\"'“‘]?[A-Z][a-z])"
    rf"|Enlarge (?:Image|Photo)(?: Close)?\s+(?:(?:Getty Images|Bloomberg News|Associated Press|Reuters|AFP|AP)\s+)?(?=[\"'“‘]?[A-Z]))"
    rf"|(?P<agency>(?:AP|AFP)\s+(?=[A-Z][a-z])(?!(?:\S+\s+){{0,2}}(?:{_AGENCY_ROLES})\b)))"
)

# Words a sentence must have after its label for the label to be cut: a label before a
# short phrase ("Photo The Team", "VIDEO Highlights") is a heading or link text, which the
# fragment rule decides whole.
MIN_LABELLED_WORDS = 4


def leading_label(sentence: str) -> tuple[int, str] | None:
    """A page label or agency credit glued to the front of ``sentence`` (see
    :data:`LEADING_LABEL`): the characters to cut (trailing space included) and the
    reason, or None. Cut only when at least MIN_LABELLED_WORDS words are left."""
    m = LEADING_LABEL.match(sentence)
    if not m or word_count(sentence[m.end():]) < MIN_LABELLED_WORDS:
        return None
    return m.end(), PAGE_LABEL if m.group("label") is not None else AGENCY
