"""Sentence-level boilerplate found inside content paragraphs by the digest-line audit
(scripts/audit_digest_lines.py): tweet signatures, link prompts, glued credits."""

from __future__ import annotations

import pytest
from conftest import require_shared

from summarizer import boilerplate as bp
from summarizer.clean import clean_cluster
from summarizer.evaluation.datasets import load_dataset
from summarizer.records import Article
from summarizer.segment import sentence_spans


def _kept_text(text: str) -> str:
    """The sentences clean keeps of one article, joined."""
    (cleaned,) = clean_cluster([Article(text=text, path="a.txt")])
    return " ".join(s.text for s in cleaned.sentences)


# Sixth audit round: signposts to what follows on the page, listicle teasers, a public
# reply's tweet, crowdfunding and maker's sales text, a newsletter form, verbless and
# present-tense captions, a film's credits in one line, horoscope lines (run by
# test_sentence_rules and test_content_sentences_pass below).
SIXTH_ROUND_JUNK = [
    (".@CityHall will publish the audit next week, sources say.", bp.SOCIAL),
    ("@jdoe: My battery drains in an hour since the update.", bp.SOCIAL),  # tenth round
    ("Here's the mayor's full statement on the deal:", bp.POINTER),
    ("Here is how the poet described the valley at dawn:", bp.POINTER),
    ("Here's a sampling of the projects the paper has published.", bp.POINTER),
    ("Here’s a photo of the couple with their dog.", bp.POINTER),
    ("Here’s what you need to know.", bp.POINTER),
    ("Here's how the agency calculates the index.", bp.POINTER),
    ("Here's her take on taxes, schools and roads, in her own words.", bp.POINTER),
    ("To mark the anniversary, here are 12 of the band's best songs.", bp.POINTER),
    ("Before you travel, here are some tips for packing light.", bp.POINTER),
    ("Below is a short explainer on the disease.", bp.POINTER),
    ("The video shown here explains how the vaccine works.", bp.POINTER),
    ("Last year's rates are also listed below for comparison.", bp.POINTER),
    ("The retired general speaks about the war in this exclusive interview.", bp.POINTER),
    ("Our editors cut together this supercut of every goal of the season.", bp.POINTER),
    ("For his 50th birthday, we've gathered his greatest onstage moments.", bp.POINTER),
    ("The blog has rounded up the funniest moments of the awards night.", bp.POINTER),
    ("You can see the photos below:", bp.POINTER),
    ("Visit example.org for more information.", bp.POINTER),
    ("Check out examplefest.com for ticket information.", bp.POINTER),
    ("Click through the gallery for more pictures of the parade.", bp.SHARE),
    ("Follow her at Twitter.com/janeroe.", bp.SHARE),
    ("Stay with Channel 9 for updates on the storm.", bp.PROMO),
    ("\u201cTeaching Online\u201d is Example Weekly's new compilation of articles.", bp.PROMO),
    ("Thanks to you, we reached all of our stretch goals in a week!", bp.PROMO),
    ("$5,000 Stretch Goal - UNLOCKED Backers get a signed poster.", bp.PROMO),
    ("I spoke with the family's lawyer before starting this GoFundMe.", bp.PROMO),
    ("This Kickstarter is for the second season of our web series.", bp.PROMO),
    ("This is where your pledges will be going.", bp.PROMO),
    ("Simply snap the lid onto your Kettlemate® and pour.", bp.PROMO),
    ("We have developed a quieter fan for every Aircool™ unit.", bp.PROMO),
    ("For new managers, this online course will be a valuable resource.", bp.PROMO),
    ("You will get a certificate when you finish all six lessons.", bp.PROMO),
    ("Invalid email address.", bp.NEWSLETTER),
    ("Please try again later.", bp.NEWSLETTER),
    ("Please check your email and click the link to finish signing up.", bp.NEWSLETTER),
    ("Original article on Example Science.", bp.NOTE),
    ("Jane Roe LIVE on Periscope 03-14-2019.", bp.MEDIA),
    ("John Doe/Example Times Buy Photo Wait 3 seconds to continue.", bp.MEDIA),
    ("Example Pictures presents a film directed by Jane Roe and written by John Doe.", bp.FILM_CREDITS),
    ("A photo from the 1920 flood, with water up to the mill's second floor.", bp.CAPTION),
    ("The scene of the derailment outside Port Alder on May 2, 2013.", bp.CAPTION),
    ("A composite sketch released of the man seen near the bank.", bp.CAPTION),
    ("Mayor Jane Roe and Governor Ann Lee walk to the chamber Wednesday.", bp.CAPTION),
    ("Senator Bo Chan gestures during a hearing Tuesday in Port Alder.", bp.CAPTION),
    ("| Jane Roe/EXAMPLE NEWS Council Approves Park Plan The vote ends a two-year fight.", bp.CREDIT),
    ("This is your time of year, so make the most of it.", bp.HOROSCOPE),
    ("You can expect some surprising things to happen over the next two days.", bp.HOROSCOPE),
    ("The full moon in your sign brings news from afar.", bp.HOROSCOPE),
    ("Leo (July 23 - Aug. 22): Money matters need your attention.", bp.HOROSCOPE),
    ("Reporter: FOR TEN YEARS THE MAN HAS LIVED ON THE STREET BY THE DOCKS.", bp.SHOUTING),
]
SIXTH_ROUND_NEWS = [
    # "here" in prose, and a lead-in followed by its content
    "With me here are my three sons.",
    "@Home Realty said on Monday that it would close two offices.",  # a handle-like name, no colon
    "From farms to mills, here is a man who knows the valley.",
    "Here is the chain of events: First, the mayor called the chief.",
    "Here's one sign of the recovery: wages rose in March.",
    "Here is where the fire started, officials said.",
    "Here's how it works: the city pays half and the state the rest.",
    # pointers' words in news
    "The video posted online shows the officer drawing his gun.",
    "Below-freezing temperatures are expected through Friday.",
    "The suspect's photo was released on Monday.",
    "Police collected the evidence at the scene on Friday.",
    "The department has put together a fact sheet for reporters.",
    "He said in this interview that he would run again.",
    "Visitors to example.org doubled after the launch, the company said.",
    # crowdfunding and trademarks in news
    "A GoFundMe page has been set up by the officer's family.",
    "The GoFundMe page said the money would pay for the funeral.",
    "The campaign met its stretch goal within a week, the studio said.",
    "\"The Pulse™ monitors are accurate,\" the company said in a statement.",
    "The report found the Pulse™ monitors were off by 20 beats a minute.",
    # captions' look-alikes with a verb or a schedule
    "A photo of the suspect, with his face blurred, was released by police.",
    "The scene of the crash was chaotic, witnesses said.",
    "A view of the harbour remains one of the city's draws.",
    "The view from the summit stunned the climbers.",
    "Her new collection of essays explores grief and the river towns.",
    "The president leaves for Asia on Sunday.",
    "Mayor Jane Roe will walk to the chamber on Wednesday.",
    "Mayor Jane Roe stands by her plan for the park, her office said Monday.",
    "Governor Ann Lee celebrates the vote, her spokesman said on Tuesday.",
    "The studio presents the film as a family comedy.",
    # a forecast and a sanction threat in the second person, not a horoscope
    "You can expect the event to draw large crowds.",
    "If the process continues, you can expect even more sanctions.",
    # a transcript line in sentence case
    "Reporter: The man has lived on the street for ten years.",
]


