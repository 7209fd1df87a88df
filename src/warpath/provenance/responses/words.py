"""The word lists of response links: response nouns and verbs, nouns that name acts and
their verbs, verbs of reacting, denying, refusing, sending, taking back and freeing, and how
far back each pass looks."""

from __future__ import annotations

import re

# Nouns and verbs that say "this answers that", with the prepositions that introduce what
# is answered.
RESPONSE_NOUNS = frozenset({
    "retaliation", "response", "reply", "answer", "revenge", "reprisal", "vengeance",
    "retribution", "reaction", "counterattack", "counter-attack", "payback", "riposte",
})
RESPONSE_VERBS = frozenset({"retaliate", "respond", "avenge", "react", "reply", "revenge",
                            "answer", "counter", "counterattack", "hit"})
OBJECT_PREPS = frozenset({"for", "to", "over", "against"})
# Adjectives that make the act they qualify an answer: "retaliatory strikes".
RESPONSE_ADJECTIVES = frozenset({"retaliatory", "reciprocal", "revenge", "reprisal"})
CAUSE_VERBS = frozenset({"provoke", "prompt", "trigger", "spark", "elicit", "draw"})
# Verbs that place an act after another, which it answers: "the raid followed the killing".
FOLLOW_VERBS = frozenset({"follow"})
# Material conflict: what a retaliation answers when the text names no object.
MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Nouns that name an act of a given type: "the attacks on its allies" answers an ASSAULT.
NOUN_TYPES: dict[str, str] = {
    **dict.fromkeys(("attack", "strike", "airstrike", "air strike", "bombing", "killing",
                     "assassination", "shoot-down", "shootdown", "barrage", "raid", "shelling",
                     "murder", "invasion", "offensive", "assault", "ambush", "bombardment",
                     "firing", "shooting", "ramming", "sinking",
                     "downing", "death", "slaying", "execution", "massacre", "incursion",
                     "operation", "fire", "explosion", "blast", "drone", "missile", "rocket",
                     "launch", "fighting", "clash", "violence", "hostilities", "skirmish",
                     "abduction", "kidnapping", "beating", "torture", "hijacking",
                     "intercept", "interception"),
                    "ASSAULT"),
    **dict.fromkeys(("sanction", "embargo", "blockade", "tariff", "designation"), "SANCTION"),
    **dict.fromkeys(("arrest", "detention", "seizure", "expulsion", "deportation", "ban",
                     "crackdown", "closure", "confiscation"), "COERCE"),
    **dict.fromkeys(("threat", "ultimatum", "warning"), "THREATEN"),
    **dict.fromkeys(("protest", "demonstration", "rally", "boycott"), "PROTEST"),
    **dict.fromkeys(("accusation", "allegation", "charge", "criticism", "condemnation"),
                    "ACCUSE"),
    **dict.fromkeys(("deployment", "buildup", "build-up", "mobilization", "mobilisation"),
                    "MOBILIZE"),
}
# Nouns that name some earlier act without saying its kind ("in response to that statement").
GENERIC_OBJECTS = frozenset({
    "statement", "remark", "comment", "claim", "announcement", "move", "step", "action",
    "decision", "incident", "behaviour", "behavior", "provocation", "violation", "act",
})
# Verbs that judge an act as an answer: "seen as retaliation for ...".
VIEW_VERBS = frozenset({"see", "view", "regard", "consider", "describe", "interpret",
                        "characterise", "characterize", "portray", "perceive"})
# Purpose verbs that make the act they modify an answer: "summoned the envoy to protest X",
# "fired tear gas to disperse the crowd" ("break" only as "break up").
PURPOSE_VERBS = frozenset({"protest", "condemn", "denounce", "punish", "disperse", "quell",
                           "repel", "repulse", "suppress", "break", "separate", "stop", "halt",
                           "contain", "restore", "calm"})
# Events that answer in words: "Vietnam opposed the attack" answers the attack it names.
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "REQUEST", "THREATEN"})
# Verbs that commit to an act: "vowed to retaliate" answers what the retaliation would.
COMMIT_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "swear", "decide",
                          "order", "plan", "resolve"})
