"""Sentence and word segmentation with no downloads and no trained models.

Approach (rule-based, in the spirit of pySBD's "golden rules", but built on a handful of
compiled regular expressions so that it runs at tens of MB/s instead of pySBD's tens of kB/s):

1. **Lines.** The text is cut into *blocks* at line breaks. A blank line is always a break. A single
   ("soft") line break is a break too, unless the line it ends is plainly wrapped prose: the line
   ends in terminal punctuation (then the sentence rules below decide, treating the break as a
   space), or in a comma/semicolon/dash/open bracket, or in a lowercase function word ("of", "the",
   "and", ...), or the next line starts with a lowercase letter. A next line that starts with a
   bullet or a list number always starts a new block. So headings, bullets ("- item") and teaser
   lines, which end with no terminal punctuation, are never glued to a neighbouring sentence.
2. **Candidates.** Inside a block one regex finds every run of terminal punctuation (``. ! ? …``,
   ellipses, spaced ". . ." ellipses), with any closing quotes/brackets after it, that is followed
   by white space. Inner dots (decimals, ``U.S.``, URLs, e-mail addresses, ``Jr.'s``) are never
   followed by white space, so they are never candidates. The same regex finds bullets (``•``,
   ``⁃``, ...) after white space, which are forced breaks, and boundaries whose space was lost in
   scraping ("said.The": a lowercase word, ``.!?``, a capitalised word; not inside a URL or an
   e-mail address). A block that opens with a list marker (``1.``, ``1)``, ``1.)``, ``a.``) gets a
   forced break before each following marker of the same style and the next ordinal.
3. **Decisions.** Python code then decides each candidate (a few per sentence, never a loop over
   characters), from the white-space-delimited token before it and the word after it. A candidate
   followed by a lowercase word, or by nothing, is not a boundary ("Yahoo! in", "'This is great.'
   she said"); nor is punctuation that opens a sentence ("them. ... The"). ``!``/``?`` runs
   otherwise end a sentence. A single ``.`` looks at the token before it:

   * titles that precede names (``Mr. Dr. Gov. Sen. St. Mt.`` ...) and ``e.g. i.e. vs.`` never end
     a sentence;
   * number abbreviations (``No. p. Pt. Jan. et al.`` ...) do not end one before a number;
   * a capital letter is an initial ("Jonas E. Smith", "as G. Gordon Liddy") or a compass point
     ("3914 W. Elm", "W. 37th St."), unless it is the pronoun after a lowercase word ("you and
     I. Did") or the next word is a common sentence opener;
   * ambiguous abbreviations (``Inc. Co. Jr. Ave.``, initialisms such as ``U.S.``, month names) end
     a sentence only when the next word is a common sentence opener (a closed class: pronouns,
     determiners, conjunctions, prepositions, auxiliaries and courtesy titles such as "Mr."; not
     office titles, as in "U.S. Rep. Lewis") or a line break follows. ``etc.``, ``a.m.``/``p.m.``
     and AP state abbreviations after a comma ("Sun Lakes, Ariz.") end one before any capitalised
     word but a date or time zone ("7 p.m. Thursday") or a bracket ("Menasha, Wis. (AP)"). None
     of them ends a "sentence" that is only a short prepositional phrase ("At 5 a.m."), which
     cannot stand alone;
   * any other token (a word, a number, ``$100.00``, a URL) ends the sentence.

   A three-dot ellipsis set off by spaces (" . . . ") marks an omission inside a sentence; four
   dots end one; a word-final period followed by a spaced ellipsis ends the sentence at the period
   and the ellipsis opens the next one (MLA usage). Other ellipses ("...", "…") end a sentence
   before a capitalised word, except inside brackets ("[...]"), where they mark an omission.

The word lists are general English/news abbreviations and closed-class words, not test sentences.
Spans are character offsets into the text given, stripped of surrounding white space.

Accuracy and speed are measured by ``scripts/golden_rules.py`` (pySBD's English Golden Rules and
the Multi-News validation text).
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "split_sentences", "words"]

# --- word lists -------------------------------------------------------------------------------
# General English/news abbreviations (AP Stylebook and common usage), lower-cased, without the
# final dot. None of them is taken from the golden-rules sentences.

# Titles that come before a name and never end a sentence before a capitalised word. Matched only
# when written with a capital, so "a sales rep. The ..." still ends.
_TITLES = frozenset(
    """
    mr mrs ms messrs mmes mme mlle dr drs prof profs rev revd hon gov govs sen sens rep reps gen
    gens lt col maj capt cmdr cdr adm brig sgt cpl pvt spc pfc supt insp det fr pres atty amb ald
    st ste mt sra srta
    """.split()
)
# Never a sentence end, whatever follows ("e.g. The", "Roe v. Wade").
_NEVER_END = frozenset("e.g i.e eg ie vs v cf viz esp incl approx ca".split())
# Bind to a following number ("No. 5", "p. 55", "Jan. 20", "N°. 10", "et al. 2010"); before
# anything else they are ordinary words ("He said no. The ...") unless listed below too.
_NUMBER_ABBR = frozenset(
    """
    no nos n° nº p pp vol vols fig figs art arts sec secs ch chap chs para paras pg tel ext op rt
    rte hwy ed eds pt pts nr ref ste apt rm bldg div dist mk ver approx ca c est al
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# Ambiguous abbreviations: may end a sentence ("... & Co. It closed") or not ("Apple Inc. Chief").
_AMBIGUOUS = frozenset(
    """
    inc corp co cos ltd llc llp plc bros jr sr esq phd etc al dept depts govt univ assn assoc ave
    blvd rd hwy pkwy sq ft mi lb lbs oz yd hr hrs min mins yr yrs wk mo intl natl mfg dir mgr asst
    dep secy treas admin exec vol vols sec secs
    """.split()
)
# Ambiguous only when capitalised, because the lower-case form is an English word ("the sun.").
_AMBIGUOUS_CAP = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)
# AP state abbreviations (capitalised). After "City," they usually end a sentence when a
# capitalised word follows ("in Sun Lakes, Ariz. McCain defended ...").
_STATES = frozenset(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo
    """.split()
)
# Usually the last word of a sentence when a capitalised word follows ("at 11:30 p.m. Police
# said ...", "Kraft, Heinz, etc. The ..."), except before a date or time zone ("7 p.m. Thursday").
_USUALLY_FINAL = frozenset("etc a.m p.m".split())
# Words that follow a time or a place without starting a sentence.
_DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
    sun january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc
    bst cet eastern central pacific mountain local
    """.split()
)
# Closed-class words that commonly open a sentence (plus titles): after an ambiguous abbreviation
# they signal a boundary ("in the U.S. How ...", "& Co. It ...") where a proper noun ("U.S.
# Government") does not.
_OPENERS = frozenset(
    """
    the a an this that these those there here then thus he she it they we i you his her its their
    our my your but and or so yet nor if when while whilst after before as at in on for from with
    without by to of since although though because however meanwhile moreover still also now today
    yesterday tomorrow what why how who whom whose where which some many most all both each every
    one no not none such only even just other another more several few under over during despite
    according instead indeed perhaps yes please let do does did is are was were has have had will
    would can could should may might must shall mr mrs ms messrs mmes dr
    """.split()
)  # Courtesy titles open sentences; office titles do not ("U.S. Rep. John Lewis").
# Prepositions that open an adverbial phrase: "At 5 a.m." alone is not a sentence.
_PREPOSITIONS = frozenset("at in on by around after before until till since from about near".split())
# Lower-case words that leave a line unfinished (a line ending in one is wrapped prose).
_CONTINUATIONS = frozenset(
    """
    a an the of to and or but nor in on at by for from with into onto as than that which who whose
    whom is are was were be been has have had will would can could should may might must said says
    its their his her our your my this these those not also very
    """.split()
)

