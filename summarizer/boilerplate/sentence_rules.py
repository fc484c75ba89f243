"""Sentence-level rules for pieces glued into a content paragraph: the table
``SENTENCE_RULES`` (first match wins; each rule's comment records the cases it was
chosen on), an author's bio (``_BIO``) and a sentence in capitals (``_SHOUTING``)."""

from __future__ import annotations

import re

from summarizer.boilerplate.gates import _gated
from summarizer.boilerplate.patterns import MONTHS, WEEKDAYS, _I, _PHOTO_SOURCES
from summarizer.boilerplate.reasons import (
    AD,
    AGENCY,
    CAPTION,
    COMMENTS,
    CONTACT,
    COPYRIGHT,
    CREDIT,
    FILM_CREDITS,
    HOROSCOPE,
    MEDIA,
    NEWSLETTER,
    NOTE,
    PAYWALL,
    PLACEHOLDER,
    POINTER,
    PROMO,
    RELATED,
    SHARE,
    SOCIAL,
    TEASER,
    TEMPLATE,
)

# A headline printed twice and glued to the text (a link to another story and its title):
# "Mayor Opens New Bridge Over River Mayor Opens New Bridge Over River The mayor cut the
# ribbon ...". Five words or more, repeated at once: no sentence does. The whole paragraph
# it opens is that other story's teaser (``clean``).
DOUBLED_HEADLINE = re.compile(r"^((?:\S+\s+){4,20}?\S+)\s+\1\s", _I)
# An embedded post's text opening a paragraph: a reply its author made public (".@CityHall
# will publish the audit next week.") or a post quoted as "@handle: text" (tenth audit:
# users' posts listed in a story, "@jdoe: My battery drains in an hour."). A short
# paragraph it opens is the post throughout (``paragraph_split``; eleventh audit: the
# second and third sentences of two such posts were digest lines).
POST_OPENING = re.compile(r"^\.@\w{1,20}\b|^@\w{1,20}:\s")
# A video gallery's player chrome opening a paragraph: "Skip in Skip x Embed x Share CLOSE
# ...". The whole paragraph it opens is the gallery's titles and captions, up to 68 of them
# in one line (``clean``).
PLAYER_CHROME = re.compile(r"^(?:CLOSE\s+)?Skip in Skip x Embed x Share\b", _I)
# A local site's weather widget opening a paragraph: a forecast strip of three days or more,
# "STORMY MORNING Wednesday (59/53) Clouds/Showers Thursday (57/48) ...", then the
# forecaster's blurb. The whole paragraph it opens is the widget (``clean``).
FORECAST_STRIP = re.compile(
    r"^(?:[A-Z][A-Z'&-]*\s+){0,4}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \(\d{1,3}/\d{1,3}\)\s+"
    r"(?=\S*(?:Sun|Cloud|Shower|Rain|Snow|Storm|Fog|Drizzle|Wind|Flurr|Clear|Haz))\S+\s+){3}"
)