# Verbs of an answer in words to an act they name ("opposed the attack").
REACT_VERBS = frozenset({"oppose", "condemn", "denounce", "criticise", "criticize", "deplore",
                         "protest", "reject", "deny", "dismiss", "decry", "slam", "blast",
                         "demand", "refute", "dispute", "lament", "regret", "fault"})
# Verbs that ask another side to change what it does ("urged Ankara to keep its operations …").
ASK_VERBS = frozenset({"urge", "call", "ask", "press", "demand", "appeal", "request"})
# Verbs that judge an act by naming it ("called the strike a violation").
JUDGE_VERBS = frozenset({"call", "brand", "label", "term", "describe"})
# Nouns that sum up a claim set beside them ("…, a charge the party rejected").
SUMMARY_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion",
                           "demand", "threat", "warning", "proposal", "offer", "request"})
# Nouns for what a side said that a denial throws back: "dismissed the army's version",
# "rejected the Kenyan charge", "denied that story".
CLAIM_NOUNS = SUMMARY_NOUNS | frozenset({"account", "version", "allegation", "report",
                                         "statement", "narrative", "story", "assertion",
                                         "complaint", "protest", "criticism", "charges"})
# Acts in words that such a noun may sum up.
CLAIM_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "PROTEST"})
CLAIM_LOOKBACK = 12  # sentences: a denial may answer a charge told paragraphs before
# Determiners that point back to an act told before ("the attack", "that barrage").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words opening a sentence that place its act just after the one told before it:
# "The next day", "A day later", "Hours after that", "The following morning".
SEQUENCE_WORDS = frozenset({"next", "following", "later", "after", "afterwards", "subsequently"})
TIME_UNITS = frozenset({"day", "days", "hour", "hours", "morning", "evening", "night", "week",
                        "weeks", "minutes", "minute", "afternoon", "month", "months", "year",
                        "years"})
# Light verbs of a response noun that carries no act of its own ("Russia's reply came quickly").
ARRIVE_VERBS = frozenset({"come", "follow", "arrive", "be"})
SEQUENCE_LOOKBACK = 2  # sentences: "the next day" answers what was just told
# Verbs "<verb> back" that answer fire with fire.
BACK_VERBS = frozenset({"hit", "counter", "strike", "fire", "shoot", "retaliate"})
# Acts that are answers by nature: a summoned envoy answers the other side's latest act.
REACTIVE_TRIGGERS = frozenset({"summon"})
# ... and so are an envoy recalled, a protest note handed over ("a note of protest").
RECALL_VERBS = frozenset({"recall", "withdraw"})
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "consul",
                         "attaché", "attache", "representative", "emissary", "commissioner",
                         "delegation", "mission"})
NOTE_NOUNS = frozenset({"note", "démarche", "demarche"})
NOTE_MARKS = frozenset({"protest", "diplomatic", "verbale", "verbal"})
# Event nouns whose verb differs from the noun's stem, so "the detention" finds "detain".
NOUN_VERBS: dict[str, str] = {
    "detention": "detain", "seizure": "seize", "expulsion": "expel", "invasion": "invade",
    "killing": "kill", "death": "kill", "firing": "fire", "shooting": "shoot",
    "shelling": "shell", "bombing": "bomb", "strike": "strike", "airstrike": "strike",
    "assassination": "assassinate", "arrest": "arrest", "attack": "attack",
    "capture": "capture", "abduction": "abduct", "kidnapping": "kidnap", "raid": "raid",
    "shoot-down": "shoot", "shootdown": "shoot", "downing": "down", "accusation": "accuse",
    "threat": "threaten", "statement": "state", "decision": "decide", "deployment": "deploy",
    "closure": "close", "ban": "ban", "sanction": "sanction", "incursion": "incur",
    "ramming": "ram", "boarding": "board", "interception": "intercept", "sinking": "sink",
    "launch": "launch",
}
# Acts told with another word for the same deed ("these arrests" after "detained four men").
SAME_ACTS: dict[str, frozenset[str]] = {
    "arrest": frozenset({"detain", "seize"}), "detention": frozenset({"arrest"}),
    "detain": frozenset({"arrest"}),
    "assault": frozenset({"storm", "attack", "raid"}),
    "attack": frozenset({"storm", "assault", "raid", "ambush", "strike", "hit", "shell",
                         "bomb"}),
    "strike": frozenset({"hit", "bomb"}), "airstrike": frozenset({"hit", "bomb"}),
    "bombing": frozenset({"explode", "detonate", "blow"}),
    "blast": frozenset({"explode", "detonate", "blow"}),
    "explosion": frozenset({"explode", "detonate", "blow"}),
}
# Nouns of force used on a target that never name an arrest, a closure or a sanction (a
# curfew told after a strike is not "the attack").
FORCE_ONLY = frozenset({"attack", "strike", "airstrike", "air strike", "bombing", "shelling",
                        "barrage", "bombardment", "shooting", "explosion", "blast",
                        "ambush", "massacre", "assault"})