# --- tuned constants ---------------------------------------------------------------------------
# Longest "sentence so far" (in white-space tokens, before the abbreviation) that counts as a bare
# prepositional phrase: 3 covers preposition + number/article + abbreviation ("At 5 a.m.", "In
# the U.S."). Chosen by hand from English syntax, not fitted; only phrases that start with a
# preposition are affected, so real sentences ("He left at 6 P.M.") never are.
_BARE_PHRASE_WORDS = 3
# How far back (characters) to look for the word before a single-letter initial; words and the
# punctuation around them fit comfortably, and the look-back stays O(1).
_PREV_WORD_WINDOW = 40
# Longest list marker a "sentence" can consist of ("• 10", "iii", "- 12"): a bullet, a space and
# three digits take 5 characters; 8 leaves room for extra spaces and keeps the check O(1).
_MARKER_CHARS = 8
# How far back (characters) to look for the token before a candidate. Only a token longer than
# this (a long URL) is cut, which matters only if its cut tail looked like an abbreviation; 80 is
# well past the longest abbreviation or word and keeps the look-back O(1).
_TOKEN_WINDOW = 80

# --- patterns --------------------------------------------------------------------------------
_CLOSERS = "\"'”’)\\]}»›"
_OPENERS_CHARS = "\"'“‘([{«‹¡¿"
_BULLETS = "•⁃▪◦●■►▸‣"

