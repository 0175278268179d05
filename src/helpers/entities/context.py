"""Labels a mention's own context gives it, whatever the small model tagged: places, nationalities, companies, clubs.

Each rule reads only the words right around a "person" span, so it holds on any English news (and one reads a span tagged
a place: a curated given name and a surname no place's name ends in, "Rio Ferdinand", "Gethin Jenkins", is a person):
- a one-word "person" right after a place preposition is a place (GPE): "expected in Chester", "flooding across Kent",
  "Mrs Mayhew, a retired teacher from Hull", "the port of Kiel" (a noun for a settlement and "of"), "three lads from
  Battle" (a noun for people and "from", `data/origin_nouns.txt`), "the docks at Barry", "Burley said at Tynecastle" (a
  site or a verb of speaking or building and "at", `data/site_heads.txt`), "MP for Paisley", "on Crosby beach", "in
  Lincoln and Grantham" (joined to a place), "On Lewis," (an island opening a sentence), and one between
  "the" and a noun for land ("the Nelson area", "the Kendal market", `data/place_nouns.txt`), but not "confidence in Baker", "a stake in Dyson" nor a possessive
  "in Reagan's view" (an "organisation" keeps its label: "calls in Congress", "dealings in Bally stock") (`data/place_prepositions.txt`, `place_preposition_heads.txt`);
- a one-word "person" or "organisation" that is a curated nationality word (`data/name_prefixes.csv`, label NORP) used as an adjective
  before a lower-case noun is a nationality (NORP): "the Welsh side", but "said Welsh was" stays a person;
- a one-word "person" that is a curated major place and no given name, right before a noun for an act or a member
  ("Glasgow band Franz Ferdinand", "the Glasgow four-piece", "the former Glasgow MP"), is that place (GPE);
- a one-word "person" that is no given name, right before a noun for local people and a full name ("Broughton worker
  Gareth Morgan") or before "'s workers", is the place they live or work in (GPE);
- a one-word "person" followed by ", which makes/employs ...", ", owned by", "'s shares" or "'s servers" is a company (ORG): "Dyson,
  which makes vacuum cleaners", "'s shares fell", "Steam's servers were overloaded" (`data/company_verbs.txt`);
- a one-word "person" that is a mixed-case acronym ("TfL says", "PwC") is an organisation (ORG), and so is a listed club
  after a fixture verb in an article about sport ("They face Charlton at Stamford Bridge");
- a name listed after a plural noun for firms ("regional brewers such as Sam Smith's and Timothy Taylor", "firms such as
  Creative and iRiver") is a firm (ORG), whatever it was tagged;
- a "person" between "the" and "store" or "shop" is the shop ("at the Peter Jones store"), and one that is a curated firm
  named after its founders ("Paine Webber", "James Capel", `data/person_named_firms.txt`) is the firm (ORG);
- a one-word "person" the article quotes a price at, where it quotes one at a place too ("3.95 dlrs for Minneapolis and
  3.80 dlrs Duluth"), is a market (GPE) in all its uses;
- a "person" right after "band", "duo", "trio" or "quartet", or followed by ", the ... band", is the band (ORG), even when a
  first name opens it ("Glasgow band Franz Ferdinand"), and so is a one-word plural after "the" ("set up by the Beatles")
  and a one-word name followed by a plural verb ("Keane were named"; not "Blair and Brown are");
- a one-word "person" right before a role only an organisation has and a name is that organisation (ORG): "Bolton manager
  Sam Allardyce", "Valve's managing director Gabe Newell" (not "Blair aide Alastair Campbell");
- a "person" right after a lower-case noun that introduces an organisation (capitalised when it opens a sentence) is that
  organisation (ORG): "supermarket group Morrisons", "Glasgow band Franz Ferdinand", "Publisher Bloomsbury said"
  (`data/company_nouns.txt`), unless a verb says someone made, runs or supports it
  ("the group Smith founded", "the club Hatton supports") or the name opens with a curated first name ("Australian brewer Alan Bond"); so is a
  building, product or place so introduced ("British developer Criterion Games", tagged FAC; "supermarket Iceland");
  so is a name right after a plural noun for firms and "such as" ("department stores such as Fenwick", tagged PERSON),
  and a "person" an apposition calls a firm ("Clifford Chance, the world's largest law firm by revenue,"), with its other
  spans in the article (`FIRM_APPOSITION`); so is a full "person" before "chief executive" or "chairman" and a name
  ("Travis Perkins chief executive Geoff Cooper", `OFFICER_AFTER`) or after a given name, a surname and "of" ("Jeremy
  Batstone of Charles Stanley") or before a verb and "its" ("Bernard Matthews has defended its product"), and so are the
  other spans of a one-word "person" whose chairman or chief executive it names ("Santander's chairman Emilio Botin"),
  unless a person of the article bears it ("Branson's chief executive" beside Richard Branson), also where that use is
  untagged ("owned by Kingfisher ... Kingfisher chief executive Gerry Murphy", `officered_firms`; not the end of a longer
  name: "Ask Jeeves chief executive" beside the valet Jeeves); a one-word "person" before "award" is the prize ("a Tony award");
- a one-word "person" that no person of the article bears and no given name, followed by "in" and a span tagged a place,
  is a place outside sport ("kept Amarillo in Texas on the front pages", "the rider from Wick in the Vale of
  Glamorgan"); so is a listed city between "the" and a tour's stop ("tickets for the Sydney show"), a word after a noun
  for people and "round" ("people round Jackson"), and a one-word "person" ending in "shire" (the county, or in sport
  its club), unless a person of the article bears it ("Sarah Lancashire");
- a "person" in apposition with a maker's work ("Vera Drake, Mike Leigh's drama about") is the work, and a full
  "person" followed by ", owned by" or ", founded by" ("John Lewis, owned by its staff") or in apposition with a
  club, venue, pub or hotel ("Ronnie Scott's, the London club") is an organisation;
- "persons" listed right after a plural noun for places are places (GPE), with their other spans in the article: "the
  results in two wards, Aston and Bordesley Green";
- in a sentence about sport (`data/sport_words.txt`), a place ending in a club word is the club (ORG): "Bradford City",
  "Leicester City" (`data/club_suffixes.txt`; anywhere when no town ends in that word: "Newcastle United"), a
  one-word "person" after "beat", "against" ... is a team, and a one-word place that ends one of the article's two-word organisations is that club ("Milan" beside "AC Milan"), unless a place
  preposition comes before it ("in Milan");
- a one-word "person" counted by an ordinal after an owner ("Murray's first Wimbledon", "her third Grammy") is an event,
  and one followed by "itself" ("Wimbledon itself has enjoyed record crowds") is a body (ORG): no person is either;
- a one-word "person" right before a score ("beating Everton 2-0") is a team (ORG), and in a sentence about sport untagged
  capitalised names on either side of a score are teams ("Celtic 3-1 Rangers"), and so is one after "ex-" ("Ex-Chelsea boss");
- a name tagged an organisation, work, place or event that is Mr/Mrs/Ms/Miss/Dr/Sir/Dame/Lord/Lady/Baroness and one
  name is a person ("Ms Barclay", "Dame Kelly"), and a "person" opening with a legal
  form is a company ("NV Philips Gloeilampenfabrieken", `data/leading_org_forms.txt`);
- a person span that goes on with "of" and a name is cut before "of" ("Manaspas Xuto of Thailand", and "Chimerine of
  Wharton" when the article names Chimerine in full), unless a title opens it;
- a "person" right after a noun for a work ("the biopic Ray", "the musical Billy Elliot", "the first episode, called Rose",
  `data/work_nouns.txt`), after "nominated for" or after an adaptation's noun and "of" ("The stage version of Billy
  Elliot", where no word of it stands alone for the title character, or it is a listed work of `data/named_works.txt`,
  whose title character the merging names: "The part of Billy") is that work (WORK_OF_ART), unless a verb says the
  person made it ("the film Ray Winstone made"), and so is a lone first name in the sentence that names the person in full ("best actor for Ray,
  in which he plays Ray Charles"), and so are the article's other untitled uses of the same name ("Ray has taken $75m");
  so is a given name and a surname tagged an organisation after such a noun ("British film Vera Drake"), unless a verb
  says it made something ("the documentary Laura Pendle produced"), and the article's other uses so tagged;
- a "person" after "band", "group", "outfit" or a word for a few players ("Glasgow group Franz Ferdinand"), or followed by
  ", who ... themselves" ("Franz Ferdinand, who named themselves after"), is a band (ORG), at every use in the article;
- a one-word "person" in a list of three or more whose other members share one other label takes it ("Worcester, Dorset
  South and Putney"), and a "person" listed as what is owned, bought or sold is an organisation ("owns Topshop, Burton and
  Dorothy Perkins");
- a noun for people opening a sentence, singular or plural, is cut from the person after it ("Striker Dean Ashby" -> "Dean
  Ashby", "Stars Matt Lucas and David Walliams", "Frontman Martin", "Model Kate Moss"), and from an "organisation" when a
  listed given name follows it, which is then the person ("Trainer Henrietta Knight said");
- a one-word place right after a noun for a show ("his BBC talk show Kilroy") is that work (WORK_OF_ART);
- an untagged nationality word opening a person's capitalised title is a nationality ("Welsh First Minister Rhodri Morgan");
- a "person" where a person named just before works or lives is a firm, or a place when a curated list names it: after
  ", of" ("said Safa Rashtchy, of Piper Jaffray", "of the stockbrokers Carrick Webb", "said Gail Mossop, of Bolton") or after "an analyst at" and the like ("an economist at the bank Laidlaw Sharp"), unless it owns something ("of
  John Lewis's board") or a title opens it;
- a listed band or team named like a person (`data/named_acts.csv`: "Keane", "Williams") is that act (ORG) in an article
  of its field (music, motor racing) where no one bears the name after a given name, and a listed work named like a
  person (`data/named_works.txt`: "Vera Drake") is the work where the article never writes a word of it alone (but for
  a namesake's: "Ray Elliot" beside Billy Elliot, or before a noun for a work: "the fourth Potter film", which is the
  work too; and the whole listed work before such a noun, "the sixth Harry Potter book", is the work even where the
  article writes its hero's name alone); a given name in apposition with a work ("Alfie, the remake") is it;
- a "person" after a noun only for firms (`data/firm_only_nouns.txt`: "department store John Lewis", "Pub chain JD
  Wetherspoon") is the firm, unless a verb of making or owning follows ("the group Tate founded"), and so is one set
  between commas after someone's firm ("Mrs Marsh's firm, Marsh Flags, makes"), and one after a
  plural for firms and "such as", "like" or "including" ("Supermarkets including Sainsbury's"), also further on in its
  list ("stores such as Fenwick and John Lewis"); a full name whose span ends in a possessive that owns nothing
  ("Ronnie Scott's, the Soho club", "makes Foster's, John Smith's and Newcastle Brown Ale", "John Smith's are losing
  out"; `OWNS_NOTHING`), not after a verb "to be", is the club, shop or brand, and keeps its "'s"
  (`names.possessive_names`); a full name before ", which" and a firm's verb or "said" is a firm ("Lockheed Martin,
  which said the launch");
- a surname with the "s" of a family's shop ("Morrisons" beside Sir Ken Morrison, "Warburtons"), or a listed chain
  (`data/family_chains.txt`: "Woolworths"), is the firm, not after "the" (the family) nor a title, and a span opening with "Royal" and no given name is a firm or, when listed, a place
  ("Royal Doulton", "Royal Tunbridge Wells");
- a listed club before "supporter" or "fan" ("Everton supporter Neil Preston") or after "a supporter of" ("a fan of Chelsea"),
  and in a sentence about sport the club a
  manager led "to" a title ("after leading Porto to the Champions League title"), is the club (ORG), and so is a listed
  club's two-word name ending in "City" tagged a place in an article about sport ("Birmingham City");
- a name before "racecourse" is the place; a word tagged a place after "the" that opens a two-word body ending in
  THE_HEADS ("the Beaufort" beside "the Beaufort Hunt") is that body (ORG);
- a two-word "person" opened by a curated noun for firms at a sentence's start and ended by no given name is the firm after
  it ("Retailer Currys said" -> "Currys", ORG); a full name before "stores", "shops", "branches", "outlets" or "brand" ("26
  John Lewis department stores") is the firm in all its article's spans, unless a title opens it;
- a listed town is read as the town, not the club or firm named after it, as the subject of a settlement noun, before one of
  its people, or listed with other listed towns (`town_reading`: "Hull is the only place", "Norwich student Amy Walsh");
- a one-word "person" right before "-based" is where a firm is based (GPE: "led by Bermuda-based Fidelity"); a one-word
  "organisation" that an apposition or "is a ... town" calls a settlement or a constituency, or that follows "MP for" or
  "the town of", is the place ("Stone is a canal town", "Sedgefield, the constituency next door");
- one word between "the" and a noun for an accord or a meeting, no given name, untitled and no surname of the article's
  full names, is where the accord was made (EVENT: "the Louvre Agreement", "the Louvre meeting"; not "the Reagan summit"
  where Ronald Reagan is named);
- a "person" that is a curated firm named after its founders, or opens with one ("Morgan Stanley International"), is the
  firm (`data/person_named_firms.txt`);
- a one-word "person" between an owner's name and "group" is a firm ("Sir Richard Branson's Virgin group"), and one followed by
  ", home of" or ", home to" is a place ("The real Silverstone, home of the British Grand Prix");
- a "person" right after "nearby" is a place ("Nearby Lancaster Hole is part of the system"), and a name after "branch of"
  or "outlet of" tagged a place, a building, a product or a person is a chain (ORG: "At a branch of Game");
- a sentence ends at ". ", at a full stop inside a closing quote ('." ') or at a line break (`sentence_bounds`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from helpers.entities import namesakes
from helpers.text import data_lines, data_records, spelling_groups

ADDRESS_TITLES = "Mr|Mrs|Ms|Miss|Dr"  # titles that address one person by the surname alone ("Mrs Barclay")
ADDRESS_BEFORE = re.compile(rf"\b({ADDRESS_TITLES})\.? $")  # such a title right before a span: "Mrs " of "Mrs May"
BASED_BEFORE = re.compile(r"\b[A-Z][\w.]*-based $")  # "Edinburgh-based " right before a name
OWNED_AFTER = r",\s+(?:owned|run|founded|acquired|controlled)(?:\s+in\s+\d{4})?\s+by\b"  # "Orange, owned by France Telecom": no person is owned
OWNED_BY = re.compile(OWNED_AFTER)
SEAT_FOR = r"(?:MPs?|MEPs?|MSPs?|AMs?|member|candidate)\s+for"  # who sits for a seat
SEAT_BEFORE = re.compile(rf"\b{SEAT_FOR}\s+$")  # "MP for Bolton West": a constituency
BRAND_AFTER = re.compile(r"\s+brands?\b")  # "its Johnnie Walker brand"
STORES_AFTER = re.compile(r"\s+(?:department\s+)?(?:stores|shops|branches|outlets)\b")  # "26 John Lewis department stores"
STORE_AFTER_THE = re.compile(r"\s+(?:department\s+)?(?:store|shop|branch|outlet|showroom|superstore|pub|inn|tavern|hotel|restaurant|"
                             r"nightclub|cinema)\b")  # "at the Peter Jones store", "the Albert pub": a person's shop is written with a possessive
GROUP_AFTER_THE = re.compile(r"\s+(?:group|chain)\b")  # "part of the Kingfisher group": after "the", a firm's name
TRADE_GROUP_AFTER = re.compile(r"\s+(?:hotel|retail|media|drinks|food|leisure|engineering|insurance|property|publishing|brewing|pub|"
                               r"restaurant|travel|fashion|clothing|music|entertainment|supermarket|airline|banking|construction|"
                               r"mining|oil|steel|motor|chemicals|drugs|defence|aerospace|technology|software|electronics|telecoms|"
                               r"newspaper|catering|betting|holiday|cinema|toy|furniture)\s+(?:group|chain)\b")  # "The Hilton hotel
# group": a trade's group is a firm, where "the Bass group" of investors may be a person's
VENUE_AFTER = re.compile(  # a possessive that owns nothing: a ground, a club or a shop ("at Lord's on 21 July", "at Queen's this week")
    r"['’]s(?=[.,;:!?)]|\s+(?:on|in|at|for|this|last|next|and|or|to|from|with|since|until|when|where|yesterday|today)\b)"
)
TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mr\.|Mrs\.|Ms\.|Dr|Dr\.|Prof|Prof\.|Professor|Sir|Dame|Lord|Lady|Baroness) [A-Z][a-z][\w'-]*")  # "Ms Barclay", "Dame Kelly"
NAMED_THINGS = frozenset({"EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})  # labels an institution's name is mistaken for
INSTITUTION = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&'-]*\s+(?:(?:of|for|and|the)\s+)*)+([A-Z][a-z]+)")  # "World Wide Web Consortium"
INSTITUTION_HEAD = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+(?:of|for)\s+")  # "Bank of ", "Association for "
WORK_ENDINGS = frozenset({"Party", "Office", "Union", "Government", "Exchange"})  # "The Office", "The Birthday Party": also works
TITLED_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "GPE", "LOC", "NORP"})  # a titled name so tagged is a person
SENTENCE_START = re.compile(r"(?:^|[.!?\n\"]\s*)$")
SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)$")  # nothing, or a sentence's end, a line break or a quote right before
AND_OR = re.compile(r",?\s+(?:and|or)\s+")  # what joins two names of one list ("Florence and Venice"; not "In Quebec, Brandt")
BARE_AND_OR = re.compile(r"\s+(?:and|or)\s+")  # what joins the two names of a pair, with no comma (", and" joins two clauses)
CLUB_ONLY = frozenset({"United", "Rovers", "Wanderers", "Athletic", "Hotspur", "Argyle"})  # club words no town name ends in (not "Mexico City")
MIXED_ACRONYM = re.compile(r"[A-Z]+[a-z]{1,2}[A-Z]+")  # "TfL", "PwC", "DfES": an acronym with its small words, never a person's name
CAMEL_NAME = re.compile(r"(?!(?:Mac|Fitz|Van|Von|Della)[A-Z])[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")  # "GlaxoSmithKline"; not "MacDonald"
ONE_WORD = re.compile(r"[A-Z][\w'’.-]*")
POSSESSIVE = re.compile(r"['’]s\b")
IT_AFTER = re.compile(r"(?:'s)?,?\s+\w+\s+(?:it|its)\b")  # "Dell said its profits": a firm speaks of itself
ROLE_BEFORE = re.compile(r"\b(?:plays|played|playing|as) $")  # "who plays Harry": a character, named like a person
SCORE_AFTER = re.compile(r"\s+\d{1,2}\s*[-–]\s*\d{1,2}\b")
ORDINAL_BEFORE = re.compile(r"(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"\d+(?:st|nd|rd|th))\s+$")  # "Murray's first Wimbledon": an event, counted; no one is someone's first
FIELD_WORDS = {  # words of an article about a field (`data/named_acts.csv`)
    "music": re.compile(r"\b(?:album|albums|single|singles|band|bands|gig|gigs|chart|charts|Brit Awards|Brits|frontman|guitarist|"
                        r"drummer|song|songs|Mercury Music Prize|Mercury Prize|record label|concert|concerts|musicians)\b"),
    "motor racing": re.compile(r"\b(?:Formula One|F1|Grand Prix|grand prix|drivers' championship|constructors' championship|"
                               r"pole position|pit lane|the grid)\b"),
}
NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!The\s)[A-Z][\w-]*\s+$")  # "Archduke ", not "Glasgow's " nor "The "
ROYAL_OPENED = re.compile(r"Royal\s+(([A-Z][\w'’-]*).*?)(?:['’]s)?")  # "Royal Doulton", "Royal Mail's"
ITSELF_AFTER = re.compile(r"\s+itself\b")  # "Wimbledon itself has enjoyed record crowds": a place or a body, never a person
TEAM_BEFORE = re.compile(r"(?:\b(?:(?:games|appearances|goals|played|plays|playing|signed) for|against|joined|beat|beats|beating|lost to|"
                         r"losing to|drew with|draw with|v|vs\.?|(?:points?|places?) (?:behind|above|below|clear of|ahead of))\s+|\b[Ee]x-)$")
# "500 games for Ipswich", "two points behind Leeds", "drew with Hull", "Ex-Chelsea"
CLUB_BEFORE = re.compile(r"\b(?:(?:win|victory) over|(?:Cup|title|trophy|double) with|managed)\s+$")  # "a 2-0 win over Charlton",
# "the Uefa Cup with Valencia", "managed Everton": a one-word name tagged a person in a sentence about sport is the club
LED_BEFORE = re.compile(r"\b(?:led|leading|lead|leads|guided|guiding|took|taking)\s+$")  # "after leading Porto to the
LED_TO_AFTER = re.compile(r"\s+to\s+(?:the|a|an|their|its|victory|promotion|glory|safety|survival)\b")  # ... title": a manager's club
CLUB_FAN_AFTER = re.compile(r"\s+(?:supporter|supporters|fan|fans|season-ticket holder)\b")  # "Everton supporter Neil Preston"
CLUB_FAN_OF_BEFORE = re.compile(r"\b(?:(?:supporter|supporters|fan|fans|season-ticket holders?) of (?:the )?|(?:supports|supported) )$")
# "a supporter of Chelsea", "Hughes supports Chelsea"
MOVE_BEFORE = re.compile(r"\b(?:(?:joined|signed|moved|arrived|came) from|since leaving|after leaving|in charge at|a move to|"
                         r"offer from)\s+$")  # a player's or manager's move, in an article about sport: "joined from Valencia"
ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|was|were|is|are|has|had|have|would|will|may|might|could|should|can|did|does|said|says|"
                         r"told|added|as|who|also|to|in|of|for|with|at|on|by|than|from)\b)[a-z]")  # "Welsh side", "Welsh voters"
SETTLEMENT_OF = re.compile(r"\b(?:village|town|city|county|hamlet|island|port|borough|suburb|parish)\s+of\s+$")  # "the village of Hope"
PLACE_OF = re.compile(SETTLEMENT_OF.pattern + r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$"  # "east of Carlisle"
                      r"|\bthe\s+(?:centre|center|heart|outskirts|edge)\s+of\s+$"  # "a shop in the centre of Bolton"
                      r"|\b(?:this|that|the\s+other|the\s+far)\s+end\s+of\s+$"  # "visitors to this end of Chelsea"
                      r"|\b(?:drive|drives|drove|driven|driving|commute[sd]?|commuting|travel(?:s|led|ling)?)\s+(?:(?:over|up|down|back|in)\s+)?"
                      r"(?:into|to|from)\s+$"  # "drive into Carlisle", "drive over from Carlisle"
                      r"|\bby\s+(?:road|rail|air|sea|train|car|coach|bus|ferry|boat|helicopter|ambulance|plane)\s+(?:back\s+)?"
                      r"(?:into|to|from)\s+$"  # "taken by road to Buxton": a journey's end
                      r"|\b(?:places|towns|cities|villages|areas|suburbs|districts|boroughs|counties|regions|countries|resorts)"
                      r"(?:\s+(?:contested|visited|affected|hit))?,?\s+(?:such\s+as|like|including)\s+$")  # "in places such as Chelsea",
# "the 13 regions contested, including Lazio"
PLACES_LISTED = re.compile(r"\b(?:wards|constituencies|towns|cities|villages|suburbs|districts|boroughs|counties|regions|"
                           r"estates|parishes)[,:]\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|\s+and\s+))*$")
# "in two wards, Aston and Bordesley Green": names listed after a plural noun for places are places
FIRMS_LISTED = re.compile(r"\b(?:firms|companies|groups|chains|banks|insurers|airlines|carmakers|retailers|brewers|distillers|studios|"
                          r"labels|charities|booksellers|publishers|supermarkets|developers|manufacturers|operators|lenders|"
                          r"broadcasters)\s+(?:such as|including|like)\s+(?:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and))*?"
                          r"(?:,\s+|\s+and\s+|\s+or\s+))*$")  # "brewers such as Sam Smith's and": names listed after a plural
# noun for firms are firms
OWNER_BEFORE_NAME = re.compile(r"\s+[A-Z]")  # "Richard Branson's Virgin": a possessive that owns the name after it
# An apposition calling a name a firm makes it one ("Clifford Chance, the world's largest law firm by revenue,"); also where
# a mention's `after` (32 characters) ends in the word after the noun cut short ("law firm b"). Never a noun a person's
# trade is called by ("the publisher of The Spectator", "a games retailer"), a noun after a relative or a preposition ("a
# broker whose small firm", "a partner at the law firm"), nor a group "of" ("Henman Hill, a group of fans waved").
APPOSITION_GOES_ON = ("by", "in", "with", "that", "which", "whose", "based", "owned", "named", "founded", "behind", "also", "he", "she",
                      "they")  # words after a firm noun that
# go on with its apposition ("the Lithuanian club also owned by", "the club he also controls")
FIRM_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|with|in|on|from|to|and|or|who|whose|which|that|behind)\s)[\w'’-]+\s+){0,4}?"
                             r"(?:firm|company|group|chain|manufacturer|brand|bank|insurer|airline|service|network|website|shop|store|club|venue|"
                             r"restaurant|pub|hotel|side|champions|studio|label|charity|charities)s?"
                             r"(?=\s*[,.;]|\s*$|\s+(?:" + "|".join(APPOSITION_GOES_ON) + r")\b"
                             r"|\s+(?:" + "|".join(sorted({w[:i] for w in APPOSITION_GOES_ON for i in range(1, len(w))})) + r")$)")
FOUNDER_INITIALS = re.compile(r"(?:[A-Z]\.?){1,2}|Wm\.?")  # a founder's initials opening a firm's name: "J Sainsbury", "WH Smith", "H.J. Heinz"
FIRM_TRADES = r"(?:publisher|firm|company|group|chain|bank|insurer|airline|carmaker|retailer|brewer|distiller|studio|label|charity|bookseller)s?"
FIRM_NOUN_COMMA = re.compile(rf"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,2}}?{FIRM_TRADES},\s+$")  # "The publisher, Bloomsbury,"
OWNERS_TRADE_AFTER = re.compile(rf",\s+(?:[A-Z][\w'’-]+['’]s?|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{FIRM_TRADES}[,.;]")  # "Bloomsbury,
# Rowling's British publisher,", "Bloomsbury, her UK publisher,"
OWN_ITS_AFTER = re.compile(r"(?:,\s+the\s+[^,.;:!?\"]{1,50},)?\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|said|says)\s+its\b")
# "has defended its", "said its", "Eddie Stobart, the Carlisle haulier, tracked its"
PERSON_OF_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) [A-Z][\w'’-]+ of $")  # "Jeremy Batstone of ": a person of a firm
AWARD_AFTER = re.compile(r"\s+[Aa]wards?\b")  # "a Tony award"
OFFICERS = r"(?:chief executive|chairman|chairwoman|managing director|finance director)"  # a firm's officers
OFFICER_AFTER = re.compile(r"\s+" + OFFICERS + r"\s+[A-Z]")  # "Travis Perkins chief executive Geoff Cooper"
OWNED_OFFICER_AFTER = re.compile(r"['’]s\s+" + OFFICERS + r"\s+[A-Z]")  # "Santander's chairman Emilio Botin"
FROM_PLACE = re.compile(  # ", a retired teacher from Hull", ", a former UKIP branch secretary from Derby", "Kay, from Bolton,"
    r"(?:,\s+(?:an?\s+(?:[a-z\d][\w-]*\s+|[A-Z]{2,}\s+){1,5})?|\b\d+-year-old\s+)from\s+$")  # "The 31-year-old from Bedford",
# ", a 58-year-old plumber from Dundee"
NAMED_FROM = re.compile(r"\b[a-z]{3,}\s+(?:[A-Z][a-z'-]+\s+){2,3}from\s+$")  # "teacher Margaret Hayes from ": where she lives
LINE_UP = re.compile(r"^([A-Z][\w'.&-]*(?: [A-Za-z][\w'.&-]*){0,3}): (.+)$", re.M)  # a team sheet: "Man Utd: Carroll, G Neville, ..., Saha."
WHO_AFTER = re.compile(r",\s+who\s+(?!are|were|have)\w")  # "Page, who is", "Cadoxton, who runs": a person; not "Barnsley, who are 20th"
SETTLEMENT = (r"(?:town|village|city|county|borough|port|hamlet|suburb|constituency)\b(?!['’])"
              r"(?!\s+(?:MPs?|councillors?|members?|mayors?|agents?|chairm[ae]n|clerks?|officials?|leaders?)\b)")  # not "Howard is
# a good constituency MP": a noun for a person after it describes him
HOME_APPOSED = re.compile(r",\s+(?:the\s+)?(?:[a-z]+\s+)?home\s+(?:of|to)\s+")  # ", home of the British Grand Prix", ", the spiritual home of"
PLACE_APPOSED = re.compile(r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?" + SETTLEMENT  # ", the Merseyside town"
                           + r"|\s+(?:is|was)(?:\s+(?:just|still|now|once|only))?\s+(?:the|a)\s+"  # "Hay was just a farming town", not
                           r"(?:(?!(?:this|that|the|a|an|his|her|its|their)\b)[\w-]+\s+){0,2}?" + SETTLEMENT)  # "Van is the greatest musician this city"
TEAMS_SCORE = re.compile(r"(?<![\w'-])([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?) \d{1,2}\s*[-–]\s*\d{1,2} ([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?)\b")
FORMER_TEAM = re.compile(r"(?<![\w-])[Ee]x-([A-Z][a-z][\w'-]*)(?= [a-z])")  # "Ex-Chelsea boss"
OF_NAME = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) of (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})")  # "Manaspas Xuto of Thailand"
ROYAL_NAMED = re.compile(r"(?:Prince|Princess) ([A-Z][a-z]+)")  # a royal named by the given name alone
RULER_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Archbishop", "Bishop", "Pope", "Emperor", "Sultan"})
ENSEMBLE = re.compile(r"(?<![\w-])(?:band|group|outfit|duo|trio|quartet|quintet|rockers|(?:three|four|five|six)-piece) $")  # "Glasgow band Franz Ferdinand": a first name opens the band's name
ENSEMBLE_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:band|duo|trio|quartet)(?![\w'’-])")  # "Franz Ferdinand, the Glasgow band"
BODY_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:(?!(?:of|for|at|in|on|with|to|from|the|a|an|and|who)\b)[\w'’-]+\s+){0,3}?"
                          r"(?:trade body|body|association|federation|watchdog|regulator|charity|organisation|agency|firm|company|"
                          r"retailer|chain|manufacturer|operator|airline|broadcaster|publisher|developer|brand)"
                          r"(?=\s*[,.;:])")
# "Elspa, the games publishers' trade body, said": an organisation; not "Jones, the head of the firm", "a union official",
# nor "the death of chairman Robert Gibson, the company said" (a new clause, not an apposition)
GROUP_APPOSED = re.compile(r",\s+who\s+(?:\w+\s+){0,2}?themselves\b")  # "Franz Ferdinand, who named themselves after": a band
# (not ", named after the ...": the pseudonymous blogger "Guido Fawkes, named after the Gunpowder Plot conspirator")
HOMETOWN_AFTER = re.compile(r"\s+(?:band|group|outfit|duo|trio|quartet|quintet|(?:three|four|five|six)-piece|rockers|act|"
                            r"singer|rapper|star|music|scene|MP|MSP|MEP|councillor)\b")  # "Glasgow band": where an act is from
LOCAL_PERSON_AFTER = re.compile(r"\s+(?:worker|resident|shopkeeper|pensioner|farmer|fisherman|publican|landlord|landlady|"
                                r"councillor|businessman|businesswoman)\s+[A-Z][a-z]+\s+[A-Z]"  # "Broughton worker Gareth Morgan"
                                r"|['’]s\s+(?:workers|residents|shopkeepers|pensioners|farmers|fishermen|commuters|shoppers)\b")  # "Broughton's workers"
ROLE_AFTER_WORK = r"chief|head|boss|editor|director|producer|critic|writer|executive|controller|commissioner|correspondent|presenter|star"
# "Smith, the BBC's drama chief": a role, not a work
TOUR_STOP_AFTER = re.compile(r"\s+(?:show|shows|concert|concerts|gig|gigs|leg|date|dates)\b")  # "the Sydney show"
PLACED_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")  # "Amarillo in Texas", "Wick in the Vale of Glamorgan"
PLURAL_VERB = re.compile(r"\s+(?:were|are|have)\b")  # a plural verb right after a name
APPOSED_PLURAL_VERB = re.compile(r",\s+(?:from|of)\s+[^,.;:!?\"]{1,60},\s+(?:were|are|have)\b")  # "Keane, from Battle in East Sussex, were named"
MEMBER_AFTER = re.compile(r"(?:['’]s)?\s+(?:lead\s+)?(?:singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist|vocalist),?\s+"
                          r"[A-Z][a-z]+\s+[A-Z]")  # "Keane singer Tom Chaplin", "Keane's drummer Richard Hughes": a band's member
OWNED_PERSON_AFTER = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+([A-Z][a-z][\w'’-]*)")  # "Keane's Tom Chaplin": a given name and a surname
OWNED_PERSON_TOLD = re.compile(r",?\s+(?:said|says|told|thanked|added|admitted)\b|,\s+who\b")  # ... who speaks or is told of as a person


def owned_person(text: str, end: int, given: frozenset[str]) -> bool:
    """True when a possessive right after a name owns a person named in full who speaks, is told of with "who", or whose
    surname the article also writes alone ("Keane's Tom Chaplin said", "Keane's Tim Rice-Oxley, who writes", "McLaren's
    Kimi Raikkonen and ... Raikkonen"), not a work named like a person ("Mozart's Don Giovanni", "Leigh's Vera Drake,
    which won"): the name owning a person is a band, a club or a firm."""
    m = OWNED_PERSON_AFTER.match(text, end - 2 if text[end - 2 : end] in ("'s", "’s") else end)  # also a span holding its "'s"
    if not m or m.group(1) not in given:
        return False
    if OWNED_PERSON_TOLD.match(text, m.end()):
        return True
    first = m.group(1) + " "
    return any(text[max(0, u.start() - len(first)) : u.start()] != first
               for u in re.finditer(rf"(?<![\w'’-]){re.escape(m.group(2))}(?![\w-])", text))  # "Raikkonen" alone
JOINED_BEFORE = re.compile(r"\band\b|&|,\s+$")  # "Blair and Brown are", "He and spokesman Beesley were": the subject is a pair
PLURAL_AFTER_THE = re.compile(r"(?<![\w-])the $")  # "set up by the Beatles": a plural after "the" is a group, no person
FAMILY_AFTER = re.compile(r"\s+(?:family|families|brothers|sisters|twins|household)\b")  # "the Jones family" is no band
ORG_ROLE_AFTER = re.compile(r"\s+(?:manager|boss|coach|owner|striker|goalkeeper|keeper|midfielder|defender|winger|chairman|chairwoman|"
                            r"captain|skipper|director of rugby|director of football|fly-half|scrum-half|flanker|"
                            r"chief executive|managing director|singer|lead singer|frontman|frontwoman|guitarist|drummer|bassist)\s+[A-Z]"
                            r"|['’]s\s+(?:chairman|chairwoman|chief executive|managing director|owner)\s+[A-Z]")  # "Bolton manager Sam Allardyce",
# "Travis singer Fran Healy"
MAKER_VERBS = "wrote|writes|made|makes|directed|directs|produced|starred|stars|released|recorded|published"
WORK_MAKER_AFTER = re.compile(rf"\s+(?:{MAKER_VERBS})\b")  # "the documentary Laura Pendle produced": its maker
MADE_PARTS = "written|made|directed|produced|starred|released|recorded|published|making|writing|directing|producing|starring|recording"
JUDGE_VERBS = "called|calls|described|describes|chose|chooses|picked|picks|loved|loves|hated|hates|praised|praises|championed|champions"
# what a person does to a work: "the Undertones song Peel called his favourite record" (a song calls nothing)
WORK_MADE_BY = re.compile(rf"\s+(?:{MAKER_VERBS}|{JUDGE_VERBS}|has|had|was|is|said|says|told)\b")  # "the film Ray Winstone made", "a song Peel had often called"
FULL_NAME_MADE_BY = re.compile(rf"\s+(?:{MAKER_VERBS}|{JUDGE_VERBS}|said|says|told|(?:has|had|was|is)\s+(?:(?:also|just|now|already|been)\s+)*(?:{MADE_PARTS}))\b")
# a full name after a work noun makes it with a maker's participle ("the book Jo Smith has written"); not "the film Billy Elliot has opened"
KNOWN_AT = r"(?:at|in|to|among|around|on)"  # where a person is known by a nickname: "known at Westminster as Ming"
SHOP_BEFORE = re.compile(r"\b(?:a|an)\s+$")  # "a Sainsbury's", "an Asda"
NAME_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})  # labels a listed "person" may take from its list (never a date)
LIST_GAP = re.compile(r",\s*|,?\s+and\s+|\s*&\s*")  # what separates the members of a list
OWNED_BEFORE = re.compile(r"\b(?:owns|owned|bought|buys|buying|acquired|acquires|acquiring|sold|sells|selling|took over|takes over)\s+$")
INITIAL_FIRST = re.compile(r"[A-Z]\.?\s")  # "broker B. D. Aggarwal": a name opened by an initial is a person's
MADE_BY = re.compile(r"\s+(?:co-)?(?:founded|started|created|set up|built|joined|left|leads|led|runs|ran|owns|owned|bought|sold|"
                     r"heads|headed|chairs|chaired|formed|took over|supports|supported|manages|managed|coaches|coached)\b")  # "the group
