"""Corpus-level merging: lone surnames into the person they stand for, company short forms into the company.

Person rules, for a mention whose name is one word ("Baker") or the end of a longer name in its
article ("Boone Pickens"):
- only a PERSON mention is folded into a person; an ORG mention only when its own article names a
  person with that surname and no company starting with it; a place or nationality mention only when
  its article names that person and the name speaks there ("France said") or is never a place in an
  article without such a person and is not used as one here ("in Jordan", "Welsh farmers"); a nationality word
  that is the subject of a verb in an article naming that person is the person ("said Welsh was previously"); a lone
  name, untitled, whose article says it was founded by each of its people of that surname is the firm ("Burberry was
  founded in 1856 by Thomas Burberry ... Burberry is now independent"); a curated country or major place tagged a person
  that no person of the corpus bears as a surname is the place ("Madagascar's coffee output");
- a full name folds into the article's one longer form of it with words in front ("Ross Perot" -> "H. Ross Perot"), or,
  when it is written after that form, with a middle initial or name ("Carl Icahn" -> "Carl C. Icahn"; not "George Bush"
  written before "George W Bush"), within its article only;
- a full name with a short given name folds into the article's one full name with a formal form of it
  (`data/nicknames.csv`: "Bill Webster" -> William Webster), within its article only;
- candidates are the article's full names with that surname (or, failing those, with that word as a surname inside the
  name: "Chacin" of "Juan Chacin Guzman", "Oteiba" of "Mana Said al-Oteiba") (or, for one word, that first or
  family name); only when the article has none, the corpus's full names with that surname, and only
  when the lone name has no competing reading (another label somewhere, or a first name elsewhere);
- a lone first name takes the article's one person it opens, also in a formal form (`data/nicknames.csv`: "Ken" ->
  Kenneth Clarke; of several, the one named before it: "Chris" after Christopher Eccleston, before Chris Evans), or
  the other way round ("Peter" beside Pete Doherty); not one introduced as someone new or a work ("Ashley, a
  16-year-old from Leeds", "We Need to Talk About Kevin, a novel");
- a first name right after a relative of a person the article names takes that family name ("Murray's mother Judy" ->
  Judy Murray, "Mr Keys' son Tom" -> Tom Keys, "Houser and his brother Dan" -> Dan Houser, "Mr Glazer's sons, Joel and Avram" -> Avram Glazer; also
  after the first name of the article's one person so called: "Andy's brother Jamie"), whatever the model tagged it;
  after "his/her <relative>" (a spouse only when named right after: "His wife Sarah", not "his wife, Patricia"),
  "their <relative>" or "whose <relative>", the family name of the person the pronoun means (where no full-named one
  fits, a lone surname tagged a person: "As Reagan boarded ... his wife Nancy" -> Nancy Reagan): the first full-named
  person whose sex fits "his"/"her", of its sentence, else of the nearest earlier
  sentence that has one, never one named inside a quotation when the pronoun stands outside ('"Danny is a brave man,"
  Klitschko said. His younger brother Wladimir': Klitschko's) ("His younger brother Ralf", "his twin brother Sir Frederick", "Reg Keys, whose son Tom", "Sherwood, whose parents John and
  Sheila"; "His older brother, Jamie" after a
  sentence about Judy Murray is Andy Murray's); a titled woman of that family name with no other candidate is that
  relative ("Murray's mother Judy ... Mrs Murray": Judy Murray);
- a one-word "person" (or organisation) in apposition to a town ("The nearest town of any size, Kendal, has", `PLACE_APPOSED`)
  is that place, unless it reads as a person there ("Speaking for the town, Kendal said");
- a one-word "person" that "the" comes right before once ("at the Tate") and that opens one of its article's
  organisations or buildings ("Tate Britain"), where no full name of the article ends in it, is that place in every
  untitled use there ("Tate director Sir Nicholas Serota"), not the corpus's namesake (`venues_after_the`);
- a lone surname that owns relatives ("Glazer's sons, Joel, Avram and Bryan"), and its uses before that, are none of the
  namesakes its article names later, there or in the corpus: the father, not Avram Glazer;
- "the elder" or "the younger" before a lone surname picks, of its article's namesakes, the one first named as a parent or
  an elder sibling, or as a child or a younger one ("his father, Rupert Murdoch ... The elder Murdoch": Rupert), even a
  relative (`by_age`);
- an untitled lone word that is a pet form of one person of its article takes that person: the start of the surname
  with -y, -ie, -o or -a ("Hoggy" of Matthew Hoggard, "Fergie" of Alex Ferguson; the last consonant doubled: "Johnno"
  of Martin Johnson; a whole surname of five letters or more, or four when the word is no given name: "Straussy",
  "Backy"), a PERSON-tagged word of four letters or more that starts the surname and is no given name ("Tosh"
  of John Toshack), or the start of the first name ("Gav" of Gavin Henson); a press nickname not built from the name takes the article's person with the surname
  `data/press_nicknames.csv` lists for it ("Freddie" beside Andrew Flintoff; not beside Freddie Mercury);
- a lone first name right before " and " and a two-word person shares that person's surname ("Jean and Charles
  deGunzberg" -> "Jean deGunzberg", "Sir David and Sir Frederick Barclay" -> "David Barclay"), within its article only,
  unless a list of names leads to it ("Ronaldo, Raul and David Beckham");
- a stage name whose real name its sentence gives is that person, in all its article ("Jordan, whose real name is Katie
  Price"), unless the article names someone in full with it as a surname ("Christie, born Anthony Fitzgerald" beside
  Tony Christie); so is a nickname quoted inside a full name ('Andrew "Chubby" Chandler': every "Chubby" of the article);
- a bare possessive with no noun after it is the article's one organisation it opens ('"Without King's, it wouldn't
  feel right"' beside King's College; of several, the one ending in an institution noun, not King's Parade);
- of several candidates, "not related to" and a name after a lone surname rules out that name ("Millar, who is not
  related to David": Robert Millar), and a "Dr" before a two-word name ending two longer names of the article takes the
  one the article calls Dr ("Dr Wyn Jones": Dr Richard Wyn Jones, not the party leader Ieuan Wyn Jones);
- of several candidates, the only one whose own sentences name another person of the lone name's sentence ("founded by
  Bill Hewlett and David Packard ... Packard died in 1996 and Hewlett in 2001": Bill, not his son Walter Hewlett);
- a formal first name is not the bearer of its pet form when the article names someone with the formal name ("David"
  beside David Millar and Dave Brailsford: David Millar); the other way round stays open ("Chris" of Christopher
  Eccleston or Chris Evans);
- a lone word tagged a person, written before the article introduces its namesake, that says "it" is the firm ("Orange
  said it would have 3G phones" before the sales adviser Jade Orange);
- a lone name tagged an organisation, with no namesake or company in its article, followed by what only a person takes
  (", who sat", ", 39,", "himself", "said he"; not after a place preposition, nor "Keane, who were") is a lone surname
  that may take the corpus's person ("Live Aid organiser Geldof, who" -> Bob Geldof), and so are its other uses there;
- a lone name tagged a nationality that is no listed nationality word, with a namesake in its article, is that person
  even before a lower-case word ("Klitschko dominated from the start"); a place or nationality listed with "and"/"or"
  beside a place of the corpus is the place ("talks on Florence and Venice", "Welsh and Scottish fans" beside Gary Welsh);
- a lone surname that the article writes beside a full name of that surname with "and" ("Reagan and Nancy Reagan")
  is another person: no lone surname of that article (but one after Mrs/Ms/Miss) folds into that full name;
- a lone name with a generational suffix ("Noland Jr") takes only a full name with the same suffix;
- a name that the article wrote before with a regnal number is that holder ("John Paul" after "Pope John Paul II",
  "Benedict" after "Benedict XVI", not a Benedict XV named later);
- an initial and a surname that no rule above resolved ("A Cole" of a team sheet, "G. Neville") is the one person of that
  surname whose given name opens with that initial, of its article, else of the corpus; none when two are (Ashley and
  Andy Cole);
- a lone PERSON word with no title and no person of that name in its article is the article's company that it opens
  ("May said" beside "May Department Stores Co"), or the one two-word organisation of the article that it ends when no
  given name nor another organisation of the article opens that ("Nero now has 220 shops" beside Caffe Nero; not
  "Ericsson" beside Sony Ericsson and Sony);
- of several namesakes, a lone surname that speaks, also with its affiliation in apposition ("Page, of research firm
  Hitwise, said"), is the one named in the two sentences before it;
- a title narrows the candidates: Mrs/Ms/Miss drop men's first names and Mr/Sir women's, unless the article's one
  namesake is said to be a woman ("Gareth Peirce, who represents ..., said her clients" ... "Ms Peirce"); other
  title words ("Treasury Secretary", "Sen.") pick the candidate named with the same title, and "Dr" the namesake its
  article introduced as a doctor ("Dr Fiona Darling ... Dr Darling", not Alistair Darling); "King" alone is a surname,
  not a man's title ("King had held the seat" after Ms King);
- of several namesakes in its article, an untitled lone surname followed by a personal pronoun takes the one whose
  first name fits it ("Green, who was knighted ..., said he": Sir Philip, not Tina Green), unless a relative, a given
  name or a quotation stands between;
- a word that is also a given name, right after a person noun ("Coldplay singer Martin", "Frontman Martin said") or
  ending the corpus's full names at least three times as often as it opens them ("Howard" beside Michael Howard, not
  Howard Hughes), is a surname and may take the corpus's person like one;
- a one-word name tagged an organisation is a firm, never its article's namesake person, after a firm noun ("The mobile
  operator Orange"), before an apposition naming a firm ("Vickers, the defence engineering firm") or in a list of
  organisations ("Burton, Dorothy Perkins and Evans"); a firm named after a founder (`data/founder_firms.csv`) so tagged
  stays the firm beside a namesake who is not the founder ("Ford, which owns Jaguar" beside the worker Jim Ford), even
  where it speaks, when the article names the firm's longer name and no "he"/"she" follows ("Ford said this week it was
  not looking for suppliers" beside the Ford Motor Company and the supplier Mr Ford);
- a lone first name written before the full name it opens, outside the headline, a quote, a relative's apposition and
  royal names, refers back like a surname and takes no later person ("its plumber hero Mario" before Mario Rossi); one
  that takes a full name takes the longest name that full name folds into ("Max" of Maxwell Davies: Sir Peter);
- a full name written after the article's one peer of that surname ("Lord Coe" ... "Sebastian Coe") folds into the peer,
  unless its first name's sex contradicts the title, it is introduced as someone new ("Graham Browne, an analyst") or the
  article names two people of that surname in full ("Lord Saatchi" beside Maurice and Charles Saatchi);
  a peer written after the article's one first name and surname of that surname folds into that name ("Paul Drayson,
  the businessman who was made a life peer ... Lord Drayson"), unless named as a relative ("His father, Lord Wolfson");
- a lone surname tagged a place in its article, and elsewhere only in its namesake's articles, takes the corpus's one
  person of that surname when the articles share names and the sentence does not say "she" ("Wogan"; not "Jordan said
  she" as Eddie Jordan); a given name or initials so tagged, elsewhere only beside a person so named, is the article's
  person ("Billie, who had a hit", "KP"); a royal title ending a full name is no surname ("Mary Queen" of Scots);
- a firm or team named after a founder (`data/founder_firms.csv`: "Dell", "Williams") is the firm beside its founder,
  unless a title or what is said of it reads as a person ("Mr Dell", "Williams said he");
- of several namesakes, one the article has so far named only as another's relative in apposition ("Walter Hewlett,
  son of co-founder Bill Hewlett ... Mr Hewlett") is not the one meant;
- a lone name refers back: of several namesakes in its article it takes the only one named before it, else (untitled)
  the one its earlier untitled uses took, else (after Mr/Mrs/Ms) the one named last, outside quotation marks when the
  title attributes a quote ('His father, Shah Khan, said ... "It's Amir's decision," Mr Khan said': Shah); a "his" or
  "her" relative right after an untitled one picks by sex ("McCartney later joined his daughter": Paul, not Stella);
  a short form that the curated list gives to one of its article's organisations is no person ("Sky chairman" beside
  BSkyB and analyst Katherine Sky); an ORG- or place-tagged name written
  before any namesake person is introduced stays what it is ("Ford said" before "Derek Ford"), and so does an untitled
  lone surname so written outside the article's first sentence (a headline may lead with the surname: "Okafor wins
  vote", but "Vodafone, O2, Orange and T-Mobile" comes before analyst Peter Orange, also through a list's place-tagged
  names, and its later untitled uses with no sign of a person stay the firm: "Orange has signed a deal");
- a town tagged a place, in an article naming one club of that town by a club word or a team's nickname ("Leeds
  Rhinos"), is that club where its sentence is about sport or a club's season and no place use reads ("Leeds, the
  champions, stayed top"; not "Leeds band Kaiser Chiefs", nor "signed from Dundee" beside Dundee United: the club list
  spells Dundee as a club of its own);
- a one-word name used as a place where it stands is none of its article's namesakes: after a place preposition (also one
  opening a sentence: "In Wales, teachers" beside Jimmy Wales), also when tagged an organisation ("is in Lincoln"
  beside Sarah Lincoln), or between "the" and a noun a town qualifies
  ("the Bedford athlete" beside David Bedford, `data/place_nouns.txt`); the first part of a double-barrelled surname
  ("Kilroy" of Robert Kilroy-Silk) counts as the person's surname, so a place tag elsewhere does not keep it apart;
- a title's sex sticks to the person it resolved to: "Mr Blair" never takes the Cherie Blair that "Mrs Blair" named, in
  her article or in any other; after Mr/Mrs/Ms a word that is also a first name ("Mr Howard") is still a surname, and
  a word the corpus uses as a surname is not the first word of the article's full name ("Mr Murdoch" beside Murdoch
  MacLennan is Rupert Murdoch), except a family name written first (`data/family_first_surnames.txt`, not also a given
  name): "Mr Yang" beside Yang Yuanqing is Yang Yuanqing, whatever Jerry Yang another article names, and such a family
  name is the surname of its full name across articles too;
- a titled two-word surname the article never gives in full ("Mr Duncan Smith") is the one corpus name of three or more
  words that ends in it (Iain Duncan Smith), when the title's sex fits;
- a titled lone surname counts as rare (so the corpus's one candidate may take it) when its other lone uses sit in
  articles that name the person in full ("Mr Yanukovych" in two articles beside the Viktor Yanukovych of a third);
- a listed town tagged a person after "at" is the place ("won the Grand National at Aintree" beside Kevin Aintree), and
  after "X said" too ("Mr Durkan said Derry had voted"): only '"...," said Derby' is a speaker;
- a particle and a surname ("Van Barneveld", "de Vries") that ends a longer name in the corpus is a lone surname, and
  takes that name in its article or across articles like one;
- a PERSON-tagged full name that an ORG of its article extends with company words, never shown as a person there, is
  that company ("a store like John Lewis" beside "The John Lewis Partnership");
- of several namesakes in the corpus, an office written right before a lone name ("Bank governor Mr King") or in an
  apposition after it ("Mr Clarke, the home secretary,") picks the one other articles write with that office (Mervyn
  King, not Justin King; Charles Clarke, not Kenneth Clarke), or the one written with it three times as often as each
  other ("Former chancellor Mr Clarke": Kenneth Clarke, not Charles, once in a sentence naming the Chancellor); an
  office that owns someone is not theirs ("The Chancellor's brother, Andrew Brown"); a name between "the" and
  "administration" holds the office of president ("the Reagan administration": Ronald Reagan, not Nancy Reagan);
- one candidate left: merged; several: a curated known actor breaks the tie, or, among the corpus's
  candidates, one that at least 10 articles name (in full or by a resolved surname) and 10 times as many
  as any other (a president against his wife and a misspelt span, "Athough Reagan"), or the one named in full in two
  articles or more that is left once rivals named in one article, only opening a sentence and with no given name first,
  are set aside (that misspelt span swallowed the sentence's first word); else nothing merges.
- in a large corpus (stop 43): a lone name that other reports keep as no person, in articles its own story resembles far
  more than the person's articles, is not that person (the band "Keane" of Brit Awards reports, not Roy Keane:
  `namesakes.Company.other_reading`); a full name named in one article takes a surname used alone in at most
  ONE_OFF_REACH other articles unless a title chose it (not the student "Martin Bono, 19" for thirty stories' "Bono"); a
  founder's firm written alone where the founder is never named in full is the firm ("drive for Williams");
- a birth name folds into the stage name ("Peel was born John Ravenscroft"); a relative's first name takes the article's
  full name that opens with it ("his wife Sheila" beside "Sheila Ravenscroft"); an epithet and a given name ("Dirty Den")
  is the article's person of that given name; a man's title resolved by office passes its person to the bare surname of
  its article ("Microsoft chairman Mr Gates ... Gates said");
- a name opening with no given name that its article introduces as a firm ("drinks company Pernod Ricard", "Pernod Ricard
  chairman"), untitled there, is the firm, and so is its first word alone (`introduced_firms`); a listed town beside its
  namesake is the place after a place preposition, in "places like" or before "with a majority";
- in a large corpus (stop 44), one article no longer decides for all the others: a name is "placed" only when the
  articles tagging it a place without a person of it are at least a quarter as many as those naming one ("Ferdinand"
  tagged a place in two stories of 3,440 is still Rio Ferdinand's surname in his), and a woman's title that its article
  leaves open ("Ms Hewitt") stays open to the corpus's choices, as a man's does (one Sally Hewitt named once no longer
  keeps every "Ms Hewitt" from Patricia Hewitt);
- a woman's title takes the article's woman over a relative whose given name is of either sex ("Mrs Murray": Judy, not
  Jamie; `NameRules.either_sex`), a peer's rank tells a candidate's sex ("Ms Wyatt" is no "Lord Wyatt"), and a peer named
  as someone's relative anywhere earlier in the sentence keeps the title ("the daughter of ... Lord Wyatt");
- (stop 53) a nickname the article gives is that person wherever it stands ("Ebbers, who is known as Bernie", ", nicknamed
  \"Crazy Horse\"", "Ming, as Sir Menzies is known"); a titled surname is no one the article introduces later as someone new
  ("Mr Murdoch ... Viewer Keith Murdoch, a taxi driver") nor the parent its apposition names ("Mr Ferry, son of ... Bryan
  Ferry"); given names listed after a plural relative share the family name ("His sons Joel, Avram and Bryan Glazer");
  a lone surname is the person a knight's first name was taken as ("Dame Kelly ... Holmes said"); a club or town used
  as a team in a sport sentence is no person of another article ("against Charlton"); a site after "at" is no person
  ("at Queen's,"); a pet form of a first name is that person ("Brucie"), an organisation never a first name it begins;
- (stop 56) a lone name followed by ", born" and another name is the article's full name it is the surname or the first
  name of ("Sir Elton, born Reginald Dwight": Elton John, and so is the birth name); a lone surname whose corpus namesakes
  are only ever named together (a player and his mother in one story) is the one other stories call by the bare surname;
- (stop 68) after Mr/Mrs/Ms a word the corpus uses as a surname or a listed first name is never the first name of the
  article's person, whatever the model tagged it ("Mr Howard" beside Howard Flight is Michael Howard of other stories, or
  no one); given names after a plural royal title are each that royal ("Princes William and Harry": Prince Harry);
- (stop 72) Mr, Mrs, Ms or Miss is never the article's knight or dame of that surname ("Mr Campbell" beside Sir Menzies
  Campbell: Alastair Campbell); a full name introduced as running something ("Mark Sainsbury, who runs a
  start-up") is no peer of the article; an untitled lone surname, no person of the article so called, is the article's
  firm named after a founder of that surname ("Travel firm Thomas Cook ... Cook has a strong brand"); a listed town after
  "said" and before a verb ("said Jersey had") is the subject of what was said, so still the town; a one-word name whose
  previous use in its article, in the same sentence or the one before, is tagged a place is that place unless it reads as
  a person where it stands ("London is competing with Paris, Madrid and Moscow. Paris is seen as the favourite", not
  another story's James Paris);
- (stop 73) a one-word name tagged a place after its article used it as one ("On Portland itself ... for Weymouth and
  Portland") stays the place beside a namesake unless it reads as a person there; a council, court or other institution
  named after a town is no club or firm of that name (`named_after`: "Coventry has been through this" beside Coventry City
  Council and Roger Coventry is the city); a woman's title other than the one the article gave a namesake is the other
  woman of that surname ("Ms Kelly" was Ruth Kelly, "Mrs Kelly" is dinner lady Pat Kelly); Mr, Mrs, Ms or Miss makes no
  firm ("Mr Turner" beside Turner & Newall); a birth name folds into the one stage name ending with the lone name ("Peel
  was born John Ravenscroft" beside "Peel Sessions").
- (stop 88) a nickname after "known as The" is given like one after "known as" ("Taylor, known as The Power": every "Power"
  of the article), and so is one that opens a sentence before its person ("Known as The Power, Taylor has dominated"); a
  lone name after "from", "in", "at" or "near" gives no nickname ("The 44-year-old from Stoke, known as The Power" is no
  nickname of the landlord Ray Stoke); a place word followed by ", home of" is used as a place ("The real Silverstone, home
  of the British Grand Prix" beside the track owner Graham Silverstone); a lone first name left unresolved is the title
  character of the one listed work opening with it that its article names (`data/named_works.txt`: "Billy" beside "the
  musical of Billy Elliot", "Vera" beside "British drama Vera Drake"), unless a person of the article has that first name
  (since stop 99 also a lone surname ending one named like a person, "Poppins", and a first name tagged a place).
- (stop 91) a lone surname said to be "no relation to the prop" is not the namesake the article calls the prop (and that
  phrase gives the name no office); a lone name after "a" that opens one of the article's firms, no person of the article
  so named, is that firm ('simply "a Massey"' beside Massey Ferguson); a lone name right after "the" in apposition with a
  lagoon, a river, a hill and the like is that place ("on the Fleet, the long, shallow lagoon" beside Linda Fleet); a
  nickname a person is known by somewhere is given like one after "known as" ("Sir Menzies, 63, known at Westminster as
  Ming").
- (stop 92) the first given name of a list that relatives open takes the surname the list ends with ("Brothers Tom, Mark
  and Stephen Pritchard"; the relative may open the sentence); a surname followed by ", whose brother" and the like reads
  as a person, and not as the relative it names ("said Ford, whose brother Neil Ford also races": Kevin Ford, not the
  car maker nor Neil); "Sir Michael" is the Michael its article names in full in the same sentence or the one before,
  ahead of another article's knight ("once played by Michael Caine. Sir Michael has said"; not "Exeter manager Alex
  Inglethorpe" named after "Sir Alex").
- (stop 93) a bare first name is the person its article titles "Sir" or "Dame" by it ("Dame Kelly ... Kelly, as she is
  widely known" beside the lighthouse keeper "Mrs Kelly"), unless the article named a bearer of the word as a surname
  first; a given name written before the article's bearer of it as a surname is the person named with it in full before
  ('"Kylie is in good spirits"' before the fan Gary Kylie); "Sir Elton, who was born Reginald Dwight" gives the birth name
  to the knight, not to the article's "Mr Elton"; '"...," Robinson said' is the Robinson who spoke in the sentence before
  ("England coach Andy Robinson said"), not one named two sentences back, unless a relative; a birth name after an age
  ("The 40-year-old, whose real name is Mark Berry") is that of the one-word name just used ("Bez").
- (stop 94) a one-word name its own words make a listed club's, a trade's group or a make ("a Chelsea supporters' club",
  "The Hilton hotel group", "a new Halo game": `told_org`) is no person of its article who has the word as a first name
  or surname; an apposition ending in a noun for a person ("Wales, a former options trader,") is a person's evidence.
- (stop 95) a one-word name tagged a firm right after the article used the word for a place is the place, not the
  article's bearer of it ('born in the city of Wells ... "Wells has its cathedral"' beside Mr Wells); "who" after a listed
  club the article named first is no sign of a person ("Chelsea, who also won the Carling Cup", beside Dave Chelsea).
- (stop 96) a full name with a short given name never folds into a father named with "Sr" ("Bill Gates" beside William
  Gates Sr); a relative's first name takes the surname of the couple an organisation is named after when no one else
  fits ("his wife Melinda" beside the Bill and Melinda Gates Foundation); an apposition's noun for a person counts in
  capitals too ("London, a former DJ,").
An unresolved woman's title stays in the name ("Mrs Simpson"). Company short forms and acronyms: see `companies`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

import pandas as pd

from helpers.entities import context, namesakes, people, rows
from helpers.entities.context import ADDRESS_TITLES, SHARES_IN, THE_BEFORE, company_reading, listed_places, patterns, place_here, shop_reading, word_lists
from helpers.entities.companies import OF_BEFORE, PLACE_LABELS, civic_words, company_for, dominant, ended_by, initials, institution_of, merge_companies  # noqa: F401 (merge_companies: names uses it from here)
from helpers.text import data_lines

SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
ELDER_SUFFIXES = {"Sr", "Sr."}  # "William Gates Sr": the father, whom a name written without it does not mean
ROYALS_BEFORE = re.compile(r"\b(Prince|Princess)(?:s|es) (?:[A-Z][a-z]+(?:, | and ))*$")  # "Princes William and " before "Harry"
TITLE_ALIASES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president"}
GENERIC_WORDS = {"the", "a", "an", "mr", "mrs", "ms", "miss", "sir", "dr", "former", "new", "said", "and", "but"}
# Not companies.SAYS / companies.PLACED: their union changes names ("Dean also said it" would make Dean Foods a person,
# "a letter from Liang" a place), though it leaves bench_names' figures the same on all four gold sets.
SPEECH = re.compile(r"(?:'s(?=\s))?,?\s+(?:said|says|told|added|argued|warned|noted|explained)\b")  # not "the chain Sainsbury's, said"
AFFILIATED_SPEECH = re.compile(r",\s+of\s+[^,.;:!?\"]{1,60},\s+(?:said|says|told|added|argued|warned|noted|explained)\b")  # "Page, of
# research firm Hitwise, said": a lone surname speaking with its affiliation in apposition
PLACE_PREPOSITION = re.compile(r"\b(?:[Ff]rom|[Ii]n|[Aa]t|[Nn]ear)\s+$")
LOCATIVE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear(?:by)?|[Nn]eighbouring|[Oo]utside|[Aa]cross|[Tt]hrough(?:out)?|[Vv]ia|[Ii]nto|[Aa]round|of)\s+$"  # also "In Wales," opening a sentence
                      r"|(?<![\w-])(?:(?:north|south)(?:-(?:east|west))?|east|west|central|northern|southern|eastern|western)\s+$")  # "east London"
ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|was|were|is|has|had|have|would|will|may|might|could|should|can|did|does|said|says|"
                         r"told|added|as|who|also|to|in|of|for|with|at|on|by)\b)[A-Za-z]|-[A-Z][a-z]")  # "Welsh farmers", "Welsh Water",
# "the German-British Chamber"
PLACE_MIN, PLACE_RATIO = 5, 4  # `mostly_place`: UK sets A-F and Reuters gold 1-9 (a ratio of 1 made "Edelman", "Conrad" places)
STATE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)")  # "Warren, Mich.", "Newark, N.J.": a town
FROM_BEFORE = re.compile(r"\bfrom\s+$")  # "visible from Kendal": beside a town the model tags a place, the town
PLACES_LIKE = re.compile(r"\b(?:[Pp]laces|[Tt]owns|[Cc]ities|[Ss]eats|[Cc]onstituencies)\s+(?:like|such as)\s+(?:[A-Z][\w-]*,?\s+)*$")  # "Places like Worcester"
MAJORITY_AFTER = re.compile(r"\s+(?:with|by) a majority\b")  # "Labour holds Worcester with a majority": the seat
AT_PLACE = re.compile(r"(?<!\blook)(?<!\blooked)(?<!\blooking)(?<!\blaughed)(?<!\bshouted)(?<!\baimed)(?<!\bpointed)(?<!\bangry)"
                      r"(?<!\bjibe)(?<!\bswipe)(?<!\bdig)(?<!\bout)(?<!\bglanced)(?<!\bstared)\s+at\s+$")  # "won at Aintree"; not "a swipe at Ascot"
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|have|will|would|could|should|must|remains|became)\b")  # "said Jersey had": a clause's subject
SAID_BEFORE = re.compile(r"(?:^|[,\"”’'])\s*(?:said|says|added|told)\s+$")  # '"...," said Harrow': the speaker; not "Mr Durkan said Derry had"
PLACE_APPOSED = re.compile(r"\b(?:town|towns|city|village|county|borough|port|suburb|district|constituency|seat|capital|region)"
                           r"(?:\s+(?:of\s+(?:any|some)\s+size|nearby|itself))?,\s+$")  # "The nearest town of any size, Kendal, has": the town
FEATURE_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*,?\s+){0,4}?(?:lagoon|river|estuary|lake|loch|lough|bay|harbour|reservoir|channel|"
                             r"canal|hill|moor|fell|valley|island|peninsula|cave|gorge|beach|forest|wood|mountain|creek|strait|firth|marsh|"
                             r"fen|dale|headland|cliff|waterfall|stream|brook|burn|mere|tarn|pothole|cavern)(?=[\s,.;:])(?!\s+(?:guide|keeper|warden|"
                             r"ranger|bailiff|pilot|man|woman)\b)")  # "the Fleet, the long, shallow lagoon": a place
DOCTOR_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s+$")  # a title of either sex, read as Mr or Mrs is: the namesake named last
SEAT = re.compile(r"\b(?:MPs?|MEPs?|MSPs?|member|members|seat|constituency|council|mayor|Mayor|Bishop|Archbishop)\s+(?:for|of)\s+$")  # "the MP for Henley"
OBJECT_BEFORE = re.compile(r"\b(?:by|of|to|with|for|from|against|on|at|in)\s+$")  # "an earlier plan by Glazer, said": no speaker
SUBJECT_START = re.compile(r"(?:^|[.!?]\s+)$")  # a name opening its sentence
ACTS = re.compile(r"\s+(?!(?:and|or|nor|of|in|at|on|for|to|the|a|an|with|by|from)\b)[a-z]+\b")  # "Robinson gave": a verb, not "and" or "of", follows
RECENT_SENTENCES = 2  # a lone surname that speaks refers to the one namesake named this close before it
SUBJECT_SENTENCES = 1  # a lone surname opening a sentence refers to the one namesake named this close before it
AGE_BEFORE = re.compile(r"\b[Tt]he\s+(elder|older|eldest|younger|youngest)\s+$")  # "The elder Murdoch": of two namesakes, the older
ELDER_KIN = re.compile(r"\b(?:father|mother|dad|mum|grandfather|grandmother|(?:elder|older|eldest|big)\s+(?:brother|sister))\b,?\s+$")
YOUNGER_KIN = re.compile(r"\b(?:son|daughter|grandson|granddaughter|(?:younger|youngest|little|baby)\s+(?:brother|sister))\b,?\s+$")
FOUNDED_BY = re.compile(r"\b(?:co-)?founded\s+by\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\s+)?$")  # "HP was founded by Mr Hewlett"
FOUNDER_WORD = re.compile(r"\b(?:co-)?founders?\b", re.I)  # "the firm's co-founder Bill Hewlett"
PAST_AFTER = re.compile(r"\s+[a-z]+ed\b")  # "German contended": a verb, no noun a nationality qualifies
OWNER_BEFORE = re.compile(r"['’]s\s+$")  # "AGA's German": an organisation's person
SUBJECT = re.compile(r"\s+(?:was|is|has|had|will|would|joined|became|remains)\b")  # "said Welsh was previously ...": a nationality word as a subject is a person
PARTICLE = re.compile(r"(?:al|el|de|da|di|du|van|von|bin|ibn|ben|le|la)[-'][A-Z]")  # "el-Sayed"
NAME_PARTICLES = {"Du", "De", "Da", "Di", "Del", "Della", "Dos", "Das", "Van", "Von", "Der", "Den", "Le", "La", "Ter", "Ten"}  # "De Villiers"
DESCRIBED = re.compile(r",\s+\d{2},|\s+(?:himself|herself)\b|" + context.WHO_AFTER.pattern + r"|\s+(?:said|says|told|added)\s+(?:he|she)\b")  # only a person (not "Keane, who were")
PERSONAL = re.compile(r",\s+\d{2},|\s+(?:himself|herself)\b|,\s+who\b(?!\s+(?:are|were|have)\b)|\s+(?:was|is|had been|has been)\s+(?:arrested|named|appointed|"
                      r"elected|charged|indicted|born|married|sentenced|jailed|taken)\b|\s+(?:resigned|died)\b")  # not "Travis, who are"
HIS_OWN = re.compile(r"\s+(?:is|was)\s+(?:[a-z]+\s+){0,3}?(?:for|of|with|by)\s+(?:his|her)\s")  # "Sinclair is better known for his
# home computers": what is his is a person's
ADDRESSED_ONLY = re.compile(rf"(?:{ADDRESS_TITLES}) \S+")  # a title and a surname only: a curated character ("Mr Darcy")
INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "C." of "Carl C. Icahn"
ROMAN = re.compile(r" (?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|XXII|XXIII)")  # a regnal number
ROMAN_END = re.compile(r" [IVX]+$")  # a name that already ends in one
INITIALLED = re.compile(r"([A-Z])\.? ([A-Z][a-z][\w'’-]*)")  # an initial and a surname: "A Cole", "G. Neville"
SURNAME_RATIO = 3  # `mostly_surname`: UK sets A-AW
WELL_NAMED = 2  # articles naming a person in full that make a one-off rival span with no given name ("Athough Reagan") no rival
OFFICE_RATIO = 3  # an office picks the namesake written with it at least this many times as often as each other one
TITLED_SPREAD = 3  # "Mr Brown" of several Browns called "Mr": the one named in this many articles and this many times as many as each other
WOMEN_RANKS = frozenset({"Baroness", "Lady", "Dame", "Duchess", "Countess", "Princess", "Queen"})  # "Baroness Thatcher" is no Mark
MEN_RANKS = frozenset({"Lord", "Baron", "Duke", "Earl", "Prince", "King"})
KIN_NOUN = (r"(?:(?:younger|older|elder|eldest|youngest|twin|little|big|late)\s+)?(?:great-)*(?:mother|father|mum|dad|sister|brother|wife|husband|"
            r"widow|widower|son|daughter|stepson|stepdaughter|grandson|granddaughter|cousin|uncle|aunt|grandmother|grandfather|niece|nephew|"
            r"sons|daughters|brothers|sisters|parents|grandparents)")
KNIGHT_TITLE = r"(?:Sir|Dame)\s+"  # a knight's title before the name: "his twin brother Sir Frederick"
KIN = r"\s+" + KIN_NOUN + r"(?:,?\s+[A-Z][\w'-]+(?:,\s+[A-Z][\w'-]+)*,?\s+and)?,?\s+(?:" + KNIGHT_TITLE + r")?$"  # also "sons, Joel and "
# of Avram, and a knight
KIN_WORD = re.compile(r"\b" + KIN_NOUN + r"\b")  # a relative named in a text
KIN_WORD_BEFORE = re.compile(r"\b" + KIN_NOUN + r",?\s+$")  # a relative right before a name ("his brother Charles")
KNIGHTED_KIN = re.compile(r"(?:\b" + KIN_NOUN + r",?\s+(?:" + KNIGHT_TITLE + r")?|\b" + KNIGHT_TITLE + r")$")  # "his cousin Sir Tim Sainsbury": no
# peer of the article (`peer_of`): a relative, or a knight, is not the Lord of the same surname
SHE_WORD = re.compile(r"\b(?:she|her)\b")
SHE_AFTER = re.compile(r"(?:,[^.,]{0,60},)?\s+(?:said|says|told|added|explained)\s+(?:\w+\s+){0,2}?(?:she|her)\b")  # "Gareth Peirce, ..., said her clients"
OWN_KIN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){1,3}?([Hh]is|[Hh]er)\s+" + KIN_NOUN + r"\b")  # "McCartney later joined his daughter": a man
PRONOUN_AFTER = re.compile(r"((?:(?![.!?\"“”]).){0,120}?)\b(he|she|his|her|him|himself|herself)\b")  # "Green, who was knighted ..., said he"
FIRM_SITE_OWNED = re.compile(r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:plant|factory|works|headquarters|refinery|shipyard|assembly line)\b")
# "Ford['s Dagenham plant]": a one-word name tagged ORG owning an industrial site is the firm
OWNS_KIN = re.compile(r"['’]s\s+" + KIN_NOUN + r"\b")  # "Glazer['s sons], Joel, Avram": a surname owning relatives
KIN_BEFORE = re.compile(r"(?<![\w'-])([A-Z][\w'-]+)(?:['’]s|(?<=s)['’]|\s+and\s+(?:his|her))" + KIN)  # "Murray's mother ", "Mr Keys' son ",
# "Houser and his brother "
PRONOUN_KIN = re.compile(r"(?<![\w'-])([Hh]is|[Hh]er)\s+" + KIN_NOUN + r",?\s+$")  # "His son Joel Glazer": the relative of the one "his" means
KIN_PRONOUN = re.compile(  # "His younger brother ", "her sister ", "His wife ", "The singer's mother ": the family of the person meant
    r"(?<![\w'-])([Hh]is|[Hh]er|[Tt]heir|whose|[Tt]he\s+[a-z]+['’]s)(?:" + KIN.replace("wife|husband|", "").replace("widow|widower|", "")  # "Reg Keys, whose son Tom"
    + r"|\s+(?:wife|husband)\s+$)")  # a spouse named right after ("His wife Sarah"), not in apposition ("his wife, Patricia")
PET_ENDINGS = ("ie", "y", "o", "a")  # `pet_forms`: "Fergie", "Hoggy", "Jacko", "Carra"
NO_TITLES: frozenset[str] = frozenset()  # one shared empty set for the many mentions without a title


def name_words(name: str) -> tuple[str, ...]:
    """Words of a name without generational suffixes, a particle after the first word in lower case ("Louis Gerstner Jr"
    -> ("Louis", "Gerstner"); "De Villiers" -> ("de", "Villiers") like "Dawie de Villiers")."""
    words = [w for w in name.split() if w not in SUFFIXES]
    return tuple(w.lower() if w in NAME_PARTICLES and len(words) > 1 and i < len(words) - 1 else w for i, w in enumerate(words))


def fuller(long: tuple[str, ...], short: tuple[str, ...], later: bool = True) -> bool:
    """True when a longer name adds only words in front ("H. Ross Perot" of "Ross Perot") or, when the short form comes
    `later` in the article, initials ("Carl C. Icahn", then "Carl Icahn") or a middle name ("Sandi Haber Sweeney", then
    "Sandi Sweeney"): "George Bush" written before "George W. Bush" is his father."""
    if long[-len(short) :] == short:
        return True
    return later and (tuple(w for w in long if not INITIAL.fullmatch(w)) == short or len(short) == 2 and (long[0], long[-1]) == short)


def fullest(names: list[str], first_at: dict[str, int]) -> list[str]:
    """The names that no longer name of the list holds (`fuller`; `first_at`: where the article first writes each)."""
    words = {n: name_words(n) for n in names}
    return [n for n in names if not any(len(words[g]) > len(words[n]) and fuller(words[g], words[n], first_at[g] < first_at[n]) for g in names)]


ONE_OFF_REACH = 5  # `attested`: the most articles whose lone surname a full name named in one article may take


def attested(full: str, named_in: dict[str, set[str]], lone_articles: int, rules, titled: bool = False) -> bool:
    """True when a full name may take a lone surname of other articles: two articles name it, the lone name is used in
    fewer than three articles, or it opens with a curated first name or an initial and the lone name is used in at most
    ONE_OFF_REACH articles (any number when a title chose it: "Mrs Reagan" of Nancy Reagan). A one-off span with an odd first word ("Athough Reagan") never takes the surname fifty articles
    use alone, nor does a student named once ("Martin Bono, 19, from Hackney") take the "Bono" of thirty music stories."""
    first = name_words(full)[0]
    return (len(named_in.get(full, ())) > 1 or lone_articles < 3
            or (first in rules.first_names or bool(INITIAL.fullmatch(first))) and (titled or lone_articles <= ONE_OFF_REACH))


def inner_surname(word: str, full: tuple[str, ...]) -> bool:
    """True when a lone word is a full name's surname written inside it: the first of two family names ("Chacin" of
    "Juan Chacin Guzman", "Teixeira" of "Anibal Teixeira de Souza", "Kilroy" of "Robert Kilroy-Silk") or the last one
    without its article ("Oteiba" of "Mana Said al-Oteiba")."""
    last = re.sub(r"^(?:al|el|Al|El)-", "", full[-1])
    return (last == word != full[-1] or len(full) > 2 and word in full[1:-1] and not INITIAL.fullmatch(word)
            or len(full) > 1 and full[-1].count("-") == 1 and full[-1].split("-")[0] == word)


OPENING_MARKS = "\"“‘'(["  # marks that may open the word before a mention: a quotation or a bracket


def title_words(before: str, text: str, canonical: str) -> frozenset[str]:
    """Normalised title words of a mention: capitalised words right before it and inside it before the name."""
    m = re.search(r"((?:[A-Z][\w.&-]*\s+){1,3})$", before or "")
    words = m.group(1).split() if m else []
    core = canonical.split()[-1] if canonical else ""
    inner = text.split()
    words += inner[: inner.index(core)] if core in inner else []
    norm = {TITLE_ALIASES.get(w.lower().strip(".,"), w.lower().strip(".,")) for w in words}
    return frozenset(norm - GENERIC_WORDS) or NO_TITLES


def title_slot(before: str, text: str) -> list[str]:
    """The words where a title of a mention stands: the last word before it and its own first word, unless that word is
    the whole mention and a common surname ("King had held the seat" after Ms King; "the Duchess" is still a woman's title).
    A quote mark or bracket opening that word is no part of it: '"Mr Blair and Mr Howard do not take questions"'."""
    words = text.split()
    last = [w.lstrip(OPENING_MARKS) for w in re.findall(r"(\S+)\s*$", before or "")] or [""]
    return last[-1:] + words[: len(words) > 1 or words[:1] != ["King"]]


def title_sex(before: str, text: str, rules) -> str | None:
    """'f' for Mrs/Ms/Miss (or a woman's rank: Baroness, Lady, Dame ...) right before or inside a mention, 'm' for
    Mr/Sir (Lord, Prince ...), else None."""
    words = title_slot(before, text)
    if any(w in rules.female_titles or w in WOMEN_RANKS for w in words):
        return "f"
    if any(w in rules.male_titles or w in MEN_RANKS for w in words):
        return "m"
    return None


def family_first(word: str) -> bool:
    """True for a family name written first in its holders' full names ("Yang" of Yang Yuanqing), not a given name."""
    lists = word_lists()
    return word in lists["family_first_surnames"] and word not in lists["given_names"]


def surname_title(before: str, text: str, rules) -> bool:
    """True when a title that goes before a surname, never a first name, opens a mention ("Mr Howard"; not "Sir Howard")."""
    words = title_slot(before, text)
    return any(w in rules.female_titles or w in rules.male_titles and w != "Sir" for w in words)


def told_org(before: str, text: str, after: str) -> bool:
    """True when the words around a mention name a club's fans, a firm's group or a make ("a Chelsea supporters' club", "The
    Hilton hotel group", "a new Halo game"): no person of the article is meant, whoever has the word as a first name or a
    surname."""
    whole, start, end = before + text + after, len(before), len(before) + len(text)
    return (context.fans_named(whole, start, end) or context.group_named(whole, start, end, trade=True)
            or context.product_named(whole, start, end))


def first_name_barred(before: str, text: str, name: str, surname: dict[str, set[str]], rules) -> bool:
    """True when a surname title stands before a word the corpus writes as a surname or a listed first name: "Mr Howard" is
    never the article's Howard Flight (but "Mr Yang" may be Yang Yuanqing: a listed family name written first)."""
    return surname_title(before, text, rules) and (bool(surname.get(name)) or name in rules.first_names) and not family_first(name)


def the_doctor(cands: list[str], doc: str, doctors: set[tuple[str, str]]) -> list[str]:
    """The one candidate its article calls "Dr" (`doctors`: article and full name), else all of them."""
    fit = [c for c in cands if (doc, c) in doctors]
    return fit if len(fit) == 1 else cands


def female_title(before: str, text: str, rules) -> str:
    """The woman's title as written ("Mrs") right before or at the start of a mention."""
    words = title_slot(before, text)
    return next(w for w in words if w in rules.female_titles or w in WOMEN_RANKS)


def name_sex(name: str, rules) -> str | None:
    """The sex a person's name tells: its first name's, or its rank's ("Lord Wyatt" is a man, "Dame Kelly" a woman)."""
    first = name_words(name)[0]
    if first in rules.sexes:
        return rules.sexes[first]
    return "f" if first in WOMEN_RANKS else "m" if first in MEN_RANKS and len(name_words(name)) > 1 else None


def unknown_given(name: str, rules) -> bool:
    """True when a name opens with a given name of no known sex ("Ozzy", "Dannii"), not initials ("JK Rowling")."""
    first = name_words(name)[0]
    return name_sex(name, rules) is None and re.fullmatch(r"[A-Z][a-z]{2,}", first) is not None


def by_sex(cands: list[str], sex: str | None, rules, strict: bool = False, loose: bool = False) -> list[str]:
    """Candidates whose name does not contradict the title's sex (with `strict`, whose name confirms it); of several for a
    woman's title, the one whose name confirms it when the others bear names of either sex or of no known sex ("Mrs Murray":
    Judy Murray, not her son Jamie; "Mrs Osbourne": Sharon, not Ozzy), unless `loose`."""
    if sex is None:
        return cands
    fit = [c for c in cands if (name_sex(c, rules) or (None if strict else sex)) == sex]
    sure = [c for c in fit if name_sex(c, rules) == sex]  # of a man's title, no: "Mr Benn" of Tony and Hilary Benn is either
    either = sex == "f" and len(sure) == 1 and all(name_words(c)[0] in rules.either_sex or unknown_given(c, rules) for c in fit if c not in sure)
    return sure if len(fit) > 1 and either and not loose else fit


def by_title(cands: list[str], titles: frozenset[str], known_titles: dict[str, set[str]]) -> list[str]:
    """Candidates sharing the most title words with the mention ("Vice Chairman" beats "Chairman"), when that narrows them down."""
    if len(cands) < 2 or not titles:
        return cands
    overlap = {c: len(known_titles.get(c, set()) & titles) for c in cands}
    best = max(overlap.values())
    return [c for c in cands if overlap[c] == best] if best else cands


def mostly_surname(name: str, position: dict[str, Counter]) -> bool:
    """True when the corpus ends full person names with a word at least three times as often as it opens them (and three
    times at least): a lone use reads as the surname ("The danger for Howard is" beside Michael Howard, not Howard Hughes)."""
    return position[name]["last"] >= max(SURNAME_RATIO * position[name]["first"], SURNAME_RATIO)


def first_name(name: str, position: dict[str, Counter], rules) -> bool:
    """True when a word reads as a first name: curated, or opening more full person names in the corpus than it ends."""
    return name in rules.first_names or position[name]["first"] > position[name]["last"]


RELATIVE_NOUN = r"(?:(?:great-)?(?:grand)?(?:son|daughter)|father|mother|brother|sister|widow|widower|wife|husband|nephew|niece)"
RELATIVE_OF = re.compile(r"\b" + RELATIVE_NOUN + r" of (?:the )?(?:[\w'’-]+,? ){0,4}$"
                         r"|[A-Z][\w'’-]+,\s+whose\s+" + KIN_NOUN + r",?\s+$")  # "the son of Roxy Music singer ", "great-grandson of
# the company's founder ", "Reg Keys, whose son ": a relative named in apposition
NO_RELATION = re.compile(r"\bno relation\b")
NAMED_AFTER_BEFORE = re.compile(r"\bnamed\s+after\s+$")  # "It is named after Jeeves": whom a firm is named after
NO_RELATION_AFTER = re.compile(r",?\s+(?:who\s+is\s+|and\s+)?no\s+relation\b(?!\s+(?:to|of)\b)")  # "Philip Taylor, no relation,":
# of the namesake before (not "Ken Clarke, who is no relation to the new home secretary": of someone named)
UNRELATED_TO = re.compile(r",?\s+(?:who is |who was |and )?(?:not related to|no relation (?:of|to)) ((?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+)\b")
WHOSE_KIN = re.compile(r",\s+whose\s+" + KIN_NOUN + r"\b(?:,?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+))?")  # ", whose brother Neil
# Ford": a person (no firm has a brother), and not Neil
UNRELATED_OFFICE = re.compile(r",?\s+(?:who is |who was |and )?(?:not related to|no relation (?:of|to)) "
                              r"(?:the|his|her|their|its) ((?:[\w'’-]+ ){0,2}[a-z][\w-]+)")
# "Jenkins, no relation to the prop,": someone other than the article's namesake it calls the prop
RELATIVE_APPOSED = re.compile(r",\s+(?:the\s+)?(?:(?:elder|eldest|younger|youngest|only)\s+)?" + RELATIVE_NOUN + r"\s+of\s+([^.;]{0,80})")
# "Mr Ferry, son of the Roxy Music singer Bryan Ferry,": the relative of whoever that apposition names, so not them
INTRODUCED = re.compile(r",\s+an?\s|,\s+\d{1,3},|,\s+who\s+(?:runs|owns|works|lives)\b|\s*[-–—,(]\s*no relation\b")  # "Graham Browne, an energy analyst", "Student Tim
# Sainsbury, 22,", "Mark Sainsbury, who runs a start-up", "Ravi Sainsbury - no relation": someone new
FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){1,3}$")  # "Former minister ", "the former chief whip ",
# "Former Tory chancellor ": someone described by a post they left
AT_FIRM_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){1,3}(?:at|for)\s+(?:an?\s+)?[A-Z]")  # "Douglas Brown, chief
# economist at an Edinburgh fund manager", "Nick Brown, the Labour MP for Newcastle East": described by a post