@pytest.mark.parametrize("sentence,reason", [
    ("— Jane Roe (@janeroe) January 5, 2018", bp.SOCIAL),
    ("CLICK HERE to find out more about the survivors group.", bp.SHARE),
    ("To learn more about the artist, click here.", bp.SHARE),
    ("Credit: Ann Lee, State University Researchers have found a faster way to make fuel.", bp.CREDIT),
] + SIXTH_ROUND_JUNK)
def test_sentence_rules(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    "The senator took credit for the new law on Tuesday.",
    "He cites a humorous tweet from the @campaign feed responding to the speech.",
    "Here is where the fire started, officials said.",
] + SIXTH_ROUND_NEWS)
def test_content_sentences_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


@pytest.mark.parametrize("text,junk,news", [
    # an embedded post between two paragraphs of news (its own text goes with its
    # signature: tests/test_clean.py)
    ("The governor defended the plan on Monday. Critics said it would cost too much.\n\n"
     "What a day for the state! — Jane Roe (@janeroe) January 5, 2018\n\nThe vote is expected next week, aides said.",
     "@janeroe", ("defended the plan", "cost too much", "vote is expected")),
    # a headline printed twice, glued to a teaser (fifth round)
    ("The council approved the budget on Monday. Ferry Runs Aground Near Kestrel Bay Harbour "
     "Ferry Runs Aground Near Kestrel Bay Harbour A ferry ran aground on Tuesday.\n\n"
     "The mayor said the vote was close.",
     "Ferry Runs Aground", ("approved the budget", "vote was close")),
    # a signpost to what follows (sixth round)
    ("The council approved the budget on Monday. Here's what you need to know.\n\n"
     "The tax rate will rise by two percent, the mayor said.",
     "need to know", ("approved the budget", "tax rate will rise")),
])
def test_junk_removed_in_context(text, junk, news):
    kept = _kept_text(text)
    assert junk not in kept and all(part in kept for part in news)


