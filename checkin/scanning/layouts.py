"""Desk keyboard layouts as data: what each key of a US scanner's keyboard types on a European desk.

A keyboard-wedge scanner set to US layout sends key positions, not characters: for ``q`` it presses the
key that is ``q`` on a US keyboard. The desk's operating system turns that position into whatever
its own layout has there (``a`` on AZERTY). Each layout below lists, key by key in the order of the
US rows, the character the desk produces without and with Shift (AltGr is never pressed by a US
scanner, so its level is left out).

Why a module of strings and not a JSON resource: the rows are aligned with the US rows, so a
layout reads key by key like the keyboard it describes; it loads with the package (nothing to
find in a frozen bundle) and the tests compare it with X.Org's keyboard data (tests/scanning).

The tables are the base and Shift levels of the XKB layouts of the same name (xkeyboard-config),
which agree with the Windows layouts at those levels except where noted.

Dead keys (``^`` on AZERTY, ``´`` on QWERTZ, ``'`` and ``"`` on US-International …) type nothing
by themselves. What comes out depends on the next key and on the platform:

- a next key that combines (a vowel mostly) gives one accented letter: ``^`` then ``e`` is ``ê``;
- a next key that does not combine gives, on Windows and macOS, the dead key's own character followed
  by the next character (``^`` then ``2`` is ``^é`` on AZERTY); X11's compose tables instead drop the
  dead key, which the text alone cannot undo (the scan codes can, see keymaps).

``dead`` lists, for each layout, the characters standing for its dead keys: the spacing character
Windows types for them (``'`` and ``"`` on US-International, as Windows types there).
"""
from __future__ import annotations

from dataclasses import dataclass

# A dead key's spacing character → the combining mark it puts on the next letter.
DEAD_KEY_MARKS = {
    "^": "\u0302",
    "¨": "\u0308",
    '"': "\u0308",
    "´": "\u0301",
    "'": "\u0301",
    "`": "\u0300",
    "~": "\u0303",
    "ˇ": "\u030c",
    "°": "\u030a",
}

# The 47 character keys, in this order everywhere: the number row (13 keys, from the key left of 1),
# the top row (12), the home row with the key next to Enter (12), the bottom row (10).
KEY_COUNT = 47
ROW_LENGTHS = (13, 12, 12, 10)


@dataclass(frozen=True, slots=True)
class Layout:
    """One desk layout: what each US key position types without and with Shift."""

    name: str
    title: str
    unshifted: str
    shifted: str
    dead: str = ""

    def __post_init__(self) -> None:
        if len(self.unshifted) != KEY_COUNT or len(self.shifted) != KEY_COUNT:
            raise ValueError(f"layout {self.name}: {len(self.unshifted)}/{len(self.shifted)} keys, not {KEY_COUNT}")
        missing = [c for c in self.dead if c not in self.unshifted + self.shifted or c not in DEAD_KEY_MARKS]
        if missing:
            raise ValueError(f"layout {self.name}: dead keys {missing} are not keys of the layout")

    def char(self, key: int, shift: bool) -> str:
        """The character the key at US position ``key`` types here (a dead key's spacing character)."""
        return (self.shifted if shift else self.unshifted)[key]