def introduced_later(before: str, after: str) -> bool:
    """True when a full name's first use introduces someone new to the reader: a role or former post before it ("Technology
    writer Bill Thompson", "Former minister Nick Brown", "His son, Aditya Mittal") or a post in apposition after it."""
    return (INTRODUCED.match(after) is not None or role_before(before) or FORMER_BEFORE.search(before[-50:]) is not None
            or KIN_WORD_BEFORE.search(before[-30:]) is not None or AT_FIRM_AFTER.match(after) is not None)


NEW_BY_FIRST_NAME = re.compile(r",\s+an?\s+(?:\d{1,3}-year-old|(?:[a-z]+\s+)?(?:novel|film|book|song|play|album|musical|series|show|"
                               r"game|episode)\b)")  # "Ashley, a 16-year-old", "Kevin, a novel": not the article's Ashley, Kevin
PEER_TITLES = ("Lord", "Baroness")  # peers known by title and surname
ROYAL_TITLES = frozenset({"Prince", "Princess", "King", "Queen"})  # known by title and given name: "Charles" is Prince Charles


def royal_named(full: str, name: str) -> bool:
    """True when `full` is a royal title and the given name `name` ("Prince Charles" of "Charles")."""
    words = full.split()
    return len(words) == 2 and words[0] in ROYAL_TITLES and words[1] == name


def peer_of(words: tuple[str, ...], people: set[str], rules) -> list[str]:
    """The one peer of the article with the surname of a first name and surname ("Lord Coe" for "Sebastian Coe", not for
    "Glenys Kinnock" beside Lord Kinnock): a peer is known by the title, so the full name written after it folds into it;
    not where the article names two people of that surname in full ("Lord Saatchi" beside Maurice and Charles Saatchi)."""
    if len(words) != 2 or words[0] in PEER_TITLES:
        return []
    peers = [f for f in sorted(people) if name_words(f) in ((t, words[1]) for t in PEER_TITLES)]
    if len(peers) != 1:
        return []
    given = {name_words(f)[0] for f in people if len(name_words(f)) == 2 and name_words(f)[1] == words[1]} - set(rules.name_titles)
    if len({g for g in given if not any(g != h and (h.startswith(g) or h in rules.nicknames.get(g, ())) for h in given)}) > 1:
        return []  # two people, not "Seb Coe" and "Sebastian Coe" (`data/nicknames.csv`: "Ken" of Kenneth)
    sex = name_sex(peers[0], rules)
    return peers if rules.sexes.get(words[0], sex) == sex else []


def named_as_kin(kin: tuple[int, str] | None, self_at: int, lone_at: dict[str | None, int | None], sex: str | None, i: int) -> bool:
    """True when a full name is, at row `i`, only a relative of the person a lone surname of its article means: it was
    introduced as "his/her <relative>" (`kin`: row, sex of the pronoun) after the surname was used alone (`lone_at`: first
    lone use by the sex of its title; a titled use needs that title used before, an untitled one either no title or the
    pronoun's sex: "Khan ... His father, Shah Khan ... Mr Khan" is the father), and not yet named as itself (`self_at`);
    never when the title is of the other sex than the pronoun ("Mrs Quinn ... Her husband, Stephen Quinn ... Mr Quinn")."""
    if kin is None or self_at < i or sex not in (None, kin[1]):
        return False
    used = [lone_at[sex]] if sex is not None else [lone_at[None], lone_at[kin[1]]]
    return any(at is not None and at < kin[0] for at in used)


