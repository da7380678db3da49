"""Telling a CSV file's text encoding: byte-order marks and UTF-8 first, then charset-normalizer over the
single-byte encodings registration lists are really saved in, with our own tie-breaks on top."""
from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass

from charset_normalizer import from_bytes

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

# Excel writes "CSV" in the Windows code page of the machine: 1252 in Western Europe, 1251 for
# Cyrillic, 1253 for Greek. Excel for Mac writes Mac Roman or Mac Cyrillic; Unix tools and older
# exports KOI8-R and the ISO-8859 pages. Latin-1 is the last resort: it maps every byte, so nothing is lost.
WESTERN = ("cp1252", "mac_roman", "latin-1")
CYRILLIC = ("cp1251", "koi8_r", "iso8859_5", "mac_cyrillic")
GREEK = ("cp1253", "iso8859_7")
SINGLE_BYTE = WESTERN + CYRILLIC + GREEK
CHOICES = ("utf-8", "utf-16") + SINGLE_BYTE

_LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "UTF-8"),
    "utf-16": QT_TRANSLATE_NOOP("Import", "UTF-16"),
    "cp1252": QT_TRANSLATE_NOOP("Import", "Windows-1252 (Western European)"),
    "mac_roman": QT_TRANSLATE_NOOP("Import", "Mac Roman (Western European)"),
    "latin-1": QT_TRANSLATE_NOOP("Import", "ISO-8859-1 (Western European)"),
    "cp1251": QT_TRANSLATE_NOOP("Import", "Windows-1251 (Cyrillic)"),
    "koi8_r": QT_TRANSLATE_NOOP("Import", "KOI8-R (Cyrillic)"),
    "iso8859_5": QT_TRANSLATE_NOOP("Import", "ISO-8859-5 (Cyrillic)"),
    "mac_cyrillic": QT_TRANSLATE_NOOP("Import", "Mac Cyrillic"),
    "cp1253": QT_TRANSLATE_NOOP("Import", "Windows-1253 (Greek)"),
    "iso8859_7": QT_TRANSLATE_NOOP("Import", "ISO-8859-7 (Greek)"),
}
# charset-normalizer and codecs.lookup spell them their own way.
_CANONICAL = {codecs.lookup(name).name: name for name in _LABELS if name != "utf-8-sig"}
_CANONICAL[codecs.lookup("utf-8-sig").name] = "utf-8-sig"

_ASCII = bytes(range(0x80))
_TEXT_PUNCTUATION = frozenset("’‘“”–—…€«»°")
# Another script's reading this close to the best one (charset-normalizer's "chaos", 0 to 1) means
# the bytes alone cannot tell: the mapping step asks.
_CLOSE_CHAOS = 0.03
_MESSY = 0.15
_BAD_WORDS = 0.1
_FEW_WORDS = 3  # a name or two in another script: too little to be sure of a Cyrillic or Greek page
_PREVIEW_BYTES = 64 * 1024
_WORD = re.compile(r"[^\s,;|\t\"'0-9@.()/:-]+")


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding a file was read with; ``sure`` is False when the bytes left a real doubt."""

    encoding: str
    sure: bool = True


def canonical(name: str) -> str:
    """Our spelling of an encoding name given by a person or a library ("KOI8-R", "windows-1251")."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise UserError(
            Message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "“{encoding}” is not a text encoding this program knows. Use for example utf-8, cp1252, cp1251, koi8-r or cp1253."),
                {"encoding": name},
            )
        ) from None
    if not info._is_text_encoding:  # base64, zlib: codecs, but not ways of writing text
        raise UserError(
            Message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "“{encoding}” is not a text encoding this program knows. Use for example utf-8, cp1252, cp1251, koi8-r or cp1253."),
                {"encoding": name},
            )
        )
    return _CANONICAL.get(info.name, info.name)


def encoding_label(encoding: str) -> Message:
    """ "Windows-1251 (Cyrillic)": the name a person recognises, in the interface language."""
    text = _LABELS.get(encoding)
    if text is None:
        return Message("Import", "{encoding}", {"encoding": encoding})
    return Message("Import", text)


def guess_encoding(sample: bytes) -> EncodingGuess:
    """The encoding of a file that starts with ``sample`` (its first megabyte or so)."""
    if sample.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig")
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16")
    if _is_utf8(sample):
        return EncodingGuess("utf-8")
    return guess_single_byte(sample)