# Smith founded", "the club Hatton supports": Smith and Hatton are people


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """The curated lists of the context rules, by name."""
    lists = {n: frozenset(data_lines(f"{n}.txt")) for n in ("place_prepositions", "place_preposition_heads", "company_nouns", "person_nouns",
                                                             "company_verbs", "club_suffixes", "sport_words", "place_nouns", "peer_titles", "leading_org_forms",
                                                             "institution_nouns", "work_nouns", "club_prefixes", "org_words", "street_words", "team_words", "place_names", "towns", "major_places",
                                                             "place_endings", "post_nominals", "family_first_surnames", "org_heads",
                                                             "origin_nouns", "site_heads", "family_chains", "firm_only_nouns",
                                                             "person_named_firms")}
    lists["person_titles"] = frozenset(t for t in data_lines("person_titles.txt") if " " not in t)
    lists["first_names"] = frozenset(r["name"] for r in data_records("first_names.csv"))
    lists["given_names"] = lists["first_names"] | frozenset(r["name"] for r in data_records("given_name_sexes.csv"))
    lists["nationalities"] = frozenset(r["word"] for r in data_records("name_prefixes.csv") if r["label"] == "NORP")
    lists["place_aliases"] = frozenset(r["alias"] for r in data_records("name_aliases.csv") if r["label"] == "GPE")  # "U.S.", "UK"
    return lists