def kin_name(name: str, before: str, people: set[str], rules, earlier: set[str] = frozenset(),
             surnamed: set[str] = frozenset()) -> str | None:
    """A first name written right after a relative of a person the article names in full takes that person's family name
    ("Murray's mother Judy" -> "Judy Murray", "Houser and his brother Dan" -> "Dan Houser", "Mr Glazer's sons, Joel and
    Avram" -> "Avram Glazer"), also after the first name of one person of the article (of those named so far, `earlier`,
    when several: "Andy's brother Jamie" before Andy Roddick is named) or after a surname the article uses alone for a
    person (`surnamed`: "Glazer's son Joel" where Malcolm Glazer is named only in other articles); else None."""
    m = KIN_BEFORE.search(before)
    family = m.group(1) if m else None
    named = family is not None and any(name_words(f)[-1] == family and f.split()[0] not in rules.name_titles for f in people)
    if family is not None and not named:  # "Andy's older brother Jamie": the one person of the article called Andy
        owners = {name_words(f)[-1] for f in people if len(name_words(f)) > 1 and name_words(f)[0] == family}
        owners = owners if len(owners) < 2 else {name_words(f)[-1] for f in earlier if len(name_words(f)) > 1 and name_words(f)[0] == family}
        family, named = (owners.pop(), True) if len(owners) == 1 else (family, family in surnamed and family not in rules.sexes)
    return f"{name} {family}" if named and name != family else None


COUPLE_FOUNDED = re.compile(r"([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][\w'’-]+) [A-Z][a-z]+$")  # "Bill and Melinda Gates Foundation"


def couple_founders(orgs: set[str]) -> set[str]:
    """The full names of the couples an article's organisations are named after ("Bill and Melinda Gates Foundation" ->
    "Bill Gates", "Melinda Gates"), as `repair.couple_named_orgs` joins them."""
    return {f"{m.group(k)} {m.group(3)}" for o in orgs if (m := COUPLE_FOUNDED.fullmatch(o)) for k in (1, 2)}


LIST_COMMA = re.compile(r",\s*$")  # "Sir Elton John, " before "Madonna and Robbie Williams": a list, not a couple
COUPLE_AFTER = re.compile(r"\s+and\s+([A-Z][a-z]+ [A-Z][\w'’-]+)")  # " and Derek Pickering" after "June"


def couple_name(name: str, before: str, after: str, people: set[str], rules) -> str | None:
    """A given name right before "and" and a person of the article named in full takes that person's surname ("June and
    Derek Pickering" -> "June Pickering", "Bill and Melinda Gates" -> "Bill Gates"); not the last but one of a list ("Sir
    Elton John, Madonna and Robbie Williams") nor a surname of the article's people ("from Quentin and Wayne Radlett"
    beside Michael Quentin); else None."""
    m = COUPLE_AFTER.match(after)
    if (m is None or name not in rules.first_names | rules.sexes.keys() or m.group(1) not in people or LIST_COMMA.search(before)
            or any(name_words(f)[-1] == name for f in people)):
        return None
    return f"{name} {name_words(m.group(1))[-1]}" if name != name_words(m.group(1))[0] else None


def by_age(cands: list[str], introduced: list[str], age: str) -> list[str]:
    """Of namesakes, the one "the elder" or "the younger" means (`age`), from the relative each was first named as
    (`introduced`: the text before each one's first mention): "his father, Rupert Murdoch" is the elder Murdoch, and
    beside "His younger brother Phil Neville" the elder Neville is the other one; all of them when that does not decide."""
    elder = age in ("elder", "older", "eldest")
    marked = [c for c, text in zip(cands, introduced) if (ELDER_KIN if elder else YOUNGER_KIN).search(text[-40:])]
    other = [c for c, text in zip(cands, introduced) if not (YOUNGER_KIN if elder else ELDER_KIN).search(text[-40:])]
    return marked if len(marked) == 1 else other if len(other) == 1 else cands


def lead_kin(name: str, before: str, lead: str | None, rules) -> str | None:
    """A first name right after "his/her/their/whose <relative>" (a spouse only when named right after, "His wife Sarah";
    in apposition, "his wife, Patricia", she may keep her own name, as Reuters gold 6 and 7 read it) takes the
    family name of `lead`, the person the pronoun means, when "his" or "her" fits that person's sex ("Michael Schumacher ...
    His younger brother Ralf" -> "Ralf Schumacher", "Reg Keys, whose son Tom" -> "Tom Keys"); else None."""
    m = KIN_PRONOUN.search(before) if lead else None
    if m is None or name in name_words(lead)[:-1] or name == name_words(lead)[-1]:
        return None
    sex = rules.sexes.get(name_words(lead)[0])
    pronoun = m.group(1).lower()
    return f"{name} {name_words(lead)[-1]}" if pronoun not in ("his", "her") or sex != ("f" if pronoun == "his" else "m") else None


def subject_before(i: int, recs: list[dict], names: list[str], labels: list[str], people: set[str], before: list[str],
                   fits=lambda person: True) -> str | None:
    """The person a pronoun before row `i` most likely means: the first full-named person (as resolved so far) that
    `fits` the pronoun of row `i`'s sentence before it, else of the nearest earlier sentence of the article that has one
    ("His older brother, Jamie" after a sentence about Judy Murray means Andy Murray, named before her; but not past a
    sentence that calls someone by an office or role before the pronoun: "the prince ... his brother, William"); for a pronoun
    outside a quotation, never one named inside it, as the `before` texts place them ('"Danny is a brave man," Klitschko
    said. His younger brother Wladimir': Klitschko's brother)."""
    doc, found, sentence = recs[i]["doc_id"], None, None
    quoted = lambda k: namesakes.quoted(recs[k].get("sentence_text") or "", before[k], recs[k]["text"])  # noqa: E731
    outside = not quoted(i)  # a pronoun inside a quotation may mean someone the quotation names
    nouned = named_by_office(recs[i], before[i])  # "for the prince, who is ... after his brother"
    for j in range(i - 1, -1, -1):
        if recs[j]["doc_id"] != doc or sentence is not None and recs[j].get("sentence") != sentence:
            break
        if nouned and sentence is None and recs[j].get("sentence") != recs[i].get("sentence"):
            break  # the pronoun means the person its own sentence calls by an office or role, not one named before
        if labels[j] == "PERSON" and names[j] in people and fits(names[j]) and not (outside and quoted(j)):
            found, sentence = names[j], recs[j].get("sentence")
    return found