# One pass finds forced bullet breaks and sentence-end candidates, in text order. A candidate is
# a terminal punctuation run, an optional spaced ellipsis (" . . ."), closing quotes/brackets, then
# white space or the end of the block; a bullet counts after white space. Every branch starts with
# one character class so that the regex engine can skip ahead quickly (an alternation of branches
# that start differently, or a leading look-behind, made the scan 6 times slower).
_CANDIDATE = re.compile(
    rf"[.!?‽…{_BULLETS}](?:(?<=[{_BULLETS}])(?<=\s.)"
    rf"|(?<=[.!?‽…])(?P<punct>[.!?‽…]*)(?P<ell>(?:[ \t\u00a0]\.){{2,}})?"
    rf"(?P<close>[{re.escape(_CLOSERS)}]*)(?=\s|\Z)"
    rf"|(?<=[a-z][a-z][.!?])(?P<glued>[\"”’)]?)(?=[A-Z][a-z]))"
)
# What follows a candidate: white space, opening quotes/brackets, the next word.
_NEXT = re.compile(rf"(\s*[{re.escape(_OPENERS_CHARS)}]*)(\w*)")
_ONLY_CLOSERS = re.compile(rf"[\s{re.escape(_CLOSERS)}]*\Z")
_URLISH = re.compile(r"[@/:]|www", re.IGNORECASE)
_TOKEN_REST = re.compile(r"\S*")
_ROMAN = re.compile(r"[IVXLC]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\Z")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A "sentence" that is only a list marker: "1", "a", "iv", "• 9" (then ". The first item").
_MARKER_ONLY = re.compile(rf"[{_BULLETS}*\-–]?\s*(?:\d{{1,3}}|[A-Za-z]|[ivxlcIVXLC]{{1,5}})")
# A list marker opening a block: "1. ", "1) ", "1.) ", "a. ", optionally after a bullet.
_LIST_START = re.compile(rf"\s*(?:[{_BULLETS}*\-–]\s*)?(?P<n>\d{{1,3}}|[A-Za-z])(?P<style>\.\)|\.|\))\s")
# Line breaks: a newline and the white space (possibly more newlines) after it.
_NEWLINES = re.compile(r"\n\s*")
_SPACES = re.compile(r"\s*")
# A line that starts with a bullet or a list number.
_BULLET_LINE = re.compile(rf"(?:[{_BULLETS}]|[-*–—]\s|\d{{1,3}}[.)]\s)")
_TERMINAL_END = re.compile(rf"[.!?‽…][{re.escape(_CLOSERS)}]*\Z")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _line_blocks(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into blocks at blank lines and at soft line breaks that end a heading, bullet or
    teaser line (see the module docstring)."""
    if "\n" not in text:
        return [(0, len(text))]
    blocks = []
    block_start = 0
    line_start = 0
    for m in _NEWLINES.finditer(text):
        nl_start, next_start = m.start(), m.end()
        if m.group().count("\n") < 2 and not _soft_break_is_boundary(text, line_start, nl_start, next_start):
            line_start = next_start
            continue
        blocks.append((block_start, nl_start))
        block_start = line_start = next_start
    blocks.append((block_start, len(text)))
    return blocks


def _soft_break_is_boundary(text: str, line_start: int, nl_start: int, next_start: int) -> bool:
    if next_start >= len(text) or _BULLET_LINE.match(text, next_start):
        return True
    line = text[line_start:nl_start].rstrip()
    if not line:
        return True
    if _TERMINAL_END.search(line):
        return False  # the sentence rules decide, with the break counting as white space
    if text[next_start].islower():
        return False  # wrapped prose: "... in the\ncity"
    last = line[-1]
    if last in ",;(&/-–—":
        return False
    if last.islower():
        word = line.rsplit(None, 1)[-1]
        return word not in _CONTINUATIONS
    return True


def _initial_ends_sentence(text: str, tok: str, tok_start: int, sent_start: int, next_word: str) -> bool:
    """A single capital letter before a period: an initial ("Jonas E. Smith", "as G. Gordon
    Liddy"), a compass point ("3914 W. Commercial Blvd.", "W. 37th St.") or the end of a sentence
    ("you and I. Did ...", "the letter T. The ...")."""
    if next_word[:1].isdigit():
        return False
    before = text[max(sent_start, tok_start - _PREV_WORD_WINDOW) : tok_start].split()
    prev = before[-1].strip(_OPENERS_CHARS + _CLOSERS + ",;:") if before else ""
    if prev[:1].isdigit():
        return False
    if tok == "I" and prev[:1].islower() and len(next_word) > 1:
        return True  # the pronoun: "you and I. Did ..."
    return next_word.lower() in _OPENERS


def _bare_phrase(text: str, sent_start: int, tok_start: int) -> bool:
    """Whether the sentence so far is a short prepositional phrase ("At 5 a.m."), which cannot
    stand alone as a sentence."""
    if tok_start - sent_start > _BARE_PHRASE_WORDS * 12:
        return False  # cheap bound: three words plus spaces never need more room
    pending = text[sent_start:tok_start].split()
    return 0 < len(pending) <= _BARE_PHRASE_WORDS and pending[0].lower().strip(_OPENERS_CHARS) in _PREPOSITIONS


def _period_ends_sentence(
    text: str, tok_start: int, tok: str, sent_start: int, gap: str, next_word: str, next_char: str
) -> bool:
    """Decide a candidate whose punctuation is one period, from the token before it (``gap`` is
    the white space and opening brackets/quotes after the candidate)."""
    tok = tok.strip(_OPENERS_CHARS + _CLOSERS)
    if not tok:
        return True
    if ")" in tok or "]" in tok:
        # A word glued after a bracket, as in a wire dateline that lost its space:
        # "Port Alder (CNN)Sen. Jane Roe ..." is the title "Sen.".
        tok = re.split(r"[)\]]", tok)[-1] or tok
    low = tok.lower()
    capital = tok[0].isupper()
    if low in _NEVER_END or (capital and low in _TITLES):
        return False
    if len(tok) == 1 and capital:
        return _initial_ends_sentence(text, tok, tok_start, sent_start, next_word)
    if next_char.isdigit() or (low in _NUMBER_ABBR and _ROMAN.fullmatch(next_word)):
        if low in _NUMBER_ABBR:  # "No. 5", "Pt. II"
            return False
        if _ORDINAL.match(next_word) and (low in _AMBIGUOUS or _INITIALISM.fullmatch(tok)):
            return False  # "a U.S. 7th Fleet oceanographer"
        return True
    initialism = _INITIALISM.fullmatch(tok) is not None
    state = capital and low in _STATES
    if not (
        initialism
        or state
        or low in _AMBIGUOUS
        or (capital and low in _AMBIGUOUS_CAP)
        or (len(tok) == 1 and tok.isalpha())
    ):
        return True  # an ordinary word, number, URL ...
    if "\n" in gap:
        return True  # an abbreviation at the end of a line
    if _bare_phrase(text, sent_start, tok_start):
        return False  # "At 5 a.m. Mr. Smith went ..."
    if low in _USUALLY_FINAL or (state and _after_comma(text, sent_start, tok_start)):
        if "(" in gap or "[" in gap:
            return False  # "MENASHA, Wis. (AP) — ..."
        return next_word.lower() not in _DATE_WORDS
    return next_word.lower() in _OPENERS


def _after_comma(text: str, sent_start: int, tok_start: int) -> bool:
    before = text[max(sent_start, tok_start - 4) : tok_start].rstrip()
    return before.endswith(",")


def _list_breaks(text: str, start: int, end: int) -> list[int]:
    """Forced breaks before the 2nd, 3rd, ... marker of a list that opens the block."""
    m = _LIST_START.match(text, start, end)
    if not m:
        return []
    n, style = m.group("n"), m.group("style")
    breaks = []
    pos = m.end()
    while True:
        n = str(int(n) + 1) if n.isdigit() else chr(ord(n) + 1)
        nxt = re.compile(rf"(?<=\s)(?:[{_BULLETS}*\-–]\s*)?{re.escape(n + style)}\s")
        found = nxt.search(text, pos, end)
        if not found:
            return breaks
        breaks.append(found.start())
        pos = found.end()


def _block_spans(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    forced = _list_breaks(text, start, end)
    fi = 0
    sent_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        pos = m.start()
        while fi < len(forced) and forced[fi] <= pos:
            if forced[fi] > sent_start:
                _emit(text, sent_start, forced[fi], out)
                sent_start = forced[fi]
            fi += 1
        if text[pos] in _BULLETS:  # a bullet after white space
            if pos > sent_start:
                _emit(text, sent_start, pos, out)
                sent_start = pos
            continue
        cut = _boundary(text, m, sent_start, end)
        if cut:
            _emit(text, sent_start, cut, out)
            sent_start = cut
    for f in forced[fi:]:
        if f > sent_start:
            _emit(text, sent_start, f, out)
            sent_start = f
    _emit(text, sent_start, end, out)


def _token_before(text: str, sent_start: int, pos: int) -> tuple[int, str]:
    """Start and text of the white-space-delimited token that ends at ``pos`` ('' if none)."""
    lo = max(sent_start, pos - _TOKEN_WINDOW)
    if pos <= lo or text[pos - 1].isspace():
        return pos, ""
    tok = text[lo:pos].rsplit(None, 1)[-1]
    return pos - len(tok), tok


def _boundary(text: str, m: re.Match, sent_start: int, end: int) -> int:
    """Where the sentence ends if candidate ``m`` is a boundary, else 0."""
    nm = _NEXT.match(text, m.end(), end)
    gap, next_word = nm.group(1), nm.group(2)
    if not next_word and (nm.end() >= end or _ONLY_CLOSERS.match(text, m.end(), end)):
        return 0  # nothing (or stray quotes) follows in this block: 'move.' " <end>
    next_char = next_word[0] if next_word else text[nm.end()]
    if next_char.islower():
        return 0
    p0 = m.start()
    first = _SPACES.match(text, sent_start, p0).end()  # where the pending sentence starts
    if first == p0:
        return 0  # punctuation opening a sentence: "them. ... The downfall"
    tok_start, tok = _token_before(text, sent_start, p0)
    if m.group("glued") is not None:  # "said.The": a boundary with its space lost in scraping
        if _URLISH.search(tok) or _URLISH.search(_TOKEN_REST.match(text, p0, end).group()):
            return 0  # an e-mail address, URL or domain: "Jane.Doe@example.com"
        cut = max(tok.rfind("."), tok.rfind("'"), tok.rfind("’"), tok.rfind("-"))
        tok_start, tok = tok_start + cut + 1, tok[cut + 1 :]
        if text[p0] != "." or _period_ends_sentence(text, tok_start, tok, sent_start, "", next_word, next_char):
            return m.end()
        return 0
    punct, ell = text[p0 : m.end("punct")], m.group("ell")
    if ell:
        dots = punct.count(".") + ell.count(".")
        if tok:  # word-final period, then a spaced ellipsis
            if dots >= 4 and punct == ".":
                return p0 + 1  # "compounds. . . . The": the ellipsis opens the next sentence
            return m.end()
        return m.end() if dots >= 4 else 0  # " . . . I" omission; " . . . . Next" end
    if "!" in punct or "?" in punct or "‽" in punct:
        return m.end()
    if len(punct) > 1 or punct == "…":  # "...", "....", "…"
        if p0 > 0 and text[p0 - 1] == "[":
            return 0  # "[...]" marks an omission in a quotation
        return m.end()
    # One period. A "sentence" that is only a list marker ("1.", "a.", "• 9.") goes on.
    if p0 - first <= _MARKER_CHARS and _MARKER_ONLY.fullmatch(text, first, p0):
        return 0
    if _period_ends_sentence(text, tok_start, tok, sent_start, gap, next_word, next_char):
        return m.end()
    return 0


def _emit(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order, non-overlapping,
    stripped of surrounding white space, so that ``text[start:end]`` is the sentence."""
    out: list[tuple[int, int]] = []
    for start, end in _line_blocks(text):
        _block_spans(text, start, end, out)
    return out


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    """Word tokens of ``text``: runs of letters/digits, with inner hyphens and apostrophes."""
    return _WORD.findall(text)