_LAYOUTS = (
    Layout(
        "us", "US",
        "`1234567890-=" "qwertyuiop[]" "asdfghjkl;'\\" "zxcvbnm,./",
        "~!@#$%^&*()_+" "QWERTYUIOP{}" 'ASDFGHJKL:"|' "ZXCVBNM<>?",
    ),
    # The Netherlands and many programmers in Europe type on US-International.
    Layout(
        "us_intl", "US-International",
        "`1234567890-=" "qwertyuiop[]" "asdfghjkl;'\\" "zxcvbnm,./",
        "~!@#$%^&*()_+" "QWERTYUIOP{}" 'ASDFGHJKL:"|' "ZXCVBNM<>?",
        dead="`'~^\"",
    ),
    Layout(
        "uk", "United Kingdom",
        "`1234567890-=" "qwertyuiop[]" "asdfghjkl;'#" "zxcvbnm,./",
        '¬!"£$%^&*()_+' "QWERTYUIOP{}" "ASDFGHJKL:@~" "ZXCVBNM<>?",
    ),
    # Windows types nothing for Shift with the key left of 1 (XKB: ~).
    Layout(
        "fr", "AZERTY (France)",
        "²&é\"'(-è_çà)=" "azertyuiop^$" "qsdfghjklmù*" "wxcvbn,;:!",
        "~1234567890°+" "AZERTYUIOP¨£" "QSDFGHJKLM%µ" "WXCVBN?./§",
        dead="^¨",
    ),
    Layout(
        "be", "AZERTY (Belgium)",
        "²&é\"'(§è!çà)-" "azertyuiop^$" "qsdfghjklmùµ" "wxcvbn,;:=",
        "³1234567890°_" "AZERTYUIOP¨*" "QSDFGHJKLM%£" "WXCVBN?./+",
        dead="^¨",
    ),
    Layout(
        "de", "QWERTZ (Germany, Austria)",
        "^1234567890ß´" "qwertzuiopü+" "asdfghjklöä#" "yxcvbnm,.-",
        '°!"§$%&/()=?`' "QWERTZUIOPÜ*" "ASDFGHJKLÖÄ'" "YXCVBNM;:_",
        dead="^´`",
    ),
    Layout(
        "ch_de", "QWERTZ (Switzerland, German)",
        "§1234567890'^" "qwertzuiopü¨" "asdfghjklöä$" "yxcvbnm,.-",
        '°+"*ç%&/()=?`' "QWERTZUIOPè!" "ASDFGHJKLéà£" "YXCVBNM;:_",
        dead="^¨`",
    ),
    # Luxembourg types on this layout too.
    Layout(
        "ch_fr", "QWERTZ (Switzerland, French)",
        "§1234567890'^" "qwertzuiopè¨" "asdfghjkléà$" "yxcvbnm,.-",
        '°+"*ç%&/()=?`' "QWERTZUIOPü!" "ASDFGHJKLöä£" "YXCVBNM;:_",
        dead="^¨`",
    ),
    Layout(
        "es", "Spain",
        "º1234567890'¡" "qwertyuiop`+" "asdfghjklñ´ç" "zxcvbnm,.-",
        'ª!"·$%&/()=?¿' "QWERTYUIOP^*" "ASDFGHJKLÑ¨Ç" "ZXCVBNM;:_",
        dead="`´^¨",
    ),
    Layout(
        "it", "Italy",
        "\\1234567890'ì" "qwertyuiopè+" "asdfghjklòàù" "zxcvbnm,.-",
        '|!"£$%&/()=?^' "QWERTYUIOPé*" "ASDFGHJKLç°§" "ZXCVBNM;:_",
    ),
    Layout(
        "pt", "Portugal",
        "\\1234567890'«" "qwertyuiop+´" "asdfghjklçº~" "zxcvbnm,.-",
        '|!"#$%&/()=?»' "QWERTYUIOP*`" "ASDFGHJKLÇª^" "ZXCVBNM;:_",
        dead="´~`^",
    ),
    Layout(
        "se_fi", "Sweden, Finland",
        "§1234567890+´" "qwertyuiopå¨" "asdfghjklöä'" "zxcvbnm,.-",
        '½!"#¤%&/()=?`' "QWERTYUIOPÅ^" "ASDFGHJKLÖÄ*" "ZXCVBNM;:_",
        dead="´¨`^",
    ),
    Layout(
        "no", "Norway",
        "|1234567890+\\" "qwertyuiopå¨" "asdfghjkløæ'" "zxcvbnm,.-",
        '§!"#¤%&/()=?`' "QWERTYUIOPÅ^" "ASDFGHJKLØÆ*" "ZXCVBNM;:_",
        dead="¨`^",
    ),
    Layout(
        "dk", "Denmark",
        "½1234567890+´" "qwertyuiopå¨" "asdfghjklæø'" "zxcvbnm,.-",
        '§!"#¤%&/()=?`' "QWERTYUIOPÅ^" "ASDFGHJKLÆØ*" "ZXCVBNM;:_",
        dead="´¨`^",
    ),
    Layout(
        "cz", "Czechia (QWERTZ)",
        ";+ěščřžýáíé=´" "qwertzuiopú)" "asdfghjklů§¨" "yxcvbnm,.-",
        "°1234567890%ˇ" "QWERTZUIOP/(" 'ASDFGHJKL"!\'' "YXCVBNM?:_",
        dead="´¨°ˇ",
    ),
    # Windows has dead keys for cedilla and diaeresis left of 1 (XKB: plain characters).
    Layout(
        "si_hr", "Slovenia, Croatia (QWERTZ)",
        "¸1234567890'+" "qwertzuiopšđ" "asdfghjklčćž" "yxcvbnm,.-",
        '¨!"#$%&/()=?*' "QWERTZUIOPŠĐ" "ASDFGHJKLČĆŽ" "YXCVBNM;:_",
    ),
    Layout(
        "hu", "Hungary",
        "0123456789öüó" "qwertzuiopőú" "asdfghjkléáű" "yxcvbnm,.-",
        "§'\"+!%/=()ÖÜÓ" "QWERTZUIOPŐÚ" "ASDFGHJKLÉÁŰ" "YXCVBNM?:_",
    ),
)

# Every layout by name, US first (the identity: what the scanner meant, typed on a US desk).
LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in _LAYOUTS}
US = LAYOUTS["us"]