@lru_cache(maxsize=1)
def office_pattern() -> re.Pattern:
    """Office and role words that tell namesakes apart ("Chancellor", "governor", "goalkeeper"; `data/person_titles.txt`,
    `person_roles.txt`, `person_nouns.txt`), not the titles of address (Mr, Sir, Lord)."""
    address = {t.lower() for t in ADDRESS_TITLES.split("|")} | {"sir", "dame", "lord", "lady", "mme", "madame"}
    words = {w.lower().rstrip(".") for w in data_lines("person_titles.txt") + data_lines("person_roles.txt") + data_lines("person_nouns.txt")}
    words = sorted((w for w in words - address if len(w) > 2), key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def the_office() -> re.Pattern:
    """"the" and a royal, office or role word ("the prince", "the chancellor"): someone a sentence names by what they are."""
    return re.compile(r"\b[Tt]he\s+(?:(?:prince|princess|king|queen|duke|duchess)\b|" + office_pattern().pattern + r")(?!['’]s)")  # royals too;
    # not "The singer's mother", which names the relative of the one it means


def named_by_office(rec: dict, before: str) -> bool:
    """True when a mention's sentence calls someone by a royal, office or role word before it ("the prince, who is third in
    line ... after his brother"): a pronoun there means that one, not a person named in an earlier sentence."""
    return the_office().search(sentence_head(rec, before)) is not None


SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at"})
APPOSED_OFFICE = re.compile(r",\s+(?:the\s+)?([A-Za-z][A-Za-z -]*?)(?=,|\.|\s+(?:said|says|is|was|has|had|told|who|and)\b)")  # ", the governor, is"
APPOSED_BARE = re.compile(r"\s+the\s+([A-Za-z][A-Za-z-]*)(?=\s+(?:said|says|added|adds|told|tells)\b|:)")  # "Morgan the
# full-back said": an office written after the name with no comma, right before the speech verb
HELD_OFFICE = re.compile(r"(?:,\s+(?:who\s+)?(?:is|was|became|becomes|remains|has\s+been|had\s+been|now)|\s+(?:remains|became|becomes)"
                         r"|\s+(?:has\s+been|had\s+been|was|is)\s+(?:named|appointed|made))"
                         r"\s+(?:the\s+)?(?:new\s+)?([A-Za-z][A-Za-z -]*)")  # ", who became home secretary", "remains home secretary"


CLAUSE_BREAK = re.compile(r"\b(?:said|says|told|tells|added|and|but|while|when|whether|because)\s")  # an office before it is
# another clause's


ADMINISTRATION_AFTER = re.compile(r"\s+[Aa]dministration\b(?!\s+(?:of|for)\b)")  # "the Reagan administration": a president's
# government (not "the Food and Drug Administration")
LEADER_BEFORE = re.compile(r"(?<!market )(?<!brand )\bleader\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\s+)?$")  # a party's or
# union's leader right before the name ("Tory leader Mr Howard"): an office that tells namesakes apart


OWNED_OFFICE = re.compile(r"\b(?:his|her|their|its|whose|my|our|your)\s+$", re.I)  # "no relation to his captain": another's office


def offices(before: str, text: str, after: str = "") -> frozenset[str]:
    """The office words written in a person mention, in its clause right before it ("The Chancellor, Mr Brown"; not "manager
    Walter Smith said Brown"), in an apposition right after it ("Mr King, the governor, is"; "Morgan the full-back said") or
    a clause saying he holds it ("Charles Clarke, who became home secretary", "remains home secretary", "has been named
    home secretary"), and
    "leader" right before it ("Tory leader Michael Howard", `LEADER_BEFORE`), and "president" for a name between "the" and
    "administration" ("the Reagan administration"); not an office that owns someone ("the Chancellor's brother") nor one
    owned ("no relation to his captain") nor one the name is said to be no relation of ("Jenkins, no relation to the prop")."""
    apposed = None if UNRELATED_OFFICE.match(after) else APPOSED_OFFICE.match(after) or APPOSED_BARE.match(after) or HELD_OFFICE.match(after)
    before = CLAUSE_BREAK.split(before)[-1]  # "Scotland manager Walter Smith said Brown had": the office is Smith's
    written = before + " " + text + (" " + apposed.group(1) if apposed else "")
    led = LEADER_BEFORE.search(before) is not None  # "Tory leader Mr Howard"; not "market leader Tesco, run by Sir Terry Leahy"
    ruled = ADMINISTRATION_AFTER.match(after) is not None and context.THE_BEFORE.search(before) is not None  # "the Reagan administration"
    return frozenset(w for m in office_pattern().finditer(written) for w in m.group(1).lower().split()  # "vice chairman": both words,
                     if w not in SMALL_WORDS  # "secretary of state": not "of"
                     and written[m.end() : m.end() + 2] not in ("'s", "’s")
                     and not OWNED_OFFICE.search(written, 0, m.start())) | ({"leader"} if led else frozenset()) | (
        {"president"} if ruled else frozenset())
    # "The Chancellor's brother, Andrew Brown": not his office; ", no relation to his captain,": not his either


def pronoun_fits(pronoun: str, rules):
    """Whether a person may be the one "his" or "her" means: not of the other sex by first name ("their", "whose": anyone)."""
    other = {"his": "f", "her": "m"}.get(pronoun.lower())
    return lambda person: other is None or rules.sexes.get(name_words(person)[0]) != other


def role_before(before: str) -> bool:
    """True when a person noun stands right before a mention ("Coldplay singer Martin"): the press writes a surname there,
    never a first name alone (`data/person_nouns.txt`)."""
    m = re.search(r"(?<![\w-])([A-Za-z][a-z-]*)\s+$", before[-30:])  # also opening a sentence: "Frontman Martin said"
    return m is not None and m.group(1).lower() in word_lists()["person_nouns"]


def pronoun_sex(rest: str, rules) -> str | None:
    """'m' or 'f' by the first personal pronoun of the rest of a mention's sentence, when no relative, given name or
    quotation comes between that the pronoun might mean instead ("Stallone, 83, was voted out and said she"), else None."""
    m = PRONOUN_AFTER.match(rest)
    if m is None or KIN_WORD.search(m.group(1)) or any(w in rules.sexes for w in re.findall(r"[A-Z][a-z]+", m.group(1))):
        return None
    return "m" if m.group(2) in ("he", "his", "him", "himself") else "f"


def pet_forms(word: str, people: list[str], rules, bare: bool = True) -> list[str]:
    """The one person of `people` that `word` is a pet form of, as British papers and teams coin them: the start of the
    surname with -y, -ie, -o or -a ("Hoggy" of Hoggard, "Fergie" of Ferguson, "Carra" of Carragher, "Jacko" of
    Jackson), also with its last consonant doubled ("Johnno" of Johnson), or a whole surname of five letters or more with
    it ("Straussy", "Goughie"; four when the word is no given name: "Backy" of Back); with `bare`, its first four
    letters or more with no ending ("Tosh" of Toshack; not a given name); or the start of the first name ("Gav" of Gavin
    Henson), or failing all these, with an ending ("Brucie" of Bruce Forsyth), these two only with `bare`; nothing when
    several fit, when the word is a first name or surname of the article's people, or when it is shorter than 3 letters
    before its ending."""
    if any(word in name_words(f) for f in people) or not word[:1].isupper() or not word[1:].islower():
        return []
    stems = [word[: -len(end)] for end in PET_ENDINGS if word.endswith(end) and len(word) - len(end) >= 3]
    stems += [stem[:-1] for stem in stems if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiou"]  # "Johnno", "Thommo"
    whole = 5 if word in word_lists()["given_names"] else 4  # "Backy" of Neil Back; not "Sandy" of a Mr Sand
    given = bare  # the start of a first name only where the word reads as a person ("Gav"; not "Sky" beside Skye Macdonald)
    bare = bare and len(word) >= 4 and word not in rules.sexes  # "Tosh" of Toshack
    found = [f for f in people if f.split()[0] not in rules.name_titles
             and (any(name_words(f)[-1].startswith(stem) and (name_words(f)[-1] != stem or len(stem) >= whole) for stem in stems)  # "Straussy"
                  or bare and name_words(f)[-1].startswith(word) and len(name_words(f)[-1]) >= len(word) + 2
                  or given and len(word) >= 3 and name_words(f)[0].startswith(word) and len(name_words(f)) > 1)]
    found = found or [f for f in people if given and f.split()[0] not in rules.name_titles and len(name_words(f)) > 1 and any(
        len(stem) >= 4 and name_words(f)[0].startswith(stem) and len(name_words(f)[0]) <= len(stem) + 2 for stem in stems)]  # "Brucie"
    return found if len(found) == 1 else []


INITIALS_NICKNAME = re.compile(r"[A-Z]{2}")  # `initialled_person`: "KP", "AJ"


def initialled_person(word: str, people: set[str], orgs: set[str]) -> list[str]:
    """The one two-word person of an article whose initials `word` is ("KP" of Kevin Pietersen, "AJ" of Andy Johnson),
    when no organisation of the article has those initials; else nothing."""
    if any(initials(o) == word for o in orgs):
        return []
    found = [f for f in sorted(people) if len(name_words(f)) == 2 and "".join(w[0] for w in name_words(f)) == word]
    return found if len(found) == 1 else []


def titled_before(before: str, rules) -> bool:
    """True when a person title ends the text before a mention ("Vice-President ", "Mr. ")."""
    before = re.sub(r"(?<=\w)-(?=[A-Z])", " ", before[-40:].rstrip()).lower()
    return titles_at_end(rules.titles).search(before) is not None


@lru_cache(maxsize=4)
def titles_at_end(titles: tuple[str, ...]) -> re.Pattern:
    """One regex matching any of `titles` (lower case) as a whole word at the end of a lower-cased text."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(t.lower()) for t in sorted(titles, key=len, reverse=True)) + r")$")


LIST_GAP = re.compile(r",\s+|,?\s+(?:and|or)\s+")  # between two names of a list
LIST_CLOSE = re.compile(r"\s(?:and|or)\s+$")  # "and" or "or" right before a name: the last of its list
FIRM_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:firm|company|group|retailer|chain|operator|maker|manufacturer|brand)\b"
                          r"|,\s+based\s+in\s+[A-Z]")  # "Vickers, the defence engineering firm", "Garmin, based in Kansas,"
# (looser than `context.FIRM_APPOSITION`, which relabels a "person" span and so refuses a person's trade: here the name is
# already tagged ORG and only kept from folding into a person)
BARE_POSSESSIVE = re.compile(r"['’]s(?:[.,;]|$)")  # "the running of Sainsbury's.": a possessive owning nothing, a shop's name
IT_AFTER = context.IT_AFTER  # "Dell said its profits": the firm speaks
SAID_IT = r"\s+(?:said|says)\b[^.;!?\"]{0,80}?\bit\s+(?:was|is|had|has|would|will|remained|remains|could|expected|planned|intended)\b"
# "Ford said no final decision had been made and that it remained committed": a firm says what "it" does


def says_of_itself(sentence: str, name: str) -> bool:
    """True when a name in its sentence says what "it" does ("Ford said no final decision had been made and that it remained
    committed"): a firm speaking of itself, as no person does."""
    return re.search(rf"(?<![\w'’-]){re.escape(name)}{SAID_IT}", sentence) is not None


def club_relative(name: str, after: str) -> bool:
    """True when a listed club's own name opens a clause with "who" ("Chelsea, who also won the Carling Cup"), as British
    English writes of a team: no sign of a person there."""
    return name in context.club_names() and context.WHO_AFTER.match(after) is not None  # "who are" is no person's sign anyway


def firm_after(after: str) -> bool:
    """True when what follows a name makes it a firm: an apposition ("William Hill, the second largest chain of betting
    shops"), its officer ("William Hill chief executive David Harding"), what is its own ("George Wimpey said its"), its brand
    or its shops ("26 John Lewis department stores")."""
    after = after[2:] if after.startswith(("'s,", "’s,")) else after  # "Ronnie Scott's, the London club", its possessive cut off
    return any(p.match(after) for p in (context.FIRM_APPOSITION, context.OFFICER_AFTER, context.OWN_ITS_AFTER, context.BRAND_AFTER,
                                        context.STORES_AFTER))


CLAUSE_PLACE = re.compile(r",\s+who\s+(?:is|was|comes|came|lives|lived|grew\s+up)\s+(?:originally\s+)?(?:from|in|near)\s+$")  # "Kay, who is
# from Bolton, said": the verb after a relative clause is its subject's, not the place's that ends it


def person_evidence(before: str, after: str, sex: str | None, rules) -> bool:
    """True when a mention reads as a person where it stands: a person title right before it, it speaks ("Miller said",
    not a place ending a relative clause before the verb: "Kay, who is from Bolton, said"),
    or what follows fits only a person ("Fletcher, 39,", "Steinhardt himself", "King was arrested", "Knapp, who", "Jackson's
    brother", "Ford, whose brother", "Sinclair is better known for his")."""
    return (bool(SPEECH.match(after)) and not IT_AFTER.match(after) and not CLAUSE_PLACE.search(before[-60:])
            or personal_evidence(before, after, sex, rules))


APPOSED_NOUN = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*[,.;]|\s+(?:from|of|at|in|for|with|who|whose|"
                          r"and|since|to)\b|$)")  # ", a former options trader from": an apposition, up to its noun
NOT_APPOSED_PERSON = frozenset({"town", "city", "village", "county", "country", "nation", "region", "area", "resort", "port", "club",
                                "side", "team", "firm", "company", "group", "band"})  # "a town popular with commuter families"


def apposed_person(after: str) -> bool:
    """True when an apposition right after a mention ends in a noun for a person ("Wales, a former options trader from
    Alabama,", "London, a former DJ,"), and names no place or body before it."""
    m = APPOSED_NOUN.match(after)
    words = m.group(1).split() if m else []
    return bool(words) and words[-1].lower() in word_lists()["person_nouns"] and not NOT_APPOSED_PERSON & set(words)


def personal_evidence(before: str, after: str, sex: str | None, rules) -> bool:
    """`person_evidence` but speaking, which a firm does too ("Ford says Jaguar must cut costs")."""
    return (sex is not None or titled_before(before, rules) or PERSONAL.match(after) is not None
            or OWNS_KIN.match(after) is not None or WHOSE_KIN.match(after) is not None  # "Jackson's brother", "Ford, whose brother"
            or HIS_OWN.match(after) is not None  # "Sinclair is better known for his home computers"
            or apposed_person(after))  # "Wales, a former options trader from Alabama, set up the project"


def after_places(recs: list[dict]) -> set[int]:
    """Rows of a one-word name whose previous row of that name in its article, in the same sentence or the one before, is
    tagged a place ("London is competing with Paris, Madrid and Moscow. Paris is seen as the favourite")."""
    last: dict[tuple[str, str], tuple[str, int | None]] = {}
    out = set()
    for k, r in enumerate(recs):
        if " " in r["canonical"]:
            continue
        key, sentence = (r["doc_id"], r["canonical"]), r.get("sentence")
        label, seen = last.get(key, ("", None))
        if label in PLACE_LABELS and seen is not None and sentence is not None and 0 <= sentence - seen <= 1:
            out.add(k)
        last[key] = (r["label"], sentence)
    return out


def titled_uses(recs: list[dict], before: list[str], rules) -> tuple[set[tuple[str, str]], Counter, dict[tuple[str, str], int]]:
    """(article, one-word name) pairs written with a person title ("Mr Grantham"), how many rows of each the model tags
    PERSON without one, and the first row of each used as a place ("the Lincolnshire town of Grantham", `place_use`)."""
    addressed, bare, placed_at = set(), Counter(), {}
    for k, (r, b) in enumerate(zip(recs, before)):
        if " " in r["canonical"]:
            continue
        key = (r["doc_id"], r["canonical"])
        if title_sex(b, r["text"], rules) is not None or titled_before(b, rules):
            addressed.add(key)
        elif r["label"] == "PERSON":
            bare[key] += 1
        if key not in placed_at and place_use(b, r.get("after", "") or "", r["label"]):
            placed_at[key] = k
    return addressed, bare, placed_at


def listed_with_places(recs: list[dict], before: list[str], placed: set[str], bearers: set[tuple[str, str]], lists: list[range]) -> set[int]:
    """Rows of a place or nationality label written in a list beside a place of the corpus (`placed`: "talks on Florence
    and Venice", "Welsh and Scottish fans", "competing with Paris, Madrid, New York and Moscow") that no person of the
    article bears as a surname (`bearers`): a list holds one kind of thing, so not the namesake of the article. `lists`:
    `closed_lists`, inside which a comma alone joins two rows ("A, B and C")."""
    in_list = {j for run in lists for j in run}
    out = set()
    for i, r in enumerate(recs):
        if r["label"] not in PLACE_LABELS:
            continue
        for k in (i - 1, i + 1):
            if (0 <= k < len(recs) and recs[k]["doc_id"] == r["doc_id"] and recs[k]["label"] in PLACE_LABELS and recs[k]["canonical"] in placed
                    and (r["doc_id"], recs[k]["canonical"]) not in bearers):
                if i in in_list and k in in_list or context.BARE_AND_OR.fullmatch(gap_between(recs, before, min(i, k), max(i, k))):
                    out.add(i)  # not "won gold in Athens, and Hoy won the time trial": a comma before "and" joins two clauses
    return out


def joined_to_org(recs: list[dict], before: list[str], i: int) -> bool:
    """True when a row is joined by "and", "or" or commas to a row of its article tagged an organisation, through rows
    tagged a place or an organisation ("Vodafone, O2, Orange and T-Mobile", with O2 tagged a place)."""
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(recs) and recs[k + step]["doc_id"] == recs[i]["doc_id"]:
            gap = gap_between(recs, before, min(k, k + step), max(k, k + step))
            if not (context.AND_OR.fullmatch(gap) or gap == ", "):
                break
            k += step
            if recs[k]["label"] == "ORG":
                return True
            if recs[k]["label"] not in PLACE_LABELS:
                break
    return False


def rows_just_before(recs: list[dict], i: int) -> Iterator[int]:
    """The rows of row `i`'s article before it, in its sentence or the sentence before, nearest first."""
    sentence, doc = recs[i].get("sentence"), recs[i]["doc_id"]
    for j in range(i - 1, -1, -1):
        if sentence is None or recs[j]["doc_id"] != doc or recs[j].get("sentence") is None or recs[j]["sentence"] < sentence - 1:
            return
        yield j


def just_named(recs: list[dict], is_full: list[bool], i: int) -> set[str]:
    """The full names of people its article writes in the sentence of row `i`, before it, or in the sentence before."""
    return {recs[j]["canonical"] for j in rows_just_before(recs, i) if is_full[j] and recs[j]["label"] == "PERSON"}


def gap_between(recs: list[dict], before: list[str], first: int, second: int) -> str:
    """The text between two rows of one article when the second row's `before` text shows the first, else ""."""
    gap, head = before[second], recs[first]["text"]
    if recs[first]["doc_id"] != recs[second]["doc_id"] or head not in gap:
        return ""
    return gap[gap.rfind(head) + len(head):]


def closed_lists(recs: list[dict], before: list[str]) -> list[range]:
    """Runs of three rows or more of one article joined by commas, "and" or "or" and closed by "and" or "or" ("A, B and C")."""
    out, k = [], 0
    while k < len(recs):  # each list: a run of rows joined by commas, "and" or "or"
        end = k
        while end + 1 < len(recs) and LIST_GAP.fullmatch(gap_between(recs, before, end, end + 1)):
            end += 1
            if LIST_CLOSE.search(before[end]):
                break  # "and" closes the list: not "..., Den Danske Bank and Kredietbank Luxembourg, Thuesen added"
        listed = range(k, end + 1)
        if len(listed) > 2 and any(LIST_CLOSE.search(before[j]) for j in listed[1:]):
            out.append(listed)
        k = end + 1
    return out


def listed_with_orgs(recs: list[dict], lists: list[range]) -> set[int]:
    """Rows tagged an organisation in a list of three names or more, closed by "and" or "or" (`lists`: `closed_lists`), that
    holds three organisations ("Burton, Dorothy Perkins, Miss Selfridge and Evans"): a list holds one kind of thing, so no
    person (not "In an interview with Reuters, Lyng said", nor "bids from Redstone and MCV Holdings Inc"). Two of them or
    more must be no lone surname of a person the article has named in full before ("Cole, Mourinho and Chelsea chief
    executive Peter Kenyon" after Ashley Cole and Jose Mourinho, the two tagged ORG, is no list of firms; "Burton, Dorothy
    Perkins and Evans" after Chris Evans is)."""
    named: dict[tuple[str, str], int] = {}  # (article, surname) -> the first row of a full PERSON name ending in it
    for k, r in enumerate(recs):
        if r["label"] == "PERSON" and " " in r["canonical"]:
            named.setdefault((r["doc_id"], r["canonical"].split()[-1]), k)
    firm = [r["label"] == "ORG" and (" " in r["canonical"] or named.get((r["doc_id"], r["canonical"]), k) >= k) for k, r in enumerate(recs)]
    return {j for listed in lists if sum(recs[j]["label"] == "ORG" for j in listed) > 2 and sum(firm[j] for j in listed) > 1
            for j in listed if recs[j]["label"] == "ORG"}


KNOWN_WHERE = (r"(?:" + context.KNOWN_AT + r"\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
               r"|to\s+(?:(?:his|her|their)\s+)?(?:fans|friends|team-mates|colleagues|everyone|listeners|viewers|readers)\s+)")
# where or among whom a nickname is used: "known at Westminster as Ming", "known to fans as Shakey"
KNOWN_HINT = re.compile(r"known as|known " + KNOWN_WHERE + r"as|nicknamed|dubbed|used the |under the |is (?:[a-z]+ )?known")  # words any sentence
# giving a nickname holds


def known_as(rec: dict, before: str, pattern: re.Pattern | None = None) -> str | None:
    """The name its sentence gives a mention after "known as" right after it (", better known as the model Jordan"), else None;
    with `pattern` AS_KNOWN, the one it is the nickname of ("Ming, as Sir Menzies is known")."""
    if not KNOWN_HINT.search(rec.get("sentence_text") or ""):
        return None  # most sentences: no need to find the mention in it
    m = (pattern or KNOWN_AS).match(sentence_rest(rec, before))
    return m.group(1) if m else None


def known_first(rec: dict, before: str) -> re.Match | None:
    """The nickname a sentence opens with before naming the person it belongs to ("Known as The Power, Taylor"), else None."""
    head = before.lstrip()
    return KNOWN_AS_FIRST.fullmatch(head) if head and (rec.get("sentence_text") or "").startswith(head) else None


def one_bearer(word: str, people: set[str]) -> str | None:
    """The article's one full name ending in `word`, else its one full name opening with it ("Menzies" of Sir Menzies Campbell)."""
    for at in (-1, 0):
        found = [f for f in sorted(people) if name_words(f)[at] == word]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def sentence_rest(rec: dict, before: str) -> str:
    """The rest of a mention's sentence after it (its `after` text when the sentence does not show where it stands)."""
    sentence = rec.get("sentence_text") or ""
    at = namesakes.mention_start(sentence, before, rec["text"])
    return sentence[at + len(rec["text"]):] if at >= 0 else rec.get("after", "") or ""


def founded_by(name: str, founder: str, sentences: Iterable[str]) -> bool:
    """True when one of `sentences` says the firm `name` was founded by `founder` ("Burberry was founded in 1856 by Thomas
    Burberry")."""
    pattern = FOUNDED.format(name=re.escape(name), founder=re.escape(founder))
    return any(re.search(pattern, s) for s in sentences)


FOUNDED = (r"\b{name}(?:['’]s)? (?:was|were|is) (?:first )?(?:founded|set up|started|established|created)\b[^.]{{0,30}}?"
           r"\bby\s+(?:[\w'’-]+\s+){{0,4}}?{founder}\b")  # a regex template: the firm's name, then its founder's


def club_beside(name: str, orgs: set[str]) -> str | None:
    """The organisation of the article that is the town's name and a club suffix or a team's nickname ("Hereford United"
    for "Hereford", "Leeds Rhinos" for "Leeds"; not "Coventry City Council"), when it is the only one, else None."""
    words = word_lists()["club_suffixes"] | context.team_nicknames()
    clubs = [o for o in sorted(orgs) if o.startswith(name + " ") and o.count(" ") == 1 and o.split()[1] in words]
    return clubs[0] if len(clubs) == 1 else None


def place_cue(before: str, after: str) -> bool:
    """`context.place_cue` read from the text around a mention: "three lads from Battle", "visit Lyon in France"."""
    return context.place_cue(f"{before}X{after}", len(before), len(before) + 1)


def place_use(before: str, after: str, label: str) -> bool:
    """True when a place or nationality word is used as one where it stands: "in Jordan", "a nurse from Bedford", "Welsh farmers",
    "the Bedford athlete", "drive over from Carlisle", "teacher Margaret Hayes from Lincoln", "Prescott, the Merseyside town", "Crewe, in Cheshire,",
    "lads from Battle", "the docks at Barry", "visit Lyon in France" (`context.place_cue`), "Silverstone, home of the British Grand Prix"."""
    return (bool(LOCATIVE.search(before[-20:]) or context.described_place(before, after) or context.NAMED_FROM.search(before[-60:])
                 or context.PLACE_OF.search(before[-30:]) or context.in_county(after) or context.HOME_APPOSED.match(after))
            or place_cue(before, after)  # "three lads from Battle", "visit Lyon in France"
            or label == "NORP" and bool(ATTRIBUTIVE.match(after))
            or the_place_noun(before, after))


def sheet_team(sentence: str) -> str | None:
    """The team that opens a team sheet ("Arsenal: Almunia, Lauren, Toure, ...": "Arsenal"), else None."""
    m = context.LINE_UP.match(sentence.strip())
    return m.group(1) if m and m.group(2).count(",") >= 5 else None


def team_here(name: str, before: str, after: str, sentence: str) -> bool:
    """True when a club's or town's name is used as a team in a sentence about sport ("the last game against Charlton"), or a
    listed club's name is followed as a team is in any sentence ("Barnet have won promotion"): the club, whatever person of
    that surname the corpus holds (Sir Bobby Charlton, Kate Barnet)."""
    return ((name in context.club_names() or name in word_lists()["towns"]) and context.team_use(before, after)
            and (patterns()["sport"].search(sentence) is not None or name in context.club_names() and context.TEAM_AFTER.match(after) is not None))


def qualifies(label: str, before: str, after: str) -> bool:
    """True when a word tagged a nationality may qualify what follows it ("German companies"), not when it follows an
    owner or comes before a verb in the past ("AGA's German contended": the gas association's Michael German)."""
    return label == "NORP" and not PAST_AFTER.match(after) and not OWNER_BEFORE.search(before[-4:])


def the_place_noun(before: str, after: str) -> bool:
    """True when a one-word name stands between "the" and a noun a town qualifies ("the Bedford athlete", "The German
    company", `data/place_nouns.txt`)."""
    return context.named_area(before + after, len(before), len(before))


def is_place(labels: Counter) -> bool:
    """True when a name is more often a place or nationality than a person in the corpus."""
    return sum(labels[lab] for lab in PLACE_LABELS) > labels["PERSON"]


def unborne_place(name: str, doc: str, surname: dict[str, set[str]], bearers: set[tuple[str, str]]) -> bool:
    """True when a curated country or major place (`data/major_places.txt`) is no given name and no person of the corpus
    bears it as a surname ("Madagascar's coffee output", "Malawi will impose", tagged PERSON: the country)."""
    w = word_lists()
    return name in w["major_places"] and name not in w["given_names"] and not surname.get(name) and (doc, name) not in bearers


def mostly_place(labels: Counter) -> bool:
    """True when the corpus tags a name a place or nationality at least PLACE_MIN times and PLACE_RATIO times as often as
    a person ("London", not a rare surname the model tagged GPE twice)."""
    places = sum(labels[lab] for lab in PLACE_LABELS)
    return places >= PLACE_MIN and places >= PLACE_RATIO * labels["PERSON"]


def person_like_orgs(mentions: pd.DataFrame) -> pd.Series:
    """Labels with ORG full names turned PERSON when their surname (one or two words) stands alone as a PERSON in the article,
    their first name follows Sir or Dame in it ("Philip Green" beside "Sir Philip"; not "MG Rover" beside a person "Jim Rover"),
    or the corpus tags the same name PERSON more often than ORG ("Leo Melamed"), unless the article names
    a company that starts with the name ("Philip Crosby reported results" beside "Philip Crosby Associates Inc"); a
    two-word name whose first name and surname each stand alone as a PERSON in the article is a person even beside a
    namesake and a firm named after it ("Roald would have loved", "Dahl's widow", beside the Roald Dahl Museum); never a
    two-word name written after "the" that opens with no given name or initials ("the Encyclopaedia Britannica"), nor one
    opened by "Royal" or a word for an institution ("Royal Doulton" beside "Doulton workers"), nor one
    its article calls a firm in apposition ("Clifford Chance, the law firm," beside "Ms Chance") or after a noun for a firm
    ("Pub chain JD Wetherspoon" beside the teacher "Mr Wetherspoon")."""
    docs, names, labels = mentions["doc_id"].tolist(), mentions["canonical"].tolist(), mentions["label"].tolist()
    lone = {(d, c) for d, c, lab in zip(docs, names, labels) if lab == "PERSON" and c.count(" ") < 2}
    named: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, surname) -> its full PERSON names: "Jim Rover" owns "Rover"
    for d, c, lab in zip(docs, names, labels):
        if lab == "PERSON" and " " in c:
            named[(d, c.split()[-1])].add(c)
    before = mentions["before"].fillna("").tolist() if "before" in mentions else [""] * len(docs)
    knights = {(d, c) for d, c, b, t in zip(docs, names, before, mentions["text"]) if " " not in c and namesakes.called_sir(b, t)}
    votes = Counter((c, lab) for c, lab in zip(names, labels) if lab in ("PERSON", "ORG"))
    both_alone = lambda d, c: c.count(" ") == 1 and (d, c.split()[0]) in lone and (d, c.split()[1]) in lone  # noqa: E731
    single_orgs = {(d, c) for d, c, lab in zip(docs, names, labels) if lab == "ORG" and " " not in c}  # (article, one-word organisation)
    titled = {(d, c) for d, c, lab, b, t in zip(docs, names, labels, before, mentions["text"])
              if lab == "PERSON" and " " not in c and (ADDRESSED.search(b[-12:]) or TITLED_NAME.match(t))}  # "Ms Khan": no firm's
    given = word_lists()["given_names"]
    opens_no_name = word_lists()["org_words"] | {"Royal"}
    after = mentions["after"].fillna("").tolist() if "after" in mentions else [""] * len(docs)
    apposed = {(d, c) for d, c, lab, a, b in zip(docs, names, labels, after, before) if lab == "ORG"
               and (patterns()["firm_noun_before"].search(b[-20:]) or firm_after(a))}
    # also "Pub chain JD Wetherspoon", "Travis Perkins chief executive Geoff Cooper"
    fix = [lab == "ORG" and (d, c) not in apposed and bool(re.fullmatch(r"(?!Wm )(?:[A-Z][\w.'-]+ ){1,2}[A-Z][a-z][\w'-]+", c))  # "Wm Morrison": a firm
           and not (t.startswith(("the ", "The ")) and c.count(" ") == 1 and c.split()[0] not in given
                    and not re.fullmatch(r"(?:[A-Z]\.)+", c.split()[0]))  # "the Encyclopaedia Britannica" beside "Britannica" tagged PERSON
           and not (people.GERUND.fullmatch(c.split()[0]) and c.split()[0] not in given)  # "Being Jordan", her book, beside "Jordan"
           and c.split()[0] not in opens_no_name  # "Royal Doulton" beside "Doulton workers", tagged PERSON: no one is called Royal
           and not ((d, c.split()[0]) in single_orgs and c.split()[0] not in given  # "Sony Ericsson" beside "Sony" and "Ericsson",
                    and (d, c.split()[-1]) not in titled)  # but "Saira Khan" beside "Saira" tagged ORG and "Ms Khan"
           and ((d, c.split()[-1]) in lone and not (named.get((d, c.split()[-1]), set()) - {c} and c.split()[0] not in given)
                or both_alone(d, c) or c.count(" ") == 2 and (d, c.split(" ", 1)[1]) in lone or (d, c.split()[0]) in knights
                or votes[(c, "PERSON")] > votes[(c, "ORG")]) for d, c, lab, t in zip(docs, names, labels, mentions["text"])]
    if any(fix):
        orgs: dict[str, list[str]] = defaultdict(list)
        for d, c, lab in zip(docs, names, labels):
            if lab == "ORG":
                orgs[d].append(c)
        fix = [f and (both_alone(d, c) or not any(o.replace(",", "").startswith(c + " ") for o in orgs[d])) for f, d, c in zip(fix, docs, names)]
    return mentions["label"].mask(pd.Series(fix, index=mentions.index), "PERSON")


ADDRESS_WORDS = rf"(?:{ADDRESS_TITLES}|Sir|Dame|Lord|Lady)"  # the titles that make a name a person's, not a firm's
ADDRESSED = re.compile(rf"\b{ADDRESS_WORDS}\.?\s+$")  # such a title right before a mention
TITLED_NAME = re.compile(rf"{ADDRESS_WORDS}(?: |$)")  # such a title opening a mention
FIRM_AFTER = re.compile(r"(?:['’]s)?\s+(?:chairman|chief executive|boss|shareholders|shares|share price|board)\b")  # "Pernod Ricard chairman Patrick Ricard"


def introduced_firms(mentions: pd.DataFrame) -> pd.Series:
    """True for the mentions of a name of two or more words that opens with no given name or initials and that its article
    introduces as a firm ("French drinks company Pernod Ricard", "shares in Cadbury Schweppes", "Pernod Ricard chairman
    Patrick Ricard"), where no use of it there is titled: the company, however often the model tags it a person; also its
    first word alone, where no other person of the article bears it ("Pernod")."""
    docs, names, labels = mentions["doc_id"].tolist(), mentions["canonical"].tolist(), mentions["label"].tolist()
    before = mentions["before"].fillna("").tolist() if "before" in mentions else [""] * len(docs)
    after = mentions["after"].fillna("").tolist() if "after" in mentions else [""] * len(docs)
    given = word_lists()["given_names"]
    candidate = [lab in ("PERSON", "ORG") and " " in c and c.split()[0] not in given and not re.match(r"(?:[A-Z]\.?\s?){1,3}\b", c)
                 and re.fullmatch(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}", c) is not None for c, lab in zip(names, labels)]
    firm, titled = set(), set()
    for d, c, b, a, ok, t in zip(docs, names, before, after, candidate, mentions["text"]):
        if not ok:
            continue
        if patterns()["company_before"].search(b[-30:]) or SHARES_IN.search(b[-20:]) or FIRM_AFTER.match(a):
            firm.add((d, c))
        if ADDRESSED.search(b[-12:]) or TITLED_NAME.match(t):
            titled.add((d, c))
    firm -= titled
    heads = {(d, c.split()[0]) for d, c in firm}  # "Pernod" of Pernod Ricard, unless a person of the article has the word
    heads -= {(d, w) for d, c, lab in zip(docs, names, labels) if lab == "PERSON" and " " in c and (d, c) not in firm for w in c.split()}
    return pd.Series([ok and (d, c) in firm or lab in ("PERSON", "ORG") and (d, c) in heads and not ADDRESSED.search(b[-12:])
                      for d, c, lab, ok, b in zip(docs, names, labels, candidate, before)], index=mentions.index, dtype=bool)


POSSESSIVE_ALONE = re.compile(r"[A-Z][a-z]+['’]s")  # "King's", "Queen's" written alone
NOUN_FREE_AFTER = re.compile(r"\s*(?:[,.;:!?\"”’)]|$|\s(?:who|which|where|and|or|in|on|to|for|with)\b)")  # no noun follows it


def possessive_institution(text: str, orgs: set[str]) -> str | None:
    """The one organisation of the article that a bare possessive opens ("King's" of King's College), preferring those
    ending in an institution noun ("King's College" over "King's Parade")."""
    cands = sorted(o for o in orgs if o.startswith(text + " "))
    if len(cands) > 1:
        cands = [o for o in cands if o.split()[-1] in word_lists()["institution_nouns"]]
    return cands[0] if len(cands) == 1 else None


def alias_orgs(rules) -> set[str]:
    """Canonical names the alias file gives a label other than PERSON ("William Hill", "George Wimpey": ORG)."""
    return {c for c, lab in rules.aliases.values() if lab and lab != "PERSON"}


def one_spelling(mentions: pd.DataFrame, protected: set[str], key) -> pd.Series:
    """Canonical names with each person's full name in its most common spelling among those with the same `key`."""
    people = mentions.loc[(mentions["label"] == "PERSON") & mentions["canonical"].str.contains(" ", regex=False), "canonical"]
    counts = Counter(people)
    best: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        best.setdefault(key(name), name)
    spelling = {n: best[key(n)] for n in counts if n not in protected}
    return mentions["canonical"].map(lambda n: spelling.get(n, n))


KIN_PLURAL = r"\b(?:[Ss]ons|[Dd]aughters|[Bb]rothers|[Ss]isters|[Cc]hildren|[Tt]wins|[Gg]randsons|[Gg]randdaughters)\s+"  # also opening a sentence
KIN_LIST = re.compile(KIN_PLURAL + r"(?:[A-Z][\w'’-]+,\s+)+$")  # "His sons
# Joel, " before "Avram and Bryan Glazer": given names of one family
NAMES_LISTED = re.compile(r"[A-Z][\w'’.-]*,\s+$")  # "Ronaldo, " before "Raul and David Beckham": one name of a list
KIN_LIST_OPENED = re.compile(KIN_PLURAL + r"$")  # "Brothers " before "Tom, Mark and Stephen Pritchard"
LIST_TO_FULL = re.compile(r"(?:,\s+[A-Z][a-z]+)+,?\s+and\s+([A-Z][a-z]+ [A-Z][\w'’-]+)(?![\w'’-])")  # ", Mark and Stephen Pritchard"


def and_partners(recs: list[dict]) -> dict[int, int]:
    """Index of each person mention followed by " and " -> index of the person mention right after it ("Reagan and Nancy Reagan"),
    also after Sir or Dame ("Sir David and Sir Frederick Barclay"), and of a listed given name the model calls something
    else ("[[Jean-Pierre]] and Luc Dardenne", tagged ORG)."""
    at = {(r["doc_id"], r.get("start_char")): i for i, r in enumerate(recs) if r["label"] == "PERSON"}
    given = word_lists()["given_names"]
    out = {}
    for i, r in enumerate(recs):
        if (r["label"] == "PERSON" or r["canonical"] in given and r["label"] in ("ORG", "GPE", "NORP")) and r.get("start_char") is not None and (
                r.get("after") or "").startswith(" and "):
            after = r["after"][5:]
            gap = 5 + (len(after.split(" ", 1)[0]) + 1 if after.startswith(("Sir ", "Dame ")) else 0)  # "Sir David and Sir Frederick Barclay"
            j = at.get((r["doc_id"], r["start_char"] + len(r["text"]) + gap))
            if j is not None:
                out[i] = j
    return out


def shared_surnames(recs: list[dict], partners: dict[int, int], position: dict[str, Counter], rules) -> dict[int, str]:
    """Index -> full name of each lone first name that shares the surname of the two-word person right after " and "
    ("Jean and Charles deGunzberg" -> "Jean deGunzberg", "Ronald and Nancy Reagan" -> "Ronald Reagan"); a given name known
    only to the wider list must not end a list ("..., Madonna and Robbie Williams"), nor any given name a list of names
    ("Ronaldo, Raul and David Beckham") unless relatives open it ("His sons Joel, Avram and Bryan Glazer"), nor the surname
    of a person the article names in full ("saves from Owen and Wayne Rooney" beside Michael Owen); the first given name of
    a list that relatives open shares it too ("Brothers Tom, Mark and Stephen Pritchard" -> "Tom Pritchard")."""
    family = {(r["doc_id"], name_words(r["canonical"])[-1]) for r in recs if r["label"] == "PERSON" and " " in r["canonical"]}
    out = {}
    for i, j in partners.items():
        r, words = recs[i], name_words(recs[j]["canonical"])
        if (r["doc_id"], r["canonical"]) in family:
            continue
        siblings = KIN_LIST.search(r.get("before") or "") is not None  # "His sons Joel, Avram and Bryan Glazer": one family
        listed = (r.get("before") or "").endswith(", ") and not siblings  # "Madonna and Robbie Williams" ending a list of performers
        if " " not in r["canonical"] and len(words) == 2 and r["text"] == r["canonical"] and (
                siblings or not NAMES_LISTED.search(r.get("before") or "")) and all(
                siblings or first_name(w, position, rules) or w in rules.sexes and not listed for w in (r["canonical"], words[0])):
            out[i] = f"{r['canonical']} {words[1]}"
    two_words = {(r["doc_id"], r["canonical"]) for r in recs if r["label"] == "PERSON" and len(name_words(r["canonical"])) == 2}
    for i, r in enumerate(recs):  # "Brothers Tom, Mark and Stephen Pritchard": the first of the list too
        m = LIST_TO_FULL.match(r.get("after") or "") if r["label"] == "PERSON" and r["text"] == r["canonical"] and " " not in r["canonical"] else None
        if (m and i not in out and (r["doc_id"], m.group(1)) in two_words and (r["doc_id"], r["canonical"]) not in family
                and KIN_LIST_OPENED.search(r.get("before") or "") and r["canonical"] in rules.first_names | rules.sexes.keys()):
            out[i] = f"{r['canonical']} {name_words(m.group(1))[-1]}"
    return out


def set_apart(recs: list, partners: dict[int, int], is_full: list[bool]) -> dict[tuple[str, str], set[str]]:
    """(article, surname) -> the full names of that surname that the article writes beside the lone surname with "and":
    another person ("Reagan and Nancy Reagan", "Nancy Reagan and Reagan"), so no lone surname of the article is them."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, j in partners.items():
        r, full, pair, pair_full = recs[i], is_full[i], recs[j], is_full[j]
        if full != pair_full:
            lone, whole = (pair, r) if full else (r, pair)
            if " " not in lone["canonical"] and lone["text"] == lone["canonical"] and name_words(whole["canonical"])[-1] == lone["canonical"]:
                out[(r["doc_id"], lone["canonical"])].add(whole["canonical"])
    return out


POSSESSIVE_END = context.POSSESSIVE_END
PERSON_SPREAD = 5  # a person named in full in this many articles, whose surname the corpus never reads as an organisation's,
# owns what a lone possessive of the surname tagged ORG owns ("Mourinho's side", "Mourinho's Chelsea")


def firm_end(org: str, word: str, orgs: set[str]) -> bool:
    """True when `word` ends the firm `org`, a name of two words or more and no club or institution, none of whose other
    words is an organisation of `orgs` ("JD Wetherspoon"; not "Sony Ericsson" beside Sony, a venture of two firms), and
    that opens with no given name (not "Adam Tarleton", a person tagged ORG)."""
    words = org.split()
    return (len(words) > 1 and words[-1] == word and not words[-2].islower()  # not the town of "First National Bank of Crosby"
            and words[0] not in word_lists()["given_names"] and not set(words) & civic_words() and not set(words[:-1]) & orgs)


def owner(rec: dict) -> bool:
    """True when a mention is a possessive ("Mourinho's side"): written with its "'s" or right before it."""
    return bool(POSSESSIVE_END.search(rec["text"])) or (rec.get("after") or "").startswith(("'s", "’s"))


def org_readings(recs: list[dict], before: list[str]) -> set[str]:
    """One-word names the corpus reads as an organisation's somewhere: a firm's or a band's words around a lone use ("Dyson,
    which makes", "Keane were", "the retailer Next") or the first word of a longer organisation ("Leigh RMI")."""
    out = set()
    for r, b in zip(recs, before):
        if r["label"] != "ORG":
            continue
        name, after = r["canonical"], r.get("after") or ""
        if " " in name:
            out.add(name.split()[0])
        elif company_reading(after) or context.PLURAL_VERB.match(after) or patterns()["company_before"].search(b[-20:]):
            out.add(name)
    return out


EPITHETS = frozenset({"Big", "Little", "Dirty", "Mad", "Young", "Old", "Lucky", "Slick", "Crazy", "Mighty", "Golden", "Handsome"})


def formal_names(doc_people: dict[str, set[str]], rules, first_at: dict[tuple[str, str], int]) -> dict[tuple[str, str], str]:
    """(article, full name) -> the one full name of that article it shortens the given name of ("Bill Webster" -> "William Webster";
    never a father named with "Sr": "William Gates Sr" of Bill Gates) or whose given name it puts after an epithet ("Dirty
    Den" -> "Den Watts") or replaces with a press nickname, written after it (`data/press_nicknames.csv`: "Freddie
    Flintoff" -> "Andrew Flintoff"; `first_at`: where each name is first written)."""
    out = {}
    for doc, people in doc_people.items():
        for name in people:
            words = name_words(name)
            formal = rules.nicknames.get(words[0], ()) if len(words) > 1 else ()
            found = [f for f in people if name_words(f)[0] in formal and name_words(f)[1:] == words[1:]
                     and not ELDER_SUFFIXES & set(f.split()) - set(name.split())]  # "Bill Gates" is not his father William Gates Sr
            if len(words) == 2 and words[0] in EPITHETS:  # "Dirty Den" of Den Watts, "Big Sam" of the article's Sam Allardyce
                found = [f for f in people if len(f.split()) > 1 and f.split()[0] == words[1] and f.split()[1:] != words[1:]]
            if len(words) == 2 and words[1] in rules.press_nicknames.get(words[0], ()):  # "Freddie
                # Flintoff" after Andrew Flintoff; not "Tiger Woods" before the club professional Donald Woods
                found = [f for f in people if len(name_words(f)) > 1 and name_words(f)[-1] == words[1] and name_words(f)[0] != words[0]
                         and first_at.get((doc, f), len(first_at)) < first_at.get((doc, name), -1)]
            if len(found) == 1:
                out[(doc, name)] = found[0]
    return out


def stage_part(name: str, full: str) -> bool:
    """True when a one-word name is the surname or the first name of a full name ("Peel" of John Peel, "Elton" of Elton John)."""
    words = name_words(full)
    return name in (words[-1], words[0]) and len(words) > 1


NICKNAME = re.compile(r'\s+["“]([A-Z][\w.\'-]*)["”]\s+(?=[A-Z])')  # the quoted nickname inside 'John "Bud" Frazier' (names drops it)
EPITHET_REAL_NAME = re.compile(r"(?:^|[.!?]\s+)The\s+(?:\d+-year-old|[a-z]+)(?:\s+[a-z]+)?,\s+(?:whose\s+real\s+name\s+(?:is|was)|who\s+was\s+born)\s+$")
# "The 40-year-old, whose real name is Mark Berry": the birth name of the one-word name the article used last
REAL_NAME = re.compile(r"(?:,\s+(?:whose real name (?:is|was)|real name|born|who\s+was\s+born)|\s+was born)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")  # ", born Anthony Fitzgerald"
KNOWN_AS = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:who\s+(?:is|was|has\s+been)\s+)?(?:(?:better|also|widely|popularly|affectionately)\s+)?"
                      r"(?:known\s+(?:" + KNOWN_WHERE + r")?as|nicknamed|dubbed|(?:who\s+)?used\s+the\s+(?:[a-z]+\s+)?name"
                      r"|(?:who\s+)?(?:writes|wrote|performs|performed)\s+under\s+the\s+(?:[a-z]+\s+)?name)\s+"
                      r"[\"“']?(?:the\s+(?:[a-z]+\s+){1,2}|The\s+(?=[A-Z]))?"
                      r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])")  # ", better known as (the model) Jordan", ", who is known
