"""Whole-line rules: the lexicon of whole-line boilerplate (``LINE_RULES``, first match
wins) and the labels that open a list of other stories (``LIST_LABEL``) or the site's
own blurb (``ABOUT_LABEL``)."""

from __future__ import annotations

import re

from summarizer.boilerplate.gates import _gated
from summarizer.boilerplate.patterns import (
    AGENCIES,
    DATE,
    MONTHS,
    WEEKDAYS,
    _I,
    _OUTLET,
    _PHOTO_SOURCES,
    _TIME,
)
from summarizer.boilerplate.reasons import (
    AD,
    AGENCY,
    BYLINE,
    CAPTION,
    COMMENTS,
    CONTACT,
    COPYRIGHT,
    CREDIT,
    DATELINE,
    LINK,
    MEDIA,
    METADATA,
    NAVIGATION,
    NEWSLETTER,
    RELATED,
    SEPARATOR,
    SHARE,
    SOCIAL,
)

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
        # An embed's signature makes its short line an embed; a long paragraph holding one
        # (an article flattened to one line) keeps its text, and the sentence rules take the
        # signature's sentence.
        (SOCIAL, _gated(r"^(?=.{0,400}$).*?\ba post shared by\b", "a post shared by")),
        (MEDIA, r"^(?:media playback is (?:unsupported|not supported)|please (?:enable|turn on) javascript"
                r"|your browser does not support|this video (?:is|has been) (?:unavailable|removed)"
                r"|media requires javascript|video player|play video|watch video|loading(?:\.\.\.|…)?$"
                r"|(?:enlarge this image )?toggle caption)"),
        (CREDIT, r"^(?:image copyright|image caption|media caption|photo credit|image credit)\b"),
        # "Credit" or "Caption" alone is a label only before a separator or a short credit
        # ("Credit: Reuters", "Credit Doug Mills/The New York Times"); before a sentence it
        # is the sentence's own word ("Credit Suisse shares plunged on Wednesday.", "Credit
        # unions in Ohio lent a record $4 billion ...", "Caption contests drew ...").
        (CREDIT, r"^(?:credit|caption)s?(?:\s*[:|]|\s+(?=(?:\S+\s+){0,9}\S+$)(?!.*[a-z]{2}[.!?][\"'”’]?$))"),
        (CREDIT, rf"^(?:(?:facebook|twitter|pinterest|share)\s+)*(?:photo(?:graph)?s?|images?|pictures?|pic|"
                 rf"file photo|illustration|source|courtesy)(?: by)?\s*[:/|-]?\s*(?:{_PHOTO_SOURCES}|[^.!?]{{0,60}}\b(?:{_PHOTO_SOURCES}))\W*$"),
        (CREDIT, r"^\(?(?:photo(?:graph)?s?|images?|pictures?|video|photo illustration)\s*(?:by|:)\s*[^.!?]{1,60}$"),
        (CREDIT, r"^(?:\[\s*)?(?:featured )?(?:image|photo)s?(?: by| via|:)\s*[^\]]{1,80}\]?$"),
        (CREDIT, r"^[A-Z][\w.'’ -]{1,40}(?:/[A-Z][\w.'’ -]{1,40})+$"),  # "Name/Agency/Desk"
        (CAPTION, _gated(rf"^(?=(?:\S+\s+){{0,45}}\S+$).*(?:\b(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^.!?]{{1,60}}"
                  rf"|\b(?:{_PHOTO_SOURCES}|REUTERS)/[A-Z][\w.'’ -]{{1,40}}|[A-Z][\w.'’ -]{{1,40}}/(?:{_PHOTO_SOURCES})\W*|\(\s*(?:photo|image)s?\s*:[^)]{{1,60}}\)\W*)$", "/", ":")),
        (CAPTION, r"^(?:file\s*[-–—:]\s*)?in (?:this|these|a|an) (?:[^.!?]{0,40}\s)?(?:file |undated |handout )?"
                  r"(?:photo|image|picture|photograph|frame grab|video still)s?\b"),
        # A notice's words past its start make a notice only of a short line, in its first
        # sentence (an article flattened to one line ends with its notice, which the sentence
        # rules take), and only in a notice's wording: a court may rule that jurors' names "may not be
        # published until the trial ends", a suit that photos were used "without written
        # permission".
        (COPYRIGHT, _gated(r"(?:^(?:copyright|©|\(c\))\s|^(?=.{0,300}$)[^.!?]*?(?:all rights reserved|\b(?:material|content|article|story|work|publication)s? may not be (?:published|reproduced|copied)"
                           r"|rewritten,? or redistributed|(?:reproduced|republished|copied|distributed)\b[^.!?]{0,40}\bwithout (?:the )?(?:prior |express )?written permission))",
                           "copyright", "©", "(c)", "all rights reserved", "may not be", "rewritten", "written permission")),
        (SHARE, r"^(?:(?:share|tweet|pin|email|e-mail|print|facebook|twitter|pinterest|linkedin|whatsapp|reddit"
                r"|tumblr|flipboard|google\+?|sms|messenger|telegram|comments?|copy(?: link)?|save|link|more)"
                r"(?: this(?: article| story| page| video)?| on \w+| via \w+| story)?[\s|,:/•·-]*)+$"),
        (SHARE, r"^(?:click here|tap here|click to (?:email|share|print|tweet)|read or share this|tweet with a location)\b"),
        (SHARE, r"^(?=.{0,160}$)(?:follow|like|join|find|connect with|stay (?:up to date|connected)|share this|subscribe to)\b"
                r".*?(?:\b(?:twitter|facebook|instagram|google\+?|linkedin|youtube|tiktok|snapchat|us on|friend|new window)\b"
                r"|@\w+|https?://|www\.|\.com\b)"),
        (SHARE, r"^follow(?: us)?\W*$"),
        # (whole words, and a prompt's length: "Subscriber growth slowed ..." and "Never
        # missing a shift in 30 years, the nurse ..." are news)
        (NEWSLETTER, r"^(?=.{0,200}$)(?:sign up|subscribe|get (?:the|our) .{0,60}(?:newsletter|by email|in your inbox)|join our mailing list"
                     r"|enter your email|download the .{0,40}app|never miss)\b"),
        # A newsletter box's heading, in title case ("PC Gamer Newsletter", "The Daily
        # Newsletter"; "The rise of paid newsletters" and "She writes newsletters." stay).
        (NEWSLETTER, r"(?-i:^(?:[A-Z][\w.'&-]* ){0,4}Newsletters?)$"),
        (NEWSLETTER, _gated(r"^(?=.{0,240}$)(?=.*\b(?:sign up|subscribe|receive|get|join|delivered|enter your)\b)"
                            r"(?=.*\b(?:newsletters?|in your inbox|email alerts?|mailing list)\b)",
                            "newsletter", "in your inbox", "email alert", "mailing list")),
        (COMMENTS, r"^(?:write|leave|post|add|view|show|hide|load)(?: a| your| all| more)? comments?\b|^comments? (?:are )?closed"
                   r"|^notify me\b|^you must be logged in|^reply$|^\d+\s+comments?$|^(?:join|start) the (?:conversation|discussion)"),
        (COMMENTS, _gated(r"^(?=.{0,400}$).*?akismet", "akismet")),
        (CONTACT, r"^(?:have a (?:news )?tip|got a (?:news )?tip|send us your|contact (?:us|the (?:writer|author|reporter))\b"
                  r"|are you there\? send us|to contact the (?:reporter|editor|writer|author)s?\b|write to [^.!?]{1,60}\bat\s+\S+@)"),
        # A short line carrying an e-mail address, a web address or a handle: a contact
        # line, a link to a profile or a shop, a tweet's link.
        (LINK, _gated(r"^(?=(?:\S+\s+){0,9}\S+$)(?!.*[a-z]{2}[.!?][\"'”’]?$).*(?:[\w.+-]+@[\w-]+\.[\w.-]+|(?<![^\s(:])https?://|(?<![^\s(])www\.|(?<!\S)@\w+)", "@", "http", "www.")),
        # A web address alone on its line: a source's credit ("BVINEWS.COM") or a link.
        (LINK, r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|co\.uk|news|tv|info)/?$"),
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
        (METADATA, r"^(?:date|news date|dated|time|read time|reading time|location|place|source|author|words|section|edition|category"
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
ABOUT_LABEL = re.compile(r"^(?:about us|about (?:the|this) (?:author|site|website|paper|newspaper)|who we are|our story)\W*$", _I)