@pytest.mark.parametrize("sentence,reason", [
    ("Great night at the show — Jane Roe (@janeroe) June 20, 2017", bp.SOCIAL),
    ("The wreck was found a kilometre deep. pic.twitter.com/abc123", bp.SOCIAL),
    ("FILE - In this Jan. 28, 2014, file photo, the quarterback speaks at a news conference.", bp.CAPTION),
    ("FILE - The senator speaks to reporters in Washington.", bp.CAPTION),
    ("The judge is shown in this June 27, 2011 file photo.", bp.CAPTION),
    ("This undated photo provided by the kennel shows the injured dog.", bp.CAPTION),
    ("This photo released by the state news agency shows rescue teams at the scene.", bp.CAPTION),
    ("| Jane Roe/Getty Images White House pushes for wall funding", bp.CREDIT),
    ("AFP/Getty Images The captain holds the championship trophy.", bp.CREDIT),
    ("Click below to sign the petition.", bp.SHARE),
])
def test_wire_captions_credits_and_tweets(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    "Getty Images said it would appeal the ruling.",
    "Reuters reported that the talks had stalled on Monday.",
    "The court jailed an activist for ripping up a photo of the king in 2014.",
    "In this case, the judge ruled against the company.",
    "After all, if search engines give answers, why would anyone click away?",
])
def test_news_sentences_about_photos_and_agencies_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