# as Bernie", ', nicknamed "Crazy Horse"', ", who used the online name Solo", ", who writes under the pen name Quintus"
AS_HE_IS_KNOWN = re.compile(r",\s+as\s+(?:he|she)\s+is\s+(?:[a-z]+\s+)?(?:known|called)\b")  # "Ming Campbell, as he is widely known"
KNOWN_AS_FIRST = re.compile(r"(?:(?:Better|Widely|Also|Popularly)\s+)?[Kk]nown\s+as\s+[\"“']?(?:[Tt]he\s+)?"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)[\"”']?,\s+")  # a sentence opening "Known as The Power, Taylor": his nickname
AS_KNOWN = re.compile(r",\s+as\s+(?:(?:Sir|Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Dame)\s+)?([A-Z][\w'’-]+)\s+is\s+(?:[a-z]+\s+)?known\b")  # "Ming, as Sir
# Menzies is known at Westminster": the name before is the nickname of the one named after
KIN_BEFORE_PEER = re.compile(r"\b" + KIN_NOUN + r"(?:,\s+(?:the\s+)?[\w -]{0,25})?,?\s+$"  # "His son, Lord Kalms": a relative
                             r"|\b" + KIN_NOUN + r"\s+(?:of|was|is)\s+(?:[\w'-]+\s+){0,8}$", re.I)  # "the daughter of the late columnist
# Lord Wyatt", "whose father was the late Labour MP and newspaper columnist Lord Wyatt"


def sentence_head(rec: dict, before: str) -> str:
    """A mention's sentence up to it (its `before` text when the sentence does not show where it stands)."""
    sentence = rec.get("sentence_text") or ""
    at = namesakes.mention_start(sentence, before, rec["text"])
    return sentence[:at] if at >= 0 else before


def peers_named_first(recs: list[dict], doc_people: dict[str, set[str]], first_at: dict[tuple[str, str], int], before: list[str],
                      rules) -> dict[tuple[str, str], str]:
    """(article, peer) -> the article's one first name and surname of the peer's surname written before the peer title first
    is ("Paul Drayson, the businessman who was made a life peer ... Lord Drayson"): the name the article introduces the person
    by. A peer named first keeps the title ("Lord Coe ... Sebastian Coe", `peer_of`), and so does one named as a relative
    ("Simon Wolfson ... His father, Lord Wolfson")."""
    out = {}
    for doc, people in doc_people.items():
        for peer in people:
            words = name_words(peer)
            if len(words) != 2 or words[0] not in PEER_TITLES:
                continue
            at = first_at[(doc, peer)]
            if KIN_BEFORE_PEER.search(sentence_head(recs[at], before[at])[-90:]):
                continue
            sex = name_sex(peer, rules)
            found = by_sex([f for f in sorted(people) if len(name_words(f)) == 2 and name_words(f)[-1] == words[1]
                            and name_words(f)[0] not in rules.name_titles], sex, rules)
            if len(found) == 1 and first_at.get((doc, found[0]), -1) < first_at[(doc, peer)]:
                out[(doc, peer)] = found[0]
    return out


def named_shops(recs: list, before: list[str], orgs: dict[str, set[str]], rules) -> dict[tuple[str, str], str]:
    """(article, full name) -> the article's company named after it, for a PERSON-tagged full name that an ORG of its
    article (`orgs`) extends with company words and that no use there shows as a person ("A store like John Lewis"
    beside "The John Lewis Partnership"; not "Mr Lewis", "John Lewis said")."""
    found, people = {}, set()
    for r, b in zip(recs, before):
        key = (r["doc_id"], r["canonical"])
        if r["label"] != "PERSON" or " " not in key[1] or not orgs[key[0]] or key in people:
            continue
        if person_evidence(b, r.get("after", "") or "", title_sex(b, r["text"], rules), rules):
            people.add(key)
        elif (company := company_for(key[1], orgs[key[0]] - {key[1]}, rules, owners=False)) is not None:
            found[key] = company
    return {key: company for key, company in found.items() if key not in people}


def venues_after_the(recs: list, before: list[str], rules) -> set[tuple[str, str]]:
    """(article, word) for a one-word name that "the" comes right before once ("at the Tate", however tagged) and that
    opens one of the article's organisations or buildings ("Tate Britain"), where no full name of the article ends in it
    and no use of it reads as a person's: every untitled "person" so written there is the place ("Tate director Sir
    Nicholas Serota"), not the corpus's namesake."""
    longer, surnames, seen, people = set(), set(), set(), set()
    for r, b in zip(recs, before):
        key, words = (r["doc_id"], r["canonical"]), name_words(r["canonical"])
        if r["label"] in ("ORG", "FAC") and len(words) > 1:
            longer.add((key[0], words[0]))
        elif r["label"] == "PERSON" and len(words) > 1:
            surnames.add((key[0], words[-1]))
        elif r["label"] == "PERSON" and person_evidence(b, r.get("after", "") or "", title_sex(b, r["text"], rules), rules):
            people.add(key)
        elif r["label"] in ("PERSON", "ORG", "FAC") and THE_BEFORE.search(b[-5:]):
            seen.add(key)
    return {key for key in seen if key in longer and key not in surnames and key not in people}


COURT_ENDING = " Court"  # a court is named after its town ("Bolton Crown Court"): the town's name alone is never the court


def named_after(name: str, orgs: set[str]) -> bool:
    """True when an organisation of the article opens with `name` and is no court or institution of the town ("Hereford
    United"; not "Bolton Crown Court" or "Coventry City Council", whose town's name alone stays the place)."""
    return any(o.startswith(name + " ") and not o.endswith(COURT_ENDING) and not institution_of(name, o) for o in orgs)


MISREAD_RATIO = 4  # a surname the corpus reads as a person in this many times as many articles as it leaves an organisation


def misread_orgs(stray: list[int], recs: list[dict], names_out: list[str], labels_out: list[str], surname: dict[str, set[str]],
                 protected: set[str], circle: namesakes.Company | None, rules) -> namesakes.Company | None:
    """Give the lone surnames tagged ORG in `stray` (rows with no namesake nor firm in their article), or tagged a place,
    building or group word with several namesakes in the corpus and no place reading of their own, the corpus's person
    of that surname when the corpus reads the word as a person in `MISREAD_RATIO` times as many other articles as it
    leaves it a name of another kind, and this article's names clearly point to one namesake: "Geldof's concert", tagged
    ORG, where the model tags "Geldof" ORG in eighty stories naming Bob Geldof; "Ferguson", tagged ORG, of Alex Ferguson
    rather than Duncan or Barry; "Rooney", tagged a place, of Wayne rather than Colin Rooney. Not the band "Keane" beside
    Roy Keane (its stories leave "Keane" a band). An article whose use of the word speaks or reads only as a person's
    ("Geldof said", "Geldof, who proposed", tagged ORG) reads it as a person, and such uses take the person its stray use
    was given. Returns `circle`."""
    if not stray:
        return circle
    words = {recs[i]["canonical"] for i in stray}
    person_docs: dict[str, set[str]] = defaultdict(set)  # word -> articles that read it as a person of that surname
    org_docs: dict[str, set[str]] = defaultdict(set)  # word -> articles that leave it a name of another kind
    spoken: dict[str, set[str]] = defaultdict(set)  # word -> articles where a use tagged otherwise speaks as a person
    for k, r in enumerate(recs):
        if r["canonical"] in words and labels_out[k] == "PERSON" and names_out[k] in surname[r["canonical"]]:
            person_docs[r["canonical"]].add(r["doc_id"])  # not a one-word stage name ("Bono", "Ronaldo") left as it is
        elif r["canonical"] in words and labels_out[k] != "PERSON":
            org_docs[r["canonical"]].add(r["doc_id"])
            if person_evidence(r.get("before", "") or "", r.get("after", "") or "", None, rules):
                spoken[r["canonical"]].add(r["doc_id"])
    for word in words:  # an article that has the word speak as a person reads it as one, whatever else it tags
        person_docs[word] |= spoken[word]
        org_docs[word] -= spoken[word]
    docs = {recs[i]["doc_id"] for i in stray}
    longer: dict[str, set[str]] = defaultdict(set)  # article -> the words of its longer names ("Leigh RMI", tagged anything)
    for r in recs:
        if r["doc_id"] in docs and " " in r["canonical"]:
            longer[r["doc_id"]].update(r["canonical"].split())
    found: dict[tuple[str, str], str] = {}  # (article, word) -> the person its stray use was given
    for i in stray:
        name, doc = recs[i]["canonical"], recs[i]["doc_id"]
        if (names_out[i] != name or labels_out[i] != recs[i]["label"] or name in longer[doc]
                or MISREAD_RATIO * len(org_docs[name] - {doc}) >= len(person_docs[name] - {doc})):
            continue
        bearers = sorted(c for c in surname.get(name, ()) if c not in protected)
        picked = circle.pick(bearers, doc) if len(bearers) > 1 else [p for p in bearers if circle.evidence(p, doc) >= namesakes.MIN_EVIDENCE]
        if len(picked) == 1 and circle.related(picked[0], doc) and not circle.other_reading(name, picked[0], doc, person_docs[name]):
            names_out[i], labels_out[i] = picked[0], "PERSON"
            found[(doc, name)] = picked[0]
    for k, r in enumerate(recs if found else ()):  # the article's other uses of the word that speak as a person: '"...," Geldof said'
        person = found.get((r["doc_id"], r["canonical"]))
        if (person and labels_out[k] != "PERSON" and names_out[k] == r["canonical"]
                and person_evidence(r.get("before", "") or "", r.get("after", "") or "", None, rules)):
            names_out[k], labels_out[k] = person, "PERSON"
    article_readings(stray, recs, names_out, labels_out, surname)
    return circle


def article_readings(stray: list[int], recs: list[dict], names_out: list[str], labels_out: list[str], surname: dict[str, set[str]]) -> None:
    """Give a lone surname tagged ORG in `stray` that is still itself the one person its article makes of the same word
    elsewhere ("a late strike from Lampard", tagged ORG, where "Gerrard and Lampard were paired" went to Frank Lampard),
    unless what follows it reads as a firm's ("Lampard said its")."""
    docs = {recs[i]["doc_id"] for i in stray}
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k, r in enumerate(recs):
        if r["doc_id"] in docs and labels_out[k] == "PERSON" and names_out[k] in surname.get(r["canonical"], ()):
            people[(r["doc_id"], r["canonical"])].add(names_out[k])
    for i in stray:
        r = recs[i]
        found = people.get((r["doc_id"], r["canonical"]), set())
        after = r.get("after", "") or ""
        if (len(found) == 1 and names_out[i] == r["canonical"] and labels_out[i] == r["label"]
                and not IT_AFTER.match(after) and not firm_after(after)):
            names_out[i], labels_out[i] = next(iter(found)), "PERSON"


