"""The Porter stemmer (Porter 1980) as ROUGE-1.5.5 ships it.

Porter's own Perl release with Chin-Yew Lin's change to Step 4 ("agreement" -> "agreem"),
ported line by line; the ROUGE scorer uses it to match the official script exactly, and
the representation stage uses it because it is pure Python with no data and no heavy
import (NLTK's stemmer pulls in all of NLTK, about 0.4 s at start-up).
"""

from __future__ import annotations

import re


_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_VOWEL_IN_STEM = re.compile(f"^({_C})?{_v}")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")
_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
    "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
    "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
    "iviti": "ive", "biliti": "ble", "logi": "log",
}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_R1A = re.compile("(ss|i)es$")
_R1A2 = re.compile("([^s])s$")
_R1B_EED = re.compile("eed$")
_R1B = re.compile("(ed|ing)$")
_R1B_E = re.compile("(at|bl|iz)$")
_R1B_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_R2 = re.compile(
    "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|"
    "ousness|aliti|iviti|biliti|logi)$"
)
_R3 = re.compile("(icate|ative|alize|iciti|ical|ful|ness)$")
_R4 = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")
_R4_MENT = re.compile("ment$")
_R4_ENT = re.compile("ent$")
_R4_ION = re.compile("(s|t)(ion)$")


def porter_stem(word: str) -> str:
    """ROUGE-1.5.5's ``stem``: Porter (1980) as in Porter's Perl release, with Lin's Step 4 change."""
    w = word
    if len(w) < 3:
        return w
    first = w[0]
    if first == "y":
        w = "Y" + w[1:]
    # Step 1a
    m = _R1A.search(w)
    if m:
        w = w[: m.start()] + m.group(1)
    else:
        m = _R1A2.search(w)
        if m:
            w = w[: m.start()] + m.group(1)
    # Step 1b
    m = _R1B_EED.search(w)
    if m:
        if _MGR0.search(w[: m.start()]):
            w = w[:-1]
    else:
        m = _R1B.search(w)
        if m:
            stem = w[: m.start()]
            if _VOWEL_IN_STEM.search(stem):
                w = stem
                if _R1B_E.search(w):
                    w += "e"
                elif _R1B_DOUBLE.search(w):
                    w = w[:-1]
                elif _CVC.search(w):
                    w += "e"
    # Step 1c
    if w.endswith("y"):
        stem = w[:-1]
        if _VOWEL_IN_STEM.search(stem):
            w = stem + "i"
    # Step 2
    m = _R2.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR0.search(stem):
            w = stem + _STEP2[m.group(1)]
    # Step 3
    m = _R3.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR0.search(stem):
            w = stem + _STEP3[m.group(1)]
    # Step 4 (CYL 02/14/2004: -ement first, then -ment, then -ent or -(s|t)ion, in turn)
    m = _R4.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR1.search(stem):
            w = stem
    m = _R4_MENT.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR1.search(stem):
            w = stem
    m = _R4_ENT.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR1.search(stem):
            w = stem
    else:
        m = _R4_ION.search(w)
        if m:
            stem = w[: m.start()] + m.group(1)
            if _MGR1.search(stem):
                w = stem
    # Step 5
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    if first == "y":
        w = w[0].lower() + w[1:]
    return w