@pytest.mark.parametrize("sentence,reason", [
    ("NEWS TODAY 6 of 68 Skip in Skip x Embed x Share CLOSE Storm hits the coast.", bp.MEDIA),
    ("I'm ready to testify Replay More Videos ...", bp.MEDIA),
    ("RT @musicnews: The singer has died at age 42.", bp.SOCIAL),
    ("JUST TO CLARIFY IT IS LEGAL FOR ANYONE TO WIN THE LOTTERY, RIGHT?", bp.SHOUTING),
])
def test_player_chrome_and_shouting(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


def test_capitalised_acronyms_in_a_sentence_pass():
    assert bp.sentence_reason("The NFL and NBA said on Monday that the US and UK teams would play.", last=False) is None


@pytest.mark.parametrize("sentence", [
    "These crawls are part of an effort to archive pages of news sites as they appear.",
    "The seed for this crawl was a list of news hosts.",
    "The goal is to fix all broken links on the web within a year.",
    "You have the option to delete your Tweet location history at any time.",
    "Users can add location information to your Tweets from any app.",
    "Then a link to the version that was live when the page was written is kept.",
    "Sorry, the page you requested could not be found.",
    "For more information about domain mapping, see the help pages.",
])
def test_archive_and_embed_placeholders(sentence):
    assert bp.sentence_reason(sentence, last=False) == bp.PLACEHOLDER


@pytest.mark.parametrize("sentence", [
    "The Internet Archive said it would archive the pages of every candidate.",
    "He sent a tweet with a location tag from the stadium.",
    "Web crawlers index pages that other pages link to, the researchers wrote.",
    "Sorry, the mayor said, the page you requested is not our priority.",
    "Image from the campaign's page was shared widely after the storm, officials said.",
])
def test_news_sentences_about_archives_and_tweets_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


def test_bare_picture_caption():
    assert bp.sentence_reason("Image from the energy drink's campaign page.", last=False) == bp.CAPTION


# Fourth digest-line audit (Multi-News): shop and course adverts, notes about the article,
# pointers, wire captions, gallery chrome, cut-off teasers, glued link texts, film credits.
@pytest.mark.parametrize("sentence,reason", [
    ("Starting in 2001, Example Corp has been donating their crawl data to the archive.", bp.PLACEHOLDER),
    ("These data are added to the Wayback Machine after a short delay.", bp.PLACEHOLDER),
    ("The seed list for this crawl was a list of popular sites.", bp.PLACEHOLDER),
    ("The seed for Wide00014 was:", bp.PLACEHOLDER),
    ("This is a set of web collections curated by Jane Roe using the Archive-IT service of the Internet Archive.", bp.PLACEHOLDER),
    ("They include web captures of the example.org website as well as captures from partner sites.", bp.PLACEHOLDER),
    ("For more information about this collection please feel free to contact Jane via Send Mail", bp.PLACEHOLDER),
    ("Wide crawl with an initial seedlist from May 2012.", bp.PLACEHOLDER),
    ("If you are trying to reach a page from a bookmark, the page URL may have changed.", bp.PLACEHOLDER),
    ("Please pick a section from the navigation at the top of this page.", bp.PLACEHOLDER),
    ("Firefighters battled the blaze and two people were taken to...", bp.TEASER),
    ("The mayor won the race in 2010, but lost the next one,...", bp.TEASER),
    ("Jane Roe, left, speaks with reporters outside the courthouse in Springfield.", bp.CAPTION),
    ("A volunteer hands out water at a shelter in Springfield, Monday, June 5, 2017.", bp.CAPTION),
    ("This image shows the tomb from above.", bp.CAPTION),
    ("Above, a shoe store in Ohio.", bp.CAPTION),
    ("CLOSE Officials say the bridge will reopen next week.", bp.MEDIA),
    ("Hide Caption 3 of 20 Photos: Storm season A tree lies across a road.", bp.MEDIA),
    ("[Video Link] The band's new clip, drawn by hand.", bp.MEDIA),
    ("Rating is available when the video has been rented.", bp.MEDIA),
    ("Raw: Storm floods the coast road.", bp.MEDIA),
    ("Email This Even at 90, the actor has plans for a new show!", bp.SHARE),
    ("Jane Smith Jane Ann SmithSmith's deputy to testify on Monday Senate passes bill", bp.RELATED),
    ("Jane Roe and John Doe contributed to this report.", bp.AGENCY),
    ("Reporter Ann Lee contributed reporting.", bp.AGENCY),
    ("This story first appeared in the May 3 issue of the magazine.", bp.NOTE),
    ("This story has been corrected to show the mayor's name.", bp.NOTE),
    ("Correction: An earlier version of this article misstated the date.", bp.NOTE),
    ("Updated: We've added new figures to the post.", bp.NOTE),
    ("The author has no business relationship with any company whose stock is mentioned in this article.", bp.NOTE),
    ("For more on the singer, head over to the magazine's site.", bp.POINTER),
    ("Read the full letter here.", bp.POINTER),
    ("Details on the new season after the jump!", bp.POINTER),
    ("(Below, watch the bears at play.)", bp.POINTER),
    ("The agency posted the following video.", bp.POINTER),
    ("More information: For tips on sleep, see the society's site.", bp.POINTER),
    ("See the parade in the clip below.", bp.POINTER),
    ("This text may not be in its final form and may be revised.", bp.NOTE),
    ("The authoritative record of the station's shows is the audio record.", bp.NOTE),
    ("We used open crawler software and obeyed the site's rules.", bp.PLACEHOLDER),
    ("Member Credits If you don't skip the month by the 5th, your card will be charged $20.", bp.PROMO),
    ("Log into your account to skip the month and you won't be charged.", bp.PROMO),
    ("Among many techniques, you will learn how to praise a child.", bp.PROMO),
    ("The Happy Home course is now available on Coursera for free.", bp.PROMO),
    ("Stream live TV and watch full seasons anytime, anywhere with the app.", bp.PROMO),
    ("Join our editors in a free webinar on Tuesday.", bp.PROMO),
    ("This booklet is free and you may download a copy here.", bp.PROMO),
    ("Thank you for supporting the campaign to save the old mill.", bp.PROMO),
    ("Watch The Example Show weeknights at 11:30 PM ET.", bp.PROMO),
    ("View all Example Times newsletters.", bp.NEWSLETTER),
    ("Breaking News Emails Get breaking news alerts and special reports.", bp.NEWSLETTER),
    ("The news and stories that matter, delivered weekday mornings.", bp.NEWSLETTER),
    ("Let us know in the comments what you think.", bp.COMMENTS),
    ("Produced by Jane Roe, John Doe.", bp.FILM_CREDITS),
    ("Starring Ann Lee and Bo Chan.", bp.FILM_CREDITS),
    ("With: Ann Lee, Bo Chan, Cy Dee.", bp.FILM_CREDITS),
    ("MPAA rating: PG-13. Running time: 98 MIN.", bp.FILM_CREDITS),
    ("In Danish and in German with English subtitles.", bp.FILM_CREDITS),
    ("(thanks, Jane Roe!)", bp.CREDIT),
])
def test_fourth_audit_junk(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    # credits, courses, shops and accounts in the news
    "The company said shoppers would get store credits for returned items.",
    "Students can earn college credit for the online course, the university said.",
    "The course will reopen next week after the flooding, the golf club said.",
    "Trump has often taken credit for the rise in stock prices.",
    "The paper's editors said breaking news emails reached a million readers last year.",
    "Customers complained that their cards were charged twice, the bank said.",
    "Investigators said he had logged into his account from abroad.",
    "The web crawler was built by two students at the university.",
    "Thank you, the mayor told the crowd before she left.",
    "Many people live in the crowded city, the report found.",
    # ellipses that are not a cut-off teaser
    "He paused ... and then said nothing more.",
    "I came to understand it one hot night in Delhi…",
    'She said, "We will see what happens...',
    # left, right and dates in body text
    "There was no link between AI, left, or right hand length in the study.",
    "The strike began on Monday, June 5, 2017, and lasted a week.",
    # review and report text
    "Written by Ann Lee and Bo Chan, the story follows five friends to a cabin.",
    "The story was widely read, and the author appeared in several interviews.",
    "For more than a decade, he has lived in a vegetative state.",
    "Read the statement carefully, the judge told the jury.",
    "The former band member contributed to the new album.",
    "The photo below the headline drew complaints, the editor said.",
    # an agency or a site as the sentence's subject (the wording of human summaries, which
    # the credit and glued-link rules took)
    "Reuters notes that the retailer has lost half its market value since 2014.",
    "Reuters and the Example Post first reported the story earlier that day.",
    "AFP, the French news agency, said two of its reporters were held.",
    "At BoingBoing, Jane Roe looks at what the crash did to the riders.",
])
def test_fourth_audit_news_sentences_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