# Nouns that name an act by its dead: the act told with a death toll fits them best.
DEATH_NOUNS = frozenset({"massacre", "killing", "slaughter", "bloodshed", "carnage", "murder",
                         "slaying", "bloodbath"})
# An act noun that may also name an act of another type: a diplomatic "protest" is the
# accusation a ministry made ("rejected the protest" after "accused Caracas of ...").
ALSO_TYPES: dict[str, frozenset[str]] = {"protest": frozenset({"ACCUSE"}),
                                         "launch": frozenset({"MOBILIZE"}),
                                         "firing": frozenset({"MOBILIZE"})}
LOOKBACK = 8  # sentences to search back for an answered event
FAR_LOOKBACK = 12  # further back still for the act a noun names by its own verb
NAMED_LOOKBACK = 24  # furthest back for an act a noun names by its own verb ("the arrest")
# Verbs that report an act rather than perform one ("…, the ministry said").
REPORTING = frozenset({"say", "tell", "report", "state", "add", "claim", "announce", "write"})
REACTIVE_LOOKBACK = 12  # a summons may follow a long account of what it answers

DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebuff", "spurn",
                        "brush", "shrug", "wave", "scoff", "disown", "swat", "repudiate"})
# Verbs of casting aside that refuse or deny only with their particle: "brushed the charge
# aside", "shrugged off the offer", "waved away the complaint" (not "brushed her hair").
ASIDE_VERBS = {"brush": frozenset({"off", "aside", "away"}),
               "shrug": frozenset({"off", "aside"}),
               "wave": frozenset({"off", "aside", "away"}),
               "swat": frozenset({"away", "aside", "off"}),
               "turn": frozenset({"down"})}
# Verbs of a toll: "no one was killed" tells the outcome of an act, not an answer to it.
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt", "harm", "die"})
# Nouns of a count of victims: "dismissed that toll".
TOLL_NOUNS = frozenset({"toll", "figure", "figures", "tally", "count", "number", "numbers"})
# Verbs of harm done to people: one can be denied in the words of another.
HARM_VERBS = frozenset({"kill", "wound", "injure", "harm", "hurt", "hit", "target", "strike",
                        "bomb", "shell"})
# What a denial of a part in an act denies: "denied any role", "denied involvement".
ROLE_NOUNS = frozenset({"role", "involvement", "responsibility", "part", "hand", "link",
                        "connection", "complicity"})
# Names of the doers of an act, with the verb of the act they come from.
DOER_NOUNS: dict[str, str | None] = {
    "attacker": "attack", "assailant": "attack", "perpetrator": None, "culprit": None,
    "bomber": "bomb", "raider": "raid", "killer": "kill", "gunman": "shoot",
    "kidnapper": "kidnap", "abductor": "abduct",
}
# Verbs that take back what another side took.
RETAKE_VERBS = frozenset({"retake", "recapture", "regain", "reclaim", "recover"})
RECENT_DAYS = 7  # an act this long before an answer is still news the answer may meet
# An act dated this long before an answer belongs to another episode: "the strike", "two days
# later" answer the act of the same weeks, not one told as background from a past year.
STALE_DAYS = 45
STALE_YEARS = 1  # an answer with an inherited date: a past act a full year older is stale
# Verbs that undo what another side did to a thing ("cleared it", "reopened it").
UNDO_VERBS = frozenset({"clear", "reopen", "unblock", "lift", "dismantle", "remove",
                        "break", "free", "retake", "recapture"})