@lru_cache(maxsize=1)
def team_nicknames() -> frozenset[str]:
    """Team words that follow a town as a team's name ("Scarlets", "Blaze"): not club suffixes or prefixes, nor "Prix"."""
    w = word_lists()
    return w["team_words"] - w["club_suffixes"] - w["club_prefixes"] - {"Prix"}


ADAPTATION_OF = re.compile(r"\b(?:stage|film|screen|movie|musical|TV|television|radio|animated|big-screen)\s+(?:version|adaptation|musical|remake)\s+of $")
NAME_OWNS = re.compile(r"['’]")  # "the film version of Dan Brown's novel", "of Douglas Adams' The Hitchhiker's Guide": the author


@lru_cache(maxsize=1)
def named_acts() -> dict[str, str]:
    """Bands and teams whose name reads as a person's, with their field (`data/named_acts.csv`: "Keane", music)."""
    return {r["name"]: r["field"] for r in data_records("named_acts.csv")}


def named_act(text: str, start: int, end: int) -> bool:
    """True when a span is a listed act's or team's name, not after another capitalised word ("Archduke Franz Ferdinand";
    but "Glasgow's Franz Ferdinand"), in an article of its field where no one is named with it after a given name ("Keane
    won best British album" beside no Roy Keane; "a contract dispute with Williams" in an article about Formula One)."""
    name = text[start:end]
    field = named_acts().get(name)
    if field is None or NAME_WORD_BEFORE.search(text, max(0, start - 30), start) or not FIELD_WORDS[field].search(text):
        return False
    return not any(m.group(1) in word_lists()["given_names"] for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}(?![\w-])", text))


def adapted_work(text: str, start: int, end: int) -> bool:
    """True when a name follows an adaptation's noun and "of" ("The stage version of Billy Elliot") owning nothing (not
    "the film version of Dan Brown's novel") and the article never uses a word of it alone, as it would of the title
    character ("The part of Polly is shared"), unless the name is a listed work (`data/named_works.txt`), whose title
    character `merging.title_characters` names after it ("The part of Billy" beside the stage version of Billy Elliot)."""
    if not ADAPTATION_OF.search(text, max(0, start - 40), start) or NAME_OWNS.search(text[start:end]) or NAME_OWNS.match(text, end):
        return False
    return text[start:end] in named_works() or not word_alone(text, start, end)


def word_alone(text: str, start: int, end: int) -> bool:
    """True when the article writes a word of the name at `start:end` outside the name ("Billy's teacher" beside Billy
    Elliot), unless a namesake of the article bears that word after another given name (the miner "Ray Elliot", "Mr
    Elliot" beside the show Billy Elliot) or a noun for a work follows it ("the fourth Potter film")."""
    name = text[start:end]
    given = word_lists()["given_names"] - {name.split()[0]}
    borne = {m.group(2) for m in re.finditer(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][\w'’-]+)", text) if m.group(1) in given}
    alone = (re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text) for word in name.split() if word not in borne)
    return any(not (m.start() >= start and m.end() <= end) and name not in text[max(0, m.start() - len(name)) : m.end() + len(name)]
               and not patterns()["work_named"].match(text, m.end()) for hits in alone for m in hits)


@lru_cache(maxsize=1)
def named_works() -> frozenset[str]:
    """Films, shows and songs titled with a character's name (`data/named_works.txt`: "Billy Elliot", "Vera Drake")."""
    return frozenset(data_lines("named_works.txt"))


def named_possessive(name: str, after: str) -> bool:
    """True when a name of two words or more opened by a given name ends in a possessive that owns nothing (`after`, the
    text right after it): "Ronnie Scott's" before ", the Soho club" is the club's name, not whose."""
    return (" " in name and POSSESSIVE_END.search(name) is not None and name.split()[0] in word_lists()["given_names"]
            and OWNS_NOTHING.match(after) is not None)


@lru_cache(maxsize=1)
def named_work_words() -> frozenset[str]:
    """The words of the listed works titled with a character's name ("Potter", "Harry"), but given names ("Billy")."""
    return frozenset(w for name in named_works() for w in name.split()) - word_lists()["given_names"]


OWNER = r"(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|['’]s)"  # an owner before a noun: "his", "the BBC's"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """Regexes built from the curated lists."""
    w = word_lists()
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=lambda x: (-len(x), x))))
    return {
        "place": re.compile(rf"(?:^|(\S+)\s+|[\"“‘(])(?:{alt(w['place_prepositions'])})\s+$", re.I),  # also '"In Southgate we have'
        "origin": re.compile(rf"(?<![\w-])(?:{alt(w['origin_nouns'])})\s+(?:from|round)\s+$"),  # "three lads from Battle",
        # "people round Jackson"
        "site": re.compile(rf"(?<![\w-])(?:{alt(w['site_heads'])})\s+at\s+$"),  # "the docks at Barry", "Burley said at Tynecastle"
        "company_before": re.compile(rf"(?<![\w-])(?:{alt(w['company_nouns'])}) $"
                                     rf"|(?:^|[.!?\n\"]\s*)(?:{alt(w['company_nouns'] and {n.capitalize() for n in w['company_nouns']})}) $"),  # "Publisher Bloomsbury"
        "company_which": re.compile(rf",\s+which\s+(?:{alt(w['company_verbs'] | {'said', 'says', 'reported', 'announced'})})\b"),
        "company_after": re.compile(rf",\s+which\s+(?:{alt(w['company_verbs'])})\b|{OWNED_AFTER}"
                                    r"|['’]s\s+(?:shares|share price|stock)\s+(?:rose|fell|closed|gained|dropped|jumped|slipped|were|was)\b"
                                    r"|['’]s\s+(?:servers|shareholders|subscribers)\b"),  # "Steam's servers were overloaded"
        "nationality_title": re.compile(rf"(?:^|(?<=[\s(\"]))({alt(w['nationalities'])})(?: [A-Z][\w.-]*){{0,2}} "
                                        rf"(?:{alt(w['person_titles'])}) $"),
        "firm_noun_before": re.compile(rf"(?<![\w'’-])(?:{alt(w['firm_only_nouns'])}) $"),  # "pub chain ", "department store "
        "firm_noun_apposed": re.compile(rf"(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:family\s+)?(?:{alt(w['firm_only_nouns'])}), $"),  # "Mrs Marsh's firm, "
        "place_noun": re.compile(rf" (?:{alt(w['place_nouns'])})\b"),  # "the Nelson area"
        "work_before": re.compile(rf"(?:(?<![\w-])(?:{alt(w['work_nouns'])})(?:,? (?:called|titled|entitled))?|\bnominated for) $"),  # "the biopic Ray", "the first episode, called Rose"
        "work_apposed": re.compile(rf"(?:{OWNER}|\b[Tt]he)\s+(?:[\w-]+\s+){{0,2}}(?:{alt(w['work_nouns'])}), $"),  # "his BBC daytime programme, ", "the first episode, "
        "work_owned": re.compile(rf"{OWNER}\s+(?:[\w-]+\s+){{0,2}}(?:{alt(w['work_nouns'])}) $"),  # "His BBC programme "
        "maker_work_apposed": re.compile(rf",\s+(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*['’]s\s+(?:[\w-]+\s+){{0,2}}?"
                                         rf"(?:{alt(w['work_nouns'])})\b(?!\s+(?:{ROLE_AFTER_WORK}))"),  # ", Mike Leigh's drama about"
        "work_named": re.compile(rf"\s+(?:{alt(w['work_nouns'])})\b"),  # "his Kilroy chat show": a name before a noun for a work
        "the_work_apposed": re.compile(rf",\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{alt(w['work_nouns'])})\b(?!['’]|\s+(?:{ROLE_AFTER_WORK})\b)"),  # ", the remake starring"
        "sport": re.compile(rf"(?<![\w-])(?:{alt(w['sport_words'])})(?![\w-])"),
        "team_name": re.compile(rf"(?<![\w&'-])[A-Z][a-z]+ (?:{alt(team_nicknames())})(?![\w&-])"),  # "Coventry Blaze"
    }


PERSON_APPOSED = re.compile(r",\s+(?:(?:the|his|her)\s+)?(?:(?:elder|younger|eldest|youngest|late)\s+)?(?:son|daughter|wife|husband|brother|"
                            r"sister|father|mother|widow|widower|partner|girlfriend|boyfriend)\b|,\s+who\s+(?!are|were|have)\w|,\s+\d{2},(?!\d)")
GIVEN_SURNAME = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")  # "Zak Starkey"
GEO_WORDS = frozenset({"Valley", "Falls", "Island", "Islands", "Bay", "River", "Lake", "Mountains", "Heights", "Point", "Harbour",
                       "Station", "Airport", "Springs", "Town", "Beach", "Sound", "Canyon", "Creek", "House", "Hall", "Castle", "Forest",
                       "Downs", "Gate", "Cross", "Fields", "Hills", "Coast", "Strait", "Straits", "Land", "Line", "Palace", "Gallery",
                       "Museum", "Abbey", "Cathedral", "Theatre", "Centre", "Arena", "Stadium", "Britain", "Modern"})  # "Victoria Falls",
# "Jordan Valley", "Crystal Palace", "Tate Britain"


def person_like_place(text: str, start: int, end: int) -> bool:
    """True when a span tagged a place is a curated first name (or a wider given name that an apposition or "who" tells is
    a person's: "Zak Starkey, the son of") and a capitalised word that names no kind of place (not "Victoria Falls",
    "Regent Street", "Milton Keynes"), not written where a place stands ("in Jordan Hill")."""
    m = GIVEN_SURNAME.fullmatch(text, start, end)
    w = word_lists()
    given = m is not None and (m.group(1) in w["first_names"] or m.group(1) in w["given_names"] and PERSON_APPOSED.match(text, end) is not None)
    return bool(m and given and m.group(2) not in GEO_WORDS | w["street_words"] | w["team_words"] | w["club_suffixes"]
                and m.group(2) not in w["org_words"] and text[start:end] not in w["place_names"] and m.group(2) not in w["given_names"]
                and not place_use(text, start, end) and not PLACE_OF.search(text, max(0, start - 20), start))


PLACE_HEADS = frozenset({"East", "West", "North", "South", "Central", "Palace", "Island", "Isle", "Valley", "Parade", "Village",
                         "Hills", "Vue", "Stadium", "Bowl", "Modern", "Castle", "Abbey", "Bay", "Point", "Beach", "Falls", "Forest",
                         "Wood", "Water", "Fields", "Downs", "Cross", "Gate", "Docks", "Mount", "Heights", "Springs", "Port",
                         "Harbour", "Head", "Sound", "Tower", "Towers", "Field", "Centre", "Arena", "Market"})  # words that end
# places' names ("Barry Island", "Don Valley", "Brent East"), beside `street_words.txt`, `place_endings.txt` and clubs' suffixes;
# unlike `GEO_WORDS`, it leaves out words that are common surnames too ("Derek Lake", "Ellie Hall"): here no apposition tells
# a person from a place


@lru_cache(maxsize=1)
def place_ends() -> frozenset[str]:
    """Words that end places', streets' and clubs' names, and the listed one-word places (`PLACE_HEADS` and the lists)."""
    lists = word_lists()
    return PLACE_HEADS | lists["street_words"] | lists["place_endings"] | lists["club_suffixes"] | lists["team_words"] | listed_places()


def person_shaped(name: str) -> bool:
    """True for a curated given name and a surname that no place's name is made of ("Rio Ferdinand", "Gethin Jenkins"; not
    "Barry Island", "Brent East", "Lincoln City", a listed place, nor a firm named like a person: "Rio Tinto")."""
    m = GIVEN_SURNAME.fullmatch(name)
    lists = word_lists()
    return (m is not None and m.group(1) in lists["given_names"] and m.group(1) not in listed_places()
            and m.group(1) not in lists["nationalities"] and name not in place_words() and m.group(2) not in place_ends()
            and not named_firm(name))


def misplaced_person(text: str, start: int, end: int, ents: list[list]) -> bool:
    """True when a span tagged a place is a given name and a surname (`person_shaped`: "Rio Ferdinand", "England's Gethin
    Jenkins") that no capitalised word opens ("North Dafydd Rhosier is a hamlet"), whose surname the article also writes
    alone, as the press calls a person after naming them (never "Moines" after "Des Moines"), but never tags a firm alone
    ("Penwick, the publisher")."""
    name = text[start:end]
    if not person_shaped(name) or re.search(r"(?<![\w'’-])[A-Z][\w-]*(?<!['’]s)\s+$", text[max(0, start - 30) : start]):
        return False
    surname = name.split()[1]
    alone = len(re.findall(rf"(?<![\w'’-]){surname}(?![\w-])", text)) > len(re.findall(rf"(?<![\w'’-]){name}(?![\w-])", text))
    return alone and not any(lab == "ORG" and POSSESSIVE.sub("", text[s:e]) == surname for s, e, lab in ents)


def described_place(before: str, after: str) -> bool:
    """True when the text around a one-word name writes it as where someone is from (", a retired teacher from Hull") or
    calls it a settlement (", the Merseyside town")."""
    return FROM_PLACE.search(before[-60:]) is not None or PLACE_APPOSED.match(after) is not None


COMPASS_AFTER = re.compile(r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?![\w-]|\s+[A-Z])")  # "Lewis in the north"
COUNCIL_AFTER = re.compile(r"\s+council(?:s|lors?)?\b")  # a town's council in lower case: "Wigan council", "Bolton councillors"