# Page labels glued to the front of a real sentence: the label is cut, the sentence kept.
@pytest.mark.parametrize("label,sentence,reason", [
    ("Image", "The council's spokeswoman said on Wednesday that the vote would go ahead.", bp.PAGE_LABEL),
    ("Analysis", "There had been intense speculation about how the talks would end.", bp.PAGE_LABEL),
    ("Analysis", "The confusion surrounding the mayor's trip grew on Tuesday.", bp.PAGE_LABEL),
    ("Caption", "The governor announced on Monday that she would run again.", bp.PAGE_LABEL),
    ("LIVE BLOG", "On Monday, the foreign minister had suggested that the leader had fled.", bp.PAGE_LABEL),
    ("SHARE COPY LINK", "Circuit Judge Jane Roe also held that the clerk broke the records law.", bp.PAGE_LABEL),
    ("VIDEO", "Rescuers pulled two hikers from the river on Sunday.", bp.PAGE_LABEL),
    ("Enlarge Image Close Getty Images", "Jane Roe celebrated late in the fourth quarter.", bp.PAGE_LABEL),
    # newsletter-style section labels before a colon
    ("Why it matters:", "It now seems likely that the council will approve the budget.", bp.PAGE_LABEL),
    ("The big picture:", "Twenty states have sued the ferry company since May.", bp.PAGE_LABEL),
    ("The numbers:", "The economy added 136,000 new jobs in September, the government said.", bp.PAGE_LABEL),
])
def test_page_label_cut_off_a_sentence(label, sentence, reason):
    cut, why = bp.leading_label(f"{label} {sentence}")
    assert (cut, why) == (len(label) + 1, reason)
    text = f"The ferry ran aground near Kestrel Bay on Tuesday. {label} {sentence}\n\nThe line said services would resume."
    (cleaned,) = clean_cluster([Article(text=text, path="a.txt")])
    assert [s.text for s in cleaned.sentences][1] == sentence
    assert {r.text: r.reason for r in cleaned.removed} == {label: reason}