def merge_people(mentions: pd.DataFrame, rules, protected: set[str], known: set[str]) -> tuple[list[str], list[str]]:
    """Canonical names and labels after lone person names are merged into the full names they stand for."""
    recs = rows.records(mentions)  # like to_dict("records"), in a fraction of the memory
    before = [r.get("before", "") or "" for r in recs]
    titles = [title_words(b, r["text"], r["canonical"]) for b, r in zip(before, recs)]
    doc_orgs: dict[str, set[str]] = defaultdict(set)
    firms: set[tuple[str, str]] = set()  # (article, name) of ORGs it introduces as a firm: "Computer maker Dell", "shares in Dell"
    spoken_firms: set[tuple[str, str]] = set()  # those of them named so by more than a brand or a speech about "its" ...
    for r, b in zip(recs, before):
        if r["label"] == "ORG":
            doc_orgs[r["doc_id"]].add(r["canonical"])
            a = r.get("after", "") or ""
            if (patterns()["company_before"].search(b[-30:]) and not context.MADE_BY.match(a)  # not "the club Hatton supports",
                    or SHARES_IN.search(b[-20:])  # Ricky Hatton's team
                    or firm_after(a) or company_reading(a)):
                # "William Hill, the second largest chain of betting shops", "William Hill chief executive David Harding", "George
                # Wimpey said its reservations were lower", "Ford, which owns Jaguar"
                firms.add((r["doc_id"], r["canonical"]))
                if not (context.BRAND_AFTER.match(a) or context.OWN_ITS_AFTER.match(a)):
                    spoken_firms.add((r["doc_id"], r["canonical"]))  # not "Branson brands" (a man's name may sell things) nor
                    # "Pinola said its banks" (a chairman speaks of his firm)
    shops = named_shops(recs, before, doc_orgs, rules)
    alias_firms = alias_orgs(rules)
    venues = venues_after_the(recs, before, rules)
    particled = {p.lower(): p for p in NAME_PARTICLES}
    particle_surnames = {w[k:] for r in recs if r["label"] == "PERSON" for w in [name_words(r["canonical"])] if len(w) > 2 and w[-2] in particled
                         for k in range(1 - len(w), -1) if all(p in particled for p in w[k:-1])}  # "der Veer", "van der Veer" of Jeroen van der Veer
    is_full = [r["label"] == "PERSON" and len(name_words(r["canonical"])) > 1 and (r["doc_id"], r["canonical"]) not in shops
               and not ADDRESSED_ONLY.fullmatch(r["canonical"])  # a curated "Mr Darcy" gives no full name to merge into
               and name_words(r["canonical"]) not in particle_surnames for r in recs]  # "Van Barneveld" is the surname of Raymond van Barneveld
    doc_people: dict[str, set[str]] = defaultdict(set)
    full_titles: dict[str, set[str]] = defaultdict(set)
    doc_titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    surname: dict[str, set[str]] = defaultdict(set)
    tails: dict[tuple[str, ...], set[str]] = defaultdict(set)  # last two words of a full name of three or more -> those names
    position: dict[str, Counter] = defaultdict(Counter)  # word -> how often it opens / ends a full person name
    label_counts: dict[str, Counter] = defaultdict(Counter)
    place_docs: dict[str, set[str]] = defaultdict(set)  # name -> articles tagging it a place or nationality
    spoken = set()  # (article, name) where the name is once tagged PERSON or says something: "France said"
    plain_orgs: Counter = Counter()  # name -> its ORG rows that own nothing ("Mourinho's Chelsea", tagged ORG, owns a club)
    org_read = org_readings(recs, before)
    for r in recs:
        label_counts[r["canonical"]][r["label"]] += 1
        if r["label"] == "ORG" and not owner(r):
            plain_orgs[r["canonical"]] += 1
        if r["label"] in PLACE_LABELS:
            place_docs[r["canonical"]].add(r["doc_id"])
        if r["label"] == "PERSON" or SPEECH.match(r.get("after", "") or ""):
            spoken.add((r["doc_id"], r["canonical"]))
    companies = {w for r in recs if r["label"] == "ORG" and r["canonical"].split()[-1].rstrip(".") in rules.org_suffixes
                 for w in r["canonical"].split()[:1]}
    named_as_self: dict[tuple[str, str], int] = {}  # (article, full name) -> its first row not naming it as someone's relative
    kin_named: dict[tuple[str, str], tuple[int, str]] = {}  # (article, full name) -> (row, sex of "his"/"her") naming it "His son Joel Glazer"
    self_named: dict[tuple[str, str], int] = {}  # (article, full name) -> its first row naming it as no relative at all
    lone_first: dict[tuple[str, str, str | None], int] = {}  # (article, surname, sex of its title) -> its first lone use
    for k, (r, full, b) in enumerate(zip(recs, is_full, before)):
        key, apposed = (r["doc_id"], r["canonical"]), full and RELATIVE_OF.search(b) is not None
        if full and not apposed:
            named_as_self.setdefault(key, k)  # not "son of co-founder Bill Hewlett", but "founded by Bill Hewlett"
        if full and (m := PRONOUN_KIN.search(b)):
            kin_named.setdefault(key, (k, "m" if m.group(1) in ("His", "his") else "f"))
        elif full and not apposed:
            self_named.setdefault(key, k)
        elif not full and r["label"] == "PERSON" and " " not in r["canonical"]:
            lone_first.setdefault((r["doc_id"], r["canonical"], title_sex(b, r["text"], rules)), k)
    knights_of = {(r["doc_id"], r["canonical"]) for r, b, full in zip(recs, before, is_full) if full and namesakes.called_sir(b, r["text"])}
    for r, full, t in zip(recs, is_full, titles):
        if full:
            doc_people[r["doc_id"]].add(r["canonical"])
            full_titles[r["canonical"]] |= t
            doc_titles[(r["doc_id"], r["canonical"])] |= t
            words = name_words(r["canonical"])
            if words[0] not in rules.name_titles and words[-1] not in ROYAL_TITLES - {"King"}:  # no "Queen" of "Mary Queen (of Scots)"
                surname[words[-1]].add(r["canonical"])
                if len(words) > 2:
                    tails[words[-2:]].add(r["canonical"])  # "Duncan Smith" of Iain Duncan Smith
                if len(words) == 2 and family_first(words[0]):
                    surname[words[0]].add(r["canonical"])  # "Yang" of Yang Yuanqing, family name first
                if len(words) > 2 and words[-2] in particled:  # "Van Barneveld" of Raymond van Barneveld
                    surname[particled[words[-2]] + " " + words[-1]].add(r["canonical"])
                    surname[f"{words[-2]} {words[-1]}"].add(r["canonical"])
                    if len(words) > 3 and words[-3] in particled:  # "van der Veer" of Jeroen van der Veer
                        surname[" ".join(words[-3:])].add(r["canonical"])
                position[words[0]]["first"] += 1
                position[words[-1]]["last"] += 1
    owners: dict[tuple[str, str], int] = {}  # (article, lone surname) -> its first row that owns a relative ("Glazer's sons")
    for k, r in enumerate(recs):
        if " " not in r["canonical"] and OWNS_KIN.match(("'s" if r["text"].endswith(("'s", "’s")) else "") + (r.get("after", "") or "")):
            owners.setdefault((r["doc_id"], r["canonical"]), k)
    first_at: dict[tuple[str, str], int] = {}  # (article, full name) -> where the article first writes it (its order in the rows)
    full_rows: dict[tuple[str, str], list[int]] = defaultdict(list)  # (article, full name) -> the rows writing it in full
    office_words: dict[tuple[str, str], frozenset[str]] = {}  # (article, full name) -> its office words there (`offices_here`)
    named_in: dict[str, set[str]] = defaultdict(set)  # full person name -> articles naming it
    lone_docs: dict[str, set[str]] = defaultdict(set)  # one-word person name -> articles using it
    lone_people: dict[str, set[str]] = defaultdict(set)  # article -> the one-word names it tags PERSON ("Glazer")
    for k, (r, full) in enumerate(zip(recs, is_full)):
        if full:
            first_at.setdefault((r["doc_id"], r["canonical"]), k)
            full_rows[(r["doc_id"], r["canonical"])].append(k)
            named_in[r["canonical"]].add(r["doc_id"])
        elif r["label"] == "PERSON" and " " not in r["canonical"]:
            lone_docs[r["canonical"]].add(r["doc_id"])
            lone_people[r["doc_id"]].add(r["canonical"])
    surnamed_in: dict[str, set[str]] = defaultdict(set)  # surname -> articles naming in full a person who bears it (a titled lone
    # surname there is its own article's business, no sign the name is widespread)
    for doc, people_here in doc_people.items():
        for f in people_here:
            surnamed_in[name_words(f)[-1]].add(doc)
    opened_by: dict[str, set[str]] = defaultdict(set)  # given name (or initials) -> articles naming a person in full with it ("Billie Piper")
    for (doc, full) in first_at:
        opened_by[name_words(full)[0]].add(doc)
        if len(name_words(full)) == 2:  # and initials -> articles naming a person so initialled ("KP": Kevin Pietersen)
            opened_by[name_words(full)[0][:1] + name_words(full)[1][:1]].add(doc)
    she_named = {(r["doc_id"], name_words(r["canonical"])[-1]) for r, b in zip(recs, before)  # a woman whatever her first name:
                 if r["label"] == "PERSON" and SHE_WORD.search(r.get("sentence_text") or "") and r["canonical"][:1].isupper()
                 and title_sex(b, r["text"], rules) is None
                 and SHE_AFTER.match(sentence_rest(r, b))}  # "Lionel Shriver ... Shriver said she was astonished"
    doctors = {(r["doc_id"], r["canonical"]) for r, full, b in zip(recs, is_full, before) if full and "Dr" in title_slot(b, r["text"])}
    partners = and_partners(recs)
    couples = shared_surnames(recs, partners, position, rules)
    apart = set_apart(recs, partners, is_full)
    for i, couple in couples.items():
        doc_people[recs[i]["doc_id"]].add(couple)  # "Reagan" after "Ronald and Nancy Reagan" has two candidates
    stage_names = {(r["doc_id"], r["canonical"]): m.group(1) for r, b in zip(recs, before) if " " not in r["canonical"]
                   for m in [REAL_NAME.match(sentence_rest(r, b))] if m and m.group(1) in doc_people[r["doc_id"]]
                   and not any(stage_part(r["canonical"], f) for f in doc_people[r["doc_id"]] if f != m.group(1))}
    # not "Christie" of Tony Christie, nor "Sir Elton, born Reginald Dwight" beside Sir Elton John

    unrelated = {(r["doc_id"], r["canonical"]) for r in recs  # "Darts fan Philip Taylor, no relation": someone else
                 if r["label"] == "PERSON" and " " in r["canonical"] and NO_RELATION_AFTER.match(r.get("after") or "")}

    def nickname(known: str | None, doc: str) -> bool:
        """True when `known` may be a nickname in `doc`: no full name of it, unless an epithet opens it ("Mad Dog")."""
        return bool(known) and (known not in doc_people[doc] or name_words(known)[0] in EPITHETS)
    stage_names.update({(r["doc_id"], known): r["canonical"] for r, full, b in zip(recs, is_full, before) if full
                        for known in [known_as(r, b)] if nickname(known, r["doc_id"])
                        and known != name_words(r["canonical"])[-1]})  # "Katie Price, better known as Jordan": every "Jordan" of the article
    stage_names.update({(r["doc_id"], known): bearer for r, full, b in zip(recs, is_full, before) if not full and " " not in r["canonical"]
                        and not PLACE_PREPOSITION.search(b[-12:])  # "The 44-year-old from Stoke, known as The Power": no Mr Stoke's
                        for known in [known_as(r, b)] if nickname(known, r["doc_id"]) and known != r["canonical"]
                        for bearer in [one_bearer(r["canonical"], {f for f in doc_people[r["doc_id"]] if (r["doc_id"], f) not in unrelated})]
                        if bearer})  # "Katie Price ... Price, better known as the model Jordan"; "Sir Menzies, who is known as Ming"
    stage_names.update({(r["doc_id"], r["canonical"]): other[0] for r, full, b in zip(recs, is_full, before) if full
                        and AS_HE_IS_KNOWN.match(r.get("after", "") or "")
                        for other in [[f for f in sorted(doc_people[r["doc_id"]]) if f != r["canonical"]
                                       and name_words(f)[-1] == name_words(r["canonical"])[-1]]] if len(other) == 1})
    # "Ming Campbell, as he is widely known," beside Sir Menzies Campbell: the one other person of that surname
    stage_names.update({(r["doc_id"], m.group(1)): r["canonical"] for r, full in zip(recs, is_full) if full
                        for m in [NICKNAME.search(r["text"])] if m and nickname(m.group(1), r["doc_id"])})
    # 'Andrew "Chubby" Chandler': every lone "Chubby" of the article
    stage_names.update({(r["doc_id"], m.group(1)): bearer for r, full, b in zip(recs, is_full, before)
                        if r["label"] == "PERSON" and KNOWN_HINT.search(b.lower()) for m in [known_first(r, b)]
                        if m and nickname(m.group(1), r["doc_id"])
                        for bearer in [r["canonical"] if full else one_bearer(r["canonical"], doc_people[r["doc_id"]])] if bearer})
    # "Known as The Power, Taylor has dominated the game": every "Power" of the article
    stage_names.update({(r["doc_id"], r["canonical"]): bearer for r, full, b in zip(recs, is_full, before) if not full
                        and nickname(r["canonical"], r["doc_id"])
                        for known in [known_as(r, b, AS_KNOWN)] if known and known != r["canonical"]
                        for bearer in [one_bearer(known, doc_people[r["doc_id"]])] if bearer})  # "Ming, as Sir Menzies is known"
    birth_names = {(r["doc_id"], m.group(1)): stage[0] for r, b in zip(recs, before) if " " not in r["canonical"]
                   for m in [REAL_NAME.match(sentence_rest(r, b))] if m and m.group(1) in doc_people[r["doc_id"]]
                   for parts in [[f for f in sorted(doc_people[r["doc_id"]]) if f != m.group(1) and stage_part(r["canonical"], f)]]
                   for stage in [parts if len(parts) == 1 else [f for f in parts if name_words(f)[0 if namesakes.called_sir(b, r["text"]) else -1]
                                                                == r["canonical"]]]  # John Peel; "Sir Elton, born Reginald Dwight" beside "Mr Elton": Elton John,
                   if len(stage) == 1}  # not "Peel Sessions" nor "John Peel Day", tagged PERSON  # "Peel was born John Ravenscroft": John Peel; "Sir Elton, born Reginald Dwight": Elton John
    for k, (r, full, b) in enumerate(zip(recs, is_full, before)):
        if full and EPITHET_REAL_NAME.search(b) and (lone := [j for j in rows_just_before(recs, k)
                                                              if recs[j]["label"] == "PERSON" and " " not in recs[j]["canonical"]]):
            known = recs[lone[0]]["canonical"]  # "... dancer Bez has won. The 40-year-old, whose real name is Mark Berry, said"
            stage = [f for f in sorted(doc_people[r["doc_id"]]) if f != r["canonical"] and stage_part(known, f)]
            if len(stage) == 1:  # "... said Jones. The 64-year-old, who was born Thomas Woodward": Tom Jones
                birth_names.setdefault((r["doc_id"], r["canonical"]), stage[0])
            elif not stage and nickname(known, r["doc_id"]) and known not in name_words(r["canonical"]):
                stage_names.setdefault((r["doc_id"], known), r["canonical"])
    formal = formal_names(doc_people, rules, first_at) | peers_named_first(recs, doc_people, first_at, before, rules)
    formal = {key: f for key, f in formal.items() if not any(  # "Darts fan Philip Taylor, no relation" is not the Phil Taylor
        (key[0], later) in unrelated and first_at.get((key[0], earlier), -1) < first_at.get((key[0], later), -1)  # named before
        for earlier, later in ((key[1], f), (f, key[1])))}  # him ("Kenneth Clarke, no relation of the home secretary ... Ken Clarke" is)
    for doc, name in formal | birth_names.keys():
        doc_people[doc].discard(name)  # "Webster" has one candidate, William Webster, not also "Bill Webster"; "Ms Shriver"
        # is Lionel Shriver, not the birth name "Margaret Ann Shriver" the article gives her
    bearers = {(doc, part) for doc, people in doc_people.items() for f in people  # also "Kilroy" of Robert Kilroy-Silk
               for part in {name_words(f)[-1], name_words(f)[-1].split("-")[0]}}
    placed_in: dict[str, set[str]] = defaultdict(set)  # name -> articles that tag it a place and hold no person of that surname
    for r in recs:
        if r["label"] in PLACE_LABELS and (r["doc_id"], r["canonical"]) not in bearers:
            placed_in[r["canonical"]].add(r["doc_id"])
    borne_in = Counter(part for _, part in bearers)  # surname -> articles holding a person of it
    addressed, bare_people, placed_at = titled_uses(recs, before, rules)
    placed_before = after_places(recs)
    place_first: dict[tuple[str, str], int] = {}  # (article, one-word name) -> its first row tagged a place
    for k, r in enumerate(recs):
        if r["label"] in PLACE_LABELS and " " not in r["canonical"]:
            place_first.setdefault((r["doc_id"], r["canonical"]), k)
    placed = {name for name, docs in placed_in.items() if PLACE_RATIO * len(docs) >= borne_in[name]}  # "London"; not "Ferdinand",
    # tagged a place in two of 3,440 stories and borne by Rio Ferdinand in thirty
    names_out, labels_out = [r["canonical"] for r in recs], [r["label"] for r in recs]
    lists = closed_lists(recs, before)
    listed = listed_with_places(recs, before, placed, bearers, lists)  # "Welsh and Scottish fans" beside Gary Welsh
    org_lists = listed_with_orgs(recs, lists)  # "Burton, Dorothy Perkins, Miss Selfridge and Evans" beside Chris Evans
    via_title: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, lone name) -> persons it was resolved to
    bare: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, lone name) -> persons its untitled uses were resolved to
    same_title: dict[tuple[str, str, str, str], int] = {}  # (article, lone name, title's sex, person) -> first titled use resolved to them
    sexed: dict[tuple[str, str], str] = {}  # (article, person) -> the sex of the title ("Mrs", "Mr") a lone name took them with
    named_first: set[tuple[str, str]] = set()  # (article, lone name) it used as an organisation before naming a person with it,
    # or as a listed club with a plural verb
    wed: dict[tuple[str, str], bool] = {}  # (article, woman) -> whether the first woman's title she took was "Mrs" (not "Ms", "Miss")
    titled_only: set[int] = set()  # rows of a woman's title and a lone surname the article could not resolve, kept as "Ms X"

    def unresolved(i: int) -> bool:
        """True when a row still holds its own name (or only its woman's title was added): the corpus may choose for it."""
        return names_out[i] == recs[i]["canonical"] or i in titled_only and names_out[i].split()[-1] == recs[i]["canonical"].split()[-1]
    last_at: dict[tuple[str, str], int] = {}  # (article, name) -> the last row resolved to it so far
    uses: Counter = Counter()  # (article, name) -> how many rows so far were resolved to it
    history: dict[tuple[str, str], list[int]] = defaultdict(list)  # (article, name) -> the rows resolved to it so far

    called: dict[str, set[str]] = defaultdict(set)  # article -> full names it never writes that a knight's first name took ("Dame Kelly")
    dubbed: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, first name) -> its people titled Sir or Dame by it
    knight_sex: dict[tuple[str, str], str] = {}  # (article, person) -> the sex of the Sir or Dame a first name took them with
    for doc, full in knights_of:
        dubbed[(doc, name_words(full)[0])].add(full)

    def resolved(doc: str, person: str, i: int) -> None:
        """Note that row `i` of article `doc` went to `person` (its latest row and one more use)."""
        last_at[(doc, person)] = i
        uses[(doc, person)] += 1
        history[(doc, person)].append(i)

    def sole_namesake(name: str, doc: str, evidence: float = 0.0) -> str | None:
        """The corpus's one person of surname `name` when their name reads as a person's (a listed given name, at most
        three words: "Terry Wogan", not "Order of the Phoenix") and `doc` shares names with their articles, weighing at
        least `evidence`, else None; never a one-off full name for a word many articles use alone (`attested`: the student
        "Martin Bono" of one story is not the "Bono" of Band Aid, tagged ORG once)."""
        nonlocal circle
        only = next(iter(surname[name]))
        if (only in protected or name_words(only)[0] not in rules.sexes or len(name_words(only)) > 3
                or not attested(only, named_in, len(lone_docs[name]), rules)):
            return None
        circle = circle or neighbours()
        if not circle.related(only, doc) or len(circle.held.get(doc, ())) < namesakes.MIN_HELD:
            return None
        return only if not evidence or circle.evidence(only, doc) >= evidence else None

    def offices_here(doc: str, person: str) -> frozenset[str]:
        """The office words `doc` writes with `person`'s full name ("Pensions minister Malcolm Wicks"), built on demand."""
        if (doc, person) not in office_words:
            office_words[(doc, person)] = frozenset().union(*(offices(before[k], recs[k]["text"], recs[k].get("after", "") or "")
                                                              for k in full_rows.get((doc, person), ())))
        return office_words[(doc, person)]

    def as_person(word: str) -> set[str]:
        """The articles where a lone `word` was read as a person so far (resolved to a name, or labelled PERSON)."""
        if word not in person_docs:
            person_docs[word] = {r["doc_id"] for k, r in enumerate(recs) if r["canonical"] == word and (names_out[k] != word or labels_out[k] == "PERSON")}
        return person_docs[word]

    def mostly_org(word: str, doc: str) -> bool:
        """True when the corpus tags the lone `word` ORG, in articles naming no person of that surname, in more than
        `MISREAD_RATIO` times as many articles (but `doc`) as it tags it PERSON: a club or firm the model sometimes calls a person
        ("Everton, who finished fourth"), not the corpus's one Paul Everton."""
        if not lone_tags:
            for r in recs:
                if " " not in r["canonical"] and r["label"] in ("ORG", "PERSON"):
                    lone_tags[(r["canonical"], r["label"])].add(r["doc_id"])
        if word not in org_alone:
            bearing = set().union(*(named_in.get(f, set()) for f in surname.get(word, ())))
            org_alone[word] = lone_tags.get((word, "ORG"), set()) - bearing
        return MISREAD_RATIO * len(lone_tags.get((word, "PERSON"), set()) - {doc}) < len(org_alone[word] - {doc})

    def placed_only_beside(name: str, doc: str, bearing: set[str]) -> bool:
        """True when every article but `doc` that tags `name` a place or nationality is one of `bearing`, the articles
        naming the person it may stand for: those tags misread that person ("Wogan" beside Terry Wogan's full name)."""
        return place_docs[name] - {doc} <= bearing

    def placed_mostly_beside(name: str, doc: str, bearing: set[str]) -> bool:
        """True when the articles but `doc` that tag `name` a place or nationality and name no such person are under a
        `PLACE_RATIO`th of `bearing`: in a large corpus a few stories that tag "Wogan" a place without naming Terry Wogan
        do not hide the thirty that name him."""
        return PLACE_RATIO * len(place_docs[name] - {doc} - bearing) < len(bearing)

    def last_sentence(doc: str, person: str) -> int:
        """The sentence of the last row so far resolved to `person` in `doc` (a large number if none)."""
        k = last_at.get((doc, person), -1)
        return recs[k].get("sentence") if k >= 0 and recs[k].get("sentence") is not None else 10**9

    def named_just_before(cands: list[str], doc: str, sentence: int, window: int) -> list[str]:
        """The one candidate last named at most `window` sentences before `sentence` in `doc`, else all of them."""
        recent = [c for c in cands if 0 <= sentence - last_sentence(doc, c) <= window]
        return recent if len(recent) == 1 else cands

    def last_unquoted(doc: str, person: str) -> int:
        """The last row so far resolved to `person` in `doc` that stands outside quotation marks (-1 if none)."""
        return next((k for k in reversed(history[(doc, person)])
                     if not namesakes.quoted(recs[k].get("sentence_text") or "", before[k], recs[k]["text"])), -1)

    full_sentences: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, full name) -> the sentences writing it in full
    for r, full in zip(recs, is_full):
        if full and r.get("sentence_text"):
            full_sentences[(r["doc_id"], r["canonical"])].add(r["sentence_text"])
    sentence_people: dict[tuple[str, int], set[str]] = defaultdict(set)  # (article, sentence) -> last words of its people's names
    for r in recs:
        if r["label"] == "PERSON" and r.get("sentence") is not None:
            sentence_people[(r["doc_id"], r["sentence"])].add(name_words(r["text"])[-1])
    titled_as: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)  # (article, person) -> multi-word names a title gave them
    longer_form: dict[tuple[str, str], str] = {}  # (article, full name) -> the longer name of the article it folded into
    waiting: list[int] = []  # lone names left unresolved, with no candidate in their article
    stray_orgs: list[int] = []  # lone surnames tagged ORG or a place, with no candidate nor firm in their article, left to the corpus
    relatives: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, family name) -> relatives named by first name so far
    kin_people: dict[str, set[str]] = defaultdict(set)  # article -> the full names its relatives were given ("Serena's sister Venus")
    ambiguous: dict[int, list[str]] = {}  # lone names with several candidates in the corpus
    circle = None  # the names each article holds (namesakes.Company), built only when a lone name needs the corpus
    held_office: dict[str, Counter] | None = None  # person -> office words written with their full name, counted, built on demand
    called_bare: dict[str, set[str]] | None = None  # person -> articles calling them by the bare surname alone, built on demand
    neighbours = lambda: namesakes.Company([r["doc_id"] for r in recs], [r["canonical"] for r in recs], [r["label"] for r in recs], named_in)  # noqa: E731
    lone_sex: dict[int, str | None] = {}  # the sex of the title before each of those lone names
    person_docs: dict[str, set[str]] = {}  # lone word -> articles reading it as a person (`as_person`), built on demand
    org_alone: dict[str, set[str]] = {}  # lone word -> articles tagging it ORG and naming no person so called (`mostly_org`)
    lone_tags: dict[tuple[str, str], set[str]] = defaultdict(set)  # (one-word name, ORG or PERSON) -> articles so tagging it
    knighted = {c for _, c in knights_of}  # full names some article titles Sir or Dame
    for i, (r, full) in enumerate(zip(recs, is_full)):
        name, label, doc = r["canonical"], r["label"], r["doc_id"]
        words = name_words(name)
        if (doc, name) in shops and name not in protected:
            names_out[i], labels_out[i] = shops[(doc, name)], "ORG"
            continue
        if (label == "PERSON" and len(words) == 1 and name not in protected and POSSESSIVE_ALONE.fullmatch(r["text"])
                and NOUN_FREE_AFTER.match(r.get("after", "") or "") and (college := possessive_institution(r["text"], doc_orgs[doc]))):
            names_out[i], labels_out[i] = college, "ORG"  # '"Without King's, it wouldn't feel right"' beside King's College
            continue
        if (doc, name) in venues and label == "PERSON" and name not in protected and title_sex(before[i], r["text"], rules) is None:
            labels_out[i] = "ORG"  # "at the Tate" beside Tate Britain: the gallery, not the corpus's Helen Tate
            continue
        if (doc, name) in stage_names and name not in protected:  # "Jordan, whose real name is Katie Price": every "Jordan" of the article
            names_out[i], labels_out[i] = stage_names[(doc, name)], "PERSON"
            resolved(doc, names_out[i], i)
            continue
        if full and (doc, name) in birth_names and name not in protected:
            names_out[i] = birth_names[(doc, name)]
            uses[(doc, names_out[i])] += 1
            continue
        if i in couples and name not in protected:
            names_out[i], labels_out[i] = couples[i], "PERSON"
            uses[(doc, couples[i])] += 1
            continue
        if full and (doc, name) in formal and name not in protected:
            names_out[i] = formal[(doc, name)]
            uses[(doc, names_out[i])] += 1
            continue
        if full:
            longer = sorted(f for f in doc_people[doc] if len(name_words(f)) > len(words)
                            and fuller(name_words(f), words, first_at.get((doc, f), 0) < first_at.get((doc, name), 0)))
            if not longer and not INTRODUCED.match(r.get("after", "") or "") and not (
                    "no relation" in (r.get("sentence_text") or "") and NO_RELATION.search(sentence_rest(r, before[i])[:60])):
                # not "Graham Browne, an energy analyst", nor "Simon Browne of Fairfield Partners, no relation to the BP boss"
                longer = [f for f in peer_of(words, doc_people[doc], rules) if first_at.get((doc, f), i) < i  # "Lord Coe ... Sebastian Coe";
                          and not KNIGHTED_KIN.search(before[i][-60:])]  # not "Lord Sainsbury ... His cousin Sir Tim Sainsbury"
            if not longer and len(words) == 2 and words[0] == "Lady":  # "Lady Hermon" of Lady Sylvia Hermon, not her husband Sir Jack
                longer = by_sex([f for f in sorted(doc_people[doc]) if name_words(f)[-1] == words[1] and name_words(f)[0] not in rules.name_titles
                                 and first_at.get((doc, f), i) < i], "f", rules, strict=True)
            if not longer and len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[0]):  # "G Neville" of Gary, not Phil Neville
                longer = [f for f in sorted(doc_people[doc]) if len(name_words(f)) == 2 and name_words(f)[1] == words[1]
                          and len(name_words(f)[0]) > 2 and name_words(f)[0][0] == words[0][0] and first_at.get((doc, f), i) < i]
            if not longer and len(words) == 2 and surname_title(before[i], r["text"], rules) and len(tails.get(words, ())) == 1:
                longer = by_sex(sorted(tails[words]), title_sex(before[i], r["text"], rules), rules)  # "Mr Duncan Smith", never named in full here
            if len(longer) > 1:  # "Mrs Parker Bowles" beside Camilla and Brigadier Andrew Parker Bowles: the title tells
                sex = title_sex(before[i], r["text"], rules)
                longer = by_title(by_sex(longer, sex, rules), titles[i], {f: doc_titles[(doc, f)] for f in longer})
                if len(longer) > 1 and "Dr" in title_slot(before[i], r["text"]):  # "Dr Wyn Jones" of Dr Richard Wyn Jones,
                    longer = the_doctor(longer, doc, doctors)  # not the party leader Ieuan Wyn Jones
                if len(longer) > 1 and sex is not None:
                    longer = namesakes.antecedents(longer, {f: first_at.get((doc, f), -1) for f in longer},
                                                   {f: last_at.get((doc, f), -1) for f in longer}, {}, i, None)
            names_out[i] = longer[0] if len(longer) == 1 and name not in protected else name
            if names_out[i] != name and title_sex(before[i], r["text"], rules) is not None:
                titled_as[(doc, names_out[i])].add(words)  # "Mr Wyn Jones": Ieuan Wyn Jones is not the article's "Mr Jones"
            if names_out[i] != name and name_words(names_out[i])[-len(words):] == words and all(
                    re.fullmatch(r"[A-Z][a-z]+", w) for w in name_words(names_out[i])[: -len(words)]):
                longer_form[(doc, name)] = names_out[i]  # "Maxwell Davies" -> "Peter Maxwell Davies"; not "Queen + Paul Rodgers"
            resolved(doc, names_out[i], i)
            continue
        if name in protected or label not in ("PERSON", "ORG", "EVENT") + PLACE_LABELS or label == "FAC" and name in rules.name_titles or not (
                name[:1].isupper() or PARTICLE.match(name) or words in particle_surnames):  # "el-Sayed", "de Vries"
            continue
        sex, after = title_sex(before[i], r["text"], rules), r.get("after", "") or ""
        if (label in PLACE_LABELS and len(words) == 1 and name not in listed_places()
                and (SHARES_IN.search(before[i][-20:]) and any(name in o.split() for o in doc_orgs[doc] - {name})
                     or (doc, name) not in bearers and not THE_BEFORE.search(before[i][-5:]) and not place_use(before[i], after, label)
                     and any(firm_end(o, name, doc_orgs[doc]) for o in doc_orgs[doc] - {name}))):
            labels_out[i] = "ORG"  # "Shares in Morrison fell", "Wetherspoon has 650 pubs", tagged a place, beside the
            continue  # article's Wm Morrison or JD Wetherspoon: the firm (not "across the Atlantic" beside Virgin Atlantic)
        if (label in ("PERSON", "ORG") and name in context.club_names() and r["text"] == name
                and context.PLURAL_TEAM.match(after) and not place_use(before[i], after, label)):  # not "bus companies in Derby have"
            names_out[i], labels_out[i] = club_beside(name, doc_orgs[doc]) or name, "ORG"  # "Norwich face Middlesbrough" beside
            named_first.add((doc, name))  # its later uses with no sign of a person are the club too
            continue  # the fan Graham Norwich ("When Chelsea are at home" beside Chelsea Dawson): a listed club with a verb in
            # the plural, which no one person takes
        if (label == "PERSON" and len(words) == 1 and mostly_place(label_counts[name]) and (club := club_beside(name, doc_orgs[doc]))
                and not place_use(before[i], after, label) and not person_evidence(before[i], after, sex, rules)
                and not context.town_reading(before[i], name, after, club=True)):  # not "Norwich is to become one of the first cities"
            names_out[i], labels_out[i] = club, "ORG"  # "involving Hereford, Carlisle United", "Leeds play Sheffield United" beside
            continue  # Hereford United, Leeds United: a town the corpus calls a place, in an article naming its club, is the club
        if (label == "GPE" and len(words) == 1 and (club := club_beside(name, doc_orgs[doc])) and (doc, name) not in bearers
                and club in context.club_spellings().get(name, {club}) and context.club_use(before[i], r.get("sentence_text") or "")
                and not place_use(before[i], after, label) and not THE_BEFORE.search(before[i][-5:])
                and not context.INDEFINITE_BEFORE.search(before[i][-9:])  # "this is a Manchester club": a club of the town
                and not context.town_reading(before[i], name, after, club=True)):
            names_out[i], labels_out[i] = club, "ORG"  # "Leeds, the champions, stayed top" beside Leeds Rhinos, "playing for
            continue  # Newcastle" beside Newcastle Falcons, tagged a place: the club the article names, where its sentence is
            # about sport and no place use reads (not "Leeds band Kaiser Chiefs"; not "signed from Dundee" beside Dundee United:
            # the club list spells Dundee as a club of its own)
        apposed = (len(words) == 1 and (PLACE_APPOSED.search(before[i][-40:]) is not None  # "The nearest town of any size, Kendal, has"
                                        or THE_BEFORE.search(before[i][-5:]) is not None and FEATURE_APPOSED.match(after) is not None)
                   and not person_evidence(before[i], after, sex, rules))  # not "Speaking for the town, Kendal said"; "learn on the Fleet,
        # the long, shallow lagoon behind Chesil Beach": no person is written after "the"
        if (label == "PERSON" or label == "ORG" and apposed) and len(words) == 1 and (SEAT.search(before[i][-30:]) or apposed or (
                mostly_place(label_counts[name]) or name in word_lists()["towns"] and (doc, name) not in bearers
                and not named_after(name, doc_orgs[doc])  # "Exeter" beside Exeter City: the club's rules decide
                and not (SAID_BEFORE.search(before[i][-12:]) and not CLAUSE_VERB_AFTER.match(after))  # '..., said Harrow' (not "..., said Jersey had")
                or name in word_lists()["towns"] and (place_here(before[i], r["text"], after) or PLACES_LIKE.search(before[i][-40:]) is not None
                                                      or AT_PLACE.search(before[i][-30:]) is not None  # "won the Grand National at Aintree"
                                                      or MAJORITY_AFTER.match(after) is not None)  # "visible from Kendal" beside Robert Kendal
                or unborne_place(name, doc, surname, bearers) and not sheet_team(r.get("sentence_text") or "")  # not "Charlton: ..., Holland,"
                and not (SAID_BEFORE.search(before[i][-12:]) and not CLAUSE_VERB_AFTER.match(after)))
                and not person_evidence(before[i], after, sex, rules)):
            labels_out[i] = "GPE"  # "the MP for Henley", "the first time London has beaten me", "the boxer from Bolton": the place
            continue
        if (label == "PERSON" and len(words) == 1 and sex is None and " " not in r["text"] and (doc, name) in addressed and (doc, name) in bearers
                and bare_people[(doc, name)] == 1 and not named_after(name, doc_orgs[doc])  # not "Hereford" of Hereford United
                and (name in word_lists()["towns"] or placed_at.get((doc, name), len(recs)) < i)
                and not person_evidence(before[i], after, sex, rules)):
            labels_out[i] = "GPE"  # "Mrs Hull said ... Hull has offered free lunches": the article titles its Pam Hull, so the bare word is the town
            continue
        if ((label == "PERSON" or label == "ORG" and (doc, name) in bearers) and len(words) == 1 and sex is None and " " not in r["text"]
                and i in placed_before and not titled_before(before[i], rules) and not person_evidence(before[i], after, sex, rules)):
            labels_out[i] = "GPE"  # "London is competing with Paris, Madrid and Moscow. Paris is seen as the favourite" beside
            continue  # James Paris: the place the sentence before named, not a namesake; so is a word tagged a firm beside the
            # article's bearer of it ('born in the city of Wells ... "Wells has its cathedral"' beside Mr Wells)
        if (label == "PERSON" and len(words) == 1 and sex is None and " " not in r["text"] and (doc, name) not in addressed
                and (doc, name) not in bearers and bare_people[(doc, name)] == 1 and placed_at.get((doc, name), len(recs)) < i
                and not named_after(name, doc_orgs[doc]) and not person_evidence(before[i], after, sex, rules)):
            labels_out[i] = "GPE"  # 'jobs in Leigh ... "Leigh has been forgotten"': a word the article used as a place and never
            continue  # for a person it names is that place, not a namesake of another article (Mike Leigh)
        if len(words) == 1 and namesakes.called_sir(before[i], r["text"]):
            found = namesakes.knight(name, sorted(doc_people[doc]), knighted, named_in, just_named(recs, is_full, i))  # "Sir Alex":
            # Alex Ferguson; "played by Michael Caine. Sir Michael has said": Caine
            if found:
                names_out[i], labels_out[i] = found, "PERSON"
                resolved(doc, found, i)
                called[doc].add(found)
                dubbed[(doc, name)].add(found)
                if sex is not None:
                    knight_sex.setdefault((doc, found), sex)  # "Dame Kelly ... said Mr Holmes": no man's title for her
                continue
        if (len(words) == 1 and label == "PERSON" and sex is None and not titled_before(before[i], rules)  # named before the
                and len(knight := dubbed[(doc, name)]) == 1 and all(  # article's bearers of the word as a surname
                    first_at.get((doc, f), -1) > first_at.get((doc, next(iter(knight))), -1) for f in surname.get(name, ()) if (doc, f) in first_at)):
            names_out[i], labels_out[i] = next(iter(knight)), "PERSON"  # "Dame Kelly ... Kelly, as she is widely known" beside
            resolved(doc, names_out[i], i)  # "Mrs Kelly", the lighthouse keeper: the article calls its dame by her first name
            continue
        kin = kin_name(name, before[i], doc_people[doc], rules, {f for f in doc_people[doc] if first_at.get((doc, f), i) < i},
                       lone_people[doc]) if len(words) == 1 and label in ("PERSON", "ORG") + PLACE_LABELS else None
        kin = kin or (couple_name(name, before[i], r.get("after", "") or "", doc_people[doc], rules) if len(words) == 1 and label == "PERSON" else None)
        if kin is None and len(words) == 1 and label in ("PERSON", "ORG") + PLACE_LABELS and (pronoun := KIN_PRONOUN.search(before[i])):
            fits_pronoun = pronoun_fits(pronoun.group(1), rules)  # "His older brother": a man of the article, not the woman named last
            lead = subject_before(i, recs, names_out, labels_out, doc_people[doc], before, fits_pronoun) or subject_before(
                i, recs, names_out, labels_out, {p for p in lone_people[doc] if p not in rules.sexes and p not in rules.first_names},
                before, fits_pronoun)  # "As Reagan boarded ... to visit his wife Nancy": Nancy Reagan, where no one is named in full
            kin = lead_kin(name, before[i], lead, rules)
            own = [f for f in sorted(doc_people[doc] | couple_founders(doc_orgs[doc])) if len(name_words(f)) == 2 and name_words(f)[0] == name]
            kin = own[0] if kin and len(own) == 1 else kin  # "his wife Sheila" beside "Sheila Ravenscroft": her own name, also
            # one a foundation gives ("his wife Melinda" beside the Bill and Melinda Gates Foundation)
        if kin:  # "Minogue's sister Dannii": Dannii Minogue, whatever the model tagged her
            names_out[i], labels_out[i] = kin, "PERSON"
            relatives[(doc, name_words(kin)[-1])].add(kin)
            kin_people[doc].add(kin)
            resolved(doc, kin, i)
            continue
        in_doc = [f for f in sorted(doc_people[doc]) if len(name_words(f)) > len(words) and name_words(f)[-len(words):] == words
                  and name_words(f)[-len(words) - 1] != "of"]  # "York" is no surname of the Archbishop of York
        if sex == "f" and not by_sex(in_doc, sex, rules):  # "Mrs Wright" after "John Wright and his wife Lyndie": Lyndie Wright,
            in_doc += [f for f in sorted(kin_people[doc]) if name_words(f)[-len(words):] == words and name_sex(f, rules) != "m"]
            # a woman the article names only as a relative, where no woman of the surname is named in full
        if not in_doc and len(words) == 1 and label == "PERSON":  # "Dame Kelly joined ... Holmes said": the Kelly Holmes she was taken as
            in_doc = [f for f in sorted(called[doc]) if len(name_words(f)) > 1 and name_words(f)[-1] == name][:2]
            in_doc = in_doc if len(in_doc) == 1 else []
        if not in_doc and len(words) == 1 and not first_name(name, position, rules):
            in_doc = [f for f in sorted(doc_people[doc]) if inner_surname(name, name_words(f))]
        other = apart.get((doc, name), set()) if sex != "f" else set()  # "Reagan and Nancy Reagan": not Nancy
        in_doc = [f for f in in_doc if f not in other]
        rejected = set(in_doc)  # in-article namesakes a lone name cannot be, nor its corpus reading
        if i <= owners.get((doc, name), -1):  # "Mr Glazer's takeover ... Glazer's sons, Joel, Avram": the father, no son named next
            in_doc = [f for f in in_doc if -1 < first_at.get((doc, f), -1) < i]
        if len(words) == 1 and not AGE_BEFORE.search(before[i][-16:]):  # "Mr Glazer took control ... His son Joel Glazer said ...
            # Mr Glazer has never": the father, not Joel (but "the elder Glazer" may be the relative: `by_age`)
            in_doc = [f for f in in_doc if not named_as_kin(kin_named.get((doc, f)), self_named.get((doc, f), len(recs)),
                                                            {t: lone_first.get((doc, name, t)) for t in (None, "m", "f")}, sex, i)]
        if sex is not None and not ((named_other := [f for f in in_doc if -1 < first_at.get((doc, f), -1) < i])
                                    and all(sexed.get((doc, f)) not in (None, sex) for f in named_other)):
            # "Mr Murdoch, Sky's chief executive" before "Viewer Keith Murdoch, a taxi driver": someone introduced later is no
            # one the article titled before (an untitled word is left to the rules below: "Orange"); but after "Tony Blair"
            # and "Mr Blair said", "Mrs Blair" may be "Cherie Blair, a barrister", named later
            in_doc = [f for f in in_doc if not (first_at.get((doc, f), -1) > i and introduced_later(before[first_at[(doc, f)]],
                                                                                                   recs[first_at[(doc, f)]].get("after") or ""))]
        if in_doc and (kin_of := RELATIVE_APPOSED.match(r.get("after", "") or "")):
            in_doc = [f for f in in_doc if f not in kin_of.group(1)]  # "Mr Ferry, son of ... Bryan Ferry": Otis (or no one), not Bryan
        rejected -= set(in_doc)
        suffix = {w.rstrip(".") for w in name.split() if w in SUFFIXES}
        in_doc = [f for f in in_doc if suffix <= {w.rstrip(".") for w in f.split()}]  # "Noland Jr" is not "Lloyd Noland III"
        in_doc = fullest(in_doc, {f: first_at.get((doc, f), 0) for f in in_doc})  # 0: a name made up by the rules above
        shop = shop_reading(before[i], r.get("after", "") or "") or (  # "a Sainsbury's in Basingstoke"
            BARE_POSSESSIVE.match(r.get("after", "") or "") is not None and not titled_before(before[i], rules) and (
                name in rules.org_short_forms or any(name in o.split() for o in doc_orgs[doc] - {name})))  # "the running of Sainsbury's."
        company = sex is None and (shop or any(o.startswith(name + " ") and not o.endswith(COURT_ENDING) for o in doc_orgs[doc]) or (
            # not "Bolton Crown Court"; "Mr Turner" beside Turner & Newall is a person
            label == "ORG" and bool(set(rules.org_short_forms.get(name, ())) & doc_orgs[doc])) or (  # "Sky chairman" beside BSkyB
            label == "ORG" and company_for(name, doc_orgs[doc] - {name}, rules, owners=False) is not None) or (
            label == "ORG" and company_reading(r.get("after", "") or "")) or (  # "Dyson, which makes ...": never a person
            label == "ORG" and (i in org_lists or FIRM_APPOSED.match(r.get("after", "") or "") is not None  # "... Miss Selfridge and Evans"
                                or patterns()["company_before"].search(before[i][-20:]) is not None  # "The mobile operator Orange",
                                and not context.MADE_BY.match(r.get("after", "") or "")  # not "the club Hatton supports"
                                or context.FIRMS_SUCH_AS.search(before[i][-120:]) is not None)))  # "stores such as Fenwick", tagged PERSON
        titled = sex is not None or titled_before(before[i], rules)  # a person here, whatever the name is elsewhere
        site = shop and context.SITE_BEFORE.search(before[i][-8:]) is not None  # "at Queen's,": a title word as a site's name
        if label == "PERSON" and len(words) == 1 and (not titled or site) and (shop or company_reading(r.get("after", "") or "")):
            labels_out[i] = "ORG"  # "Sainsbury's has slipped", "the third round at Queen's,", tagged PERSON: no person is written so
            continue
        if (label == "PERSON" and len(words) == 1 and not titled and not in_doc and not rejected
                and (ended := ended_by(name, doc_orgs[doc], word_lists()["given_names"])) and not person_evidence(before[i], after, sex, rules)
                and not NAMED_AFTER_BEFORE.search(before[i][-14:])):  # "It is named after Jeeves, the valet" beside Ask Jeeves
            names_out[i], labels_out[i] = ended, "ORG"  # "Nero now has 220 shops" beside Caffe Nero, tagged PERSON: the firm, as no
            continue  # person of the article bears the name
        if (label in ("PERSON", "ORG") and len(words) == 1 and not titled and in_doc
                and all(founded_by(name, f, full_sentences[(doc, f)]) for f in in_doc)
                and not person_evidence(before[i], r.get("after", "") or "", sex, rules)):
            labels_out[i] = "ORG"  # "Burberry was founded in 1856 by Thomas Burberry": the lone name is the firm, not its founder
            continue
        if (label == "ORG" and in_doc and len(words) == 1 and not titled and name in word_lists()["major_places"]
                and not person_evidence(before[i], r.get("after", "") or "", sex, rules)):
            continue  # "family links with Wales, Mr Wales laughed", tagged ORG beside Jimmy Wales: the country (or its team),
            # never the article's person without a title or a verb of his
        if (label == "ORG" and not in_doc and not company and len(words) == 1 and (first_name(name, position, rules) or name in rules.sexes
                                                                                    or name in rules.nicknames)
                and not first_name_barred(before[i], r["text"], name, surname, rules)  # "Mr Howard", tagged ORG: not Howard Flight
                and not any(name in re.split(r"[\s-]+", o) for o in doc_orgs[doc] - {name})  # not "Heinz" beside "H.J. Heinz Co"
                and not told_org(before[i], r["text"], after)):  # nor "a Chelsea supporters' club" beside Chelsea Dunmore
            in_doc = [f for f in sorted(doc_people[doc] | kin_people[doc])  # "Camilla" tagged ORG: Camilla Parker Bowles; "Ant": Anthony McPartlin
                      if name_words(f)[0] in {name} | rules.nicknames.get(name, frozenset())]
        placed_person = (label in PLACE_LABELS and len(words) == 1 and name not in listed_places()
                         and person_evidence(before[i], after, sex, rules))  # "Brucie, 76, has been credited", tagged a place
        if not in_doc and not company and not titled and (len(words) == 1 or name in rules.press_nicknames) and (
                label in ("PERSON", "ORG") or placed_person):
            in_doc = pet_forms(name, sorted(doc_people[doc]), rules, bare=label == "PERSON" or placed_person)  # "Hoggy" of Matthew
            # Hoggard, "Carra" of Jamie Carragher, "Brucie" of Bruce Forsyth
            press = rules.press_nicknames.get(name, frozenset())  # "Freddie" beside Andrew Flintoff (`data/press_nicknames.csv`)
            in_doc = in_doc or [f for f in sorted(doc_people[doc]) if name_words(f)[-1] in press and name_words(f)[0] != name]
        nicknamed = False  # initials of the article's one person so named, tagged a place elsewhere only beside a person so initialled
        if not in_doc and not titled and INITIALS_NICKNAME.fullmatch(name) and label in ("PERSON", "ORG", "GPE", "NORP"):
            in_doc = initialled_person(name, doc_people[doc], doc_orgs[doc])  # "KP" of Kevin Pietersen, tagged GPE
            nicknamed = bool(in_doc) and placed_only_beside(name, doc, opened_by[name])  # also tagged a place beside Kevin Pietersen elsewhere
        if not titled and in_doc and min(first_at.get((doc, f), -1) for f in in_doc) > i and (label != "PERSON" or name in doc_orgs[doc]):
            labels_out[i] = "ORG" if label == "PERSON" else label  # "pressure from Dell", tagged PERSON beside the firm Dell, before Michael Dell
            if labels_out[i] == "ORG" and (all(name_words(f)[0] == name for f in in_doc) or company_reading(after) or after.startswith(("'s", "’s"))
                                           or place_here(before[i], r["text"], after) or patterns()["company_before"].search(before[i][-20:])
                                           or label == "ORG" and IT_AFTER.match(after) and not PERSONAL.match(after)):
                named_first.add((doc, name))  # a first name ("Chelsea are champions"), or a firm or place where it stands ("in Derby")
            continue  # "Ford said" before the article introduces Derek Ford: a lone name refers back, so not to him
        if (not titled and in_doc and len(words) == 1 and (doc, name) in named_first and label in ("PERSON", "ORG")
                and (not person_evidence(before[i], "" if club_relative(name, after) else after, sex, rules)
                     or label == "ORG" and says_of_itself(r.get("sentence_text") or "", name))):
            labels_out[i] = "ORG"  # "Chelsea are champions ... fan Chelsea Hughes ... Chelsea last won": still the club
            continue
        if (not titled and in_doc and len(words) == 1 and (
                label == "PERSON" and (doc, name) in firms and not person_evidence(before[i], after, sex, rules)
                or label == "ORG" and (doc, name) in spoken_firms and not personal_evidence(before[i], after, sex, rules)  # "Ford says
                and not pronoun_sex(sentence_rest(r, before[i]), rules)  # Jaguar must cut costs", tagged ORG beside "Ford, which owns
                and all(name_words(f)[0] != name for f in in_doc))):  # Jaguar" and Mr Ford: speaking is no sign (not a word
            # that opens the article's person: "Pernod" of "Pernod Ricard", tagged a person)
            labels_out[i] = "ORG"  # "started [[Dell]]" beside "Computer maker Dell" and Michael Dell: the firm, unless a person reads
            continue
        if (not titled and len(words) == 1 and label in ("PERSON", "ORG") + PLACE_LABELS and in_doc and (
                set(in_doc) & rules.founder_firms.get(name, frozenset()) or label == "ORG" and name in rules.founder_firms)  # also beside a namesake
                and (not person_evidence(before[i], r.get("after", "") or "", sex, rules) or sex is None and patterns()["company_before"].search(before[i][-20:])
                     or label == "ORG" and any(o.startswith(name + " ") for o in doc_orgs[doc])  # "Ford said this week it" beside Ford Motor Company
                     and not PRONOUN_AFTER.match(r.get("after", "") or "") and not PERSONAL.match(r.get("after", "") or ""))
                and not place_use(before[i], r.get("after", "") or "", label)):  # "Michael Dell, founder of the computer maker Dell, said": the firm
            labels_out[i] = "ORG"  # "a move to Williams" beside Sir Frank Williams, "Ford, which owns Jaguar" beside a Tony Ford (`data/founder_firms.csv`)
            continue
        if label == "ORG" and len(words) == 1 and in_doc and not titled and place_here(before[i], r["text"], after):
            continue  # "is in Lincoln", tagged ORG beside Sarah Lincoln: the place, not the person
        if (label in ("GPE", "LOC") and len(words) == 1 and in_doc and not titled and placed_at.get((doc, name), len(recs)) <= i
                and not person_evidence(before[i], after, sex, rules)):
            continue  # "On Portland itself ... for Weymouth and Portland" beside Sandra Portland: tagged a place, where or after
            # the article uses it as one, the place ("Sedgefield, the constituency next door" beside Graham Sedgefield)
        described = (label == "ORG" and not in_doc and not company and not titled and len(words) == 1 and name not in companies
                     and (DESCRIBED.match(after) is not None or SPEECH.match(after) is not None and not IT_AFTER.match(after))
                     and not place_use(before[i], after, label)  # "Live Aid organiser Geldof, who sat on", "Geldof said", tagged ORG
                     and not (name in context.club_names() and patterns()["sport"].search(r.get("sentence_text") or "")))  # not "rivals Everton, who took fourth place"
        owns = owner(r)  # "Mourinho's side", tagged ORG
        if (label == "ORG" and not in_doc and not company and not titled and not described and len(words) == 1 and surname.get(name)
                and name not in rules.org_short_forms and name not in companies
                and not any(name in o.split() for o in doc_orgs[doc] - {name}) and not place_use(before[i], after, label)
                and not team_here(name, before[i], after, r.get("sentence_text") or "")  # "the season's last game against Charlton"
                and not ((doc, name) in spoken_firms and not personal_evidence(before[i], after, sex, rules))  # "Ford will keep some
                # jobs" after "Ford, which owns Jaguar": the article's firm, not the corpus's Ford nor the one its "Mr Ford" is
                and not (name in context.club_names() and patterns()["sport"].search(r.get("sentence_text") or ""))):  # "followed Barnet
            # since the 1960s, said the club's fans": a listed club in a sentence about sport, not the corpus's Kate Barnet
            if len(surname[name]) == 1 and (plain_orgs[name] <= 1 or owns and name not in org_read
                                            and len(named_in[next(iter(surname[name]))]) >= PERSON_SPREAD):
                only = sole_namesake(name, doc, namesakes.MIN_EVIDENCE)  # "fell out with Ferguson", tagged ORG once in the corpus
                if only:  # (a possessive tagged ORG, "Mourinho's Chelsea", not counted): the corpus's one Ferguson, on clear evidence
                    # (not the band "Keane" beside Roy Keane)
                    names_out[i], labels_out[i] = only, "PERSON"
                    resolved(doc, only, i)
                    continue
            stray_orgs.append(i)  # decided after the main pass, from what the corpus made of the same word (`misread_orgs`)
        if label == "ORG" and len(words) == 1 and not titled and (the_place_noun(before[i], after) or FIRM_SITE_OWNED.match(after)
                                                                  or told_org(before[i], r["text"], after)):
            continue  # "opposite the Silverstone circuit", "the Ford plant", "Ford's Dagenham plant", "The Hilton hotel group": a
            # place or a firm, not the article's namesake
        if label == "ORG" and not (in_doc and not company or titled and not company or described
                                   or in_doc and person_evidence(before[i], r.get("after", "") or "", sex, rules) and i not in org_lists):
            waiting += [i] if (not in_doc and not company and len(words) == 1 and not place_here(before[i], r["text"], after)
                               and not ((doc, name) in spoken_firms and not personal_evidence(before[i], after, sex, rules))) else []
            continue  # "recorded in Lincoln" beside "Mr Lincoln", the dealer another article names in full: the place (and a firm
            # the article has introduced as one stays it)
        surnamed = label == "NORP" and bool(in_doc) and name not in word_lists()["nationalities"]  # "Klitschko dominated", tagged NORP
        country = (label in PLACE_LABELS and name in word_lists()["major_places"] and bool(in_doc)  # "France's economy grew ...
                   and place_first.get((doc, name), len(recs)) < min(first_at.get((doc, f), len(recs)) for f in in_doc))  # Richard France":
        # a curated place the article wrote as one before it named the person stays a place where no person's evidence stands
        unplaced = (name not in placed and not country or nicknamed) and not company and i not in listed and not place_use(
            OF_BEFORE.sub("", before[i]) if surnamed else before[i], "" if surnamed else r.get("after", "") or "", label) and not (
            the_place_noun(before[i], after))  # "a stall at the Kendal market", tagged NORP beside Robert Kendal
        # "the appointment of Adonis", tagged NORP beside Andrew Adonis: "of" before a surname is no place's preposition
        subject = label == "NORP" and bool(SUBJECT.match(r.get("after", "") or "")) and not re.search(r"\bthe\s*$", before[i][-6:], re.I)
        if (not in_doc and len(words) == 1 and label in PLACE_LABELS and placed_only_beside(name, doc, opened_by[name])
                and (person_evidence(before[i], r.get("after", "") or "", sex, rules)
                     or name in rules.sexes and name not in word_lists()["nationalities"] and name not in listed_places())
                and not place_use(before[i].removesuffix(" of ") + " ", "", label)):  # a given name ("Lleyton", "the prospect of Camilla")
            in_doc = [f for f in sorted(doc_people[doc]) if name_words(f)[0] == name and first_at.get((doc, f), i) < i]  # needs no verb
            unplaced = bool(in_doc)  # "Billie, who had a hit" after Billie Piper, a place elsewhere only beside a Billie
        misread_place = (label in ("GPE", "FAC", "NORP") and not in_doc and len(words) == 1 and bool(surname.get(name))  # tagged a place beside its bearer:
                         and name not in word_lists()["towns"] and name not in word_lists()["nationalities"] and not place_use(before[i], after, label)
                         and not place_here(before[i], r["text"], after) and i not in listed  # "Wogan", tagged a place here only;
                         and not STATE_AFTER.match(after) and i not in placed_before  # not "Warren, Mich."; not "with Paris, Madrid ... Paris is"
                         and not team_here(name, before[i], after, r.get("sentence_text") or "")  # "the last game against Charlton"
                         and not any(name in o.split() for o in doc_orgs[doc] - {name}))  # not "Provident" beside Provident Financial
        if misread_place and len(surname[name]) > 1 and name not in placed:
            stray_orgs.append(i)  # "Rooney", tagged a place, of Wayne rather than Colin Rooney: decided after the main pass
        if misread_place and len(surname[name]) == 1 and placed_mostly_beside(name, doc, named_in[next(iter(surname[name]))]):
            only = sole_namesake(name, doc)  # "Terry Wogan's show ... Wogan, 66, said"
            she = "f" if SHE_AFTER.match(sentence_rest(r, before[i])) else sex  # "Jordan said she": no Eddie Jordan
            if only and by_sex([only], she, rules):
                names_out[i], labels_out[i] = only, "PERSON"
                resolved(doc, only, i)
                continue
        here = label == "NORP" or person_evidence(before[i], r.get("after", "") or "", sex, rules) or not mostly_place(label_counts[name]) and (
            not country)  # "London has beaten me"; not '"France rejecting the treaty would be a shock"' beside Mr France
        told_of = DESCRIBED.match(after) is not None and not place_use(before[i], after, label)  # "Wogan, 66, said", tagged a place
        if (label in PLACE_LABELS and in_doc and len(words) == 1 and name in word_lists()["towns"] and not titled
                and (place_here(before[i], r["text"], after) or PLACES_LIKE.search(before[i][-40:]) or FROM_BEFORE.search(before[i][-8:]))
                and not person_evidence(before[i], after, sex, rules)):
            continue  # "visible from Kendal" beside Robert Kendal: a listed town the model calls a place, used as one, stays one
        if label not in ("PERSON", "ORG") and not (in_doc and ((doc, name) in spoken and here and i not in listed  # not "German companies" beside Mike German
                                                               and not place_use(before[i], after if qualifies(label, before[i], after) else "", label)
                                                               and not place_cue(before[i], after)  # "visit Lyon in France" beside Ms Lyon
                                                               and not the_place_noun(before[i], after)  # "The German company said"
                                                               or unplaced or subject or told_of)):
            continue
        if not in_doc and len(words) == 1 and not first_name_barred(before[i], r["text"], name, surname, rules):
            # "Mr Murdoch" beside Murdoch MacLennan is the Murdoch the corpus names in full; "Mr Yang" is Yang Yuanqing,
            # also when the corpus names a Jerry Yang: a listed family name written first
            given = rules.nicknames.get(name, frozenset())  # "Ken" of "Kenneth Clarke", within the article only
            in_doc = [f for f in sorted(doc_people[doc] | kin_people[doc]) if ({name_words(f)[0], name_words(f)[0].split("-")[0], f.split()[0]}  # "Den" of Den Watts
                                                                               & (given | {name})
                                                               or name in rules.nicknames.get(name_words(f)[0], ()))
                      and f.split()[0] not in rules.name_titles  # also "Sven" of Sven-Goran Eriksson, "Peter" of Pete Doherty
                      or royal_named(f, name)]  # "If Charles becomes king": Prince Charles
            not_pet = [f for f in in_doc if not (f.split()[0] != name and name_words(f)[0] != name and name in rules.nicknames.get(name_words(f)[0], ()))]
            in_doc = not_pet or in_doc  # "David" of David Millar, not Dave Brailsford: a formal name is not the pet form's bearer
            if in_doc and not titled and NEW_BY_FIRST_NAME.match(after):
                in_doc = []  # "Ashley, a 16-year-old from Leeds": someone new, not the article's Ashley Highfield
        if label == "PERSON" and not in_doc and not titled and len(words) == 1 and len(founder := [
                o for o in sorted(doc_orgs[doc]) if ((doc, o) in firms or o in alias_firms) and name_words(o)[1:] == (name,)
                and name_words(o)[0] in rules.first_names]) == 1:
            names_out[i], labels_out[i] = founder[0], "ORG"  # "Travel firm Thomas Cook ... Cook has a strong brand", "George
            # Wimpey (a firm of the alias file) ... Wimpey's figures": the firm
            continue  # named after its founder, when the article names no person so ("Mr Matthews" stays the man)
        if (label == "PERSON" and not in_doc and not titled and len(words) == 1 and context.SHOP_BEFORE.search(before[i][-6:].rstrip("\"“'"))
                and len(make := [o for o in sorted(doc_orgs[doc]) if len(name_words(o)) > 1 and name_words(o)[0] == name]) == 1):
            names_out[i], labels_out[i] = make[0], "ORG"  # 'any old tractor is "a Massey"' beside Massey Ferguson, no person
            continue  # Massey: the make
        if label == "PERSON" and not in_doc and not titled and len(words) == 1 and company_for(name, doc_orgs[doc], rules, owners=False):
            labels_out[i] = "ORG"  # "May said" beside "May Department Stores Co", no person May: the company
            continue
        if (not titled and in_doc and len(words) == 1 and r.get("sentence") not in (0, None) and all(name_words(f)[0] != name and not royal_named(f, name) for f in in_doc)
                and min(first_at.get((doc, f), -1) for f in in_doc) > i):
            if label == "PERSON" and sex is None and (IT_AFTER.match(after) and not PERSONAL.match(after) or joined_to_org(recs, before, i)):
                labels_out[i] = "ORG"  # "Orange said it would have 3G phones", "Vodafone, O2, Orange and T-Mobile", before the
                if all(name_words(f)[-1] == name for f in in_doc):  # analyst Peter Orange: the firm, and so are its later uses
                    named_first.add((doc, name))  # no person's sign marks (not "Ant and Dec" before Declan Donnelly: his pet name)
            elif label == "PERSON" and (name in rules.first_names or name in rules.sexes) and len(first := [
                    f for f in sorted(doc_people[doc]) if len(name_words(f)) > 1 and name_words(f)[0] == name
                                                     and -1 < first_at.get((doc, f), -1) < i]) == 1:
                names_out[i] = first[0]  # '"Kylie is in good spirits"' after Kylie Minogue, before the fan Gary Kylie: her first name
                resolved(doc, first[0], i)
            continue  # a lone surname written before its namesake is introduced is not that namesake, except in a headline
        if (not titled and in_doc and len(words) == 1 and r.get("sentence") not in (0, None) and label == "PERSON"
                and min(first_at.get((doc, f), -1) for f in in_doc) > i and not any(royal_named(f, name) for f in in_doc)
                and not KIN_WORD_BEFORE.search(before[i])  # "his brother Charles", named in full later
                and not namesakes.quoted(r.get("sentence_text") or "", before[i], r["text"])):  # '"I've watched Tim play"'
            continue  # "its plumber hero Mario" before the shopper Mario Rossi: a first name refers back too
        cands = by_title(by_sex(in_doc, sex, rules), titles[i], {f: doc_titles[(doc, f)] for f in in_doc})
        if sex is not None:
            cands = [c for c in cands if sexed.get((doc, c), knight_sex.get((doc, c), sex)) == sex]  # "Mr Blair" is not the
            # article's "Mrs Blair", nor "Mr Holmes" its "Dame Kelly"
            kin = by_sex(sorted(relatives[(doc, name)]), sex, rules, strict=True)  # relatives named so far whom the title fits
            named_before = [c for c in cands if first_at.get((doc, c), -1) < i]
            if len(named_before) < len(cands) and (named_before or kin):
                cands = named_before  # "Murray's mother Judy ... Mrs Murray said ... His brother Jamie Murray": a title refers back
            other_kin = [k for k in kin if k not in cands] if sex == "f" else []
            married = "Mrs" in title_slot(before[i], r["text"])
            if other_kin and cands and all(wed.get((doc, c), married) != married for c in cands):
                cands = other_kin  # "Ms Church" was Charlotte Church; "Mrs Church" after "Charlotte's mother, Maria" is Maria
            elif (married and len(other_kin) == 1 and cands and all((doc, c) not in wed for c in cands)
                  and all(last_at.get((doc, other_kin[0]), -1) > last_at.get((doc, c), -1) for c in cands)):
                cands = other_kin  # "Church, 19, sang ... Church's mother, Maria, also attended ... Mrs Church said": the mother
            cands = cands or kin  # "Murray's mother Judy ... Mrs Murray"
            if not cands and sex == "f" and len(in_doc) == 1 and (
                    (doc, name) in she_named  # "Ms Peirce" of Gareth Peirce, who "said her clients had been held": she is a woman
                    or {"Ms", "Ms."} & set(title_slot(before[i], r["text"]))  # "Mitchell Baker ... Ms Baker said": "Ms" is no one's
                    and -1 < first_at.get((doc, in_doc[0]), -1) < i and sexed.get((doc, in_doc[0]), sex) == sex):  # wife, so the one
                cands = in_doc  # Baker named before and never called "Mr" is a woman whatever her first name (no relative is left here)
        if sex == "f" and cands and all(wed.get((doc, c), married) != married for c in cands):  # "Ms Kelly" was Ruth Kelly,
            other = [c for c in by_sex(in_doc, sex, rules, loose=True) if c not in cands and wed.get((doc, c), married) == married]
            cands = other if len(other) == 1 else cands  # so "Mrs Kelly" is dinner lady Pat Kelly: one woman's title for each woman
        if len(cands) > 1 and sex is None and (kin_after := OWN_KIN_AFTER.match(after)):  # "McCartney joined his daughter": Paul, not Stella
            fit = by_sex(cands, "m" if kin_after.group(1).lower() == "his" else "f", rules, strict=True)
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and ({"Mr", "Mrs", "Ms", "Miss"} & set(title_slot(before[i], r["text"]))):  # "Mr Campbell" beside Sir
            cands = [c for c in cands if (doc, c) not in knights_of] or cands  # Menzies Campbell: Alastair, as
            # a knight or dame is "Sir Menzies", never "Mr Campbell"
        if len(cands) > 1 and sex is not None:  # "Mr Jones" after "Mr Wyn Jones" of Ieuan Wyn Jones: Jon Owen Jones
            cands = [c for c in cands if not any(len(w) > len(words) and w[-len(words):] == words for w in titled_as[(doc, c)])] or cands
        if len(cands) > 1 and (team := sheet_team(r.get("sentence_text") or "")):  # "Arsenal: Almunia, Lauren, Toure, Cole, ..."
            fit = [c for c in cands if any(team in sentence for sentence in full_sentences.get((doc, c), ()))]
            cands = fit if len(fit) == 1 else cands  # the Cole the article places at Arsenal, not Chelsea's Joe Cole
        if len(cands) > 1 and (said := offices(before[i], r["text"], after)):  # "Mr Wicks, the minister": the Malcolm Wicks the
            fit = [c for c in cands if said & offices_here(doc, c)]  # article calls "Pensions minister", not John Wicks
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and (unrelated := UNRELATED_TO.match(sentence_rest(r, before[i]))):  # "Millar, who is not related to
            named = tuple(unrelated.group(1).split())  # David": Robert Millar, not David Millar
            fit = [c for c in cands if (named[0] not in name_words(c) if len(named) == 1 else name_words(c)[-len(named):] != named)]
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and (unrelated := UNRELATED_OFFICE.match(sentence_rest(r, before[i]))) and (said := offices("", unrelated.group(1))):
            fit = [c for c in cands if not said & offices_here(doc, c)]  # "Jenkins, no relation to the prop": singer Katherine
            cands = fit if len(fit) == 1 else cands  # Jenkins, not "prop Gethin Jenkins"
        if len(cands) > 1 and (kin_after := WHOSE_KIN.match(after)) and kin_after.group(1):  # "said Ford, whose brother Neil Ford also races": Kevin
            fit = [c for c in cands if c != kin_after.group(1)]  # Ford, not the brother
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and "Dr" in title_slot(before[i], r["text"]):  # "Dr Darling" of Dr Fiona Darling, not Alistair Darling
            cands = the_doctor(cands, doc, doctors)
        if len(cands) > 1 and not titled and r.get("sentence") not in (0, None) and len(
                back := [c for c in cands if -1 < first_at.get((doc, c), -1) < i]) == 1:
            cands = back  # "Ruby Walsh ... Walsh, 25, won his second National ... his father Ted Walsh": a lone surname refers
            # back to the one namesake named so far, whatever sex his given name usually marks
        if len(cands) > 1 and sex is None and (said_sex := pronoun_sex(sentence_rest(r, before[i]), rules)):
            fit = by_sex(cands, said_sex, rules)  # "Green, who was knighted ..., said he": Sir Philip, not Tina Green
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and (age := AGE_BEFORE.search(before[i][-16:])):
            cands = by_age(cands, [before[first_at[(doc, c)]] if (doc, c) in first_at else "" for c in cands], age.group(1))
        if len(cands) > 1 and FOUNDED_BY.search(before[i][-30:]):  # "HP was founded by Mr Hewlett" after "co-founder Bill Hewlett"
            fit = [c for c in cands if (doc, c) in first_at and FOUNDER_WORD.search(before[first_at[(doc, c)]][-40:])]
            cands = fit if len(fit) == 1 else cands
        if len(cands) > 1 and not titled and r.get("sentence") is not None and (SPEECH.match(after) or AFFILIATED_SPEECH.match(sentence_rest(r, before[i]))) and not OBJECT_BEFORE.search(before[i][-8:]):
            cands = named_just_before(cands, doc, r["sentence"], RECENT_SENTENCES)  # '"... too high," Robinson said' after "England
            # coach Andy Robinson said"; not "a plan by Glazer, said"
            if len(cands) > 1 and namesakes.ATTRIBUTED.search(before[i]):  # "captain Jason Robinson was shackled. England coach Andy
                spoke = [c for c in cands if 0 <= r["sentence"] - last_sentence(doc, c) <= 1  # Robinson said ... '...,' Robinson said":
                         and SPEECH.match(recs[last_at[(doc, c)]].get("after") or "") and (doc, c) not in kin_named]  # the speaker of
                cands = spoke if len(spoke) == 1 else cands  # the sentence before goes on (not "his mother, Judy Murray. '...,'
                # Murray said", nor "Her sister Dannii Minoe said ... '...,' Minoe said": a relative, named as one, is no lead)
        if len(cands) > 1 and not titled and r.get("sentence") is not None and SUBJECT_START.search(before[i][-3:]) and ACTS.match(after):
            cands = named_just_before(cands, doc, r["sentence"], SUBJECT_SENTENCES)  # "England coach Andy Robinson said ... Robinson
            # gave a debut to": the subject
        if len(cands) > 1:  # "Walter Hewlett, son of co-founder Bill Hewlett ... Mr Hewlett": the subject, not the relative
            cands = [c for c in cands if (doc, c) not in first_at or named_as_self.get((doc, c), len(recs)) < i] or cands
        if len(cands) > 1:
            first_sentence = {f: recs[first_at[(doc, f)]].get("sentence") for f in cands if (doc, f) in first_at}
            latest = {f: last_at.get((doc, f), -1) for f in cands}
            if sex is not None and namesakes.ATTRIBUTED.search(before[i]):  # '"It's Amir's decision," Mr Khan said': not Amir
                latest = {f: last_unquoted(doc, f) for f in cands}
            kept = [f for f in cands if (doc, name, sex, f) in same_title]  # "Mr Howard" already went to Michael Howard
            if sex is not None and len(kept) == 1 and all(same_title[(doc, name, sex, kept[0])] < first_at.get((doc, f), -1)
                                                          for f in cands if f != kept[0]):
                cands = kept  # '... Mr Howard said. Lynton Crosby helped John Howard win ... Mr Howard, whose parents': still Michael
            cands = namesakes.antecedents(cands, {f: first_at.get((doc, f), -1) for f in cands}, latest,
                                          {f: uses[(doc, f)] for f in cands}, i,
                                          None if sex is not None or DOCTOR_BEFORE.search(before[i][-12:]) else set() if titled
                                          else bare.get((doc, name), set()),  # "Economist Gareth Morgan ... Dr Morgan said": the
                                          lead=not titled and name not in doc_orgs[doc], sentence=first_sentence)  # one named last
        if len(cands) > 1 and not titled and r.get("sentence") is not None and (mates := sentence_people[(doc, r["sentence"])] - {
                w for c in cands for w in name_words(c)} & {name_words(p)[-1] for p in doc_people[doc]}):
            fit = [c for c in cands if any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", s) for s in full_sentences.get((doc, c), ()) for w in mates)]
            cands = fit if len(fit) == 1 else cands  # "Packard died in 1996 and Hewlett in 2001": of Walter and Bill Hewlett, the
            # one the article named beside Packard ("founded by Bill Hewlett and David Packard")
        lone = (len(words) == 1 or words in particle_surnames) and (label == "PERSON" or titled or described) and not (in_doc and (cands or sex is None))
        if lone and (surname_title(before[i], r["text"], rules) or not first_name(name, position, rules) or role_before(before[i])
                     or mostly_surname(name, position)) and (titled or name not in companies) and not (
                is_place(label_counts[name]) and name in placed and not titled):  # "Button": tagged a place mostly beside Jenson Button, so a surname
            # ("Mr London" is a man whatever the corpus makes of the word)
            cands = by_title(by_sex(sorted(surname.get(name, set()) - other - rejected), sex, rules, strict=sex == "f"), titles[i], full_titles)
            ambiguous[i] = cands
            lone_sex[i] = sex
        if len(cands) > 1:
            cands = [c for c in cands if c in known] if len([c for c in cands if c in known]) == 1 else cands
        if i in ambiguous and len(cands) == 1 and not titled:  # the band "Keane" is not Roy Keane
            circle = circle or neighbours()
            cands = cands if (cands[0] in known or circle.related(cands[0], doc) and not mostly_org(name, doc)) and not circle.other_reading(
                name, cands[0], doc, as_person(name)) else []  # nor the club "Everton", tagged PERSON, the corpus's Paul Everton
        if len(cands) == 1 and (i not in ambiguous or cands[0] in known or attested(cands[0], named_in, len(lone_docs[name] - (surnamed_in[name] if titled else set())), rules, titled)):
            names_out[i], labels_out[i] = cands[0], "PERSON"
        elif (cands or in_doc) and not (label == "ORG" and described and not in_doc and not DESCRIBED.match(after)):
            labels_out[i] = "PERSON"  # an ORG that only speaks ("Pierson said") stays a firm unless it takes a person
        if names_out[i] == name and sex == "f" and len(words) == 1 and female_title(before[i], r["text"], rules) != name:
            names_out[i] = f"{female_title(before[i], r['text'], rules)} {name}"  # "Mrs Blair", never "Queen Queen"
            titled_only.add(i)  # still open to the corpus's choice below ("Ms Hewitt" beside a Sally Hewitt named once)
        elif names_out[i] == name and sex == "m" and len(words) == 1 and labels_out[i] == "PERSON" and title_slot(before[i], r["text"])[:1] == ["Lord"]:
            names_out[i] = f"Lord {name}"  # "Lord Saatchi" beside both Saatchi brothers: the peer, never the bare surname of both
            titled_only.add(i)  # still open to the corpus's choice below, as a woman's title is
        if names_out[i] != name and not in_doc and (titled and sex != "f" or described):
            via_title[(doc, name)].add(names_out[i])
        elif names_out[i] == name and not in_doc and sex is None and label == "PERSON" and len(words) == 1:
            waiting.append(i)
        if names_out[i] != name and in_doc and not titled:
            bare[(doc, name)].add(names_out[i])
        if names_out[i] != name and sex is not None:
            same_title.setdefault((doc, name, sex, names_out[i]), i)
            sexed.setdefault((doc, names_out[i]), sex)
            if sex == "f":
                wed.setdefault((doc, names_out[i]), "Mrs" in title_slot(before[i], r["text"]))
        resolved(doc, names_out[i], i)
    circle = misread_orgs(stray_orgs, recs, names_out, labels_out, surname, protected, circle or neighbours() if stray_orgs else None,
                          rules)
    for i in waiting:  # the same lone name elsewhere in the article: the person a title resolved it to
        found = via_title.get((recs[i]["doc_id"], recs[i]["canonical"]), set())
        if len(found) == 1:
            names_out[i], labels_out[i] = next(iter(found)), "PERSON"
    spread: dict[str, set[str]] = defaultdict(set)  # person -> articles naming them, in full or resolved
    for r, name, label in zip(recs, names_out, labels_out):
        if label == "PERSON":
            spread[name].add(r["doc_id"])
    known_sex = defaultdict(set)  # person -> the sexes of the titles lone names took them with, in any article
    for (_, person), sex in sexed.items():
        known_sex[person].add(sex)
    given_words = word_lists()["given_names"]  # a rival that opens with no given name and one article is a mis-cut span
    starts: dict[str, set[bool]] = defaultdict(set)  # full name -> whether each of its full mentions opens a sentence
    for r, full, b in zip(recs, is_full, before):
        if full:
            starts[r["canonical"]].add(bool(context.SENTENCE_END_BEFORE.search(b)))
    opening = {name for name, found in starts.items() if found == {True}}  # "Athough Reagan opposed ...": a sentence's first word swallowed
    team_sentences: dict[str, list[str]] | None = None  # full name -> the corpus's sentences writing it, built for a team sheet
    called_doctor: set[str] | None = None  # people some article calls "Dr", built for a "Dr" and a surname of several bearers
    office_found: dict[tuple[str, str, str | None], str] = {}  # (article, lone name, title's sex) -> the person its office chose
    sex_of = lambda c: known_sex.get(c) or {name_sex(c, rules)} - {None}  # noqa: E731 (the sexes titles or a first name tell)
    for i, cands in ambiguous.items():
        people = [c for c in cands if c not in protected]  # a curated organisation tagged PERSON once ("White House") is no namesake
        word = recs[i]["canonical"]  # "Bono" of forty music stories: neither the student Martin Bono nor the shop manager Jenny Bono,
        if people and not lone_sex.get(i) and not any(attested(c, named_in, len(lone_docs[word]), rules) for c in people):
            continue  # each named in one story (a title, "Mr King", is the writer's sign of a person known by the surname)
        if people and not lone_sex.get(i) and unresolved(i):
            circle = circle or neighbours()
            if all(circle.other_reading(word, c, recs[i]["doc_id"], as_person(word)) for c in people):
                continue  # the band "Keane" of a Brit Awards report: the reading other such reports give it, not a Keane of the corpus
        fits = [c for c in people if known_sex[c] <= {lone_sex.get(i)}] if lone_sex.get(i) and len(people) > 1 else []
        if len(fits) == 1 and unresolved(i):  # "Mr Blair": not the Cherie Blair others call "Mrs Blair"
            names_out[i], labels_out[i] = fits[0], "PERSON"
            continue
        if len(people) > 1 and unresolved(i) and "Dr" in title_slot(before[i], recs[i]["text"]):
            if called_doctor is None:  # people some article calls "Dr", in full or by a "Dr" and the surname it resolved
                called_doctor = {c for _, c in doctors} | {names_out[j] for j, (r, b) in enumerate(zip(recs, before))
                                                           if names_out[j] != r["canonical"] and "Dr" in title_slot(b, r["text"])}
            fit = [c for c in people if c in called_doctor]
            if len(fit) == 1:  # "Dr Reid" of a health story: the John Reid another article calls "Dr Reid", not an analyst
                names_out[i], labels_out[i] = fit[0], "PERSON"
                continue
        team = sheet_team(recs[i].get("sentence_text") or "") if unresolved(i) and len(people) > 1 else None
        if team:  # "Arsenal: Lehmann, Lauren, Toure, Senderos, Cole, ...": the Cole other articles place at Arsenal, not Joe Cole
            if team_sentences is None:
                team_sentences = defaultdict(list)
                for (_, person), sentences in full_sentences.items():
                    team_sentences[person] += sentences
            fit = [c for c in people if any(team in sentence for sentence in team_sentences.get(c, ()))]
            if len(fit) == 1:
                names_out[i], labels_out[i] = fit[0], "PERSON"
                continue
        if unresolved(i) and len(people) > 1 and (by_office := office_found.get((recs[i]["doc_id"], word, lone_sex.get(i)))):
            names_out[i], labels_out[i] = by_office, "PERSON"  # '"...," Mr Howard said' after "Tory leader Mr Howard" in the article
            continue
        said = offices(before[i], recs[i]["text"], recs[i].get("after", "") or "") if unresolved(i) and len(people) > 1 else frozenset()
        if said:  # "Bank governor Mr King": the King other articles call governor, not Justin King of Sainsbury's
            if held_office is None:
                held_office = defaultdict(Counter)
                for r, full, b in zip(recs, is_full, before):
                    if full:
                        held_office[r["canonical"]].update(offices(b, r["text"], r.get("after", "") or ""))
            held = {c: sum(held_office[c][w] for w in said) if c in held_office else 0 for c in people}
            fit = [c for c in people if held[c] and all(held[c] >= OFFICE_RATIO * held[o] for o in people if o != c)]
            if len(fit) == 1:  # "Former chancellor Mr Clarke": Kenneth Clarke, so written 65 times; not Charles, once beside a chancellor
                names_out[i], labels_out[i] = fit[0], "PERSON"
                office_found.setdefault((recs[i]["doc_id"], word, lone_sex.get(i)), fit[0])
                continue
        if unresolved(i) and len(people) > 1:  # "Brown" beside "Treasury": the Chancellor's articles
            circle = circle or neighbours()
            titled_here = [c for c in people if lone_sex.get(i) in known_sex.get(c, ())]  # "Mr Morgan's government in Cardiff":
            picked = circle.pick(titled_here if len(titled_here) > 1 else people, recs[i]["doc_id"])  # of the Morgans called "Mr",
            # not the rugby player no article calls so, though his articles share "Wales" and "Cardiff"
            if len(picked) == 1:
                names_out[i], labels_out[i] = picked[0], "PERSON"
                continue
        titled_pick = namesakes.titled_choice(people, lone_sex[i], sexed) if lone_sex.get(i) and len(people) > 1 else None
        if titled_pick and unresolved(i):  # "Mr Brown": the Brown other articles call "Mr Brown"
            names_out[i], labels_out[i] = titled_pick, "PERSON"
            continue
        titled_people = [c for c in people if c in known_sex and lone_sex.get(i) in known_sex[c]] if lone_sex.get(i) and len(people) > 1 else []
        ranked = sorted(titled_people, key=lambda c: (-len(spread[c]), c))
        if (unresolved(i) and ranked and len(spread[ranked[0]]) >= TITLED_SPREAD
                and all(len(spread[ranked[0]]) >= TITLED_SPREAD * len(spread[c]) for c in ranked[1:])):
            names_out[i], labels_out[i] = ranked[0], "PERSON"  # "Mr Brown": of the Browns called "Mr", the one most articles name
            continue
        named_well = [c for c in people if not (len(named_in.get(c, ())) == 1 and name_words(c)[0] not in given_words and c in opening)]
        if (len(people) > 1 and len(named_well) == 1 and len(named_in.get(named_well[0], ())) >= WELL_NAMED and unresolved(i)
                and not lone_sex.get(i) and not (recs[i].get("after") or "").startswith(("-", "‐"))):  # not "the Franco-U.S. consortium"
            names_out[i], labels_out[i] = named_well[0], "PERSON"  # "Reagan": Ronald Reagan, not a one-off "Athough Reagan"
            continue
        pick = dominant(people, spread) if unresolved(i) and len(people) > 1 else []
        if len(pick) == 1:
            names_out[i], labels_out[i] = pick[0], "PERSON"
            continue
        own = [c for c in people if not any(named_in.get(c, set()) < named_in.get(o, set()) for o in people if o != c)
               ] if unresolved(i) and len(people) > 1 and not lone_sex.get(i) else []
        if (len(own) == 1 and sex_of(own[0])
                and all(sex_of(c) and not sex_of(c) & sex_of(own[0]) for c in people if c != own[0])):
            circle = circle or neighbours()  # "Blair" of an election report: Tony Blair, not Cherie Blair, only ever named beside him
            # (a namesake of the other sex: a teammate only named beside Ashley Cole may still be the "Cole" of a match report)
            if circle.related(own[0], recs[i]["doc_id"]) and not circle.other_reading(word, own[0], recs[i]["doc_id"], as_person(word)):
                names_out[i], labels_out[i] = own[0], "PERSON"
                continue
        if unresolved(i) and len(people) > 1 and not lone_sex.get(i) and all(
                named_in.get(c, set()) <= set().union(*(named_in.get(o, set()) for o in people if o != c)) for c in people):
            if called_bare is None:  # namesakes only ever named together: no article of their own tells them apart
                called_bare = defaultdict(set)
                for j, (r, full, b) in enumerate(zip(recs, is_full, before)):
                    if (not full and labels_out[j] == "PERSON" and " " in names_out[j] and " " not in r["canonical"]
                            and title_sex(b, r["text"], rules) is None and not titled_before(b, rules)):
                        called_bare[names_out[j]].add(r["doc_id"])
            fit = [c for c in people if called_bare[c]]
            if len(fit) == 1:  # "Henman" of a Wimbledon report: Tim Henman, whom another story calls "Henman", not his mother
                names_out[i], labels_out[i] = fit[0], "PERSON"  # Morag Henman, named once beside him (neither has a story of their own)
    titled_late: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, lone name) -> the corpus names its titled uses took above
    for i in ambiguous:
        if lone_sex.get(i) == "m" and names_out[i] in ambiguous[i]:  # a man's title (as in the main pass) and a corpus name
            titled_late[(recs[i]["doc_id"], recs[i]["canonical"])].add(names_out[i])
    for i in waiting:  # "Microsoft chairman Mr Gates ... Gates said": the Gates the title and office chose, as in the main pass
        found = titled_late.get((recs[i]["doc_id"], recs[i]["canonical"]), set())
        if names_out[i] == recs[i]["canonical"] and len(found) == 1:
            names_out[i], labels_out[i] = next(iter(found)), "PERSON"
    named_here: dict[str, set[str]] = defaultdict(set)  # article -> the full names its person mentions now hold
    for r, name, label in zip(recs, names_out, labels_out):
        if label == "PERSON" and " " in name:
            named_here[r["doc_id"]].add(name)
    for i in waiting:  # a given name alone, in an article whose lone surname took a corpus name ("Radcliffe said ... Paula")
        name = recs[i]["canonical"]
        if (names_out[i] == name and labels_out[i] == "PERSON" and first_name(name, position, rules)
                and not NEW_BY_FIRST_NAME.match(recs[i].get("after", "") or "")):  # not "Ashley, a 16-year-old from Leeds"
            given = {name} | rules.nicknames.get(name, frozenset())
            fits = [p for p in sorted(named_here[recs[i]["doc_id"]]) if name_words(p)[0] in given and p.split()[0] not in rules.name_titles]
            pronoun = KIN_PRONOUN.search(before[i]) if not fits else None  # "Reagan ... to visit his wife Nancy", Reagan resolved late
            pronoun = None if pronoun and named_by_office(recs[i], before[i]) else pronoun  # "the prince ... his brother"
            if pronoun:
                fit = pronoun_fits(pronoun.group(1), rules)
                leads = {name_words(p)[-1] for p in named_here[recs[i]["doc_id"]] if len(name_words(p)) > 1 and fit(p)
                         and p.split()[0] not in rules.name_titles}
                fits = [f"{name} {leads.pop()}"] if len(leads) == 1 else []
            names_out[i] = fits[0] if len(fits) == 1 else name
    for i, r in enumerate(recs):  # "drive for Williams", "Dell says its": the team or firm, where the article never names its founder
        name = r["canonical"]
        if (names_out[i] in rules.founder_firms.get(name, ()) and names_out[i] not in doc_people[r["doc_id"]] and " " not in name
                and title_sex(before[i], r["text"], rules) is None and not titled_before(before[i], rules)
                and not PRONOUN_AFTER.match(r.get("after", "") or "") and not PERSONAL.match(r.get("after", "") or "")):
            names_out[i], labels_out[i] = name, "ORG"
    for i, r in enumerate(recs):  # "A Cole" of a team sheet: the one Cole of the article, else of the corpus, whose given name is so initialled
        if labels_out[i] == "PERSON" and names_out[i] == r["canonical"] and not ROMAN_END.search(r["canonical"]):
            regnal = [f for f in doc_people[r["doc_id"]] if ROMAN.fullmatch(f[len(r["canonical"]):]) and f.startswith(r["canonical"])
                      and first_at.get((r["doc_id"], f), len(recs)) < i]
            if len(regnal) == 1:  # "John Paul" after "Pope John Paul II", "Benedict" after "Benedict XVI" (not a later "Benedict XV")
                names_out[i] = regnal[0]
                continue
        m = INITIALLED.fullmatch(r["canonical"]) if labels_out[i] == "PERSON" and names_out[i] == r["canonical"] else None
        if m:
            cands = sorted(c for c in surname.get(m.group(2), ()) if c[0] == m.group(1) and not INITIALLED.fullmatch(c)
                           and len(name_words(c)[0]) > 2 and name_words(c)[0] not in rules.name_titles)
            here = [c for c in cands if c in doc_people[r["doc_id"]]]
            if len(here or cands) == 1:
                names_out[i] = (here or cands)[0]
        elif (labels_out[i] == "PERSON" and names_out[i] == r["canonical"] and r["canonical"] in rules.first_names
              and " " not in r["text"] and namesakes.called_sir(before[i], r["text"])):  # "Sir Richard" of several knights:
            names_out[i] = f"{'Dame' if 'Dame' in title_slot(before[i], r['text']) else 'Sir'} {r['canonical']}"  # no bare first name
        elif (names_out[i] == r["canonical"] and " " not in r["canonical"] and r["canonical"] == r["text"]
              and (royal := ROYALS_BEFORE.search(before[i][-60:]))):  # "Princes William and Harry": Prince Harry, whatever the tag
            names_out[i], labels_out[i] = f"{royal.group(1)} {r['canonical']}", "PERSON"
    title_characters(recs, names_out, labels_out, doc_people, before, rules)
    return [longer_form.get((r["doc_id"], n), n) if " " not in r["canonical"] else n  # "Max" of "Maxwell Davies": Sir Peter
            for r, n in zip(recs, names_out)], labels_out