# Sentence-level rules for pieces glued into a paragraph.
SENTENCE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, _I))
    for reason, pattern in (
        (CAPTION, r"^(?:file\s*[-–—:]\s*)?in (?:this|these|a|an) (?:[^.!?]{0,40}\s)?(?:file |undated |handout )?"
                  r"(?:photo|image|picture|photograph|frame grab|video still)s?\b"),
        (CREDIT, rf"^(?:photo(?:graph)?s?|images?|pictures?|credit|source|photo illustration|photo source)\s*(?::|by)\s*[^.!?]{{0,80}}"
                 rf"(?:\.|$)"),
        (CREDIT, _gated(rf"(?:/(?:{_PHOTO_SOURCES})|\b(?:via|for) (?:Getty Images|AP|Reuters|AFP))\W*$", "/", "via ", "for ")),
        (SHARE, r"^(?:follow (?:us|him|her|them|[A-Z][\w.]+(?: [A-Z][\w.]+){0,3}|@\w+) on |like us on |read or share this story"
                r"|click to (?:email|share|print)|stay up to date, follow)"),
        (CONTACT, r"^(?:contact|call|email|e-mail|reach) (?:[\w.]+ ){0,4}(?:at|on|:) ?(?:\(?\d{3}|[\w.]+@|\S+@)"),
        (NEWSLETTER, r"^(?:sign up|subscribe) (?:for|to|now|here)\b|^do you want to (?:be|stay|keep) (?:informed|updated|up to date) (?:of|about|on|with)\b"),
        # A news site's e-mail box glued into the text (NBC's "Breaking News Emails Get
        # breaking news alerts and special reports. The news and stories that matter,
        # delivered weekday mornings.").
        (NEWSLETTER, r"^(?:breaking news emails\b|get breaking news alerts\b|the news and stories that matter, delivered\b)"),
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
        # "Hulton Archive - Getty New evidence ...", "| Mark Wilson/Getty Images White House ...":
        # the credit then a capital, a separator or nothing ("Reuters notes that ...", "Reuters
        # and the Washington Post first reported ..." are sentences about the agency).
        (CREDIT, _gated(r"^\|?\s*(?:[A-Z][\w.'’ -]{0,40}\s*[/-]\s*)?(?:Getty Images|Getty|AP Photo|Reuters|AFP)\b(?!\s+(?:Images\s+)?(?:said|says|reported|reports|will|would|has|had|is|was)\b)"
                        r"(?-i:(?=\s*$|\s+[\"“‘']?[A-Z0-9]|\s*[|/:(-]))",
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
                             r"|^the seed for (?:this crawl|wide\d+|[\w-]*crawl[\w-]*) was\b|^this crawl was run at a level\b|^the warc files associated with this crawl\b"
                             r"|\ba link to the version that was live when the page was written\b",
                             "crawl", "archived pages", "broken links", "was live when", "the seed for")),
        # The Internet Archive's blurb of a curated collection, scraped in place of the page:
        # "This is a set of web collections curated by Name using the Archive-IT service of
        # the Internet Archive.", "They include web captures of ...", "For more information
        # about this collection please ...".
        (PLACEHOLDER, _gated(r"^this is a set of web collections curated by\b|^they include web captures of\b"
                             r"|^these web captures are available\b|^for more information about this collection\b"
                             r"|\bhas been donating their crawl data to the internet archive\b"
                             r"|^flowing in every day, these data are added to the wayback machine\b",
                             "archive-it", "web captures", "this collection", "internet archive", "wayback machine")),
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
        # initial seedlist from May 2012.", "We used open crawler software.", "Crawl of
        # outlinks from example.org started March, 2016.") and an archived page's own note
        # ("this data is currently not publicly accessible.", "These files are currently not
        # publicly accessible.").
        (PLACEHOLDER, _gated(r"\bdonating their crawl data\b|\badded to the wayback machine\b|\bthe seed (?:list )?for this crawl\b"
                             r"|\b(?:this|these) (?:particular |wide )*crawls?\b|\brepeated crawls of\b|\bscope of the crawl\b"
                             r"|\b(?:this data is|these files are) currently not publicly accessible\b|^crawl of outlinks from\b|\bseedlist\b|\bcrawler (?:configuration|software)\b|\bsoftware for distributed crawling\b",
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
        # between, which no sentence has; before a name's next word or a possessive, as link
        # texts run on ("TrumpTrump Jr. getting ..."), not a brand written so ("notes Jane Roe
        # at BoingBoing.").
        (RELATED, r"(?-i:\b([A-Z][a-z]{3,})\1(?=['’]s\b|\s+[A-Z]))"),
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
        # A headline printed twice and glued to the text (see DOUBLED_HEADLINE).
        (RELATED, DOUBLED_HEADLINE.pattern),
        # A page's template whose values were lost in scraping: "Brides in and spend the
        # most on their dresses ( and , respectively).", "... has been the black fox ().": a
        # bracket holding nothing, or only commas and "and"s ("(and)" alone is an editor's
        # word in a quotation; "print()" is code).
        (TEMPLATE, _gated(r"(?<![\w)\]])\(\s*\)|\((?:\s*(?:and|or|&|,)\s*)*,(?:\s*(?:and|or|&|,|respectively)\s*)*\)",
                          "(")),
        # --- Sixth audit round. ---
        # An embedded post's text (see POST_OPENING).
        (SOCIAL, POST_OPENING.pattern),
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
        # A paywall's or a publisher's notices to the reader: "To view the full story, please
        # subscribe to Example Times.", "If you're seeing this message but you're already a
        # subscriber, you can log in for immediate access.", "First-time subscribers also
        # receive a welcome gift."; an app prompt, "For the latest stories and breaking news
        # updates download the Example apps for iOS and Android."; an affiliate disclosure,
        # "This post contains references to products from one or more of our advertisers.",
        # "We may receive compensation when you click on links.", "We recommend the best
        # products through an independent review process."; a letters prompt, "Submit your
        # letter to the editor via this form.", "We want to hear what you think about this
        # article." (news of a paywall, "The paper asked readers to subscribe to keep it
        # going.", stays, and so does a quotation or a sentence with its speaker: '"Download
        # the Covid Alert app for your phone," the premier said.').
        (PAYWALL, r"^to (?:view|read|see|continue reading|keep reading) (?:the|this) (?:full|whole|entire|rest of the) (?:story|article)\b[^.!?]{0,20}\bsubscribe\b"
                  r"|^if you['’]re (?:seeing this message|reading this) but you['’]re already a subscriber\b"
                  r"|^first-time subscribers also receive\b"),
        (PROMO, r"^(?:for the latest [^.!?]{0,60}\b)?download (?:the|our) (?:free )?[\w.' -]{0,40}\bapps?\b(?: for\b|\W*$)"
                r"(?![^.!?]*(?:[\"”]|\b(?:said|says|told|tells)\b))"),
        (AD, r"^this (?:post|article|page|story) (?:contains|may contain|includes) (?:references to products|affiliate links)\b"
             r"|^we may (?:receive|earn) (?:compensation|a (?:small )?commission)\b(?![^.!?]*(?:[\"”]|\b(?:said|says|told|tells)\b))"
             r"|^we recommend the best products through an independent review process\b"),
        (COMMENTS, r"^(?:(?:submit|send) (?:your|a) letter to the editor|we want to hear what you think about this (?:article|story))\b"
                   r"(?![^.!?]*(?:[\"”]|\b(?:said|says|told|tells)\b))"),
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