def test_agency_credit_glued_to_a_sentence_ends_a_caption():
    # a photo's caption and credit printed before the story's first sentence (tenth audit:
    # "The cabin of a Qatar Airways plane. AP American Airlines on Thursday said ...")
    sentence = "Alder Line on Thursday said it received an offer from a rival ferry company."
    assert bp.leading_label(f"AP {sentence}") == (3, bp.AGENCY)
    caption = "The cabin of an Alder Line ferry."
    text = f"{caption} AP {sentence}\n\nThe line said services would resume."
    (cleaned,) = clean_cluster([Article(text=text, path="a.txt")])
    assert [s.text for s in cleaned.sentences] == [sentence, "The line said services would resume."]
    assert {r.text: r.reason for r in cleaned.removed} == {caption: bp.CAPTION, "AP": bp.AGENCY}
    # the credit opening a paragraph takes nothing else with it
    (cleaned,) = clean_cluster([Article(text=f"AP {sentence}\n\nThe line said services would resume.", path="a.txt")])
    assert len(cleaned.sentences) == 2 and {r.text: r.reason for r in cleaned.removed} == {"AP": bp.AGENCY}


@pytest.mark.parametrize("sentence", [
    # the label word used in prose: not before a sentence opener
    "Analysis shows that the drug works better in older patients.",
    "Analysis of the samples took three weeks, the lab said.",
    "Video games are played by millions of people every day.",
    "Photo Booth Inc. said on Monday that its sales rose.",
    "Image Comics will publish the series next spring.",
    "Opinion polls show that the race is close.",
    "Caption contests drew hundreds of entries.",
    # a section label's words in prose, or a label of the story's own
    "Why it matters to voters is not clear, the mayor said.",
    "The offer: the council would free the funds next week.",
    "The big picture is that the council has run out of money.",
    # an agency's staff or products, and an agency in the news
    "AP writer Jane Roe contributed to this report.",
    "AP Diplomatic Writer Jane Roe in Port Alder contributed.",
    "AP Photo/Jane Roe shows the mayor at the podium.",
    "AFP News Agency said the reporter was safe.",
    "Reuters The Hague correspondent Jane Roe said so.",
    # a label before a short heading, not a sentence
    "Video The Big Game",
])
def test_label_words_in_real_sentences_stay(sentence):
    assert bp.leading_label(sentence) is None