def title_characters(recs: list[dict], names_out: list[str], labels_out: list[str], doc_people: dict[str, set[str]],
                     before: list[str], rules) -> None:
    """Give a lone first name (or surname) left unresolved and untitled the title character of the one listed work
    opening with it (or, named as a given name and a surname, ending with it) that its article names
    (`data/named_works.txt`: "Billy" of "Billy Elliot the Musical", "Vera" beside the film Vera Drake, "Poppins" beside
    the stage version of Mary Poppins), where no other person of the article has that first name (or surname). The
    label stays when the model tagged it a person or an organisation, so a character tagged ORG beside its film
    ("Everyone knows a Bridget") tips no vote on the film's name; one tagged a place is a person ("share the role of
    Billy", tagged GPE)."""
    ends: dict[str, list[tuple[str, int]]] = defaultdict(list)  # word -> (listed work, the position of the word in it)
    for work in context.named_works():
        if " " in work:
            ends[work.split()[0]].append((work, 0))
            if len(work.split()) == 2 and (work.split()[0] in rules.first_names or work.split()[0] in rules.sexes):
                ends[work.split()[-1]].append((work, -1))  # a surname of a character's full name ("Poppins"), not "Rita" of
                # "Educating Rita", who is the character by her first name alone
    docs = {r["doc_id"] for r, n in zip(recs, names_out) if n == r["canonical"] and n in ends}
    if not docs:
        return
    named: dict[str, set[str]] = defaultdict(set)  # article -> the listed works its sentences name, as a work or a person
    for doc, sentence in {(r["doc_id"], r.get("sentence_text") or "") for r in recs if r["doc_id"] in docs}:
        named[doc].update(w for ws in ends.values() for w, _ in ws if w in sentence
                          and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence))
    for i, r in enumerate(recs):
        word, doc = r["canonical"], r["doc_id"]
        if names_out[i] != word or word not in ends or labels_out[i] not in ("PERSON", "ORG", "GPE", "LOC", "NORP") or word != r["text"]:
            continue
        works = sorted({w for w, _ in ends[word] if w in named[doc]})
        if len(works) != 1:
            continue
        at = next(at for w, at in ends[word] if w == works[0])
        others = [p for p in doc_people[doc] if name_words(p)[at] == word and p not in works]
        if not others and title_sex(before[i], r["text"], rules) is None and not titled_before(before[i], rules):
            names_out[i] = works[0]  # "Billy dreams of dancing": the boy of Billy Elliot the Musical
            labels_out[i] = labels_out[i] if labels_out[i] in ("PERSON", "ORG") else "PERSON"