OWNER_WORD_BEFORE = re.compile(r"(?<![\w'’])(?:his|her|their|my|our|your)\s+$", re.I)
SEAT_NOUN_AFTER = re.compile(r"\s+(?:constituency|seat|ward)\b")  # "his Sedgefield constituency": a member's seat


def named_area(text: str, start: int, end: int) -> bool:
    """True when a name stands between "the" and a noun for a piece of land or what a town is home to ("the Ince ward",
    "the Harrow district"; `data/place_nouns.txt`), or between "his" or "her" and a seat ("his Sedgefield constituency")."""
    if OWNER_WORD_BEFORE.search(text, max(0, start - 7), start) and SEAT_NOUN_AFTER.match(text, end):
        return True
    return text[max(0, start - 4) : start].lower() == "the " and patterns()["place_noun"].match(text, end) is not None


IN_COUNTY_AFTER = re.compile(r",\s+in\s+([A-Z][a-z]+),")
TRAVEL_BEFORE = re.compile(r"\b(?:visit|visits|visited|visiting|(?:trip|trips|travel|travels|travelled|flew|fly|flies|moved?|went|"
                           r"returned?)\s+to)\s+$")  # "would visit Lyon in France", "a trip to Lyon in France"
IN_PLACE_AFTER = re.compile(r"\s+in\s+([A-Z][a-z]+)\b(?!['’-])")  # " in France"
CIVIC_OWNED = re.compile(r"['’]s\s+(?:mayor|residents|inhabitants|population|townsfolk|tourist\s+(?:office|board)|(?:city|town)\s+council|"
                         r"councillors|streets|suburbs|outskirts|(?:city|town)\s+centre|high\s+street|economy|schools|hospitals|parks|"
                         r"allotments)\b")  # "Amarillo's tourist office", "Hull's residents", "fighting for Bolton's allotments": what only a
# place has
SEAT_OWNER = re.compile(r"['’]s\s+(?:(?:Labour|Tory|Conservative|Lib Dem|Liberal Democrat|SNP|Plaid Cymru|UKIP)\s+)?(?:MPs?|MSPs?|AMs?|MEPs?)\b")
# "Lincoln's Labour MP Gillian Merron": the seat's member
LANDFORM_AFTER = re.compile(r"\s+(?:beach|beaches|sands|seafront|promenade|pier|harbour|quayside|marina|moor|moors|airport|racecourse)\b")  # "on Crosby
# beach", '"Shannon airport has lost traffic"': a shore, a port
ON_ISLAND = re.compile(r"(?:^|[.!?\n]\s*)On $")  # "On Lewis," opening a sentence
COME_FROM = re.compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|who|[Hh]is family|[Hh]er family|[Hh]is parents|[Hh]er parents)\s+(?:originally\s+|also\s+)?"
                       r"(?:comes?|came|hails?|hailed)\s+(?:originally\s+)?from\s+$")  # "he came from Wales": where someone is from, not
# "the call came from Blair" (a person's pronoun comes before the verb)
ISLAND_AFTER = re.compile(r",| itself\b")  # "On Lewis,", "On Portland itself"
SEAT_LIST = re.compile(rf"(?:\b(?:{SEAT_FOR}|(?:seat|constituency|division)\s+of|held|holds|won|wins)|['’]s)"
                       r"\s+([A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+\s+and\s+[A-Z][a-z]+)\b")  # "MP for Ross, Skye and Lochaber": a seat of three
# places, each of them a place even where the model reads a person (Skye, Ross)
COORDINATED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:and|or)\s+$")  # "in Lincoln and Grantham": the name before "and"


def in_county(after: str) -> bool:
    """True when the text after a name places it in a county between commas (", in Cheshire, is"): a town."""
    county = IN_COUNTY_AFTER.match(after)
    return county is not None and (county.group(1).endswith("shire") or county.group(1) in word_lists()["towns"])


DISTRICT_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")  # "in Easterhouse, " before a town


def place_use(text: str, start: int, end: int) -> bool:
    """True when a one-word name follows a place preposition ("in Chester") that no noun or verb ties to a person ("faith in"),
    "from" in an apposition describing someone ("Murray, a retired miner from Fife", "Kay, from Bolton") or after a person
    so described, outside sport ("retired teacher Margaret Hayes from Lincoln"), a noun for a settlement or a compass point
    and "of" ("the village of Hope", "east of Carlisle"), a plural noun for settlements and "such as" ("places such as
    Chelsea"), or a verb of driving or commuting, or a way of travel ("by road"), and "to", "into" or "from" ("drive into
    Carlisle", "drive over from Carlisle", "taken by road to Buxton"); or when an apposition calls it a settlement
    ("Prescott, the Merseyside town"), or a lower-case council follows it ("a Wigan council by-election"), or a compass
    point ("from Arran in the south to Lewis in the north"), or its county in commas ("Crewe, in Cheshire, is"), or
    `place_cue` reads it as one ("three lads from Battle", "the docks at Barry", "visit Lyon in France"), or a listed town
    ends a sentence or clause after a district and a comma ("in Easterhouse, Glasgow."); a noun for a
    town's middle and "of" ("the centre of Bolton") counts too, and so does a possessive owning what only a place has
    ("Bolton's allotments", "Hull's residents"), and so is a name that is home of something ("Silverstone, home of the British
    Grand Prix")."""
    if POSSESSIVE.match(text, end):
        return SEAT_OWNER.match(text, end) is not None or CIVIC_OWNED.match(text, end) is not None
        # "Lincoln's Labour MP", "Amarillo's tourist office"; no other possessive is a place's use
    if described_place(text[max(0, start - 60) : start], text[end:]) or PLACE_OF.search(text, max(0, start - 40), start):
        return True
    if HOME_APPOSED.match(text, end):
        return True  # "The real Silverstone, home of the British Grand Prix": a place is home to something, no person is
    if COUNCIL_AFTER.match(text, end) or COMPASS_AFTER.match(text, end):
        return True  # "a Wigan council by-election": a town's council, written in lower case; "to Lewis in the north"
    if in_county(text[end : end + 40]):
        return True  # "Crewe, in Cheshire, is one of the seats"
    if NAMED_FROM.search(text[max(0, start - 60) : start]) and not sport_sentence(text, start, end):
        return True  # "retired teacher Margaret Hayes from Lincoln"; not "signed striker Jermain Defoe from Tottenham"
    if DISTRICT_BEFORE.search(text, max(0, start - 50), start) and text[end : end + 1] in (".", ",", ";", "\n", "") and text[start:end] in listed_places():
        return True  # "a garden project in Easterhouse, Glasgow.": a listed town after the district it holds
    return place_cue(text, start, end) or prepositional_place(text, start)


def seat_listed(text: str, start: int, end: int) -> bool:
    """True when a one-word name is one of three or more that name a seat after "MP for", "seat of" or "held" ("the MP
    for Ross, Skye and Lochaber", "Mr Kennedy's Ross, Skye and Lochaber constituency")."""
    return any(m.start(1) <= start and end <= m.end(1) for m in SEAT_LIST.finditer(text, max(0, start - 80), min(len(text), end + 60)))


FROM_SITE_TO = re.compile(r"\bfrom\s+the\s+(?:[a-z]+\s+)?(?:centre|center|airport|station|coast|border|harbour|port|docks|village|"
                          r"town|city|seafront)\s+to\s+$")  # "from the city centre to ", "from the airport to "


def place_cue(text: str, start: int, end: int) -> bool:
    """True when people come from a one-word name ("three lads from Battle", "the medallist from Barry"), a site or a
    speaker stands at it ("the docks at Barry", "Burley said at Tynecastle"), someone comes from it ("he came from
    Wales", `COME_FROM`), a visit goes to it in a major place ("would
    visit Lyon in France", outside sport: not "lost to Henman in Paris"), it is a seat ("MP for Paisley", "Lincoln's Labour
    MP"), a shore or an airport ("on Crosby beach", "Shannon airport"), "and" joins it to a place (`coordinated_place`),
    a route runs to it from a kind of place ("from the city centre to Headingley") or it is an island opening a
    sentence ("On Lewis,", "On Portland itself"; outside sport): a place even beside a namesake."""
    if patterns()["origin"].search(text, max(0, start - 30), start) or patterns()["site"].search(text, max(0, start - 30), start):
        return True
    if SEAT_BEFORE.search(text, max(0, start - 20), start) or SEAT_OWNER.match(text, end) or LANDFORM_AFTER.match(text, end):
        return True  # "returned as MP for Paisley", "Lincoln's Labour MP", "set up on Crosby beach": a seat, a shore
    if seat_listed(text, start, end):
        return True  # "the new seat of Ross, Skye and Lochaber": all three places
    if coordinated_place(text, start, end):
        return True
    if COME_FROM.search(text, max(0, start - 40), start):
        return True  # "asked whether he came from Wales" beside Mr Wales
    if FROM_SITE_TO.search(text, max(0, start - 50), start):
        return True  # "three lines from the city centre to Headingley": where a route from a named kind of place ends
    if ON_ISLAND.search(text, max(0, start - 6), start) and ISLAND_AFTER.match(text, end) and not sport_sentence(text, start, end):
        return True  # "On Lewis, web designer Catriona Macleod said": an island or a headland opens the sentence
    there = IN_PLACE_AFTER.match(text, end)
    return bool(there and TRAVEL_BEFORE.search(text, max(0, start - 20), start)
                and there.group(1) in word_lists()["major_places"] and there.group(1) not in word_lists()["given_names"]
                and not sport_sentence(text, start, end))


def coordinated_place(text: str, start: int, end: int) -> bool:
    """True when a one-word name is joined by "and" or "or" to a place, outside sport: a listed town or major place
    ("Weymouth and Portland") or a name after a place preposition ("raided homes in Lincoln and Grantham")."""
    pair = COORDINATED.search(text, max(0, start - 30), start)
    if not pair or POSSESSIVE.match(text, end) or sport_sentence(text, start, end):
        return False
    first = pair.group(1)
    listed = first in word_lists()["towns"] | word_lists()["major_places"] and first not in word_lists()["given_names"]
    return listed or prepositional_place(text, pair.start(1))


def prepositional_place(text: str, start: int) -> bool:
    """True when a place preposition that no noun or verb ties to a person stands before `start` ("homes in", not
    "faith in"; `data/place_prepositions.txt`, `data/place_preposition_heads.txt`)."""
    m = patterns()["place"].search(text[max(0, start - 40) : start])
    return m is not None and (m.group(1) or "").lower().strip(".,;:\"'()") not in word_lists()["place_preposition_heads"]


TOWN_PREDICATE = re.compile(r"\s+(?:is|was|has become|will become|will be)\s+(?:(?:set|about|due) to become\s+|to become\s+)?(?:the|a|an|one of the)"
                            r"\s+(?:[\w-]+\s+){0,3}?(?:city|cities|town|towns|place|places|port|capital|county|village|centre|hub)\b")  # "Hull is the only place"
TOWNSFOLK_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:student|teacher|resident|pensioner|shopper|designer|mother|father|mum|dad|pupil|couple|"
                             r"family|grandmother|grandfather|nurse|taxi driver|cafe owner|shop owner)\s+[A-Z][a-z]+\s+[A-Z]")  # "Hull web designer Tom Kingston"
PLACES_AFTER = re.compile(r",\s+([A-Z][a-z]+)(?:,\s+([A-Z][a-z]+))?,?\s+(?:and|or)\s+([A-Z][a-z]+)\b")  # ", Nottingham and Leicester"


def town_reading(before: str, name: str, after: str, club: bool) -> bool:
    """True when a listed town is written as the town rather than the club or firm named after it: the subject of a
    settlement noun ("Norwich is to become one of the first cities"), before one of its people ("Norwich student Amy
    Walsh"), or, unless the longer name is a club (`club`), in a list of listed towns ("from Lincoln, Nottingham and
    Leicester")."""
    if name not in listed_places():
        return False
    if TOWN_PREDICATE.match(after) or TOWNSFOLK_AFTER.match(after) or LOCAL_PERSON_AFTER.match(after):
        return True
    listed = PLACES_AFTER.match(after)
    return not club and listed is not None and all(w in listed_places() for w in listed.groups() if w)