@pytest.mark.parametrize("sentence", [
    "MUST WATCH Mayor opens the new bridge 01:42",
    "JUST WATCHED Storm hits the coast",
])
def test_video_list_entries_removed(sentence):
    assert bp.sentence_reason(sentence, last=False) == bp.MEDIA


def test_you_must_watch_is_prose():
    assert bp.sentence_reason("You must watch the final minutes of the game again.", last=False) is None


# Fifth audit round: posed-picture and dated captions, a video channel's blurb, a credit
# naming a web site in capitals, a headline printed twice, a template with empty slots.
@pytest.mark.parametrize("sentence,reason", [
    ("Actress Jane Roe poses for photographers on the red carpet at the festival, Port Alder, Friday, May 16, 2014....", bp.CAPTION),
    ("Former Mayor Ann Lee poses with the winners after her arrival in Kestrel Bay.", bp.CAPTION),
    ("Sen. Jane Roe, D-Port Alder, speaks to supporters at a rally Thursday, Oct. 3, 2013, in Springfield, Ohio.", bp.CAPTION),
    ("The Example Show features hilarious highlights from the show including: sketches, games and interviews.", bp.PROMO),
    ("You'll also find behind the scenes videos and other great web exclusives.", bp.PROMO),
    ("“How To Paint A Fence!”GET THIS VIDEO TO 10,000 likes!", bp.PROMO),
    ("EXAMPLEPHOTOS.COM The singer arrives at the gala in a red dress.", bp.CREDIT),
    ("Ferry Runs Aground Near Kestrel Bay Harbour Ferry Runs Aground Near Kestrel Bay Harbour A ferry ran aground on Tuesday.", bp.RELATED),
    ("Couples in and spend the most on flowers ( and , respectively), while and couples spend the least.", bp.TEMPLATE),
    ("The only white fox seen in the valley so far has been the arctic fox ().", bp.TEMPLATE),
])
def test_fifth_round_rules(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    # a pose told in the past, and "poses" as a verb of risk
    "She posed for photographers before the premiere on Friday.",
    "The plan poses risks for the city, experts said.",
    "The storm poses a threat to the coast through Friday.",
    # a weekday and a date in prose without a year, and a quoted chant
    "The vote is set for Thursday, Oct. 3, the clerk said.",
    "The crowd chanted no, no, no, no as the mayor spoke.",
    # a show's highlights in news text, a web address in prose
    "The broadcast featured highlights from the final game.",
    "Example.com said on Monday that its sales rose.",
    # brackets with words, an editor's word in a quotation, code
    "The rate rose (to 5%, the bank said) in March.",
    "\"Winds will cause drifting snow (and) low visibility,\" the service said.",
    "Call the function print() to see the output.",
])
def test_fifth_round_look_alikes_stay(sentence):
    assert bp.sentence_reason(sentence, last=False) is None



# Sixth audit round: an author's bio at the foot of a column.
@pytest.mark.parametrize("sentence", [
    "Jane Roe is executive editor of Example magazine.",
    "John Doe is a staff writer for the Example Post.",
])
def test_authors_bio_at_the_foot_removed(sentence):
    assert bp.sentence_reason(sentence, last=True) == bp.BIO


@pytest.mark.parametrize("sentence,last", [
    ("Jane Roe is executive editor of Example magazine.", False),  # not the paragraph's end
    ("Jane Roe is a professor of law at Example University.", True),  # a source, not a writer
    ("John Doe is the author of a new book on the river.", True),
    ("The mayor is a former reporter.", True),
    ("Jane Roe is a reporter for the Example Post who was detained in May.", True),  # in the news
    ("John Doe is a correspondent in Port Alder and has been missing since Friday.", True),
])
def test_bio_look_alikes_stay(sentence, last):
    assert bp.sentence_reason(sentence, last=last) is None