def _is_utf8(sample: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # the sample may end in the middle of a letter
    except UnicodeDecodeError:
        return False
    return True


def guess_single_byte(sample: bytes) -> EncodingGuess:
    """The single-byte encoding that reads ``sample`` as text, and whether another script came close.

    charset-normalizer, limited to the encodings lists are saved in, judges the script: without the
    limit it reads Greek as Bulgarian. Within Western European, our count of lower-case letters and
    typographic punctuation tells Windows-1252 from Mac Roman better than it does on short lists.
    Within Cyrillic and Greek, the reading whose words are letters in a sensible case wins.
    """
    if not sample.translate(None, _ASCII):
        return EncodingGuess("cp1252")
    matches = list(from_bytes(sample, cp_isolation=list(SINGLE_BYTE), explain=False))
    if not matches:
        return EncodingGuess("latin-1", sure=False)
    scored: list[tuple[float, str]] = []
    for match in matches:
        for name in (match.encoding, *match.could_be_from_charset):
            encoding = _CANONICAL.get(codecs.lookup(name).name)
            if encoding in SINGLE_BYTE and encoding not in (e for _c, e in scored):
                scored.append((match.chaos, encoding))
    best_chaos, best = min(scored, key=lambda item: item[0])
    family = _family(best)
    chaos_of = {encoding: chaos for chaos, encoding in scored}
    if family is WESTERN:
        chosen = _western(sample, [encoding for _c, encoding in scored if _family(encoding) is WESTERN])
    else:
        # charset-normalizer's measure is noisy on a few words ("Иван" read as Mac Cyrillic
        # "»ван" can score best): within the script, words of real letters decide; on a tie, the
        # Windows code page, which Excel writes.
        chosen = max(
            (encoding for _c, encoding in scored if _family(encoding) is family),
            key=lambda encoding: (_score(sample, encoding), -SINGLE_BYTE.index(encoding)),
        )
    chosen_chaos = chaos_of.get(chosen, best_chaos)
    rivals = [encoding for chaos, encoding in scored if _family(encoding) is not family and chaos - chosen_chaos < _CLOSE_CHAOS]
    good, bad = _words(sample, chosen)
    few = family is not WESTERN and good + bad < _FEW_WORDS
    return EncodingGuess(chosen, sure=not rivals and not few and chosen_chaos < _MESSY and bad <= _BAD_WORDS * (good + bad))


def _score(sample: bytes, encoding: str) -> int:
    good, bad = _words(sample, encoding)
    return good - bad


def _family(encoding: str) -> tuple[str, ...]:
    for family in (WESTERN, CYRILLIC, GREEK):
        if encoding in family:
            return family
    return ()


def _western(sample: bytes, plausible: list[str]) -> str:
    """Windows-1252 or Mac Roman, whichever reads the non-ASCII bytes as what lists contain.

    Accented letters in names are mostly lower case ("Hélène"), and typographic quotes and dashes
    are common; read in the wrong one of the two they come out as capitals or symbols ("HÈlËne",
    "H‚lŠne", "OÕBrien"). On a tie, Windows-1252, far the more common; Latin-1 only for bytes
    Windows-1252 leaves undefined.
    """
    counts = Counter(sample.translate(None, _ASCII))
    best, best_score = "", -1
    for encoding in ("cp1252", "mac_roman"):
        try:
            bytes(counts.keys()).decode(encoding)
        except UnicodeDecodeError:
            continue
        score = 0
        for byte, count in counts.items():
            char = bytes([byte]).decode(encoding)
            if char.islower() or char in _TEXT_PUNCTUATION:
                score += count
        if score > best_score:
            best, best_score = encoding, score
    return best or ("latin-1" if "latin-1" in plausible or not plausible else plausible[0])


def _words(sample: bytes, encoding: str) -> tuple[int, int]:
    """(words of letters in a sensible case, words with symbols inside) among the non-ASCII ones.

    KOI8-R read as Windows-1251 swaps the case of every letter ("иВАНОВ"); ISO-8859-7 read as
    Windows-1253 puts "¶" where "Ά" was, Mac Cyrillic read as Windows-1251 "€" where "И" was.
    """
    good = bad = 0
    for word in _WORD.findall(sample.decode(encoding, "replace")):
        if word.isascii():
            continue
        if not word.isalpha():
            bad += 1
        elif word.istitle() or word.islower() or word.isupper():
            good += 1
    return good, bad


def previews(sample: bytes, encodings: tuple[str, ...] = CHOICES, words: int = 4) -> dict[str, str]:
    """For each encoding, the first few words with non-ASCII letters as that encoding reads them:
    what a person compares to tell which choice gives real names."""
    head = sample[:_PREVIEW_BYTES]
    shown: dict[str, str] = {}
    for encoding in encodings:
        try:
            text = head.decode(encoding, "replace")
        except LookupError:
            continue
        found: list[str] = []
        for word in _WORD.findall(text):
            if not word.isascii() and word not in found:
                found.append(word)
                if len(found) == words:
                    break
        shown[encoding] = ", ".join(found)
    return shown