def place_here(before: str, text: str, after: str) -> bool:
    """True when a one-word name follows a place preposition that no noun or verb ties to a person (`place_use`: "is in
    Lincoln", not "faith in Lincoln"), read from the text around a mention."""
    return place_use(before + text + after, len(before), len(before) + len(text))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The first and last character of the sentence holding start..end (sentences end at ". ", at a full stop inside a
    closing quote, '." ', or at a line break)."""
    quoted = max(text.rfind('." ', 0, start), text.rfind(".” ", 0, start))
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), quoted + 1 if quoted >= 0 else -1) + 1
    ends = (text.find(". ", end), text.find("\n", end), text.find('." ', end), text.find(".” ", end))
    return first, min((i for i in ends if i >= 0), default=len(text))


RING_SPORT = re.compile(r"(?<![\w-])(?:boxing|boxer|boxers|ringside|bout|(?:light-|super-)?(?:heavyweight|welterweight|middleweight|"
                        r"lightweight|featherweight|flyweight))(?![\w-])")  # an article about boxing, whose fans follow football clubs


def sport_article(text: str) -> bool:
    """True when an article is about sport: a word of `data/sport_words.txt` or of boxing (`RING_SPORT`: "a lifelong City
    supporter" of a boxer's fight night is the club too; only the article's own clubs, as a sentence about a bout makes
    no town a team: "Bolton heavyweight Darren Kane")."""
    return bool(patterns()["sport"].search(text) or RING_SPORT.search(text))


def sport_sentence(text: str, start: int, end: int) -> bool:
    """True when the sentence holding a span speaks of sport (a word of `data/sport_words.txt`)."""
    first, last = sentence_bounds(text, start, end)
    return patterns()["sport"].search(text, first, last) is not None


RELATION_APPOSED = re.compile(r"[\"”’']?,\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:partner|wife|husband|son|daughter|brother|sister|father|"
                              r"mother|friend|colleague|co-star|co-writer|manager|agent)\s+")  # 'Stephen", his writing partner ' before
# a full name; not "for Ray, his portrayal of Ray Charles"


def named_after_subject(text: str, start: int, end: int, ents: list[list]) -> bool:
    """True when a lone first name shares its sentence with the person's full name: a work named after its subject
    ("best actor for Ray, in which he plays Ray Charles", "the Ray Charles story Ray"), as no writer names one person twice so;
    not a part played ("who plays Harry"), one of two namesakes told apart ("Gary Neville and Phil Neville, with Gary") nor
    a first name a relation explains ('"give the award to Stephen", his writing partner Stephen Merchant')."""
    if not ONE_WORD.fullmatch(text, start, end) or POSSESSIVE.match(text, end) or ROLE_BEFORE.search(text, max(0, start - 10), start):
        return False
    if text[start:end] not in word_lists()["given_names"] or ADDRESS_BEFORE.search(text, max(0, start - 6), start) or namesakes.KNIGHTED.search(
            text, max(0, start - 6), start):
        return False  # "said Mr Melton, whose hunt near Melton Mowbray": a surname, and a titled one, names no work; nor "Sir Bob"
    first, last = sentence_bounds(text, start, end)
    full = [text[s:e].split() for s, e, lab in ents if lab == "PERSON" and first <= s and e <= last and " " in text[s:e]]
    subjects = {f[-1] for f in full if f[0] == text[start:end]}
    if any(RELATION_APPOSED.fullmatch(text, end, s) for s, e, lab in ents if lab == "PERSON" and end <= s and e <= last and " " in text[s:e]):
        return False  # '"give the award to Stephen", his writing partner Stephen Merchant': the person, then who he is
    return bool(subjects) and not any(f[-1] in subjects and f[0] != text[start:end] for f in full)  # not "Gary Neville and Phil Neville, with Gary"


def institution_name(text: str, start: int, end: int) -> bool:
    """True when a span of several capitalised words ends with an institution word ("World Wide Web Consortium") or opens
    with one and "of"/"for" ("Bank of England", "Association for Payment Clearing Services"), not a word works end with."""
    whole, head = INSTITUTION.fullmatch(text, start, end), INSTITUTION_HEAD.match(text, start, end)
    kinds = word_lists()["org_words"]
    return bool(whole and whole.group(1) in kinds - WORK_ENDINGS or head and whole and head.group(1) in kinds)


VENUE_TITLES = frozenset({"Lord"})  # a title with a possessive and no name after it is a venue: the cricket ground Lord's
VENUE_AFTER_TITLE = re.compile(r"['’]s(?=\s*(?:[.,;:!?)\"”]|(?:and|or|on|in|at|for|this|last|next|cricket ground|ground)\b|$))")  # owning
# nothing but its ground: not "Lord's son"


def named_firm(name: str) -> bool:
    """True when `name` is a listed firm named after its founders (`data/person_named_firms.txt`) or opens with one."""
    firms, words = word_lists()["person_named_firms"], name.split(" ")
    return any(" ".join(words[:k]) in firms for k in range(1, len(words) + 1))


PRODUCT_AFTER = re.compile(r"\s+(?:game|games|machine|machines|bike|bikes|bicycle|bicycles|car|cars|console|consoles|handset|handsets|"
                           r"phone|phones|computer|computers|laptop|laptops)\b")  # "a new Halo game", "old Raleigh machines"
PRODUCT_OPENER = re.compile(r"(?<![\w-])(?:a|an|the|old|new|his|her|their|its|our|my|your)\s+(?:[a-z][\w-]*\s+)?$", re.I)


def product_named(text: str, start: int, end: int) -> bool:
    """True when a one-word name stands between an article or a possessive and a noun for a made thing ("a new Halo game",
    "old Raleigh machines", "his Apple computer"): the maker or the make, not a person."""
    return PRODUCT_AFTER.match(text, end) is not None and PRODUCT_OPENER.search(text, max(0, start - 30), start) is not None


def firms_listed(text: str, start: int) -> bool:
    """True when a name stands in a list after a plural noun for firms ("regional brewers such as Sam Smith's and Timothy
    Taylor", `FIRMS_LISTED`)."""
    window = text[max(0, start - 120) : start]
    return (" such as " in window or " including " in window or " like " in window) and FIRMS_LISTED.search(window) is not None


def group_named(text: str, start: int, end: int, trade: bool = False) -> bool:
    """True when a name stands between "the" and "group" or "chain" ("part of the Kingfisher group"), with `trade` only when
    a trade stands between them ("The Hilton hotel group")."""
    after = TRADE_GROUP_AFTER.match(text, end) or not trade and GROUP_AFTER_THE.match(text, end)
    return bool(after) and THE_BEFORE.search(text, max(0, start - 4), start) is not None


def fans_named(text: str, start: int, end: int) -> bool:
    """True when a listed club's supporters or fans are named around it ("Everton supporter Neil Preston", "a fan of Chelsea",
    "supports Chelsea")."""
    return (CLUB_FAN_AFTER.match(text, end) is not None or CLUB_FAN_OF_BEFORE.search(text, max(0, start - 30), start) is not None) and (
        text[start:end] in club_names())


def context_label(text: str, start: int, end: int, label: str) -> str:
    """The label a span's context gives it: see the module's docstring."""
    one = ONE_WORD.fullmatch(text, start, end) is not None
    if label in ("GPE", "LOC", "NORP") and "&" in text[start:end] and " " not in text[start:end]:
        return "ORG"  # "M&S", "AT&T": no place or nationality is written with an ampersand
    if label in ("GPE", "LOC") and " " in text[start:end] and text[start:end].split()[-1] in word_lists()["club_suffixes"]:
        return "ORG" if sport_sentence(text, start, end) or text[start:end].split()[-1] in CLUB_ONLY else label
    if label in ("GPE", "LOC", "FAC") and " " in text[start:end] and text[start:end].split()[-1] in word_lists()["team_words"]:
        return "ORG"  # "the Cardiff Devils" tagged a place
    if label == "PERSON" and text[start:end] in VENUE_TITLES and VENUE_AFTER_TITLE.match(text, end):
        return "FAC"  # "visited Wimbledon, Lord's and Horse Guards Parade": the ground, no peer without a name
    if label == "PERSON" and one and any(p.fullmatch(POSSESSIVE.sub("", text[start:end])) for p in (CAMEL_NAME, MIXED_ACRONYM)):
        return "ORG"  # "GlaxoSmithKline": no person's name joins two capitalised words; "TfL says": nor ends in a capital
    if label == "PERSON" and not one and named_firm(POSSESSIVE.sub("", text[start:end])):
        return "ORG"  # "Paine Webber", "Morgan Stanley International" tagged a person: a firm named after its founders
        # (`data/person_named_firms.txt`), or one of its units
    if label == "PERSON" and not one and text[start:end].split()[0] in word_lists()["club_prefixes"]:
        return "ORG"  # "AC Milan", "Real Madrid" tagged a person: a club or firm prefix opens no person's name
    if label == "PERSON" and text[start:end].count(" ") == 1 and text[start:end].split()[-1] in word_lists()["club_suffixes"]:
        first = text[start:end].split()[0]  # "Ipswich Town" tagged a person; not "Ricky Villa"
        return "ORG" if first not in word_lists()["given_names"] and sport_sentence(text, start, end) else label
    if label in ("PERSON", "ORG") and one and text[start:end] in word_lists()["nationalities"] and ATTRIBUTIVE.match(text, end):
        return "NORP"
    if (label == "PERSON" and one and text[start:end] in word_lists()["major_places"] and HOMETOWN_AFTER.match(text, end)
            and text[start:end] not in word_lists()["given_names"]):
        return "GPE"  # "Glasgow band Franz Ferdinand", "the Glasgow four-piece", "the former Glasgow MP": the city the act is from
    if label == "PERSON" and one and text.startswith("-based", end):
        return "GPE"  # "led by Bermuda-based Fidelity International": where a firm is based, never a person
    if (label == "PERSON" and one and text[max(0, start - 4) : start] in ("the ", "The ") and TOUR_STOP_AFTER.match(text, end)
            and text[start:end] in listed_places()):
        return "GPE"  # "fans with tickets for the Sydney show": a tour's stop is a city, even one that is also a given name
    if label == "PERSON" and one and LOCAL_PERSON_AFTER.match(text, end) and POSSESSIVE.sub("", text[start:end]) not in word_lists()["given_names"]:
        return "GPE"  # "Broughton worker Gareth Morgan", "Broughton's workers": where local people live or work, not a person
    if label in TITLED_LABELS and TITLED.fullmatch(text, start, end):
        return "PERSON"
    if label in TITLED_LABELS and (royal := ROYAL_NAMED.fullmatch(text, start, end)) and royal.group(1) in word_lists()["given_names"]:
        return "PERSON"  # "Prince Charles", tagged a place; not "Prince Edward Island"
    if label in NAMED_THINGS and institution_name(text, start, end):
        return "ORG"  # "the World Wide Web Consortium", tagged EVENT: an institution's name ends with its kind
    if label in ("PERSON", "GPE", "LOC") and one and text[end : end + 1] in (",", ".") and patterns()["work_apposed"].search(text[max(0, start - 50) : start]):
        return "WORK_OF_ART"  # "the BBC axed his daytime programme, Kilroy, over a column": the show, not its host
    if label in ("PERSON", "ORG") and one and text[start:end] in word_lists()["given_names"] and patterns()["the_work_apposed"].match(text, end):
        return "WORK_OF_ART"  # "Alfie, the remake starring Jude Law, was passed at 15": a first name in apposition with a work
    if label == "PERSON" and patterns()["maker_work_apposed"].match(text, end) and not TITLED.match(text, start, end):
        return "WORK_OF_ART"  # "Vera Drake, Mike Leigh's drama about a back-street abortionist, won": a maker's work, no person
    if label in ("PERSON", "GPE", "LOC") and one and OWNER_BEFORE.search(text, max(0, start - 40), start) and patterns()["work_named"].match(text, end):
        return "WORK_OF_ART"  # "he had presented his Kilroy chat show", "the BBC's Kilroy programme": the show's name
    if (label in ("PERSON", "ORG") and (text[start:end] in named_work_words() if one else text[start:end] in named_works())
            and patterns()["work_named"].match(text, end)):
        return "WORK_OF_ART"  # "filming the fourth Potter film", "a new Potter book", "the sixth Harry Potter book": a listed
        # work's word, or the whole listed work, before a noun for a work (its other uses of the full title follow it)
    if label in ("GPE", "LOC") and one and patterns()["work_before"].search(text[max(0, start - 20) : start]):
        return "WORK_OF_ART"  # "his BBC talk show Kilroy", tagged a place: no place is called a show
    if label in ("FAC", "PRODUCT", "GPE", "LOC", "PERSON") and BRANCH_OF.search(text, max(0, start - 20), start):
        return "ORG"  # "At a branch of Game in central London", tagged a place: a chain's branch, no place's or person's
    if label in ("FAC", "PRODUCT", "GPE", "LOC") and patterns()["company_before"].search(text[max(0, start - 20) : start]):
        return "ORG"  # "British developer Criterion Games", tagged a building; "supermarket Iceland": a firm, not a place
    if label == "PERSON" and not one and (of := PERSON_OF_BEFORE.search(text, max(0, start - 40), start)) and of.group(1) in word_lists()["given_names"]:
        return "ORG"  # "Jeremy Batstone of Charles Stanley said", tagged PERSON: a person is of a firm, not of another person
    if label == "PERSON" and one and AWARD_AFTER.match(text, end):
        return "ORG"  # "won a Tony award": the prize, no person
    if label == "PERSON" and not one and OWN_ITS_AFTER.match(text, end) and not TITLED.search(text[max(0, start - 12) : end]):
        return "ORG"  # "Bernard Matthews has defended its product", tagged PERSON: a firm acts on what is its own
    if (label == "PERSON" and not one and OWNED_BY.match(text, end) and not TITLED.search(text[max(0, start - 12) : end])
            and opening_noun_cut(text, start, end) == start):  # not "Rival Dell, founded by Michael Dell": the firm is "Dell"
        return "ORG"  # "John Lewis, owned by its staff, is not listed": no person is owned, run or founded by anyone
    if label == "PERSON" and not one and OFFICER_AFTER.match(text, end):
        return "ORG"  # "Travis Perkins chief executive Geoff Cooper", tagged PERSON: no person has a chief executive
    if label == "PERSON" and patterns()["firm_noun_before"].search(text, max(0, start - 20), start) and not MADE_BY.match(text, end):
        return "ORG"  # "Pub chain JD Wetherspoon", "department store John Lewis", tagged PERSON: no person is called a chain (but
        # "the group Tate founded": who made it)
    if label == "PERSON" and text[end : end + 1] == "," and patterns()["firm_noun_apposed"].search(text, max(0, start - 40), start):
        return "ORG"  # "Mrs Marsh's firm, Marsh Flags, makes bunting", tagged PERSON: the name set beside someone's firm is the firm's
    if label == "PERSON" and PARTNERS_BEFORE.search(text, max(0, start - 30), start) and not LISTED_AFTER.match(text, end):
        return "ORG"  # "by the designers Robinson Valentine", "the brokers Hale Marsh": a partnership, as one person is never
        # plural (nor a house)
    if label in ("PERSON", "FAC", "PRODUCT", "GPE", "LOC", "NORP") and FIRMS_SUCH_AS.search(text, max(0, start - 120), start):
        return "ORG"  # "department stores such as Fenwick", tagged PERSON beside Clare Fenwick: a firm
    if label in ("PERSON", "FAC") and not one and VENUE_OPENING.search(text, max(0, start - 8), start) and not TITLED.match(text, start) and (
            SITE_POSSESSIVE.match(text, end - 2 if text[end - 2 : end] in ("'s", "’s") else end)):
        return "ORG"  # "At Ronnie Scott's in Soho", "outside John Lewis's.": a full name's possessive owning nothing is a club or
        # shop (tagged a building, it would become the man where the corpus names him)
    if label in ("PERSON", "FAC", "ORG") and not one and named_possessive(text[start:end], text[end : end + 80]) and (
            not PREDICATE_BEFORE.search(text, max(0, start - 10), start)):
        return "ORG"  # "Ronnie Scott's, the Soho club", "Harry Ramsden's, the restaurant chain": a full name's possessive, written
        # in the span and owning nothing, is a club, shop or brand (not "the decision was Tony Blair's.")
    if label == "PERSON" and one and (FIRM_NOUN_COMMA.search(text, max(0, start - 40), start) and text[end : end + 1] == ","
                                      or OWNERS_TRADE_AFTER.match(text, end)) and text[start:end] not in word_lists()["given_names"]:
        return "ORG"  # "The publisher, Bloomsbury, is printing", "Bloomsbury, Rowling's (her) British publisher, said": a firm in apposition
    if label == "PERSON" and FIRM_APPOSITION.match(text, end):
        return "ORG"  # "Clifford Chance, the world's largest law firm by revenue, saw profits recover", tagged PERSON
    if label == "PERSON" and PLACES_LISTED.search(text, max(0, start - 80), start):
        return "GPE"  # "overturned the results in two wards, Aston and Bordesley Green", tagged PERSON
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and firms_listed(text, start) and not (
            POSSESSIVE.search(text[start:end]) and OWNER_BEFORE_NAME.match(text, end)):
        return "ORG"  # "regional brewers such as Sam Smith's and Timothy Taylor", "firms such as Creative and iRiver"; not
        # "firms such as Richard Branson's Virgin"
    if label in ("GPE", "LOC") and one and group_named(text, start, end, trade=True):
        return "ORG"  # "The Hilton hotel group said", tagged a place: a trade's group is a firm
    if label in ("GPE", "LOC") and person_like_place(text, start, end):
        return "PERSON"  # "replaced on the album by Zak Starkey, the son of", tagged a place
    if (label == "ORG" and (given := GIVEN_SURNAME.fullmatch(text, start, end)) and given.group(1) in word_lists()["given_names"]
            and patterns()["work_before"].search(text[max(0, start - 20) : start]) and not WORK_MAKER_AFTER.match(text, end)):
        return "WORK_OF_ART"  # "British film Vera Drake", tagged an organisation: the film, not a firm nor a woman
    if label == "ORG" and one and (PLACE_APPOSED.match(text, end) or SEAT_BEFORE.search(text, max(0, start - 25), start)
                                   or SETTLEMENT_OF.search(text, max(0, start - 20), start)):
        return "GPE"  # "Stone is a canal town", "MP for Stone", tagged an organisation: the town, which no firm is called
    if label != "PERSON":
        return label
    if adapted_work(text, start, end):
        return "WORK_OF_ART"  # "The stage version of Billy Elliot has opened": the show, its title character not named alone
    if patterns()["work_before"].search(text[max(0, start - 20) : start]) and not POSSESSIVE.match(text, end) and (
            not (FULL_NAME_MADE_BY if GIVEN_SURNAME.fullmatch(text, start, end) else WORK_MADE_BY).match(text, end)
            or patterns()["work_owned"].search(text[max(0, start - 40) : start])):
        return "WORK_OF_ART"  # "the biopic Ray", "nominated for Ray,", "His BBC programme Kilroy was axed"; not the owner in
        # "series Jamie's School Dinners", nor the maker in "the film Ray Winstone made"
    if text[start:end] in named_works() and not word_alone(text, start, end):
        return "WORK_OF_ART"  # "Imelda Staunton, nominated for Vera Drake": a listed work named like a person, where the
        # article never writes its character's first or last name alone ("Billy" stays the character of Billy Elliot)
    if named_act(text, start, end):
        return "ORG"  # "Keane won best British album for their debut": the band named like a man, in an article about music
    if affiliation(text, start, end):
        return "GPE" if text[start:end] in place_words() else "ORG"  # "said Safa Rashtchy, of Piper Jaffray", "an analyst at Charles Stanley"
    if one and ORDINAL_BEFORE.search(text, max(0, start - 30), start):
        return "EVENT"  # "Andy Murray's first Wimbledon ended", tagged a person beside a Jane Wimbledon
    if one and ITSELF_AFTER.match(text, end):
        return "ORG"  # "Wimbledon itself has enjoyed record crowds", "Microsoft itself": a person is himself or herself
    if not one and text[start:end].split()[0] in word_lists()["leading_org_forms"] | {"Team"}:
        return "ORG"  # "NV Philips Gloeilampenfabrieken", "Team Bath": a legal form or "Team" opens no person's name
    if not one and (royal := ROYAL_OPENED.fullmatch(text, start, end)) and royal.group(2) not in word_lists()["given_names"]:
        return "GPE" if royal.group(1) in listed_places() else "ORG"  # "Royal Doulton", "Royal Tunbridge Wells": no one is called Royal
    if BASED_BEFORE.search(text, max(0, start - 30), start):
        return "ORG"  # "Edinburgh-based Rockstar North": a firm is based somewhere, a person is not called so
    if label == "PERSON" and NEARBY_BEFORE.search(text, max(0, start - 8), start):
        return "GPE"  # "Nearby Lancaster Hole is part of the Easegill system", tagged a person: no one is "nearby" before a name
    if one and (place_use(text, start, end) or named_area(text, start, end)) or SETTLEMENT_OF.search(text, max(0, start - 20), start) or (
            SEAT_BEFORE.search(text, max(0, start - 25), start) and text[start:end].split()[0] not in word_lists()["given_names"]):
        return "GPE"  # also "the nearby village of Earls Barton", "MP for Bolton West", tagged a person
    if one and (patterns()["company_after"].match(text, end) or SCORE_AFTER.match(text, end)) or BRAND_AFTER.match(text, end) or (
            STORES_AFTER.match(text, end) and not TITLED.search(text[max(0, start - 12) : end])):
        return "ORG"  # also "demand for its Johnnie Walker brand": a brand, named like a person
    if label == "PERSON" and not one and firm_which(text, end) and not TITLED.search(text[max(0, start - 12) : end]):
        return "ORG"  # "The rocket was built by Lockheed Martin, which said", "Ernest Jones, which sells watches": no person is
        # a "which" that makes, sells or says
    if STORE_AFTER_THE.match(text, end) and THE_BEFORE.search(text, max(0, start - 4), start):
        return "ORG"  # "At the Peter Jones store in Sloane Square", "of the Albert pub", tagged a person: the shop, the pub
    if one and (group_named(text, start, end) or GROUP_AFTER_THE.match(text, end) and NAME_OWNS_BEFORE.search(text, max(0, start - 30), start)):
        return "ORG"  # "part of the Kingfisher group", "Branson's Virgin group", tagged a person: a lower-case group after "the"
        # or an owner's name and one name is a firm's
    if one and (TEAM_BEFORE.search(text[max(0, start - 20) : start]) or CLUB_BEFORE.search(text, max(0, start - 25), start)) and sport_sentence(text, start, end):
        return "ORG"
    if one and LED_BEFORE.search(text, max(0, start - 12), start) and LED_TO_AFTER.match(text, end) and sport_sentence(text, start, end):
        return "ORG"  # "after leading Porto to the Champions League title": in a sentence about sport, the club a manager led
    if one and FIXTURE_BEFORE.search(text, max(0, start - 16), start) and text[start:end] in club_names() and patterns()["sport"].search(text):
        return "ORG"  # "They face Charlton at Stamford Bridge", in an article about sport: a listed club's fixture
    if one and fans_named(text, start, end):
        return "ORG"  # "said Everton supporter Neil Preston", beside a Joan Everton; "Miss Barker, a supporter of Chelsea": a listed
        # club's fans
    if one and MOVE_BEFORE.search(text[max(0, start - 20) : start]) and patterns()["sport"].search(text):
        return "ORG"  # "The Spaniard joined from Valencia last summer", "after leaving Valencia", in an article about sport
    if ENSEMBLE.search(text[max(0, start - 12) : start]) and not MADE_BY.match(text, end) or ENSEMBLE_APPOSED.match(text, end) or GROUP_APPOSED.match(text, end) or BODY_APPOSED.match(text, end) or (
            one and text[end - 1] == "s" and text[end - 2 : end] != "ss" and PLURAL_AFTER_THE.search(text[max(0, start - 4) : start])
            and not FAMILY_AFTER.match(text, end)):
        return "ORG"  # bands and groups: "Glasgow band Franz Ferdinand", "Franz Ferdinand, the Glasgow band", "the Beatles",
        # "Franz Ferdinand, who named themselves after ...", "Elspa, the games publishers' trade body"
    if one and PLURAL_VERB.match(text, end) and not JOINED_BEFORE.search(text, max(sentence_bounds(text, start, end)[0], start - 60), start):
        return "ORG"  # "Keane were named best breakthrough act": one name with a plural verb is a band or a team, not "Blair and Brown are"
    if one and ORG_ROLE_AFTER.match(text, end) and not TITLED.match(text, max(0, start - 9), end):
        return "ORG"  # a club's manager, a firm's chief executive: "Bolton manager Sam Allardyce", "Valve's managing director"
    if (one or text[start:end].split()[0] not in word_lists()["first_names"] and not INITIAL_FIRST.match(text, start)) and \
            not MADE_BY.match(text, end) and \
            patterns()["company_before"].search(text[max(0, start - 20) : start]):
        return "ORG"  # not "Australian brewer Alan Bond"
    return label


AFFILIATED = re.compile(r"\b(?:analyst|economist|strategist|dealer|trader|researcher|consultant|fund manager)s?\s+(?:at|with)\s+"
                        r"(?:the\s+)?(?:(?:[a-z]+\s+)?(?:stockbroker|broker|bank|consultancy|firm|group|house)\s+)?$")  # "an analyst at the stockbroker "


def affiliation(text: str, start: int, end: int) -> bool:
    """True when a name is where a person named just before works or lives ("said Safa Rashtchy, of Piper Jaffray", "an
    analyst at Charles Stanley"): a firm or a place, never a person, unless it owns something ("of John Lewis's board")."""
    return (AFFILIATED.search(text, max(0, start - 60), start) is not None or of_named().search(text, max(0, start - 50), start) is not None) \
        and not POSSESSIVE.match(text, end) and not TITLED.fullmatch(text, start, end)


@lru_cache(maxsize=1)
def of_named() -> re.Pattern:
    """", of " (or ", of the stockbrokers ") right after a capitalised name: where the person named works or lives."""
    nouns = "|".join(map(re.escape, sorted(word_lists()["company_nouns"], key=lambda x: (-len(x), x))))
    return re.compile(rf"\b[A-Z][\w'’-]+,\s+of\s+(?:the\s+(?:{nouns})s?\s+)?$")  # "said Safa Rashtchy, of " (", from" is a home town: `FROM_PLACE`)


@lru_cache(maxsize=1)
def listed_places() -> frozenset[str]:
    """The curated one-word places (`data/towns.txt`, `data/major_places.txt`)."""
    return word_lists()["towns"] | word_lists()["major_places"]


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Places the curated lists name: the one-word ones (`listed_places`) and those of two words or more."""
    return listed_places() | word_lists()["place_names"]


OWNER_BEFORE = re.compile(rf"{OWNER}\s+(?:[A-Z][\w-]*\s+)?$")  # "his ", "the BBC's ", "his BBC "
SUBTITLE = re.compile(r": [A-Z]")  # a work's subtitle after its name ("Jerry Springer: The Opera")


def bears(word: str, text: str, ents: list[list]) -> bool:
    """True when one of the article's full person names holds `word` ("Sarah Lancashire" bears "Lancashire")."""
    return any(lab == "PERSON" and " " in text[s:e] and word in text[s:e].split() for s, e, lab in ents)


def county(text: str, start: int, end: int, ents: list[list]) -> bool:
    """True when a one-word name ending in "shire", untitled and no word of the article's persons' names, is written: a
    county (or its club), not the actress Sarah Lancashire where the article names her."""
    word = POSSESSIVE_END.sub("", text[start:end])
    return (re.fullmatch(r"[A-Z][a-z]+shire", word) is not None and not TITLED.fullmatch(text, max(0, start - 9), end)
            and not bears(word, text, ents))


def placed_in(text: str, start: int, end: int, ents: list[list]) -> bool:
    """True when a one-word name, untitled, no given name and no word of the article's persons' names, is followed by "in"
    and a span the article tags as a place ("The record has kept Amarillo in Texas", "the rider from Wick in the Vale of
    Glamorgan"), outside sport: a place within a place, as no writer places a person known by one word."""
    word = text[start:end]
    there = PLACED_IN_AFTER.match(text, end)
    if not there or not ONE_WORD.fullmatch(word) or word in word_lists()["given_names"] or TITLED.fullmatch(text, max(0, start - 9), end):
        return False
    if bears(word, text, ents):
        return False  # "Ms Stratford in Essex" beside Sharon Stratford: she may be meant
    return any(end < s <= there.end() and lab in ("GPE", "LOC") for s, _, lab in ents) and not sport_sentence(text, start, end)


PRICE_AT = re.compile(r"\d\s+(?:dlrs|dlr|cents|stg|pence)\s+(?:(?:a|per)\s+[a-z]+\s+)?(?:for\s+|at\s+)?$")  # "3.80 dlrs Duluth",
# "1.75 dlrs for Duluth": a market's quote


def quoted_markets(text: str, ents: list[list]) -> set[str]:
    """One-word names, untitled, no given name and no word of the article's persons' names, that the article quotes a
    price at, where it quotes one at a place too ("3.95 dlrs for Minneapolis and 3.80 dlrs Duluth"): markets, no person."""
    priced = [(s, e, lab) for s, e, lab in ents if PRICE_AT.search(text, max(0, s - 30), s)]
    if not any(lab in ("GPE", "LOC") for _, _, lab in priced):
        return set()
    return {text[s:e] for s, e, lab in priced if lab == "PERSON" and ONE_WORD.fullmatch(text, s, e)
            and text[s:e] not in word_lists()["given_names"] and not bears(text[s:e], text, ents)}


def officered_firms(text: str, ents: list[list], bearers: set[str]) -> set[str]:
    """One-word "persons" of an article that it also writes alone, tagged or not, before a firm's officer and a name
    ("owned by Kingfisher ... Kingfisher chief executive Gerry Murphy", "Gallaher's chairman John Hale"): firms, unless a
    person of the article bears the word, a title comes before it, it is a given name or it ends a longer name there
    ("Ask Jeeves chief executive" beside the valet Jeeves)."""
    out = set()
    for s, e, lab in ents:
        word = text[s:e]
        if lab != "PERSON" or not ONE_WORD.fullmatch(word) or word in bearers or word in word_lists()["given_names"] or word in out:
            continue
        uses = list(re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text))
        if any((OFFICER_AFTER.match(text, u.end()) or OWNED_OFFICER_AFTER.match(text, u.end()))
               and not NAME_WORD_BEFORE.search(text, max(0, u.start() - 30), u.start()) for u in uses) and not any(
                TITLED.search(text[max(0, u.start() - 12) : u.end()]) for u in uses):
            out.add(word)
    return out