# Verbs that lay the blame for an act on a side without naming the act.
BLAME_ONLY = frozenset({"blame", "suspect"})
# Verbs that hold someone to account for an act ("whom it blamed for the detention").
BLAME_VERBS = frozenset({"blame", "hold", "accuse", "suspect"})
# Verbs that send forces somewhere.
SEND_VERBS = frozenset({"send", "deploy", "dispatch", "fly", "rush", "move", "reinforce"})
# Verbs of forces coming to a place ("troops arrived in the village").
REACH_VERBS = frozenset({"arrive"})
# Verbs of the taking that a retaking undoes.
TAKE_VERBS = frozenset({"attack", "seize", "capture", "take", "storm", "overrun", "occupy"})
# Verbs of guarding a place: "vowed to defend the town" after it was struck.
DEFEND_VERBS = frozenset({"defend", "protect", "guard", "secure"})
# Verbs and nouns of forces sent or placed, a side's guard after it was hit.
DEPLOY_VERBS = SEND_VERBS | frozenset({"deploy", "station", "position", "mass", "post"})
DEPLOY_NOUNS = frozenset({"reinforcement", "deployment"})
# What a side hit asks of its allies or of a body: "asked for air support".
HELP_NOUNS = frozenset({"support", "help", "assistance", "reinforcement", "protection",
                        "backup", "consultation", "cover"})
GUARD_LOOKBACK = 12  # sentences back for an act at the place the guard is posted
GUARD_NEAR = 3  # sentences back for an act elsewhere on its soil or against it
# Verbs that free people held by another side.
RELEASE_VERBS = frozenset({"free", "release", "liberate"})
# Verbs that take people and hold them.
HOLD_VERBS = frozenset({"detain", "arrest", "seize", "abduct", "kidnap", "capture", "hold",
                        "take", "intern", "jail", "imprison", "grab", "snatch"})
# What a demand for the release of people held asks: "demanded the release of the herders",
# "asked for their return", "called on Minsk to free the crew".
RELEASE_NOUNS = frozenset({"release", "return", "freedom", "freeing", "handover"})
RELEASE_REACH = 8  # sentences: people may be freed some paragraphs after a demand
RELEASE_FAR = 20  # … or far after, when the release names the people the demand named
# Verbs of a request that the asked side undo what it did: "urged Bamako to pull back the
# units", "asked Tashkent to reopen the border post".
UNDO_ASKED = frozenset({"remove", "withdraw", "reopen", "lift", "halt", "stop", "cease", "end",
                        "dismantle", "reverse", "rescind", "revoke", "release", "free",
                        "return", "pull", "vacate", "leave", "restore", "unblock"})
# What a request asks for, by the type of the act that grants it: "requested consultations"
# … "the council met", "asked for troops" … "sent a battalion".
GRANTED_BY: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"consultation", "meeting", "talk", "session", "summit", "dialogue"}),
    "MOBILIZE": frozenset({"troop", "reinforcement", "deployment", "soldier", "support",
                           "backup", "force", "patrol"}),
    "AID": frozenset({"aid", "assistance", "help", "support", "supply", "relief"}),
}
GRANT_LOOKBACK = 1  # sentences: a request granted is told right after it
# Verbs whose negation is a rejection: "will not accept any such move".
REFUSED_VERBS = frozenset({"accept", "tolerate", "recognise", "recognize", "allow"})