# Eighth session: what the html-boilerplate pages still kept (scripts/html_boilerplate.py):
# paywall notices, an app prompt, affiliate disclosures, a letters prompt, a photo source.
@pytest.mark.parametrize("sentence,reason", [
    ("To view the full story, please subscribe to The Example Times.", bp.PAYWALL),
    ("To read the rest of the article, subscribe now.", bp.PAYWALL),
    ("If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.", bp.PAYWALL),
    ("First-time subscribers also receive a special welcome gift!", bp.PAYWALL),
    ("For the latest stories and breaking news updates download the Example News apps for iOS and Android.", bp.PROMO),
    ("Download our free app.", bp.PROMO),
    ("This post contains references to products from one or more of our advertisers.", bp.AD),
    ("We may receive compensation when you click on links to those products.", bp.AD),
    ("We recommend the best products through an independent review process, and advertisers do not influence our picks.",
     bp.AD),
    ("Submit your letter to the editor via this form.", bp.COMMENTS),
    ("We want to hear what you think about this article.", bp.COMMENTS),
    ("Photo Source: Jane Roe from Example Images.", bp.CREDIT),
    ("Do you want to be informed of the movement's actions?", bp.NEWSLETTER),
])
def test_reader_notices_on_web_pages(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    "The paper asked readers to subscribe to keep it going.",
    "To view the full story of the rescue, the council watched the video twice.",
    "Subscribers will receive the new edition on Monday, the publisher said.",
    "More than a million people have downloaded the app since March.",
    "The company may receive compensation from the state for the closed plant.",
    "She wrote a letter to the editor of the local paper in 1998.",
    "The photo source was never identified, police said.",
    # a quotation's second sentence, or a sentence with its speaker, is news
    "We may receive compensation from the state, but it will take years,\" said the farmer.",
    "Download the Covid Alert app for your phone and check it daily,\" the premier told reporters.",
    "Download the free FEMA app for alerts, officials told residents on Monday.",
    "We want to hear what you think about this story and every story we publish,\" the editor said.",
    "New subscribers get the first three months for $1 under the offer, which runs until March.",
    "Image source: a Reuters analysis of satellite data shows the lake shrank.",
    "Do you want to stay informed or do you want to stay comfortable?",
])
def test_reader_notice_look_alikes_stay(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


@pytest.mark.parametrize("line", [
    "She writes newsletters.",
    "The rise of paid newsletters",
    "The newsletter went out to 40,000 readers on Monday.",
    "Example.com said on Monday that its sales rose.",
])
def test_newsletter_and_address_line_look_alikes_stay(line):
    assert bp.classify_line(line).kind != bp.BOILERPLATE


# Reasons a sentence of a human summary may have: a news summary points to links and
# clips ("Watch the interview here."), and a Newser item ends with "More: ..." or an
# "Updated ..." stamp. Any other reason on a summary's sentence is a rule taking news prose.
_SUMMARY_REASONS = frozenset({bp.POINTER, bp.SHARE, bp.METADATA, bp.NAVIGATION, bp.RELATED, bp.FRAGMENT})


@pytest.mark.parametrize("name", ["multinews-validation.jsonl", "neus-validation.jsonl"])
def test_no_rule_takes_the_prose_of_human_summaries(name):
    taken = []
    for cluster in load_dataset(require_shared("datasets", name)).clusters:
        for reference in cluster.references:
            for paragraph in filter(None, (" ".join(p.split()) for p in reference.split("\n"))):
                spans = sentence_spans(paragraph)
                for j, (s, e) in enumerate(spans):
                    sentence = paragraph[s:e]
                    reason = bp.lexicon_reason(sentence) or bp.sentence_reason(sentence, last=j == len(spans) - 1)
                    if reason is not None and reason not in _SUMMARY_REASONS:
                        taken.append((cluster.id, reason, sentence[:80]))
    assert taken == []