def context_labels(text: str, ents: list[list]) -> list[list]:
    """The article's entities with the labels their context gives them (`context_label`), a team's other uses as the team
    (`teams_throughout`), plus the nationality words cut from before a person's title (`lost_nationalities`) and the
    untagged teams of a score (`score_teams`)."""
    out = [[s, e, context_label(text, s, e, lab)] if lab == "PERSON" or lab in TITLED_LABELS else [s, e, lab] for s, e, lab in ents]
    out = [[s, e, "PERSON" if lab in ("GPE", "LOC") and misplaced_person(text, s, e, out) else lab] for s, e, lab in out]
    out = [[s, e, "GPE" if lab == "PERSON" and placed_in(text, s, e, out) else lab] for s, e, lab in out]
    markets = quoted_markets(text, out)
    out = [[s, e, "GPE" if lab == "PERSON" and text[s:e] in markets else lab] for s, e, lab in out]  # its other uses too ("Duluth sunseed")
    clubs = {text[s:e] for s, e, lab in out if lab == "ORG"}
    out = [[s, e, ("ORG" if sport_sentence(text, s, e) or text[s:e] in clubs else "GPE") if lab == "PERSON" and county(text, s, e, out)
            else lab] for s, e, lab in out]  # "after moving to Nottinghamshire", tagged a person: the county or, in sport or
    # where the article tags it an organisation elsewhere, its cricket club
    out = [[s, e, "WORK_OF_ART" if was == "PERSON" and lab in ("PERSON", "GPE") and named_after_subject(text, s, e, out) else lab]
           for (s, e, lab), (_, _, was) in zip(out, ents)]
    works = {text[s:e] for (s, e, lab), (_, _, was) in zip(out, ents) if lab == "WORK_OF_ART" and was in ("PERSON", "ORG")
             and not SUBTITLE.match(text, e)}  # not "the musical Jerry Springer: The Opera": the work is the longer title
    out = [[s, e, "WORK_OF_ART" if (was == "PERSON" and lab in ("PERSON", "GPE") or was == lab == "ORG") and text[s:e] in works
            and not TITLED.search(text[max(0, s - 12) : e])
            else lab] for (s, e, lab), (_, _, was) in zip(out, ents)]  # the article's other lone uses of a work's name: "Ray has taken $75m", "plays him in Ray"
    settled = {text[s:e] for (s, e, lab), (_, _, was) in zip(out, ents) if was == "PERSON" and lab == "GPE" and " " in text[s:e]
               and (SETTLEMENT_OF.search(text, max(0, s - 20), s) or PLACES_LISTED.search(text, max(0, s - 80), s))}
    # "the village of Earls Barton", "two wards, Aston and Bordesley Green": its other spans too
    bearers = {text[s:e].split()[-1] for s, e, lab in out if lab == "PERSON" and " " in text[s:e]}
    firms = {text[s:e] for (s, e, lab), (_, _, was) in zip(out, ents) if was == "PERSON" and lab == "ORG"
             and (FIRM_APPOSITION.match(text, e) or patterns()["firm_noun_before"].search(text, max(0, s - 20), s) or OFFICER_AFTER.match(text, e)
                  or OWNED_OFFICER_AFTER.match(text, e) and text[s:e] not in bearers
                  # "Santander's chairman Emilio Botin": every "Santander" of the article; not "Branson's chief executive" beside Richard Branson
                  or OWN_ITS_AFTER.match(text, e) or " " in text[s:e] and OWNED_BY.match(text, e) or BRAND_AFTER.match(text, e)
                  or STORES_AFTER.match(text, e))} | officered_firms(text, out, bearers)
    founders = {w[1] for s, e, lab in out if lab == "ORG" for w in [text[s:e].split()] if len(w) == 2 and FOUNDER_INITIALS.fullmatch(w[0])
                and w[0] not in word_lists()["club_prefixes"] and w[1] not in listed_places()} - bearers  # not "AC Milan"
    # "Pub chain JD Wetherspoon ... Shares in Wetherspoon": the founder's name alone is the firm, whatever the model calls it
    out = [[s, e, "GPE" if lab == "PERSON" and text[s:e] in settled else "ORG" if (lab == "PERSON" and text[s:e] in firms or lab in
            ("PERSON", "GPE", "LOC", "NORP") and POSSESSIVE_END.sub("", text[s:e]) in founders) and not TITLED.search(text[max(0, s - 12) : e])
            else lab] for s, e, lab in out]  # the firm's other spans too
    out = [[s, e, "EVENT" if was == "PERSON" and lab in ("PERSON", "ORG") and named_accord(text, s, e) and text[s:e] not in bearers
            else lab] for (s, e, lab), (_, _, was) in zip(out, ents)]  # "the Louvre Agreement", tagged a person
    out = family_firms(text, out)
    out = [[opening_noun_cut(text, s, e), e, lab] if lab == "PERSON" else noun_named_person(text, [s, e, lab]) for s, e, lab in (
        firm_noun_opened(text, ent) for ent in out)]
    out = [piece for ent in out for piece in (of_cut(text, ent, out) if ent[2] == "PERSON" else [ent])]
    out = listed_labels(text, city_clubs(text, site_names(text, out)))
    out = teams_throughout(text, listed_clubs(text, the_openers(text, venue_parts(text, out))))  # "beat Charlton 2-1 ... for Charlton"
    return out + lost_nationalities(text, out) + score_teams(text, out)


THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother)\s+$")  # "a Manchester club": the name qualifies a noun of its own
NAME_OWNS_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]+['’]s?\s$")  # "Sir Richard Branson's Virgin group": a firm its owner's name owns
ACCORD_AFTER = re.compile(r"\s+(?:[Aa]ccords?|[Aa]greement|[Pp]act|[Tt]reaty|[Ss]ummit|meeting|talks)\b")  # "the Louvre accord"


def named_accord(text: str, start: int, end: int) -> bool:
    """True when one word, untitled and no given name, stands between "the" and a noun for an accord or a meeting ("the
    Louvre Agreement", "the Louvre meeting"): where the accord was made, no person (the caller keeps the surnames of the
    article's full names: "the Baker plan" is not matched, nor "the Reagan summit" where Ronald Reagan is named)."""
    return (ONE_WORD.fullmatch(text, start, end) is not None and THE_BEFORE.search(text, max(0, start - 4), start) is not None
            and ACCORD_AFTER.match(text, end) is not None and text[start:end] not in word_lists()["given_names"]
            and not TITLED.search(text[max(0, start - 12) : end]))
FAMILIES_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'-]+)?" + FAMILY_AFTER.pattern)  # "the Taft and Ingalls families"
FAMILY_FIRM = re.compile(r"[A-Z][a-z]+[a-rt-z]s")  # "Morrisons", "Warburtons": a surname with the "s" of a family's shop


@lru_cache(maxsize=1)
def plural_short_forms() -> frozenset[str]:
    """Listed short forms of organisations written like a family's name with its "s" ("Morrisons", "Wetherspoons")."""
    return frozenset(r["short"] for r in data_records("org_short_forms.csv") if FAMILY_FIRM.fullmatch(r["short"]))


def family_firms(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word "person" written as a surname plus "s" relabelled ORG, the family firm
    ("Morrisons" beside Sir Ken Morrison, "Warburtons" beside Jonathan Warburton), when the surname is a person's of the
    article that is no given name, or the word is a listed short form ("Morrisons") or chain (`data/family_chains.txt`:
    "Woolworths"), and no person of the article bears
    the word itself; not after "the" ("the Warburtons", the family) nor a title ("Mrs Jennings")."""
    borne = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    listed = plural_short_forms() | word_lists()["family_chains"]
    firms = {text[s:e] for s, e, lab in ents if lab == "PERSON" and FAMILY_FIRM.fullmatch(text, s, e) and text[s:e] not in borne
             and (text[s : e - 1] in borne - word_lists()["given_names"] or text[s:e] in listed)}
    return [[s, e, "ORG" if lab == "PERSON" and text[s:e] in firms and not THE_BEFORE.search(text, max(0, s - 4), s)
             and not TITLED.search(text[max(0, s - 12) : e]) else lab] for s, e, lab in ents]


THE_HEADS = frozenset({"Hunt", "Library", "Theatre", "Gallery", "Museum", "Infirmary"})  # "the Beaufort" beside "the Beaufort Hunt"


def the_openers(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word "person" written after "the" that opens an organisation or site of several
    words the article names (or ends one of three or more: "The Fringe" of the Edinburgh Festival Fringe), and is no given
    name nor a family ("the Taft and Ingalls families" beside Taft Broadcasting), relabelled as that organisation's kind
    ("The Windmill's motto" beside "the Windmill Theatre"): no one's name follows "the". A word tagged a place after "the"
    that opens a two-word body ending in THE_HEADS is that body, and both are ORG ("ridden with the Beaufort" beside "the
    Beaufort Hunt", tagged a site)."""
    names = [(THE.sub("", text[s:e]), lab) for s, e, lab in ents if lab in ("ORG", "FAC")]
    opened = {name.split()[-1]: lab for name, lab in names if name.count(" ") > 1 and name.split()[-1][:1].isupper()
              and name.split()[-1] not in RULER_TITLES}  # never "the Queen"
    opened |= {name.split()[0]: lab for name, lab in names if " " in name}  # "The Fringe runs" beside "the Edinburgh Festival Fringe"
    headed = {name.split()[0]: name for name, _ in names if name.count(" ") == 1 and name.split()[1] in THE_HEADS}
    hunted = [lab in ("GPE", "LOC", "NORP") and text[s:e] in headed and THE_BEFORE.search(text, max(0, s - 4), s) is not None
              and not FAMILIES_AFTER.match(text, e) for s, e, lab in ents]  # "ridden with the Beaufort" beside "the Beaufort Hunt"
    bodies = {headed[text[s:e]] for (s, e, _), h in zip(ents, hunted) if h}  # the body both spans name, tagged a site: ORG
    out = [[s, e, opened[text[s:e]] if lab == "PERSON" and text[s:e] in opened and THE_BEFORE.search(text, max(0, s - 4), s)
            and text[s:e] not in word_lists()["given_names"] and not FAMILIES_AFTER.match(text, e) else lab] for s, e, lab in ents]
    return [[s, e, "ORG" if h or THE.sub("", text[s:e]) in bodies else lab] for (s, e, lab), h in zip(out, hunted)]


RELATIVE_OR_FOUNDER = re.compile(r"\b(?:founded|set up|started|established|created|named after)\s+(?:by\s+)?(?:the\s+late\s+)?$|(?<![\w-])"
                                 r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?(?:wife|husband|son|daughter|brother|sister|father|mother)\s+$")
VENUE_WORDS = frozenset({"Theatre", "Hall", "Arena", "Stadium", "Gallery", "Museum", "Centre", "Partnership", "Royal", "Opera"})


def venue_parts(text: str, ents: list[list]) -> list[list]:
    """The article's entities with an untitled "person" of two or more words that opens or ends a longer organisation or
    site the article names, whose other words name a venue or a partnership (`VENUE_WORDS`), relabelled ORG, the venue or
    firm it is short for, whatever the model tagged the long name ("Victoria Palace box office manager" beside "the
    Victoria Palace Theatre", "Drury Lane" beside "Theatre Royal Drury Lane", "John Lewis" beside "the John Lewis
    Partnership"); not a foundation, prize or work named after a person ("Colin McRae Rally", "Roy Castle Lung Cancer
    Foundation"), nor one a relative or founder introduces."""
    longer = [THE.sub("", text[s:e]).split() for s, e, lab in ents if lab in ("ORG", "FAC")]

    def part(words: list[str]) -> bool:
        return any(len(name) > len(words) and (name[: len(words)] == words and set(name[len(words):]) & VENUE_WORDS
                                               or name[-len(words):] == words and set(name[: -len(words)]) & VENUE_WORDS) for name in longer)

    return [[s, e, "ORG" if lab == "PERSON" and " " in text[s:e] and part(text[s:e].split()) and not TITLED.search(text[max(0, s - 12) : e])
             and not RELATIVE_OR_FOUNDER.search(text, max(0, s - 40), s)
             and not (ROYAL_NAMED.fullmatch(text, s, e) and not THE_BEFORE.search(text, max(0, s - 4), s)) else lab]
            for s, e, lab in ents]  # "Prince Edward attended" beside the Prince Edward Theatre: the prince ("at the Prince Edward": the theatre)


def listed_clubs(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word "person" that is a club's own name (`data/club_nicknames.csv`: "Everton",
    "Fulham") or a listed place that is no given name (`sides`: "Yorkshire", "Norwich") relabelled ORG where its sentence
    speaks of sport and no person of the article bears it as a surname or is titled with it ("Merseyside rivals Everton, who
    took fourth place"; not "Paul Everton ... Mr Everton admitted")."""
    borne = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    return [[s, e, "ORG" if lab == "PERSON" and text[s:e] in sides() - borne and not TITLED.search(text[max(0, s - 12) : e])
             and sport_sentence(text, s, e) else lab] for s, e, lab in ents]


@lru_cache(maxsize=1)
def sides() -> frozenset[str]:
    """One-word names that, tagged a person in a sentence about sport, are a side: the clubs' own names and the listed
    places that are no given name (a county or city side: "the Roses match against Yorkshire"; not "Sydney")."""
    w = word_lists()
    return club_names() | (w["towns"] | w["major_places"]) - w["given_names"]


def of_cut(text: str, ent: list, ents: list[list]) -> list[list]:
    """A person span of two or more capitalised words and "of" + a name, opening with no title, cut before "of"
    ("Manaspas Xuto of Thailand" -> "Manaspas Xuto"), or of the surname of a person the article names in full
    ("Chimerine of Wharton"); the name after "of" stays a mention only with the label the article gives it elsewhere, or
    as an ORG when it opens one of the article's ("Wharton Econometrics Inc"). Titles keep theirs: "Prince Charles of
    Wales", "Lord Young of Graffham"."""
    m = OF_NAME.fullmatch(text, ent[0], ent[1])
    if not m or m.group(1).split()[0] in word_lists()["person_titles"] | word_lists()["peer_titles"] | RULER_TITLES:
        return [ent]
    if " " not in m.group(1) and not any(lab == "PERSON" and text[s:e].split()[-1] == m.group(1) and " " in text[s:e] for s, e, lab in ents):
        return [ent]  # one word: only the surname of a person the article names in full ("Chimerine of Wharton")
    rest = text[m.start(2) : m.end(2)]
    labels = [lab for s, e, lab in ents if text[s:e] == rest] or [lab for s, e, lab in ents if lab == "ORG" and text[s:e].startswith(rest + " ")]
    return [[ent[0], m.end(1), "PERSON"]] + ([[m.start(2), m.end(2), labels[0]]] if labels else [])


def opening_noun_cut(text: str, start: int, end: int) -> int:
    """The start of a person span without a curated noun for people that opens its sentence ("Striker Dean Ashby" ->
    "Dean Ashby", "Stars Matt Lucas and" -> "Matt Lucas", "Frontman Martin said" -> "Martin"; `data/person_nouns.txt`,
    also plural), with a nationality word after it ("Fellow Briton Andrew Johns", "Fellow Welshman Jones")."""
    words = text[start:end].split()
    noun, nouns = (words[0].lower() if len(words) > 1 else ""), word_lists()["person_nouns"]
    if not (noun in nouns or noun.endswith("s") and noun[:-1] in nouns) or not SENTENCE_START.search(text[max(0, start - 3) : start]):
        return start
    if len(words) > 2 and words[1] in word_lists()["nationalities"]:
        return start + re.match(r"\S+\s+\S+\s+", text[start:end]).end()  # "Fellow Briton Andrew Johns" -> "Andrew Johns"
    return start + re.match(r"\S+\s+", text[start:end]).end()


def person_noun_before(text: str, start: int) -> bool:
    """True when a curated noun for people stands right before `start`, in lower case or opening its sentence ("Prop ",
    "Fly-half ", "Leeds fan "; `data/person_nouns.txt`)."""
    head = text[max(0, start - 30) : start]
    m = re.search(r"(?<![\w'’-])([A-Za-z][a-z]+(?:-[a-z]+)?) $", head)  # also "Fly-half "
    return m is not None and m.group(1).lower() in word_lists()["person_nouns"] and (
        m.group(1).islower() or SENTENCE_START.search(head[: m.start(1)]) is not None)


def firm_noun_opened(text: str, ent: list) -> list:
    """An ORG span for a person span of two words whose first is a curated noun for firms opening its sentence and whose
    second is no given name ("Retailer Currys said" -> "Currys"; `data/company_nouns.txt`); any other span unchanged
    ("Retailer Philip Green" stays a person, and so does "Publisher Jo Smith")."""
    s, e, lab = ent
    words = text[s:e].split()
    if (lab != "PERSON" or len(words) != 2 or words[0].lower() not in word_lists()["company_nouns"] or not words[0].istitle()
            or words[1] in word_lists()["given_names"] or not SENTENCE_START.search(text[max(0, s - 3) : s])):
        return ent
    return [s + len(words[0]) + 1, e, "ORG"]


def noun_named_person(text: str, ent: list) -> list:
    """A person span for an organisation span that is a curated noun for people opening its sentence, then a listed given
    name and a surname ("Trainer Henrietta Knight said" -> "Henrietta Knight"); any other span unchanged."""
    s, e, lab = ent
    cut = opening_noun_cut(text, s, e) if lab == "ORG" else s
    words = text[cut:e].split()
    if cut == s or len(words) < 2 or words[0] not in word_lists()["given_names"]:
        return ent
    return [cut, e, "PERSON"]


def untagged(ents: list[list], start: int, end: int) -> bool:
    """True when no entity overlaps the characters start..end."""
    return not any(s < end and start < e for s, e, _ in ents)


def lost_nationalities(text: str, ents: list[list]) -> list[list]:
    """NORP mentions for untagged nationality words opening a person's capitalised title ("Welsh First Minister Rhodri Morgan"),
    the title ending with a curated one (`data/person_titles.txt`)."""
    out = []
    for s, _, lab in ents:
        m = patterns()["nationality_title"].search(text, max(0, s - 60), s) if lab == "PERSON" else None
        if m and untagged(ents, m.start(1), m.end(1)):
            out.append([m.start(1), m.end(1), "NORP"])
    return out


def score_teams(text: str, ents: list[list]) -> list[list]:
    """ORG mentions for untagged capitalised names on either side of a score in a sentence about sport ("Celtic 3-1 Rangers"),
    or after "ex-" there ("Ex-Chelsea boss"; not a nationality, "ex-Soviet")."""
    out = []
    for m in TEAMS_SCORE.finditer(text) if SCORE_AFTER.search(text) else ():
        if sport_sentence(text, m.start(), m.end()):
            out += [[m.start(g), m.end(g), "ORG"] for g in (1, 2) if untagged(ents, m.start(g), m.end(g))]
    for m in FORMER_TEAM.finditer(text) if "x-" in text else ():
        if m.group(1) not in word_lists()["nationalities"] and untagged(ents + out, m.start(1), m.end(1)) and sport_sentence(text, m.start(), m.end()):
            out.append([m.start(1), m.end(1), "ORG"])
    return out


TOWNS_BEFORE = re.compile(r"\b(?:from|in|to|across|around|between)\s+$")  # "visitors from Lincoln, Nottingham and Leicester"


def listed_labels(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each "person" in a list ("A, B and C") whose other members all carry one other label
    (at least two of them: "Worcester, Dorset South and Putney") taking that label, and each "person" listed as what is
    owned, bought or sold ("owns Topshop, Burton and Dorothy Perkins") an organisation; untitled names only. A one-word
    organisation listed among places after "from", "in" or "to", outside sport, is a town ("from Lincoln, Nottingham and
    Leicester")."""
    out = [list(e) for e in ents]
    order = sorted(range(len(out)), key=lambda i: out[i][0])
    runs, run = [], [order[0]] if order else []
    for a, b in zip(order, order[1:]):
        if LIST_GAP.fullmatch(text, out[a][1], out[b][0]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    for run in (r for r in runs if len(r) >= 2):
        owned = OWNED_BEFORE.search(text[max(0, out[run[0]][0] - 20) : out[run[0]][0]]) is not None
        for i in run:
            s, e, lab = out[i]
            others = {out[j][2] for j in run if j != i}
            if (lab == "ORG" and not owned and len(run) >= 3 and others == {"GPE"} and ONE_WORD.fullmatch(text, s, e)
                    and not POSSESSIVE.match(text, e) and not sport_sentence(text, s, e) and TOWNS_BEFORE.search(text, max(0, out[run[0]][0] - 12), out[run[0]][0])):
                out[i][2] = "GPE"  # "visitors from Lincoln, Nottingham and Leicester", Lincoln tagged ORG: a town among towns
                # after a place preposition (not "Oxford, Cambridge and Harvard", the university)
                continue
            if lab != "PERSON" or TITLED.match(text, max(0, s - 9), e) or POSSESSIVE.match(text, e):
                continue
            if owned:
                out[i][2] = "ORG"
            elif len(run) >= 3 and len(others) == 1 and others <= NAME_LABELS and ONE_WORD.fullmatch(text, s, e):
                out[i][2] = next(iter(others))
    return out


PARTNERS_BEFORE = re.compile(r"\b[Tt]he\s+(?:stockbrokers|brokers|accountants|designers|solicitors|architects|auctioneers|jewellers|"
                             r"bookmakers|estate agents|(?:design|fashion|auction|publishing|couture)\s+house)\s+$")  # "the designers ",
# "the design house " before a firm named after its partners
LISTED_AFTER = re.compile(r"\s*(?:,\s+[A-Z]|,?\s+(?:and|&)\s)")  # "the designers Vivienne Westwood and Paul Smith": a list of people
LISTED_BEFORE = r"(?:[A-Z](?:[\w'’&-]|\.(?=\S))*(?:[ ](?:of[ ]|&[ ])?[A-Z](?:[\w'’&-]|\.(?=\S))*){0,3}(?:,[ ]|,?[ ](?:and|or)[ ]))*"  # "Debenhams, House of Fraser and "
FIRMS_SUCH_AS = re.compile(r"\b(?i:stores|shops|retailers|chains|firms|companies|groups|banks|lenders|brands|supermarkets|builders|"
                           r"housebuilders|publishers|labels|carmakers|airlines|insurers|brewers|broadcasters|operators|makers|services|websites|"
                           r"booksellers|bookshops|chemists|pharmacies|jewellers|grocers|networks|schools|sellers|manufacturers|suppliers|"
                           r"providers),?\s+(?:such\s+as|like|including)\s+" + LISTED_BEFORE + "$")  # "department stores such as Fenwick",
# "Supermarkets including Sainsbury's", "retailers such as Debenhams, House of Fraser and John Lewis": a firm, never a person
NEARBY_BEFORE = re.compile(r"(?<![\w-])[Nn]earby\s+$")  # "Nearby Lancaster Hole": a place
BRANCH_OF = re.compile(r"\b(?:branch|branches|outlet|outlets)\s+of\s+$")  # "a branch of Game": the chain, a firm
SHARES_IN = re.compile(r"\b(?:[Ss]hares|[Ss]tock|stake)\s+in\s+$")  # "Shares in Dell", "a stake in Dell": a firm


def firm_which(text: str, end: int) -> bool:
    """True when ", which" and a firm's verb (`data/company_verbs.txt`) or "said", "says", "reported" or "announced" follow
    a name ("Lockheed Martin, which said the launch")."""
    return bool(patterns()["company_which"].match(text, end))


def company_reading(after: str) -> bool:
    """True when the text after a name reads as a company's, never a person's ("Dyson, which makes ...", "Orange, owned by",
    "Balfour shares rose", "Sainsbury's has", "Sainsbury's itself", "Sainsbury's can win back", "the Sainsbury's supermarket chain", "the George
    clothing range", "Shell, its biggest UK rival,", "Orange is launching its own 3G service")."""
    return bool(re.match(OWNED_AFTER + r"|\s+(?:clothing\s+)?(?:range|label|brand)s?\b"
                         r"|,\s+its\s+(?:[\w-]+\s+){0,3}?(?:rival|competitor|parent|subsidiary)s?\b"
                         r"|,\s+which\b|\s+shares\s+(?:rose|fell|closed|gained|dropped|jumped|slipped|climbed|edged|lost|added|were|have)\b"
                         r"|['’]s\s+(?:has|is|was|said|says|will|would|can|could|should|must|may|might|reported|announced|posted|itself|"
                         r"shares|rose|fell|slipped|gained|jumped|climbed|dropped|lost|edged)\b"
                         r"|['’]s\s+(?:supermarket|supermarkets|store|stores|shop|shops|chain|branch|branches|brand|outlet|outlets)\b"
                         r"|\s+(?:is|was|has|had|will|would)\s+(?:\w+ing|\w+ed|launch|open|cut|sell|close)\s+its\s+own\b"
                         r"|\s+(?:was|were)\s+(?:first\s+)?(?:founded|incorporated|floated)\b", after))  # "Rockstar was founded by"


VENUE_OPENING = re.compile(r"(?<![\w-])(?:[Aa]t|[Oo]utside|[Ii]nside) $")  # where a possessive owning nothing names a site
SITE_POSSESSIVE = re.compile(r"['’]s(?:\s*[.,;:]|\s+(?:but|and|where|when|before|after|last|this|on|in)\b|$)")  # a possessive owning nothing


def shop_reading(before: str, after: str) -> bool:
    """True when a possessive name follows "a" or "an": a shop, never a person ("next to a Sainsbury's in Basingstoke"),
    or a site's preposition (`SITE_BEFORE`: "at", "in" ...) and owns nothing: a shop, club or site ("the third round at
    Queen's, while"); also any name after "shares in" ("Shares in Dell fell"): a listed company."""
    return (SHOP_BEFORE.search(before[-4:]) is not None and after.startswith(("'s", "’s")) or SHARES_IN.search(before[-12:]) is not None
            or SITE_BEFORE.search(before[-8:]) is not None and SITE_POSSESSIVE.match(after) is not None)


PLACED_HEADS = frozenset({"Guild", "Union", "League"})  # heads of bodies named "of" a country, beside `data/institution_nouns.txt`


def body_heads() -> frozenset[str]:
    """Words that head a body named "of" a place ("Guild" of "Showmen's Guild of Great Britain", "Society", "Bank")."""
    return word_lists()["institution_nouns"] | PLACED_HEADS


def placed_long_forms(orgs: set[str] | dict[str, set[str]], places: set[str]) -> dict[str, str]:
    """Body name -> the one organisation of `orgs` that is that name, " of " and a name ending in a place of `places`
    ("Showmen's Guild" -> "Showmen's Guild of Great Britain"), for names of two words or more ending in a body's head word
    (`body_heads`)."""
    heads = body_heads()
    longs: dict[str, set[str]] = {}
    for org in orgs:
        head, of, tail = org.partition(" of ")
        if of and " " in head and head.split()[-1] in heads and tail.split()[-1] in places:  # "Great Britain"
            longs.setdefault(head, set()).add(org)
    return {head: next(iter(found)) for head, found in longs.items() if len(found) == 1}


def institution_for(name: str, orgs: set[str]) -> str | None:
    """The article's one institution that the lone ORG `name`, an institution noun, heads or ends ("the Bank" of "Bank of
    England", "the Commission" of "European Commission"; `data/institution_nouns.txt`), else None."""
    if name not in word_lists()["institution_nouns"]:
        return None
    found = [o for o in orgs if o.startswith(name + " of ") or o.endswith(" " + name)]
    return found[0] if len(found) == 1 else None


def club_for(name: str, orgs: set[str], places: frozenset[str] | set[str] = frozenset(),
             uses: Callable[[str], int] | None = None) -> str | None:
    """The article's one club whose last word is the lone ORG `name`, a club word ("United" of "Manchester United"; of
    several, the one named after a town of `places`: not the fans' group "Shareholders United"; failing that, with `uses`
    (how often the article names each), the one it names more often than any other: the story's club), or its one two-word name
    opened by a club or firm prefix and ending in `name` ("Milan" of "AC Milan", `data/club_prefixes.txt`), or its one listed
    club of three words opened by `name` ("Preston" of "Preston North End", `long_club_names`), else None."""
    opened = [o for o in orgs if o.startswith(name + " ") and o in long_club_names()]
    if len(opened) == 1:
        return opened[0]  # "Preston" of "Preston North End"
    if name in word_lists()["club_suffixes"]:
        clubs = [o for o in orgs if o.endswith(" " + name)]
        towns = [o for o in clubs if o[: -len(name) - 1] in places]
        clubs = towns if len(clubs) > 1 and len(towns) == 1 else clubs
        if len(clubs) > 1 and uses is not None:
            ranked = sorted(clubs, key=lambda o: -uses(o))
            clubs = ranked[:1] if uses(ranked[0]) > uses(ranked[1]) else clubs
    else:  # "Milan" of "AC Milan", "Paribas" of "Banque Paribas"; never "House" of "White House"
        clubs = [o for o in orgs if o.endswith(" " + name) and o.count(" ") == 1 and o.split()[0] in word_lists()["club_prefixes"]]
    return clubs[0] if len(clubs) == 1 else None


@lru_cache(maxsize=1)
def club_nicknames() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Nickname -> the clubs it may mean, each as its spellings (`data/club_nicknames.csv`)."""
    return spelling_groups("club_nicknames.csv", "nickname")


@lru_cache(maxsize=1)
def club_names() -> frozenset[str]:
    """The one-word names of the clubs `data/club_nicknames.csv` lists ("Arsenal", "Everton", "Fulham")."""
    return frozenset(spelling for groups in club_nicknames().values() for club in groups for spelling in club if " " not in spelling)


@lru_cache(maxsize=1)
def club_spellings() -> dict[str, frozenset[str]]:
    """Each spelling of a club `data/club_nicknames.csv` lists -> every spelling of the clubs it may name."""
    out: dict[str, set[str]] = {}
    for groups in club_nicknames().values():
        for club in groups:
            for spelling in club:
                out.setdefault(spelling, set()).update(club)
    return {k: frozenset(v) for k, v in out.items()}


def other_club(name: str, longer: str) -> bool:
    """True when the club list gives a name as a club's full name and a longer name as another club ("Dundee" and Dundee
    United); not a club's short spelling ("Leicester" of Leicester City, also the town's rugby club Leicester Tigers)."""
    spellings = club_spellings()
    return name in club_full_names() and longer in spellings and longer not in spellings[name]


@lru_cache(maxsize=1)
def club_full_names() -> frozenset[str]:
    """The fullest spelling of each club `data/club_nicknames.csv` lists ("Dundee United", "Dundee", "Leicester City")."""
    return frozenset(club[0] for groups in club_nicknames().values() for club in groups if club)


PLACE_OPENER_WORDS = frozenset({"West", "East", "North", "South", "Queens", "Crystal", "Real", "Inter"})  # "West Bromwich Albion" opens with no town


@lru_cache(maxsize=1)
def long_club_names() -> frozenset[str]:
    """The clubs of three words or more that `data/club_nicknames.csv` lists ("Preston North End")."""
    return frozenset(spelling for groups in club_nicknames().values() for club in groups for spelling in club
                     if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){2,}", spelling) and spelling.split()[0] not in word_lists()["nationalities"])


def nickname_club(name: str, named: Callable[[str], bool]) -> str | None:
    """The club the nickname `name` means when `named` (is a spelling named in the article?) holds for exactly one of its
    clubs: that club's first named spelling ("Gunners" -> "Arsenal"), else None."""
    found = [next(s for s in club if named(s)) for club in club_nicknames().get(name, ()) if any(map(named, club))]
    return found[0] if len(found) == 1 else None


THE = re.compile(r"^(?:the|The) ")
POSSESSIVE_END = re.compile(r"['’]s$")  # a possessive ending a name
OWNS_NOTHING = re.compile(  # right after a possessive: it owns nothing ("Ronnie Scott's, the club", "John Smith's are losing
    # out", "Foster's, John Smith's and Newcastle Brown Ale, said"; not "Tony Blair's and Gordon Brown's aides", "Blair's, Brown's
    # and Prescott's offices")
    r"[.;:)]|,(?!(?:\s+(?:and\s+|or\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s,?)+\s+(?!(?:and|or)\b)[a-z])|\s+(?:are|were|have|has)\b"
    r"|\s+(?:and|or)\s+(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’-]*(?:[,.;:)]|\s+(?:is|are|was|were|has|have|said|says|will|would)\b)")
ONE_NAME = re.compile(r"[A-Z][a-z]+")  # one capitalised word in capitals and small letters ("Criterion"; not "EA", "Sony's")
PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$")  # "the choice was Tony Blair's.": whose, not a name
SITE_BEFORE = re.compile(r"(?:\b(?:at|in|on|near|outside|from|into|known as)|['’]s) $")  # "at Browns Lane", "Jaguar's Browns Lane", "known as Henman Hill"
SITE_NAMED_BEFORE = re.compile(r"(?:\b(?:[Aa]t|[Ii]n|[Oo]n|near|outside|from|into|known as|named|renamed|dubbed|(?:back|top|foot|side|edge) of)"
                               r"|['’]s) [\"“‘]?$")  # also "On Henman Hill, fans", "the hill outside Court One, named Henman Hill",
# 'renamed "Murray Mound"', "At the back of Henman Hill"
SITE_AFTER = re.compile(r" (?:plant|factory|site|works|stadium|ground|headquarters|offices?|base|campus|depot|estate|wards?)\b")


def site_names(text: str, ents: list[list]) -> list[list]:
    """The article's entities with two-word PERSON spans that are places relabelled: a street, site or landmark ("Browns
    Lane", "Henman Hill") or a place opened by "County" or "St" ("County Durham", "St Andrews", a saint's possessive "St Andrew's", `data/street_words.txt`),
    whose first word is no given name, when the article uses that name as a place at least once ("at Browns Lane", "the
    Browns Lane plant"), the model tags it a place there, it opens with "County" or its first word is the surname of a
    person the article names in full ("packed Henman Hill" beside Tim Henman): all its spans then are FAC (a place opened by County or St: GPE); any
    two-word one ending in a word that ends no person's name, whatever opens it ("Albert Square", `data/place_endings.txt`); and a curated place of two
    words or more ("Milton Keynes", `data/place_names.txt`), always (GPE)."""
    words, given, towns = word_lists()["street_words"], word_lists()["given_names"], word_lists()["place_names"]
    placed = {THE.sub("", text[s:e]) for s, e, lab in ents if lab in ("FAC", "GPE", "LOC")}  # "the Browns Lane" tagged FAC once
    surnames = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and text[s:e].count(" ") == 1}  # "Tim Henman"
    sites = set()
    for s, e, lab in ents:
        name = THE.sub("", text[s:e])
        if lab == "PERSON" and POSSESSIVE_END.sub("", name) in towns:  # also "Sri Lanka's largest bank"
            sites.add(name)
            continue
        parts = name.split()
        if lab == "PERSON" and len(parts) == 2 and parts[1] in word_lists()["place_endings"]:
            sites.add(name)  # "half of Albert Square": no person's name ends in "Square"
            continue
        if lab == "PERSON" and len(parts) == 2 and (parts[1] in words or parts[0] in words) and parts[0] not in given and (
                SITE_NAMED_BEFORE.search(text, max(0, s - 12), s) or SITE_AFTER.match(text, e) or name != text[s:e] or name in placed
                or parts[0] == "County" or parts[0] in ("St", "Saint") and POSSESSIVE_END.search(name)
                or parts[0] in surnames):  # "Northumberland and County Durham": no person is called County; "to St Andrew's": a saint's possessive is a site
            sites.add(name)  # "the Browns Lane factory": no person takes "the"
    if not sites:
        return ents
    return [[s, e, ("GPE" if THE.sub("", text[s:e]).split()[0] in words or POSSESSIVE_END.sub("", THE.sub("", text[s:e])) in towns else "FAC")
             if lab == "PERSON" and THE.sub("", text[s:e]) in sites
             else lab] for s, e, lab in ents]


FIXTURE_VERBS = "face|host|visit|entertain|meet|play"  # what a team does to the team named after it
TEAM_AFTER = re.compile(r",? who\b| (?:are|were|have|beat|won|lost|drew|lead|led|trail|reached|finished|sit|sits)\b"  # "Newcastle are": British English gives a team plural verbs
                        rf"| (?:{FIXTURE_VERBS}) (?=[A-Z])"  # "Charlton face Aston Villa": a fixture, in the plural no person takes
                        r"|['’]s (?:[a-z]+ )?(?:players|fans|supporters|season|squad|side|defence|keeper|striker|home ground|ground|"
                        r"stadium|promotion|relegation|chairman|manager|coach)\b")  # "Leigh's poor season", "Exeter's joint chairman"


CLUB_SENTENCE = re.compile(r"\b(?:champions|title|promotion|promoted|fans?|supporters|beat|beaten|defeat|draw|drew|\d+-\d+)\b")  # "Leeds,
# the champions, stayed top of the table", "Adams led Leicester to promotion": words of a sentence about a club's season
PLAYING_FOR = re.compile(r"\b(?:play|plays|played|playing|signed|signs|signing)\s+(?:for|against)\s+$")  # "injured playing for Newcastle"


def club_use(before: str, sentence: str) -> bool:
    """True when a town's name stands where a club's may: its sentence speaks of sport (`data/sport_words.txt`) or of a
    club's season (`CLUB_SENTENCE`), or a fixture, a player's move or "playing for" comes right before it ("face Bolton",
    "joined from Leeds")."""
    return bool(patterns()["sport"].search(sentence) or CLUB_SENTENCE.search(sentence) or FIXTURE_BEFORE.search(before[-16:])
                or MOVE_BEFORE.search(before[-20:]) or PLAYING_FOR.search(before[-20:]))


FIXTURE_BEFORE = re.compile(rf"\b(?:{FIXTURE_VERBS}|faces|facing|hosts|hosting|visits|visiting|entertains|meets|meeting)\s+$")  # "face Charlton"
PLURAL_TEAM = re.compile(rf" (?:are|were|have|{FIXTURE_VERBS})\b")  # "Norwich face Middlesbrough": a verb in the plural


def team_use(before: str, after: str) -> bool:
    """True when the text around a one-word name uses it as a team ("Newcastle are 14th", "Newcastle manager Graeme Souness",
    "beat Newcastle", "two points behind Leeds")."""
    return bool(TEAM_AFTER.match(after) or ORG_ROLE_AFTER.match(after) or TEAM_BEFORE.search(before, max(0, len(before) - 30)))


PERSONAL_AFTER = re.compile(r",\s+\d{1,2},|\s+(?:himself|herself)\b|,?\s+(?:said|says|told|added|admitted|insisted)\s+(?:that\s+)?(?:he|she)\b")


def teams_throughout(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word name it tags an organisation where a score or a team's context follows or
    precedes it ("beat Charlton 2-1") relabelled ORG where it is tagged a person ("pulled one back for Charlton",
    "Charlton remain in the top half"), in a sentence about sport or naming another organisation ("pulled one back for
    Charlton, but Palace held on"; not "Voters beat Tolley"); never a surname of the article's people, nor a name
    the article gives an age or a "he" or "she" ("beat Murray 6-3 ... Murray said he was tired"), nor after a title."""
    if not patterns()["sport"].search(text):
        return ents
    teams = {text[s:e] for s, e, lab in ents if lab == "ORG" and ONE_WORD.fullmatch(text, s, e)
             and (SCORE_AFTER.match(text, e) or team_use(text[max(0, s - 40) : s], text[e : e + 40]))}
    teams -= {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    teams -= {text[s:e] for s, e, _ in ents if PERSONAL_AFTER.match(text, e)}  # "beat Murray 6-3 ... Murray said he was tired"
    if not teams:
        return ents
    orgs = [(s, text[s:e]) for s, e, lab in ents if lab == "ORG"]

    def about_sport(s: int, e: int) -> bool:  # a sentence about sport, or one naming another organisation ("for Charlton, but Palace")
        first, last = sentence_bounds(text, s, e)
        return sport_sentence(text, s, e) or any(first <= o < last and n != text[s:e] for o, n in orgs)

    return [[s, e, "ORG" if lab == "PERSON" and text[s:e] in teams and not TITLED.search(text[max(0, s - 12) : e])
             and about_sport(s, e) else lab] for s, e, lab in ents]


def city_clubs(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word place in a sentence about sport, not after a place preposition, that ends one of
    the article's two-word organisations (one name, however often written), as that organisation's short form (ORG): "Milan
    were beaten" beside "AC Milan"; also, anywhere in an article about sport, one that opens the article's one two-word
    club ending in a club word or a team's nickname (`data/team_words.txt`) and has a use (whatever its tag) followed as a
    team is ("are", "were", ", who", "sit", a possessive team noun: "Leigh's poor season") or by a club's role and a name
    ("Newcastle are a laughing stock" beside "Newcastle United", "Leeds coach Tony Smith" beside "Leeds Rhinos", "Exeter
    keeper Paul Jones"), or after a player's "games for", "against" or a table's "two points behind", with the
    article's other uses of the town not after a place preposition; not "the edge of Bradford, the club said" beside
    "Bradford City". Such a team tagged a person is the club too ("Hull, who moved into the KC Stadium" beside Hull City),
    unless a person of the article bears the name as a surname."""
    clubby = word_lists()["club_suffixes"] | word_lists()["team_words"]
    about_sport = patterns()["sport"].search(text) is not None
    ents = [[s, e, "ORG" if POSSESSIVE_END.sub("", text[s:e]) in long_club_names() else lab] for s, e, lab in ents]  # "Preston North End", tagged a person
    ents = [[s, e, "ORG" if lab in ("GPE", "LOC") and about_sport and text[s:e].count(" ") == 1 and (
             text[s:e].split()[-1] in clubby - {"City"} or text[s:e] in club_spellings()) else lab]
            for s, e, lab in ents]  # "Bristol Rovers have won promotion", tagged a place in an article about sport; not "Mexico City"
    # but a listed club's "Birmingham City"
    orgs = {POSSESSIVE_END.sub("", text[s:e]) for s, e, lab in ents if lab == "ORG"}  # also "Exeter City's"
    pairs = {name for name in orgs if name.count(" ") == 1 or name in long_club_names() and name.split()[0] not in PLACE_OPENER_WORDS}  # "Preston North End"
    ends = Counter(name.split()[-1] for name in pairs)
    towns = Counter(name.split()[0] for name in pairs if name.split()[-1] in clubby or name in long_club_names())  # "Leeds Rhinos"
    sport = bool(towns) and about_sport  # a town's club: an article about sport, a team's verb
    teams = {town for town, n in towns.items() if n == 1 and not ends[town] and sport and any(  # any use, tagged or not
        team_use(text[: m.start()], text[m.end() :]) for m in re.finditer(rf"(?<![\w&'-]){re.escape(town)}(?![\w&-]| [A-Z])", text))}  # "Leicester captain Martin Johnson", "Leicester,
    # who"; not the town inside "appearances for Leeds United"
    borne = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}  # "Steve Hull": his surname
    ents = [[s, e, "ORG" if (lab == "GPE" or lab == "PERSON" and text[s:e] in teams and text[s:e] not in borne)
             and ONE_WORD.fullmatch(text, s, e) and not place_use(text, s, e) and (
             ends[text[s:e]] == 1 and sport_sentence(text, s, e) and lab == "GPE" or text[s:e] in teams) else lab]
            for s, e, lab in ents]
    found = untagged_clubs(text, ents, clubby) if about_sport else []
    towns = {text[s:e] for s, e, _ in found}  # "Elgin City", tagged a place, is the club whose manager the article quotes
    return sorted([[s, e, "ORG" if text[s:e].count(" ") == 1 and text[s:e].split()[0] in towns and text[s:e].split()[-1] in clubby else lab] for s, e, lab in ents] + found)


def untagged_clubs(text: str, ents: list[list], clubby: frozenset[str]) -> list[list]:
    """ORG spans for a town the model left untagged before a club's role and a name ("Elgin manager David Robertson")
    when the article names a club of that town in full ("Elgin City", whatever its tag): the club's short form."""
    towns = {text[s:e].split()[0] for s, e, lab in ents if lab in ("ORG", "GPE", "LOC") and text[s:e].count(" ") == 1 and text[s:e].split()[-1] in clubby}
    out = []
    for town in sorted(t for t in towns if re.fullmatch(r"[A-Z][a-z]+", t)):
        for m in re.finditer(rf"(?<![\w&'’-]){re.escape(town)}(?![\w&'’-])", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in ents) and ORG_ROLE_AFTER.match(text, m.end()):
                out.append([m.start(), m.end(), "ORG"])
    return out
