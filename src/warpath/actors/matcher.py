"""Token-aware dictionary lookup: the longest dictionary form starting at each token.

Forms are tokenised with the same spaCy tokenizer as the text, so "Iran's" or "U.S.-Iranian"
split the same way on both sides. Case rules: an all-capital or dotted token of a form
("US", "U.S.", "UN", "IS") must match exactly, so "us" is never the United States; other
tokens match regardless of case, but a form that starts with a capital needs a capital in the
text ("Hamas", not "hamas"). Person names also match by their first and last word
("Mark A. Milley"), and by close spelling ("Emanuel Macron").
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from warpath.actors.dictionary import Dictionary, Entry

FormKind = Literal["name", "adjective", "strict", "surname"]

def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after "IS" that show it names the Islamic State, not the verb.
STRICT_NEXT = _wordset("""
fighter fighters militant militants group jihadist jihadists member members attack attacks
cell cells presence leader leaders stronghold strongholds commander commanders remnants
insurgents insurgent caliphate territory claimed supporters affiliate affiliates
""")

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
# Words that join the next name into a longer place name ("Mocimboa da Praia", "Lower Juba").
_NAME_PARTICLES = frozenset({"da", "do", "dos", "das", "de", "del", "di", "du"})
_NAME_QUALIFIERS = frozenset({"Lower", "Upper", "Middle"})


def norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _sensitive(token: str) -> bool:
    """Acronyms and dotted abbreviations match only in their own case."""
    letters = re.sub(r"[^A-Za-z]", "", token)
    if not letters or (len(letters) > 5 and "." not in token):
        return False
    # "US", "U.S.", and mixed-case acronyms like "LeT" or "DoD".
    return letters.isupper() or (len(letters) > 1 and any(c.isupper() for c in letters[1:]))


def _shouting(doc: Any, start: int, end: int) -> bool:
    """In an all-capitals headline every word looks like an acronym."""
    around = [t for t in doc[max(start - 2, 0): min(end + 2, len(doc))] if t.is_alpha]
    others = [t for t in around if not start <= t.i < end]
    return len(others) >= 2 and all(t.is_upper for t in others)


@dataclass(frozen=True)
class _Form:
    tokens: tuple[str, ...]
    sensitive: tuple[bool, ...]
    capital: bool
    entry: Entry
    kind: FormKind


@dataclass(frozen=True)
class Match:
    start: int  # token index in the spaCy Doc
    end: int  # exclusive
    entries: tuple[Entry, ...]  # more than one when the form is shared (a common surname)
    kind: FormKind


def _name_parts(name: str) -> tuple[str, str] | None:
    words = [w.strip(",").casefold() for w in norm(name).split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    if len(words) < 2:
        return None
    return words[0], words[-1]


class Matcher:
    def __init__(self, dictionary: Dictionary, tokenize: Callable[[str], Iterable[Any]]) -> None:
        self.dictionary = dictionary
        self._index: dict[str, list[_Form]] = defaultdict(list)
        self._people: dict[str, list[tuple[str, Entry]]] = defaultdict(list)  # last -> (first, e)
        self.surnames: dict[str, list[Entry]] = defaultdict(list)
        self._state_forms = [(f.casefold(), e) for e in dictionary.states()
                             for f in (e.name, *e.aliases, *e.adjectives) if len(f) >= 5]
        for entry in dictionary:
            forms: list[tuple[str, FormKind]] = [(f, "name") for f in (entry.name, *entry.aliases)]
            forms += [(f, "adjective") for f in entry.adjectives]
            forms += [(f, "strict") for f in entry.strict]
            for surname in entry.surnames():
                forms.append((surname, "surname"))
                self.surnames[surname].append(entry)
            if entry.kind == "person":
                for f in (entry.name, *entry.aliases):
                    parts = _name_parts(f)
                    if parts:
                        self._people[parts[1]].append((parts[0], entry))
            for text, kind in forms:
                toks = tuple(norm(t.text) for t in tokenize(text))
                if not toks:
                    continue
                form = _Form(
                    tokens=tuple(t if _sensitive(t) else t.casefold() for t in toks),
                    sensitive=tuple(_sensitive(t) for t in toks),
                    capital=toks[0][:1].isupper(),
                    entry=entry,
                    kind=kind,
                )
                self._index[toks[0].casefold()].append(form)

    def _fits(self, form: _Form, words: list[str], i: int) -> bool:
        if i + len(form.tokens) > len(words):
            return False
        for k, (want, exact) in enumerate(zip(form.tokens, form.sensitive, strict=True)):
            got = words[i + k]
            if exact:
                if got != want:
                    return False
            elif got.casefold() != want:
                return False
        return not (form.capital and not words[i][:1].isupper())

    def find(self, doc: Any) -> list[Match]:
        """Longest non-overlapping dictionary matches, left to right."""
        words = [norm(t.text) for t in doc]
        out: list[Match] = []
        i = 0
        while i < len(words):
            best: list[_Form] = []
            for form in self._index.get(words[i].casefold(), ()):
                if not self._fits(form, words, i):
                    continue
                if form.kind == "strict" and not self._strict_ok(doc, i, len(form.tokens)):
                    continue
                # "LET US" in an all-capitals headline is not the United States.
                if all(form.sensitive) and len(form.tokens[0]) <= 3 \
                        and _shouting(doc, i, i + len(form.tokens)):
                    continue
                if not best or len(form.tokens) > len(best[0].tokens):
                    best = [form]
                elif len(form.tokens) == len(best[0].tokens):
                    best.append(form)
            if not best:
                i += 1
                continue
            size = len(best[0].tokens)
            if size == 1 and i > 0 and all(f.entry.kind == "state" for f in best) and \
                    (words[i - 1] in _NAME_PARTICLES or words[i - 1] in _NAME_QUALIFIERS):
                # "Mocimboa da Praia", "Lower Juba": a capital's name inside a longer place
                # name is not the state
                i += 1
                continue
            # A full name or alias beats a surname or adjective reading of the same words.
            rank = {"name": 0, "strict": 0, "adjective": 1, "surname": 2}
            top = min(rank[f.kind] for f in best)
            chosen = [f for f in best if rank[f.kind] == top]
            entries = tuple(dict.fromkeys(f.entry for f in chosen))
            out.append(Match(i, i + size, entries, chosen[0].kind))
            i += size
        return out

    @staticmethod
    def _strict_ok(doc: Any, i: int, size: int) -> bool:
        end = i + size
        if end >= len(doc):
            return False
        nxt = doc[end]
        return not _shouting(doc, i, end) and nxt.lower_ in STRICT_NEXT

    def state_form(self, word: str) -> Entry | None:
        """The state a single word names exactly ("Indian", "Iraq"), if any."""
        for form in self._index.get(norm(word).casefold(), ()):
            if len(form.tokens) == 1 and form.entry.kind == "state" and form.kind != "surname":
                return form.entry
        return None

    def state(self, name: str) -> Entry | None:
        """The state a misspelt country name or adjective stands for ("Afganistan")."""
        key = norm(name).casefold()
        if len(key) < 5:
            return None
        best: tuple[float, Entry] | None = None
        for form, entry in self._state_forms:
            if form[:1] != key[:1] or abs(len(form) - len(key)) > 2:
                continue
            r = difflib.SequenceMatcher(None, key, form).ratio()
            if r >= 0.88 and (best is None or r > best[0]):
                best = (r, entry)
        return best[1] if best else None

    def person(self, name: str) -> Entry | None:
        """The dictionary person named `name`: by first and last word, else by close spelling."""
        parts = _name_parts(name)
        if parts is None:
            return None
        first, last = parts
        for f, entry in self._people.get(last, ()):
            if f == first or (len(first) <= 2 and f.startswith(first.rstrip("."))):
                return entry
        best: tuple[float, Entry] | None = None
        for known_last, people in self._people.items():
            if known_last[:1] != last[:1] or abs(len(known_last) - len(last)) > 2:
                continue
            r_last = difflib.SequenceMatcher(None, last, known_last).ratio()
            if r_last < 0.8:
                continue
            for f, entry in people:
                r_first = difflib.SequenceMatcher(None, first, f).ratio()
                score = (r_last + r_first) / 2
                if r_first >= 0.7 and score >= 0.85 and (best is None or score > best[0]):
                    best = (score, entry)
        return best[1] if best else None