# Verbs whose negation refuses what was offered or asked ("neither capital has accepted"),
# and verbs that refuse outright ("Gibraltar refused").
ACCEPT_VERBS = frozenset({"accept", "agree", "welcome", "endorse", "approve"})
REFUSE_VERBS = frozenset({"refuse", "reject", "decline", "rebuff", "spurn", "turn", "dismiss",
                          "brush", "shrug", "wave"})
# What can be offered or asked, so refused: "did not accept China's offer of mediation".
OFFER_NOUNS = frozenset({"offer", "proposal", "plan", "invitation", "initiative", "request",
                         "call", "appeal", "demand", "suggestion", "mediation", "ceasefire",
                         "truce", "deal", "idea", "overture", "bid"})
# What a threat is called, so brushed aside: "brushed the warning aside", "rejected the
# ultimatum" answer the latest threat of another side.
THREAT_NOUNS = frozenset({"warning", "threat", "ultimatum"})
# Acts that offer or ask something another side may refuse.
OFFER_LEMMAS = frozenset({"offer", "propose", "invite", "suggest", "ask", "request", "urge",
                          "call", "appeal", "demand", "press", "seek", "moot", "float",
                          "table", "broach"})
REFUSAL_LOOKBACK = 2  # sentences: a refusal follows closely on what it refuses
ASKED_LOOKBACK = 4  # sentences: a refusal that repeats the asked verb may come a little later
ANSWER_LOOKBACK = 2  # sentences: a denial follows closely on the charge it answers

# A sentence opening that places its act just after the one told before: "The next day",
# "Hours later", "Shortly afterwards".
SEQUENCE = re.compile(
    r"^(?:(?:the|a|an|one|two|three|four|several|some|a few|\d+)\s+)?"
    r"(?:(?:next|following)\s+(?:day|morning|evening|night|afternoon|week)"
    r"|(?:day|days|hour|hours|minutes|week|weeks|night|nights)\s+(?:later|after(?:wards)?))\b"
    r"|^later\s+(?:that|the same)\s+(?:day|night|evening|morning|afternoon)\b"
    r"|^(?:soon|shortly)\s+after(?:wards)?\b"
    r"|^within\s+(?:(?:a|an|the|one|two|three|a\s+few|\d+)\s+)?"
    r"(?:hours?|minutes|days?|night)\b"
    r"|^in\s+the\s+(?:hours|days)\s+(?:that\s+followed|after(?:wards)?)\b",
    re.IGNORECASE)
# The same, anywhere in the sentence: "Kenyan troops launched air strikes the next day".
LATER = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night|afternoon|week)"
    r"|(?:a|one|two|three|several|\d+)\s+(?:day|days|hours|weeks)\s+later"
    r"|hours\s+later|later\s+that\s+(?:day|night|evening|morning)"
    r"|within\s+(?:(?:a|an|one|two|three|a\s+few|\d+)\s+)?(?:hours?|minutes|days?)"
    r"|in\s+the\s+(?:hours|days)\s+that\s+followed)\b",
    re.IGNORECASE)

# Crowd control: the gear named, the verbs of dispersing and what they disperse ("fired tear
# gas", "used water cannon", "dispersed the rally").
CROWD_GEAR = ("tear gas", "teargas", "tear-gas", "water cannon", "rubber bullet",
              "rubber-coated", "pepper spray", "stun grenade", "baton charge", "baton-charge",
              "pellet gun", "sound grenade", "batons")
DISPERSE_VERBS = frozenset({"disperse", "scatter", "break", "clear", "charge", "beat"})
CROWD_NOUNS = frozenset({"crowd", "crowds", "rally", "march", "marchers", "protest",
                         "protesters", "protestors", "demonstration", "demonstrators",
                         "sit-in", "gathering", "mob", "procession", "students", "them"})
CROWD_LOOKBACK = 2  # sentences: the police answer a march told just before

# Verbs of a protest lodged by a side ("we protested within the hour") and nouns of what a
# side hit asks for ("asking for a full investigation"): answers to the act just told.
PROTEST_VERBS = frozenset({"protest", "complain"})
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "explanation",
                           "inquest"})
PROTEST_LOOKBACK = 5  # sentences: a protest with no object answers the act told before it
