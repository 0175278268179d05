"""The topic hierarchy on labelled news written for this project: broad sections as a reader names them (issue 15).

Why. Issue 15 is judged on held-out corpora of broad newspaper sections: whole articles in 5 sections (business,
entertainment, politics, sport, tech) and short feed items in 4 classes (world, sports, business, sci/tech). The
Reuters proxies (`bench_topics_sections.py`) cannot show those: Reuters sections share their vocabulary, so even
k-means given the true count scores low there. These corpora were written by helpers who never saw the code
(`benchmarks/corpora/README.md`; `benchmarks/gold/uknews_*.jsonl` are the British name-gold stories, also filed in
the five sections). They are ours, so they live in the repository and this benchmark needs nothing outside it.

Samples (fixed before any rule was run on them; files written in two rounds, the second of 150 articles or 500 items each):
- `articles dev`: uknews a-d (200 stories) + bbcstyle 1-3, 7, 8 (510 articles); development: rules may be tuned on it;
- `articles heldout`: bbcstyle 4-6, 9, 10 (510 articles); scored rarely, never tuned on;
- `short dev`: shortnews 1, 3, 4 (1,240 items); `short heldout`: shortnews 2, 5, 6 (1,240 items);
- `articles all` (1,220) and `short all` (2,480): the union, the largest samples (they include the held-out files);
- `articles british` (1,440): the British name-gold sets uknews e ... ab (24 sets of 60 stories, 5 sections), never
  used to tune topics. Their writers retold much the same 2004-05 events (the Glazer takeover, Kylie Minogue's illness,
  the Brits, MG Rover) set after set, and one event may be filed in business by one writer and in tech or sport by another,
  so this sample is harder and nearer a corpus of repeated wire stories than the hand-spread ones above;
- `articles fresh` (180): British name-gold sets ac, ad, ae, written in stop 35 by helpers asked for less-told stories
  (lower-league football, cricket, courts, unions, regional firms ...); never used to tune topics;
- `articles fresh2` (180): British name-gold sets af, ag, ah, written in stop 36 the same way (racing, snooker, brewers,
  Holyrood, darts, publishing, the London mayor, women's football, insurance ...); never used to tune topics;
- `articles fresh3` (180): British name-gold sets ai, aj, ak, written in stop 37 the same way (farming, golf, building
  societies, the armed forces, county cricket, steel and shipping, universities, the Welsh Assembly, soaps ...); never
  used to tune topics;
- `articles fresh4` (180): British name-gold sets al, am, an, written in stop 38 the same way (councils, courts, boxing,
  pubs, opera, the NHS, motor racing, airlines, museums, railways, the Church, squash, media owners, video games ...);
  never used to tune topics;
- `articles fresh5` (180): British name-gold sets ao, ap, aq, written in stop 39 the same way (Northern Ireland, the
  Budget, the Ryder Cup, utilities, jazz, ID cards, cycling, takeovers, reality TV, local elections, darts, search
  engines, award ceremonies ...); never used to tune topics;
- `articles fresh6` (180): British name-gold sets ar, as, at, written in stop 40 the same way (Holyrood, asylum, the
  Grand National, building societies, marginal seats, rowing, brewers, art prizes, council tax, hunting, broadband,
  boy bands ...); never used to tune topics;
- `articles fresh7` (180): British name-gold sets au, av, aw, written in stop 41 the same way (tuition fees, prisons,
  Formula One, airlines, Eurovision, the EU constitution, the Six Nations, fashion retailers, West End theatre, London's
  mayor, squash, energy prices, opera, digital TV ...); never used to tune topics;
- `articles fresh8` (180): British name-gold sets ax, ay, az, written in stop 42 the same way (the NHS, the Olympic bid,
  Wimbledon, brewers, the Booker Prize, the election campaign, snooker, soap operas, search engines, ID cards, the
  hunting ban, county cricket, drug makers, the Brit Awards ...); never used to tune topics;
- `articles fresh9` (180): British name-gold sets ba, bb, bc, written in stop 43 the same way (pensions, school dinners,
  Cheltenham, the Boat Race, budget airlines, orchestras, the smoking ban, speedway, airports, musicals, satellite TV, the
  Lords, the congestion charge, boxing, house builders, panto, video games ...); never used to tune topics;
- `articles fresh10` (180): British name-gold sets bd, be, bf, written in stop 44 the same way (the G8 summit, hunting,
  rugby league, the Proms, tuition fees, snooker, pub chains, book prizes; bf the period's most-told stories: the royal
  wedding, the Ashes, the Glazer takeover, the Brits, the iPod ...); never used to tune topics;
- `articles fresh11` (180): British name-gold sets bg, bh, bi, written in stop 45 the same way (bg less-told stories: the
  Scottish Parliament building, ID cards, darts, the Boat Race, budget airlines, the Baftas, Wi-Fi; bh the most-told: the
  2005 election, Chelsea's title, Live 8, the London 2012 bid, Rover; bi regional stories: League One clubs, county cricket,
  local firms, pop and TV personalities); never used to tune topics;
- `articles fresh12` (180): British name-gold sets bj, bk, bl, written in stop 45 the same way (bj the most-told stories:
  the 2005 Budget, Arsenal and Manchester United, Yukos, the Oscars, the PSP; bk ordinary daily news: results of mid-sized
  firms, a council budget row, a mid-table match, a debut novel prize; bl international stories: the Pope's death, the
  Ukraine election, Airbus, Real Madrid); never used to tune topics;
- `articles fresh13` (180): British name-gold sets bm, bn, bo, written in stop 46 the same way (bm ordinary daily news:
  results, rates, charts, by-elections, match reports; bn the most-told: the 2005 election, Rover, the royal wedding, Live 8,
  Mourinho's Chelsea, the iPod; bo stories naming many people: award lists, line-ups, reshuffles, court cases, boardrooms);
  never used to tune topics;
- `articles fresh14` (180): British name-gold sets bp, bq, br, written in stop 47 the same way (bp late 2004 and early 2005:
  the Glazer bid, Yukos, the hunting ban, Band Aid 20, the tsunami appeal, the PSP; bq regional news and the courts: factory
  closures, council tax, tribunals, lower-league and Scottish football; br entertainment and sport rich in first names,
  nicknames, works and bands); never used to tune topics;
- `articles fresh15` (180): British name-gold sets bs, bt, bu, written in stop 48 the same way (bs the 2005 general
  election and its effect on business; bt business and technology firms named after people; bu sport and entertainment
  of 2005 rich in nicknames and one-name players); never used to tune topics;
- `articles fresh16` (180): British name-gold sets bv, bw, bx, written later in stop 48 the same way (bv technology and
  business: phones, broadband, games, airlines, takeovers; bw politics and entertainment: Iraq, Blunkett, asylum, films,
  music, theatre, soaps; bx sport with line-ups and match reports); never used to tune topics;
- `articles fresh17` (180): British name-gold sets by, bz, ca, written last in stop 48 the same way (by Scotland, Wales
  and Northern Ireland as well as England; bz entertainment and technology, one-name stars and works named after people;
  ca politics and sport with many shared surnames); never used to tune topics;
- `articles fresh18` (180): British name-gold sets cb, cc, cd, written in stop 49 the same way (cb places beside people:
  councils, factories, grounds; cc an international side: foreign leaders, firms and national teams; cd a typical day's
  news with match reports and line-ups); never used to tune topics;
- `articles fresh19` (180): British name-gold sets ce, cf, cg, written later in stop 49 the same way (ce firms named after
  people and places; cf sport in every section, so its sections share their vocabulary by design; cg the 2005 election,
  awards, soaps and works named after people); never used to tune topics;
- `articles fresh20` (180): British name-gold sets ch, ci, cj, written later in stop 49 the same way (ch BBC Sport match
  reports with line-ups, ci a typical week's news, cj places and nationalities beside people); never used to tune topics;
- `articles fresh21` (180): British name-gold sets ck, cl, cm, written last in stop 49 the same way (ck sport of every
  kind, cl a typical week's news, cm running stories told over several articles); never used to tune topics;
- `articles fresh22` (180): British name-gold sets cn, co, cp, written in stop 50 the same way (cn a typical week's news
  with BBC Sport match reports, co running stories told over several articles, cp entertainment and technology rich in
  works, bands and products); never used to tune topics;
- `articles fresh23` (180): British name-gold sets cq, cr, cs, written later in stop 50 the same way (cq BBC Sport match
  reports and transfer news, cr people whose surnames are places or nationalities, cs a typical week's news); never used
  to tune topics;
- `articles fresh24` (180): British name-gold sets ct, cu, cv, written in stop 51 the same way (ct a typical week's news,
  cu firms and products sharing names with people and the 2005 election, cv sport and entertainment with line-ups and
  one-name stars); never used to tune topics;
- `articles fresh25` (180): British name-gold sets cw, cx, cy, written later in stop 51 the same way (cw a typical week,
  cx international stories beside British ones, cy regional and everyday stories); never used to tune topics;
- `articles fresh26` (180): British name-gold sets cz, da, db, written last in stop 51 the same way (cz a typical week,
  da business, technology and politics, db sport and entertainment); never used to tune topics;
- `articles fresh27` (180): British name-gold sets dc, dd, de, written in stop 52 the same way (dc the 2005 election,
  Premiership football, banks and retailers, awards; dd phones, broadband, games, takeovers, airlines, tennis, golf, pop;
  de EU, US and Iraq politics from London, Northern Ireland, rugby and cricket internationals, car makers, films, books);
  never used to tune topics;
- `articles fresh28` (180): British name-gold sets df, dg, dh, written later in stop 52 the same way (df a typical week,
  dg international stories from London with Asian and American firms, dh regional Britain); never used to tune topics;
- `articles fresh29` (180): British name-gold sets di, dj, dk, written in stop 53 the same way (di the 2005 campaign in the
  constituencies, the Six Nations and FA Cup, retail, the Brits; dj families and namesakes, royals and peers, the Ashes
  build-up, media owners; dk firms and works named after people, acronyms, clubs named after towns); never used to tune topics;
- `articles fresh30` (180): British name-gold sets dl, dm, dn, written later in stop 53 (dl Scotland and Wales, dm women in
  the news, dn a busy sports week); `articles fresh31` (180): sets do, dp, dq, written last in stop 53 (do business and the
  City, dp entertainment and the arts, dq ministers, MPs and technology founders); never used to tune topics;
- `articles fresh32` (180): British name-gold sets dr, ds, dt, written in stop 54 (dr football chairmen, cricket and rugby
  namesakes, media owners, peers named like towns; ds banks, retailers and airlines, stars known by first name, Welsh,
  Scottish and Northern Irish politics, tennis, athletics, golf; dt European and US figures, clubs named after cities,
  works titled with names, software and phone firms); never used to tune topics;
- `articles fresh33` (180): British name-gold sets du, dv, dw, written later in stop 54 (du regional Britain, racing, boxing,
  snooker, labels and festivals; dv royals, peers, charities, soaps and transfers; dw energy, drugs and mining firms,
  start-ups, Formula One teams, Irish and Commonwealth politicians); never used to tune topics;
- `articles fresh34` (180): British name-gold sets dx, dy, dz, written in stop 55 (dx retailers, pub chains and brewers,
  rugby union and cricket, games and phone makers, Scottish and Welsh politics; dy courts, racing, golf, tennis and
  athletics, publishers and broadcasters, music awards and theatre; dz airlines, carmakers and engineering firms, boxing,
  snooker and darts, EU and US politicians, comedians and presenters); never used to tune topics;
- `articles fresh35` (180): British name-gold sets ea, eb, ec, written later in stop 55 (ea building societies and
  insurers, managers and chairmen, one-name pop stars, TV chefs, councils; eb telecoms founders, file-sharing, Olympic
  sports, theatre and art prizes, peers; ec family firms and heirs, county cricket, rugby league and racing, dramas named
  after characters, Northern Ireland and Welsh politics); never used to tune topics;
- `articles fresh36` (180): British name-gold sets ed, ee, ef, written in stop 56 (ed supermarkets, fashion houses and
  department stores, players sharing politicians' surnames, pop groups, councils; ee media moguls, newspapers and
  agencies, motor and horse racing, US and European leaders, games and web firms; ef hospitals, charities and unions,
  tennis, golf, athletics and boxing, musicals and novels, Scottish, Northern Irish and London politics); never used to
  tune topics;
- `articles fresh37` (180): British name-gold sets eg, eh, ei, written later in stop 56 (eg banks and accountants, club
  chairmen and managers, comedians and sitcoms, ministers sharing surnames; eh airlines and travel firms, cricket and rugby
  brothers, bands named after people, peers, bishops and judges; ei drugs, energy and mining firms, snooker, darts, golf
  and racing nicknames, films and novels titled with names, EU, US and Irish politics); never used to tune topics;
- `articles fresh38` (180): British name-gold sets ej, ek, el, written in stop 57 (ej retail chains, breweries and car
  makers named after founders, cricket, rugby league, athletics and tennis, musicals and albums, devolved and local
  politics; ek insurers, airlines and club owners, boxing, cycling and motor racing, art prizes, theatre and fashion
  labels, the Lords, unions and think tanks, phones and games; el takeovers, family firms and banks, Scottish football,
  racing, golf and swimming, soaps, children's books and comedy acts, the European Parliament, UN and Commonwealth);
  never used to tune topics;
- `articles fresh39` (180): British name-gold sets em, en, eo, written in stop 58 (em pensions, insurers, airlines and car
  makers, unions, rugby league, county cricket, boxing and athletics, radio DJs, musicals and art prizes, Northern
  Ireland, Wales and councils; en supermarkets and pub chains, club finances, phone makers, tennis, snooker, cycling and
  motor racing, classical music, fashion and awards, immigration, the Lords and by-elections; eo building societies,
  utilities and press families, non-league and women's football, darts, sailing and rowing, games, hackers and web
  start-ups, Holyrood, Irish politics and EU commissioners); never used to tune topics;
- `articles fresh40` (180): British name-gold sets ep, eq, er, written in stop 59 (ep pension funds, insurers, airlines,
  supermarkets and brewers, county cricket, racing, boxing and snooker, phone makers, broadband and music downloads, the
  Welsh Assembly, local elections and the Lords; eq car makers, fashion and auction houses, club owners, rugby league,
  tennis, golf and athletics, search engines, virus writers and consoles, Northern Ireland, by-elections and select
  committees; er publishers, record labels, theatres and festivals, swimming, cycling, motor racing and lower-league
  football, software firms, mobile games and online retailers, London's mayor, unions and resignations); never used to
  tune topics;
- `articles fresh41` (180): British name-gold sets es, et, eu, written later in stop 59 (es chemists and high-street
  chains, toy and sweet makers, estate agents, racing, darts, bowls and rugby union, computer makers, search and mobile
  operators, the Speaker, council leaders and MEPs; et banks and brokers of families, newspapers, drinks firms, women's
  cricket, squash, triathlon and non-league clubs, game studios, blogs and dot-com founders, Scottish councils, the Welsh
  Assembly and the Lords; eu engineering and defence firms, shipping lines and bus companies, golf, snooker, ice hockey
  and Scottish football, chip makers, spam and privacy campaigners, phone and camera makers, party conferences, health
  ministers and by-elections); never used to tune topics;
- `articles fresh42` (180): British name-gold sets ev, ew, ex, written in stop 60 (ev building societies, insurers,
  estate agents, toy and sweet makers, rugby league, darts, racing and lower-division football, mobile games, broadband
  and computer makers, local elections, the Northern Ireland Assembly and select committees; ew airlines, car dealers,
  brewers, fashion houses and jewellers, tennis doubles, athletics, boxing and Welsh rugby, software, search and music
  downloads, Holyrood, peers and party donors; ex supermarkets, department stores, publishers and drug makers, cycling,
  rowing, county cricket and non-league football, satellite TV, consoles and hackers, council tax, school ministers and
  MEPs); never used to tune topics;
- `articles fresh43` (180): British name-gold sets ey, ez, fa, written later in stop 60 (ey family hotels, bakeries,
  travel firms, bowls, badminton, speedway and Scottish football, handhelds, internet cafes and phone networks, mayors,
  police chiefs and quangos; ez law firms, accountants, auction houses and record labels, hockey, judo, sailing and Irish
  football, game publishers and online auctions, peers, whips and ombudsmen; fa house builders, bus operators, shoe makers
  and opticians, women's football, netball and Welsh football, printers and satellite navigation, councils, school
  inspectors and the Electoral Commission); its first run was recorded before `small_level_spread` was set, which
  looked at it with all the fresh samples;
- `articles fresh44` (180): British name-gold sets fb, fc, fd, written in stop 61 (fb garden centres, funeral directors,
  motorcycling, polo, web browsers, prisons and coroners; fc shipping lines, water companies, show jumping, West End
  theatre, podcasts and by-elections; fd energy suppliers, cider makers, greyhound racing, curling, opera houses, online
  banking and European Commissioners); never used to tune topics;
- `articles fresh45` (180): British name-gold sets fe, ff, fg, written in stop 62 (fe estate agents, bookmakers, rugby
  league, flat racing, quiz shows, internet telephony and the Scottish Executive; ff carmakers, steel firms, snooker, Welsh
  rugby, art galleries, file sharing, ID cards and the Lords; fg airlines, defence contractors, golf, Irish rugby, radio
  DJs, spam and the Welsh Assembly); never used to tune topics;
- `articles fresh46` (180): British name-gold sets fh, fi, fj, written later in stop 62 (fh pension funds, football pools,
  speedway, squash, orchestras, radio comedy, online dating and hospital trusts; fi building societies, bakeries, county
  cricket, women's hockey, crime novels, soaps, satellite radio and by-elections; fj insurers, ferry companies, snooker,
  Irish football, talent shows, handheld computers and Northern Ireland politics); never used to tune topics;
- `articles fresh47` (180): British name-gold sets fk, fl, fm, written last in stop 62 (fk brewers, electricity firms,
  mail order, rugby union, bowls, West End plays, web browsers and prisons; fl airports, confectioners, fashion chains, jump
  racing, darts, book prizes, MP3 players and Holyrood; fm oil companies, drinks firms, rowing, Scottish football, sitcoms,
  internet cafes and peers); never used to tune topics;
- `articles fresh48` (180): British name-gold sets fn, fo, fp, written in stop 63 (fn the firefighters' and pensions
  disputes, postal votes, local radio, rugby league's Challenge Cup, women's cricket, badminton, toy makers, travel agents,
  train operators, stand-up comedy, choirs and children's books; fo the Welsh Assembly, fishing quotas, waiting lists,
  Scottish rugby, show jumping, Midlands football, supermarket suppliers, phone retailers, accountants, art auctions, folk
  music and radio drama; fp Northern Ireland's parties and policing, animal welfare, the Post Office, motorcycling, judo,
  non-league football, software firms, water companies, pub chains, poetry prizes, ballet and quiz shows); never used to
  tune topics;
- `articles fresh49` (180): British name-gold sets fq, fr, fs, written in stop 64 (fq the Home Office and asylum,
  county councils, the Church of England, squash, rowing, netball, greyhounds, estate agents, bus firms, whisky
  distillers, opera, jazz and soaps; fr the Treasury and pensions, Scottish councils and Holyrood committees, the BBC
  charter, rugby's Premiership, bowls, hockey, angling, engineering, defence contractors, toy shops, indie bands, sculpture
  and radio DJs; fs the Ministry of Defence and regiments, hospitals and GPs, university fees, Welsh and lower-league
  football, triathlon, gymnastics, snooker, chemical firms, department stores, mobile games, crime novels, pantomime and
  TV chefs); never used to tune topics;
- `articles fresh50` (180): British name-gold sets ft, fu, fv, written in stop 66 (ft the Treasury and the budget,
  pensions and the Child Support Agency, non-league football, rugby sevens, squash and badminton, estate agents, water and
  energy firms, jazz, opera and the Edinburgh festival; fu the Foreign Office and the EU rebate, marginal seats, the
  hunting ban, flat racing, county cricket, Formula One and motorcycling, airlines, car dealers and bookmakers, indie
  bands, radio drama and film festivals; fv the Welsh health service, prisons and council tax, Irish rugby, the Scottish
  Cup, golf and boxing, phone makers, internet start-ups, builders and pubs, children's books, galleries and quiz shows);
  never used to tune topics;
- `articles fresh51` (180): British name-gold sets fw, fx, fy, written in stop 67 from briefs that asked for (fw the
  Home Office and policing, shire councils, the NHS, non-league and Welsh football, rugby league, cycling and rowing, brewers, bus firms and building
  societies, classical music, folk and TV comedy; fx Scottish and Northern Irish politics, fishing, farming and schools,
  county cricket, snooker, darts and athletics, retailers, phone firms, insurers and car makers, theatre, pop and
  children's books; fy defence, courts, prisons and transport, horse racing, boxing, golf and tennis, banks, airlines,
  media and games firms, film, art prizes, radio and soaps); never used to tune topics;
- `articles fresh52` (180): British name-gold sets fz, ga, gb, written in stop 68 from briefs that asked for (fz local
  government, council tax, asylum and pensions, speedway, squash, Celtic rugby and show jumping, supermarkets, energy
  suppliers, pubs and pools firms, musicals, jazz, video games and children's TV; ga the armed forces in Iraq, Northern
  Ireland's parties, farming and food scares, women's football, badminton, motor racing and sailing, airlines, chemists,
  toy makers and advertising agencies, opera, ballet, stand-up comedy and local radio; gb hospitals, the Church,
  charities and flooding, lower-league football, netball, rugby league and marathons, publishers, broadband firms,
  bookmakers and hotels, crime dramas, indie bands, photography and literary festivals); never used to tune topics;
- `articles fresh53` (180): British name-gold sets gc, gd, ge, written in stop 69 from briefs that asked for (gc the
  Treasury and the Budget, top-up fees, the hunting ban and the Welsh Assembly, Scottish lower-division football, bowls,
  judo and triathlon, estate agents, shipbuilders, mobile networks and record labels, TV documentaries, poetry prizes,
  sitcoms and orchestras; gd the 2005 election in marginal seats, ID cards, terror laws and hospital superbugs, county
  cricket, hockey, rowing and the Grand National, car dealers, water companies, software houses and department stores,
  pop reunions, West End plays, reality TV and radio phone-ins; ge Northern Ireland policing, Scottish councils, the
  Post Office and pensions, non-league football, tennis qualifiers, rugby sevens and swimming, budget airlines, brewers,
  games studios and chocolate makers, folk festivals, cinema chains, comics and BBC local radio); never used to tune topics;
- `articles fresh54` (180): British name-gold sets gf, gg, gh, written in stop 70 from briefs that asked for (gf the
  pre-Budget report, school inspections and academies, asylum rows, council tax and the Holyrood building, Welsh rugby's
  Grand Slam, snooker, darts, indoor athletics and golf, supermarket price wars, insurers, rail franchises and club
  takeovers, the Brits, the Baftas, Edinburgh comedy, children's TV and classical labels; gg the Iraq legal advice row,
  local income tax, smoking bans, MPs' expenses and by-elections, League Cup ties, women's football, cycling, squash and
  boxing promotions, broadband providers, phone makers, games consoles, online music shops and spam, stand-up tours,
  biopics, soaps, music festivals and publishers; gh hunting court cases, the pensions commission, NHS waiting lists,
  prisons and Labour leadership talk, the Scottish Premier League, rugby league, jockeys and Commonwealth Games hopefuls,
  pub chains, airports, bus companies, housebuilders and textile firms, radio DJs, musicals, art prizes, TV chefs and
  indie bands); never used to tune topics;
- `articles fresh55` (180): British name-gold sets gi, gj, gk, written in stop 71 from briefs that asked for (gi the ID
  cards bill, tuition fees, the Serious Organised Crime Agency, council elections and the Northern Ireland peace process,
  Scottish Cup runs, county cricket, Formula One teams, the Boat Race and amateur boxing, budget airlines, car makers,
  breweries, building societies and phone retailers, poetry prizes, orchestras, West End plays, late-night radio and video
  games; gj the Child Support Agency, hospital superbugs, school dinners, Post Office closures and rail fares, Welsh
  football, the Heineken Cup, tennis qualifiers, greyhound racing and ice hockey, steelworks, shipyards, newspaper owners,
  fashion chains and bookmakers, folk music, crime novels, museum openings, radio drama and film festivals; gk the Gurkhas'
  pensions, fishing quotas, wind farms, the congestion charge and Welsh Assembly rows, non-league football, the Grand
  National, women's cricket, motorcycle racing and rowing, house prices, pension funds, call centres, energy suppliers and
  record labels, comedians, quiz shows, sculptors, soap stars and music hall); never used to tune topics;
- `articles fresh56` (180): British name-gold sets gm, gn, go, written in stop 72 from briefs that asked for (gm the
  smoking ban debate, the Freedom of Information Act, asylum centres and the Lords' rows over terror laws, rugby sevens,
  squash, bowls and the lower half of the Scottish Premier League, toy makers, water companies, bus operators and estate
  agents, choirs, comedy festivals, radio panel shows and children's authors; gn Gibraltar, the Falklands, the Channel
  Islands and the Isle of Man, rugby league's lower divisions, show jumping, badminton and Welsh boxing, chocolate makers,
  department stores, internet start-ups and mining firms, jazz, opera houses, cartoonists and arts festivals; go the
  Holyrood building inquiry, student loans, prison overcrowding and Post Office card accounts, Irish horse racing, women's
  golf, table tennis and non-league FA Cup runs, cruise lines, bakeries, software houses and mobile games, tribute bands,
  pantomime, film classification and radio soaps); never used to tune topics;
- `articles fresh57` (120): British name-gold sets gp, gr, written in stop 73 from briefs that asked for (gp council tax
  revaluation, the Hunting Act, identity cards and the Pensions Commission, speedway, darts, netball and county cricket,
  brewers, regional airports, builders' merchants and broadband resellers, folk festivals, stage musicals, television
  cookery shows and video-game music; gr the congestion charge extension, asylum dispersal, school dinners and ferry-port
  security, track cycling, badminton, women's football and ice hockey, insurers, toy shops, shipping lines and satellite
  television, classical music, comedy festivals, radio DJs and regional film festivals; a third helper, set gq, wrote
  nothing in the stop); never used to tune topics;
- `articles fresh58` (240): British name-gold sets gq, gs, gt, gu (gq delivered at the end of stop 73, after the rules were
  frozen; gs, gt, gu written in stop 74) from briefs that asked for (gq NHS dentistry, fishing quotas, the Welsh Assembly,
  snooker, rowing, Scottish lower leagues, milk prices, bus operators, car dealers, children's TV, art prizes and brass
  bands; gs pensions, prisons and probation, Northern Ireland policing, badminton, bowls and netball, department stores,
  estate agents and bookmakers, poetry prizes, jazz and radio drama; gt hospitals and GP contracts, the Scottish
  Parliament building, asylum rules, squash, judo and women's cricket, airports, ferry firms and coach operators, opera,
  dance companies and local newspapers; gu the Post Office and Royal Mail, the hunting ban, Cornwall and Devon councils,
  rugby league, greyhound racing and angling, chemists, bakers and frozen food firms, mobile games, club DJs and pirate
  radio); never used to tune topics;
- `articles fresh59` (180): British name-gold sets gv, gw, gx (stop 75) from briefs that asked for (gv lotteries and
  gambling, fire service pay, Welsh rugby regions, cinema chains, housing associations, snooker, phone retailers; gw
  canals, speedway and the TT, Radio 3 and orchestras, building societies, county councils, tennis juniors, games
  studios; gx seaside towns, fishing quotas, county cricket, brass bands and folk, regional airlines, police
  authorities, village broadband); never used to tune topics;
- `articles fresh60` (180): British name-gold sets gy, gz, ha (stop 76) from briefs that asked for (gy hospices and
  charities, rowing and the Boat Race, bus companies, cathedrals and the Church of England, independent publishers and
  bookshops, zoos and wildlife parks, ferry operators; gz Scottish lower-league football, whisky distilleries,
  ambulance trusts, magistrates and crown courts, the Met Office and weather, horse-racing trainers, toy makers; ha
  Northern Ireland politics, shipbuilding, regional theatre companies, darts, breweries and pubs, water companies,
  independent schools); never used to tune topics;
- `articles fresh61` (180): British name-gold sets hb, hc, hd (stop 77) from briefs that asked for (hb lifeboats and the
  RNLI, allotments and garden centres, motorway services and road hauliers, high-street fashion chains, crime-fiction
  writers and literary festivals, cycling and the Tour de France, university tuition fees; hc steelworks and Corus,
  mountain rescue and national parks, regional newspapers and their owners, gymnastics and swimming, art galleries and
  the Turner Prize, rail unions and train operating companies, dairy farmers and milk prices; hd London Fashion Week and
  designers, Formula One teams and British drivers, the Church of Scotland and Scottish charities, bus and tram projects
  in English cities, golf clubs and the Ryder Cup, classical composers and choirs, pharmacies and drug makers); never
  used to tune topics;
- `articles fresh62` (180): British name-gold sets he, hf, hg (stop 78) from briefs that asked for (he canals and inland
  waterways, bus companies, the Post Office and Royal Mail, badminton, squash and rugby sevens, brass bands and
  independent record labels, cheese makers and regional bakeries; hf the fire service, zoos and wildlife parks, ferry
  operators, netball, hockey and bowls, opera houses and the Edinburgh festival, bookmakers, toy makers and mobile-phone
  retailers; hg the weather and the Met Office, seaside towns and piers, water companies, darts, croquet and speedway,
  stand-up comedy and radio panel shows, software start-ups, whisky distillers and bus makers; several of these repeat
  topics of earlier samples, written afresh); never used to tune topics;
- `articles fresh63` (180): British name-gold sets hh, hi, hj (stop 79) from briefs that asked for (hh pottery and
  ceramics makers, road haulage, biscuit and tea companies, archery and motor racing, folk music and festivals, satellite
  navigation makers; hi rail freight and sleeper trains, motorway services, caravan makers, table tennis and judo,
  puppetry and children's television, games studios outside London; hj funeral directors and care homes, chemists,
  rowing and canoeing, women's football, regional theatres and touring musicals, internet cafes, online dating and
  Scottish technology firms); never used to tune topics;
- `articles fresh64` (180): British name-gold sets hk, hl, hm (stop 80) from briefs that asked for (hk fishing fleets
  and fishmongers, cheese makers and dairies, horse racing and jockeys, brass bands and choirs, printer and ink-cartridge
  makers, local newspaper groups; hl shipyards and ports, garden centres and seed merchants, ice skating and curling,
  bingo halls and amusement arcades, circus and magicians, sim-card and phone-shop chains; hm shoemakers and textile
  mills, agricultural shows and sheep farmers, lifeboats and coastguards, stately homes and the National Trust,
  aquariums and zoos, DVD and games rental by post); never used to tune topics;
- `articles fresh65` (180): British name-gold sets hn, ho, hp (stop 81) from briefs that asked for (hn antiques dealers
  and auction houses, archaeology digs and fossil hunters, amateur astronomy, beekeepers, piano makers, potteries; ho
  coffee-shop chains, ice-cream makers, fish and chip shops, perfume houses, opticians, pet shops and vets; hp motorcycle
  makers, bicycle makers and cycling clubs, model railways and toy trains, theme parks, steelworks, crossword setters);
  never used to tune topics;
- `articles fresh66` (180): British name-gold sets hq, hr, hs (stop 82) from briefs that asked for (hq shipbuilders
  and ferry operators, canal boats and waterways, lifeboat crews, fishing fleets and harbours, lighthouses; hr
  cheesemakers, bakeries, farmers' markets, florists, butchers, dry cleaners and high-street trades; hs circus and
  magicians, puppet theatre, ballet companies, choirs, pantomime, stand-up comedy clubs); never used to tune topics;
- `articles fresh67` (180): British name-gold sets ht, hu, hv (stop 82, held out for names too) from briefs that asked
  for (ht hairdressers, tattoo parlours, launderettes, funeral directors, driving schools; hu allotments, rose growers,
  tree surgeons, flower shows, garden designers; hv pawnbrokers, clockmakers and watchmakers, stamp collectors,
  bookbinders, blacksmiths, organ builders); never used to tune topics;
- `articles fresh68` (240): British name-gold sets hw, hx, hy, hz (stop 83; hy and hz held out for names too) from
  briefs that asked for (hw zoos and wildlife parks, vets, pet shops, dog shows, racing pigeons, horse sanctuaries; hx bus
  and coach companies, taxi firms, railway preservation societies, airport ground staff, cycling clubs, motorway service
  stations; hy local newspapers and printers, libraries, museums and galleries, auction houses, antique dealers; hz
  brewers and pubs, distilleries, vineyards, tea rooms, ice-cream makers, fish and chip shops); never used to tune topics;
- `articles fresh69` (240): British name-gold sets ia, ib, ic, id (stop 84; ic and id held out for names too) from
  briefs that asked for (ia locksmiths, removal firms, window cleaners, scaffolding and skip-hire firms, flour mills; ib
  bingo halls, amateur dramatic societies, allotment holders, model railway clubs, bell ringers; ic ambulance trusts,
  blood donor services, hearing-aid makers, care homes, dental suppliers; id seaside piers, funfairs, holiday camps,
  caravan parks, donkey rides); never used to tune topics;
- `articles fresh70` (240): British name-gold sets ie, if, ig, ih (stop 85; ig and ih held out for names too) from
  briefs that asked for (ie canal boat hire, lock keepers, narrowboat builders, waterways trusts, rope makers; if church
  choirs, brass bands, organ builders, piano tuners, church restorers; ig greengrocers, fishmongers, street market
  traders, family butchers, cheese makers; ih chimney sweeps, thatchers, stonemasons, blacksmiths, dry-stone wallers);
  never used to tune topics;
- `articles fresh71` (240): British name-gold sets ii, ij, ik, il (stop 86; ik and il held out for names too) from
  briefs that asked for (ii lifeboat crews, coastguards, harbour masters, lighthouse keepers, sea angling charters; ij
  allotment societies, garden centres, seed merchants, flower shows, beekeepers; ik taxi firms, bus depots, driving
  schools, MOT garages, car washes; il bookbinders, printers, sign writers, picture framers, painting restorers); never
  used to tune topics;
- `articles fresh72` (240): British name-gold sets im, in, io, ip (stop 87; io and ip held out for names too) from
  briefs that asked for (im ice rinks, roller discos, skate parks, ten-pin bowling alleys, crazy golf courses; in watch
  repairers, cobblers, tailors, milkmen, window cleaners; io dog groomers, boarding kennels, riding schools, farriers, pet
  sitters; ip carpet fitters, wallpaper shops, upholsterers, taxidermists, undertakers); never used to tune topics;
- `articles fresh73` (240): British name-gold sets iq, ir, is, it (stop 88; is and it held out for names too) from
  briefs that asked for (iq hot-air balloon flights, go-kart tracks, paintball sites, indoor climbing walls, lidos; ir ice
  cream vans, seaside donkey rides, bowls clubs, snooker halls, glassblowers; is hat makers, saddlers, piano tuners, organ
  builders, clockmakers; it fishmongers, pawnbrokers, tattoo parlours, stonemasons, launderettes); never used to tune
  topics;
- `articles fresh74` (240): British name-gold sets iu, iv, iw, ix (stop 89; iw and ix held out for names too) from
  briefs that asked for (iu falconry centres, village fetes, cider makers, vineyards, farm shops; iv chimney sweeps,
  cobblers, picture framers, locksmiths, key cutters; iw wedding planners, florists, cake makers, bridal shops, portrait
  photographers; ix bus companies, taxi firms, driving schools, car washes, MOT garages, the topics of ik); never used to
  tune topics;
- `articles fresh75` (240): British name-gold sets iy, iz, ja, jb (stop 90; ja and jb held out for names too) from
  briefs that asked for (iy church organists, stained-glass makers, tree surgeons, landscape gardeners, coin dealers; iz
  ballroom dancing, folk dancing, dance schools, tap dancers, line dancing; ja swimming clubs, water polo, synchronised
  swimmers, diving coaches, lifeguards; jb stamp fairs, antique dealers' fairs, record shops, comic shops, second-hand
  bookshops); never used to tune topics;
- `articles fresh76` (240): British name-gold sets jc, jd, je, jf (stop 91; je and jf held out for names too) from
  briefs that asked for (jc dry-stone wallers, ploughing matches, sheepdog trials, agricultural shows, dog shows; jd
  orienteering, caving and pot-holing, windsurfing, surfing, karate and wrestling clubs; je pub quiz leagues, bridge clubs,
  cricket umpires, golf greenkeepers and caddies; jf bus drivers and bus companies, vintage car rallies, lacrosse,
  weightlifting, catteries); never used to tune topics;
- `articles fresh77` (240): British name-gold sets jg, jh, ji, jj (stop 92; ji and jj held out for names too) from
  briefs that asked for (jg stock car racing, motocross, go-karting, point-to-point races, gliding clubs; jh fairgrounds
  and travelling showmen, funfair ride makers, jousting and re-enactment societies, highland games, tug of war teams; ji
  stained-glass makers, potters, woodturners, quilting and knitting groups, jigsaw and Scrabble clubs; jj fell runners and
  cross-country clubs, skateboarding, BMX and roller derby teams, kite flyers, clay pigeon shooting grounds); never used to
  tune topics;
- `articles fresh78` (240): British name-gold sets jk, jl, jm, jn (stop 93; jm and jn held out for names too) from
  briefs that asked for (jk gurning contests, cheese rolling, conker championships, pancake races, bog snorkelling; jl
  tobogganing, sand sculpture festivals, model aircraft and drone racing clubs, origami societies, parkrun events; jm stone
  skimming, worm charming, toe wrestling, coal carrying races, raft races and charity duck races; jn ventriloquists,
  buskers and street performers, vinyl record pressing plants, scarecrow festivals, well dressing, bonfire societies,
  hovercraft racing); never used to tune topics;
- `articles fresh79` (240): British name-gold sets jo, jp, jq, jr (stop 94; jq and jr held out for names too) from
  briefs that asked for (jo lumberjack and log-rolling contests, zorbing, wife-carrying races, bathtub races, ferret
  racing; jp hobby horse festivals, wassailing, maypole dancing, shin-kicking and egg-throwing championships; jq korfball,
  rounders, handball clubs, marbles championships, tiddlywinks, quoits; jr wild swimming, crematoria and gravediggers,
  hedge laying, steam railway volunteers, trainspotting); never used to tune topics;
- `articles fresh80` (240): British name-gold sets js, jt, ju, jv (stop 95; ju and jv held out for names too) from
  briefs that asked for (js town criers, sea shanty singers, pipe bands, escapologists, karaoke contests; jt shinty,
  hurling, real tennis, fives and racketball; ju taxidermists, hairdressing championships, pie and pasty makers, kebab
  shops, graffiti artists; jv coasteering, scuba divers, drone pilots, parkour, punk bands); never used to tune topics;
- `articles fresh81` (240): British name-gold sets jw, jx, jy, jz (stop 96; jy and jz held out for names too) from
  briefs that asked for (jw paragliding, hot air balloons, bobsleigh, ice dancing, roller skating; jx car boot sales,
  coin collectors, backgammon, rag-and-bone men, steam fairs; jy giant vegetable growers, ice sculptors, stilt walkers,
  jugglers, unicyclists; jz sumo wrestling, ultimate frisbee, pool halls, laundrettes, lollipop ladies); never used to
  tune topics;
- `articles fresh82` (240): British name-gold sets ka, kb, kc, kd (stop 97; kc and kd held out for names too) from
  briefs that asked for (ka lawn mower racing, skittles alleys, marmalade makers, barbershop singers, pinball arcades;
  kb tandem cycling, watercress growers, accordion players, teddy bear makers, shire horses; kc llama trekking, bonsai
  growers, ukulele bands, rhubarb farmers, majorettes; kd powerboat racing, drag racing, mussel farmers, toy soldier
  collectors, cheerleading squads); never used to tune topics;
- `articles fresh83` (240): British name-gold sets ke, kf, kg, kh (stop 98; kg and kh held out for names too) from
  briefs that asked for (ke birdwatchers and twitchers, cat shows, tortoise keepers, Gaelic football clubs, kayak makers;
  kf bodyboarding, skydiving clubs, microlight flying, perry makers, embroidery guilds; kg candle makers, hatters,
  umbrella makers, shove ha'penny leagues, bar billiards; kh cribbage clubs, mahjong players, sausage makers, haggis
  makers, chutney makers); never used to tune topics;
- `articles fresh84` (240): British name-gold sets ki, kj, kk, kl (stop 99; kk and kl held out for names too) from
  briefs that asked for (ki black pudding makers, mustard makers, asparagus growers, strawberry pickers, topiary gardeners;
  kj alpaca farmers, ostrich farms, lavender fields, orchid societies, tulip growers; kk rickshaw riders, pedalo hire,
  penny farthing riders, segway tours, cable cars; kl postcard collectors, maze designers, scooter clubs, goat keepers,
  trampolining clubs); never used to tune topics;
- `articles fresh85` (240): British name-gold sets km, kn, ko, kp (stop 100; ko and kp held out for names too) from
  briefs that asked for (km regatta crews, dragon boat racers, jet ski riders, sandcastle builders, cockle pickers;
  kn daffodil growers, fudge makers, snail farmers, sledge makers, bunting makers; ko carriage drivers, horse brass
  collectors, wheelwrights, wood carvers, glass blowers; kp body piercers, carnival troupes, stick of rock makers, land
  speed record hunters, welly makers); never used to tune topics;
- `articles fresh86` (240): British name-gold sets kq, kr, ks, kt (stop 101; ks and kt held out for names too) from
  briefs that asked for (kq wood turners, brass rubbing enthusiasts, basket weavers, garden gnome collectors, hedgehog
  rescuers; kr badger watchers, fly fishers, sheep shearers, hop pickers, scythe mowers; ks barge dwellers,
  paddleboarders, jumble sale organisers, raffle ticket sellers, toad patrol volunteers; kt whale watchers, dolphin
  spotters, shrimp fishers, puffin counters, bird watchers); never used to tune topics;
- `articles uk` (5,220): the 87 British name-gold sets e ... cm together (a ... d were development), about twice the size
  of a real section-labelled archive of one site; never used to tune topics;
- with `--draws N`, also N random 80% subsamples of each sample (seeds 0..N-1): how much a figure moves with the draw.
Texts are the title, a blank line and the body for articles (as a scraped page reads), the feed text for short items.

For each sample: texts, true classes, the automatic fine count and its NMI, the automatic theme count and the coarse
NMI (the issue's figure), the coarse NMI with the theme count given (`n_themes=` true count), and plain k-means given
the true count (`n_topics=` true count; the issue's baseline). NMI is scikit-learn's normalized_mutual_info_score
(arithmetic mean). Deterministic: same files, same figures.

First runs (stop 28, code of stop 27, before any rule was tried on these files; themes / coarse NMI, then the coarse
NMI with the theme count given and plain k-means given the true count):
- round 1 files only (articles: uknews a-d + bbcstyle 1-3 / bbcstyle 4-6; short: shortnews 1 / 2): articles dev (410)
  5 / 0.950, held out (210) 5 / 0.838, union (620) 6 / 0.774; short dev (240) 4 / 0.455, held out (240) 8 / 0.541,
  union (480) 4 / 0.538;
- all files: articles dev (710) 6 / 0.873 (0.909; 0.895), held out (510) 6 / 0.812 (0.839; 0.898), union (1,220)
  6 / 0.826 (0.864; 0.847); short dev (1,240) 4 / 0.721 (0.721; 0.757), held out (1,240) 4 / 0.768 (0.768; 0.741),
  union (2,480) 4 / 0.852 (0.852; 0.849).
Counts are within +-2 of the truth on every full-size sample, and the coarse level scores about what k-means given the
true count scores: on these corpora the shortfall against the issue's 0.85 (articles) is the extra sixth theme (sport
split into team sports and racing/Olympics) and the document space, not the grouping.

First run of `articles british` (stop 34, topic code unchanged since stop 30, before any rule was tried on it): 19 fine
topics (NMI 0.570), 5 themes, coarse NMI 0.648 (0.648 with 5 themes given); plain k-means at the true count 0.769. Three 80%
draws: 4 / 0.538, 5 / 0.618, 4 / 0.689. The count is right, the grouping is not: one theme holds entertainment (280) and
sport (146) stories, another business (151) and tech (269). It is not the Ward step alone: k-means at 5 on the same LSA
vectors the fine topics come from scores 0.576 (0.564 with the fine topics nested by majority), so the 0.769 of the
given-count fit comes from its own document space. On the other article samples Ward is as good or better (held out:
0.898 against 0.775). Open in issue 15.

First run of `articles fresh` (stop 35, topic code unchanged since stop 30): 9 fine topics (NMI 0.625), 4 themes, coarse
NMI 0.675 (0.664 with 5 themes given); plain k-means at the true count 0.661. Three 80% draws: 3 / 0.551, 4 / 0.754,
3 / 0.595. On 180 written stories whose sections share their people and events, no method here passes 0.7.

First run of `articles fresh3` (stop 37, topic code unchanged since stop 30): 7 fine topics (NMI 0.626), 4 themes,
coarse NMI 0.666 (0.692 with 5 themes given); plain k-means at the true count 0.642. All 37 British sets together
(2,180 stories, 5 sections; a scratch run, not a named sample): 19 fine topics, 4 themes, coarse NMI 0.561 (0.698 with
5 given; k-means at 5 0.699). The tech stories split between the film/music theme (222) and the business theme (198).

First run of `articles fresh4` (stop 38, topic code unchanged since stop 30): 11 fine topics (NMI 0.608), 4 themes,
coarse NMI 0.597 (0.654 with 5 themes given); plain k-means at the true count 0.605.

First run of `articles fresh5` (stop 39, topic code unchanged since stop 30): 9 fine topics (NMI 0.607), 4 themes,
coarse NMI 0.656 (0.668 with 5 themes given); plain k-means at the true count 0.668. All 43 British sets together
(2,540 stories, 5 sections; a scratch run, not a named sample): 18 fine topics (NMI 0.583), 4 themes, coarse NMI 0.735
(0.733 with 5 given; k-means at 5 0.728).

First run of `articles fresh6` (stop 40, topic code unchanged since stop 30): 11 fine topics (NMI 0.637), 4 themes,
coarse NMI 0.670 (0.849 with 5 themes given); plain k-means at the true count 0.849.

First run of `articles fresh7` (stop 41, topic code unchanged since stop 30): 8 fine topics (NMI 0.592), 4 themes,
coarse NMI 0.575 (0.710 with 5 themes given); plain k-means at the true count 0.708. Refining the themes of the British
samples by multinomial naive-Bayes EM on word counts, seeded by the automatic themes (a scratch run, not adopted), moved
the coarse NMI by at most 0.02 on the articles (all 1,220: 0.864 -> 0.879 with capitalised words dropped; british
0.648 -> 0.666; fresh6 and fresh7 unchanged; all 49 British sets, 2,900 stories: 0.739 -> 0.740) and 0.031 on the
feed items (short all 0.849 -> 0.880): the themes are not far from what their own words support.

First run of `articles fresh8` (stop 42, topic code unchanged since stop 30): 9 fine topics (NMI 0.699), 5 themes (the
true count), coarse NMI 0.697 (0.697 with 5 themes given); plain k-means at the true count 0.778.

First run of `articles fresh9` (stop 43, topic code unchanged since stop 30): 17 fine topics (NMI 0.584), 5 themes (the
true count), coarse NMI 0.689 (0.689 with 5 themes given); plain k-means at the true count 0.654.

First run of `articles fresh10` (stop 44, topic code unchanged since stop 30): 11 fine topics (NMI 0.643), 5 themes (the
true count), coarse NMI 0.770 (0.770 with 5 themes given); plain k-means at the true count 0.714. All 58 British sets
together (3,440 stories, 5 sections; a scratch run, not a named sample): 19 fine topics (NMI 0.571), 4 themes, coarse NMI
0.735 (0.630 with 5 themes given); plain k-means at the true count 0.638. Its fine topics are nearly pure sections; the
4 themes join business and tech, whose firms (Apple, Vodafone, BT) these writers filed in both.

First runs of `articles fresh11` and `articles fresh12` (stop 45, topic code unchanged since stop 30): fresh11 16 fine
topics (NMI 0.622), 4 themes, coarse NMI 0.589 (0.701 with 5 themes given), plain k-means at the true count 0.704;
fresh12 9 fine topics (NMI 0.695), 4 themes, coarse NMI 0.758 (0.763 with 5 given), k-means 0.764.

First run of `articles fresh13` (stop 46, topic code unchanged since stop 30): 10 fine topics (NMI 0.632), 4 themes, coarse
NMI 0.648 (0.682 with 5 themes given); plain k-means at the true count 0.599. All 64 British sets a-bl together (3,800
stories, 5 sections; a scratch run, not a named sample): 19 fine topics (NMI 0.561), 4 themes, coarse NMI 0.705 (0.728 with
5 given); plain k-means at the true count 0.653. Of the knee's tolerance (0, 0.2, 0.35) none did better on every British
sample (mean coarse NMI over the 16 article samples 0.710, 0.707, 0.709), so it stays.

First run of `articles fresh14` (stop 47, topic code unchanged since stop 30): 8 fine topics (NMI 0.673), 4 themes, coarse
NMI 0.707 (0.711 with 5 themes given); plain k-means at the true count 0.711.

First run of `articles fresh15` (stop 48, topic code unchanged since stop 30): 12 fine topics (NMI 0.627), 4 themes, coarse
NMI 0.590 (0.688 with 5 themes given); plain k-means at the true count 0.688.

First run of `articles fresh16` (stop 48, topic code unchanged since stop 30): 11 fine topics (NMI 0.629), 4 themes, coarse
NMI 0.648 (0.661 with 5 themes given); plain k-means at the true count 0.651.

First run of `articles fresh17` (stop 48, topic code unchanged since stop 30): 12 fine topics (NMI 0.631), 5 themes (the
true count), coarse NMI 0.695 (0.695 with 5 themes given); plain k-means at the true count 0.669.

First run of `articles fresh18` (stop 49, topic code unchanged since stop 30): 10 fine topics (NMI 0.604), 4 themes, coarse
NMI 0.682 (0.741 with 5 themes given); plain k-means at the true count 0.741.

First run of `articles fresh19` (stop 49, topic code unchanged since stop 30): 8 fine topics (NMI 0.599), 4 themes, coarse
NMI 0.482 (0.557 with 5 themes given); plain k-means at the true count 0.584. Its set cf was asked to put sport in every
section (sports business, sports politics, sports games), so the sections share words by design.

First run of `articles fresh20` (stop 49, topic code unchanged since stop 30): 9 fine topics (NMI 0.688), 4 themes, coarse
NMI 0.693 (0.623 with 5 themes given); plain k-means at the true count 0.623.

First run of `articles fresh21` (stop 49, topic code unchanged since stop 30): 9 fine topics (NMI 0.672), 4 themes, coarse
NMI 0.688 (0.674 with 5 themes given); plain k-means at the true count 0.674.

First run of `articles fresh22` (stop 50, topic code unchanged since stop 30): 10 fine topics (NMI 0.673), 4 themes, coarse
NMI 0.712 (0.766 with 5 themes given); plain k-means at the true count 0.728.

First run of `articles fresh23` (stop 50, topic code unchanged since stop 30): 11 fine topics (NMI 0.627), 4 themes, coarse
NMI 0.658 (0.691 with 5 themes given); plain k-means at the true count 0.732.

First run of `articles fresh24` (stop 51, topic code as at stop 30 for written articles: the stop 51 markup step changes
none of them): 7 fine topics (NMI 0.639), 4 themes, coarse NMI 0.703 (0.747 with 5 themes given); plain k-means at the true
count 0.747. Three 80% draws (144 stories, 6 fine topics, so the gap rule decides): 3 themes each, 0.601, 0.648, 0.561.

First run of `articles fresh25` (stop 51, same code): 9 fine topics (NMI 0.621), 4 themes, coarse NMI 0.661 (0.599 with 5
themes given); plain k-means at the true count 0.610. Three 80% draws (6 fine topics each, gap rule): 3 themes each, 0.491,
0.544, 0.602.

First run of `articles fresh26` (stop 51, same code): 8 fine topics (NMI 0.578), 4 themes, coarse NMI 0.615 (0.553 with 5
themes given); plain k-means at the true count 0.598. Three 80% draws: 4 themes each, 0.597, 0.641, 0.699.

First run of `articles fresh27` (stop 52, topic code as at stop 51): 7 fine topics (NMI 0.704), 4 themes, coarse NMI
0.698 (0.758 with 5 themes given); plain k-means at the true count 0.769. Three 80% draws (144 stories, 6 fine topics each,
so the gap rule decides): 3 themes each, 0.581, 0.610, 0.631.

First run of `articles fresh28` (stop 52, same code): 6 fine topics (NMI 0.564), 3 themes (the gap rule: fewer than 7
fine topics), coarse NMI 0.556 (0.647 with 5 themes given); plain k-means at the true count 0.647. Three 80% draws: 3 / 0.570,
3 / 0.586, 5 / 0.714. On 180 stories the fine level finds 5 or 6 topics, so the coarse level has little room to be right.

First run of `articles fresh29` (stop 53, same code): 8 fine topics (NMI 0.591), 4 themes, coarse NMI 0.647 (0.667 with 5
themes given); plain k-means at the true count 0.652. Three 80% draws: 4 / 0.572, 3 / 0.548, 4 / 0.604.

First runs of `articles fresh30` and `articles fresh31` (stop 53, same code): fresh30 8 fine topics (NMI 0.654), 4 themes,
coarse NMI 0.725 (0.768 given 5; k-means 0.757), draws 2 / 0.440, 4 / 0.717, 3 / 0.664; fresh31 9 fine (0.626), 4 themes,
coarse 0.740 (0.662 given 5; k-means 0.662), draws 5 / 0.791, 4 / 0.773, 4 / 0.755.

First run of `articles fresh32` (stop 54, same code): 9 fine topics (NMI 0.581), 4 themes, coarse NMI 0.649 (0.664 with 5
themes given); plain k-means at the true count 0.592. Three 80% draws: 3 / 0.607, 3 / 0.643, 3 / 0.562.

First run of `articles fresh33` (stop 54, same code): 9 fine topics (NMI 0.726), 4 themes, coarse NMI 0.723 (0.700 with 5
themes given); plain k-means at the true count 0.700. Three 80% draws: 4 / 0.657, 2 / 0.347, 4 / 0.603 (the one count
outside +-2 is a draw whose fine level found 5 topics and grouped them into 2 themes).

First run of `articles fresh34` (stop 55, same code): 11 fine topics (NMI 0.581), 4 themes, coarse NMI 0.683 (0.692 with 5
themes given); plain k-means at the true count 0.683. Three 80% draws: 4 / 0.629, 2 / 0.421, 4 / 0.646 (again the draw
outside +-2 found 5 fine topics, below the knee's 7, so the gap rule grouped them into 2 themes).

First run of `articles fresh35` (stop 55, same code): 12 fine topics (NMI 0.606), 4 themes, coarse NMI 0.718 (0.771 with 5
themes given); plain k-means at the true count 0.779. Three 80% draws: 3 / 0.574, 3 / 0.609, 3 / 0.612 (each found 6 fine
topics, so the gap rule chose; all within +-2).

First run of `articles fresh36` (stop 56, topic code unchanged): 8 fine topics (NMI 0.612), 4 themes, coarse NMI 0.614 (0.700
with 5 themes given); plain k-means at the true count 0.768. Three 80% draws: 3 / 0.501, 4 / 0.641, 2 / 0.339 (the draw
outside +-2 again found 5 fine topics, so the gap rule grouped them into 2 themes); the weakest first run of the 180-story
samples, below k-means at the true count.

First run of `articles fresh37` (stop 56, with `small_min_gap` below, never looked at before): 10 fine topics (NMI 0.627), 4
themes, coarse NMI 0.740 (0.699 with 5 themes given); plain k-means at the true count 0.699. Three 80% draws: 3 / 0.602 (6
fine topics whose NMI is 0.742: the jump reached 2.0, so they were still merged, and it cost), 4 / 0.711, 4 / 0.717 (4 fine
topics, each its own theme); count within +-2 on all four.

First run of `articles fresh38` (stop 57, topic code unchanged since stop 56, never looked at before): 8 fine topics (NMI
0.687), 4 themes, coarse NMI 0.687 (0.707 with 5 themes given); plain k-means at the true count 0.707. Three 80% draws:
4 / 0.576, 3 / 0.552, 3 / 0.568; count within +-2 on all four. The last two draws found 6 fine topics (NMI 0.659 and
0.725) whose jump passed `small_min_gap`, and merging them into 3 themes cost 0.11 and 0.16: the held-out check of that
rule. Over all 38 `articles fresh*` samples and their three draws (152 runs, this code), every run of 6 fine topics that
the gap rule merged (27; 3 themes each) scored below its fine topics but one (a tie): mean 0.673 -> 0.583; the 23 runs
of 6 left unmerged, and all runs of 4 or 5, keep their fine topics as themes. Tried and rejected: each fine topic its own
theme below the knee's floor in corpora of 100 texts or more (152 runs: 25 better, 2 worse, mean 0.661 -> 0.676; dev draws
unchanged), because the generated nested corpus of tests/test_topics.py (120 texts, 6 sub-topics in 3 themes) must merge,
and its jump (2.03-2.06 on three seeds) lies inside the news range (2.01-3.32), as does the bundled corpus's (2.18): neither
the jump nor the size tells crisp nesting from written sections at these sizes. Left open.

First run of `articles fresh39` (stop 58, topic code unchanged since stop 56, never looked at before): 9 fine topics (NMI
0.639), 4 themes, coarse NMI 0.694 (0.571 with 5 themes given); plain k-means at the true count 0.571. Three 80% draws:
4 / 0.609, 4 / 0.649, 4 / 0.731; count within +-2 on all four (none exact). No run had 6 fine topics, so the open
question above was not exercised.

First run of `articles fresh40` (stop 59, topic code unchanged since stop 56, never looked at before): 8 fine topics (NMI
0.669), 4 themes, coarse NMI 0.732 (0.698 with 5 themes given); plain k-means at the true count 0.698. Three 80% draws:
4 / 0.644, 3 / 0.646, 3 / 0.512; count within +-2 on all four (none exact). Draws 1 and 2 had 6 fine topics, merged into 3
themes by the `small_min_gap` cut: their fine level scored higher (0.754 and 0.696) and its count of 6 was nearer the true
5, so two more runs side with the rejected rule above. Left open: the generated nested corpus still must merge.

First run of `articles fresh41` (later in stop 59, topic code unchanged since stop 56, never looked at before): 8 fine
topics (NMI 0.677), 4 themes, coarse NMI 0.707 (0.751 with 5 themes given); plain k-means at the true count 0.744.
Three 80% draws: 3 / 0.615, 3 / 0.601, 4 / 0.701; count within +-2 on all four (none exact). Draws 0 and 1 again had 6
fine topics merged into 3 themes, whose fine level scored higher (0.694 and 0.744): four runs of four with six fine
topics in fresh40 and fresh41 side with the rejected rule. The question matters for samples of a few hundred stories;
a corpus of thousands has many more fine topics than six.

First run of `articles fresh42` (stop 60, topic code unchanged since stop 56, never looked at before): 7 fine topics
(NMI 0.721), 4 themes, coarse NMI 0.717 (0.706 with 5 themes given); plain k-means at the true count 0.706. Three 80%
draws: 4 / 0.716, 4 / 0.691, 2 / 0.446; count within +-2 on three of four (none exact). Draw 2 had 6 fine topics (fine
NMI 0.704) that the gap rule cut into 2 themes (gap 2.15 at 2 themes): the first count off by 3 on a fresh sample.

The five- and six-topic question, measured again (stop 60, all 42 `articles fresh*` samples and three 80% draws of each,
168 runs; 67 of them have 4 to 6 fine topics and go to the gap rule). Mean coarse NMI of those 67: 0.639 as chosen,
0.683 with each fine topic its own theme (30 runs better, 2 worse). Simply keeping every fine topic would lose the
generated nested corpus of `tests/test_topics.py` (6 sub-topics in 3 themes, whose jump is 2.01-2.08 on 24 seeds and
sizes: its sub-topics share half their words, so a theme's merge costs twice a sub-topic's) and the bundled corpus's
two themes, while the news cuts had jumps of 2.0-3.3. The ratio of consecutive merge costs does not separate them
(news 1.01-1.96, nested 2.0-2.1, bundled 1.68); how alike the merges below the cut are does (the costliest over the
cheapest: news 1.51-2.91, bundled 1.35, nested 1.01-1.05): see `small_level_spread` below.

First run of `articles fresh43` (later in stop 60, topic code unchanged since stop 56): 7 fine topics (NMI 0.722), 4
themes, coarse NMI 0.737 (0.716 with 5 given; k-means at the true count 0.716). Draws: 3 / 0.567 (6 fine topics, fine NMI
0.721), 3 / 0.662 (6, 0.703), 2 / 0.452 (5, 0.702): every draw's cut lost NMI, and the last, cutting five fine topics
(the true count) into two, was off by three.

First run of `articles fresh44` (stop 61, topic code unchanged since stop 60): 8 fine topics (NMI 0.667), 4 themes, coarse
NMI 0.695 (0.759 with 5 themes given); plain k-means at the true count 0.759. Three 80% draws: 6 / 0.628, 6 / 0.633,
4 / 0.692; count within +-2 on all four (none exact), mean coarse NMI 0.662.

First run of `articles fresh45` (stop 62, topic code unchanged since stop 60): 7 fine topics (NMI 0.765), 4 themes, coarse
NMI 0.777 (0.820 with 5 themes given); plain k-means at the true count 0.820. Three 80% draws: 6 / 0.694, 6 / 0.852,
6 / 0.789 (six fine topics each, kept as six themes); count within +-2 on all four (none exact), mean coarse NMI 0.778.

First run of `articles fresh46` (later in stop 62, topic code unchanged since stop 60): 9 fine topics (NMI 0.691), 5 themes
(the true count), coarse NMI 0.702 (0.702 with 5 themes given); plain k-means at the true count 0.705. Three 80% draws:
6 / 0.763, 6 / 0.724, 4 / 0.736; count exact on one of four, within +-2 on all four, mean coarse NMI 0.731.

First run of `articles fresh47` (last in stop 62, topic code unchanged since stop 60): 8 fine topics (NMI 0.755), 4 themes,
coarse NMI 0.677 (0.767 with 5 themes given); plain k-means at the true count 0.786. Three 80% draws: 6 / 0.801, 6 / 0.728,
4 / 0.703; count within +-2 on all four (none exact), mean coarse NMI 0.727. Its grouping of 8 fine topics into 4 themes
scores below the fine topics themselves (0.755).

First run of `articles fresh48` (stop 63, topic code unchanged since stop 60): 9 fine topics (NMI 0.578), 4 themes, coarse
NMI 0.646 (0.688 with 5 themes given); plain k-means at the true count 0.688. Three 80% draws: 6 / 0.581, 6 / 0.648,
5 / 0.662; count exact on one of four, within +-2 on all four, mean coarse NMI 0.634 (k-means at the true count 0.668).

First run of `articles fresh49` (stop 65, topic code unchanged since stop 60): 10 fine topics (NMI 0.653), 4 themes, coarse
NMI 0.717 (0.705 with 5 themes given); plain k-means at the true count 0.705. Three 80% draws: 4 / 0.682, 5 / 0.659,
4 / 0.644; count exact on one of four, within +-2 on all four, mean coarse NMI 0.675 (k-means at the true count 0.663).

First run of `articles fresh50` (stop 67, topic code unchanged since stop 60): 8 fine topics (NMI 0.650), 4 themes, coarse
NMI 0.675 (0.553 with 5 themes given); plain k-means at the true count 0.553. Three 80% draws: 4 / 0.693, 4 / 0.698,
6 / 0.727; count exact on none of four, within +-2 on all four, mean coarse NMI 0.698 (k-means at the true count 0.688).

First run of `articles fresh51` (stop 67, topic code unchanged since stop 60): 10 fine topics (NMI 0.663), 4 themes,
coarse NMI 0.674 (0.597 with 5 themes given); plain k-means at the true count 0.597. Three 80% draws: 4 / 0.652,
4 / 0.678, 4 / 0.665; count exact on none of four, within +-2 on all four, mean coarse NMI 0.667 (k-means at the true
count 0.670).

First run of `articles fresh52` (stop 68, topic code unchanged since stop 60): 8 fine topics (NMI 0.649), 4 themes, coarse
NMI 0.642 (0.602 with 5 themes given); plain k-means at the true count 0.602. Three 80% draws: 4 / 0.659, 6 / 0.599,
6 / 0.655; count exact on none of four, within +-2 on all four, mean coarse NMI 0.639 (k-means at the true count 0.641).

First run of `articles fresh53` (stop 69, topic code unchanged since stop 60): 8 fine topics (NMI 0.645), 4 themes, coarse
NMI 0.709 (0.760 with 5 themes given); plain k-means at the true count 0.760. Three 80% draws: 6 / 0.580, 6 / 0.602,
4 / 0.685; count exact on none of four, within +-2 on all four, mean coarse NMI 0.644 (k-means at the true count 0.653).

First run of `articles fresh54` (stop 70, topic code unchanged since stop 60): 9 fine topics (NMI 0.637), 4 themes, coarse
NMI 0.683 (0.704 with 5 themes given); plain k-means at the true count 0.643. Three 80% draws: 4 / 0.718, 6 / 0.748,
6 / 0.792; count exact on none of four, within +-2 on all four, mean coarse NMI 0.735 (k-means at the true count 0.731).

First run of `articles fresh55` (stop 71, topic code unchanged since stop 60): 9 fine topics (NMI 0.605), 4 themes, coarse
NMI 0.679 (0.718 with 5 themes given); plain k-means at the true count 0.718. Three 80% draws: 4 / 0.691, 6 / 0.603,
4 / 0.606; count exact on none of four, within +-2 on all four, mean coarse NMI 0.645 (k-means at the true count 0.662).

First run of `articles fresh61` (stop 77, topic code unchanged since stop 60): 17 fine topics (NMI 0.615), 4 themes, coarse
NMI 0.569 (0.631 with 5 themes given); plain k-means at the true count 0.631. Three 80% draws: 4 / 0.536, 4 / 0.599,
6 / 0.606; count exact on none of four, within +-2 on all four, mean coarse NMI 0.578 (k-means at the true count 0.621).
The 17 fine topics of 180 texts are the most of any fresh sample: the fine level split where themes did not.

First run of `articles fresh62` (stop 78, topic code unchanged since stop 60): 10 fine topics (NMI 0.568), 4 themes, coarse
NMI 0.675 (0.655 with 5 themes given); plain k-means at the true count 0.634. Three 80% draws: 4 / 0.595, 4 / 0.669,
4 / 0.643; count exact on none of four, within +-2 on all four, mean coarse NMI 0.645 (k-means at the true count 0.628).

First run of `articles fresh64` (stop 80, topic code unchanged since stop 60): 12 fine topics (NMI 0.569), 4 themes, coarse
NMI 0.677 (0.693 with 5 themes given); plain k-means at the true count 0.693. Three 80% draws: 4 / 0.668, 4 / 0.704,
6 / 0.712; count exact on none of four, within +-2 on all four, mean coarse NMI 0.690 (k-means at the true count 0.684).

First run of `articles fresh67` (stop 82, topic code unchanged since stop 60): 10 fine topics (NMI 0.515), 4 themes, coarse
NMI 0.610 (0.517 with 5 themes given); plain k-means at the true count 0.539. Three 80% draws: 4 / 0.503, 4 / 0.545,
4 / 0.485; count exact on none of four, within +-2 on all four, mean coarse NMI 0.536 (k-means at the true count 0.536).

First run of `articles fresh66` (stop 82, topic code unchanged since stop 60): 16 fine topics (NMI 0.566), 5 themes, coarse
NMI 0.546 (0.546 with 5 themes given); plain k-means at the true count 0.543. Three 80% draws: 6 / 0.487, 5 / 0.557,
6 / 0.588; count exact on two of four, within +-2 on all four, mean coarse NMI 0.544 (k-means at the true count 0.533).

First run of `articles fresh74` (stop 89, topic code unchanged since stop 60): 13 fine topics (NMI 0.553), 4 themes, coarse
NMI 0.577 (0.545 with 5 themes given); plain k-means at the true count 0.545. Three 80% draws: 4 / 0.595, 6 / 0.668,
4 / 0.621; count exact on none of four, within +-2 on all four, mean coarse NMI 0.615 (k-means at the true count 0.580).
The count is one short on the full sample for the eighth sample running (fresh67-69, fresh71-74), one over on a draw.

First run of `articles fresh86` (stop 101, topic code unchanged since stop 60): 11 fine topics (NMI 0.531), 5 themes, coarse
NMI 0.488 (0.488 with 5 themes given); plain k-means at the true count 0.484. Three 80% draws: 4 / 0.705, 4 / 0.345,
4 / 0.556; count exact on one of four (the full sample), within +-2 on all four, mean coarse NMI 0.524 (k-means at the
true count 0.514). The full sample finds the true count, yet its coarse NMI is the lowest first-run figure of stops
97-101, and k-means given the true count does no better (0.484): the level's count is not what fails here.

First run of `articles fresh85` (stop 100, topic code unchanged since stop 60): 13 fine topics (NMI 0.573), 4 themes, coarse
NMI 0.664 (0.700 with 5 themes given); plain k-means at the true count 0.700. Three 80% draws: 4 / 0.614, 4 / 0.760,
5 / 0.515; count exact on one of four (a draw), within +-2 on all four, mean coarse NMI 0.638 (k-means at the true count
0.651). The full sample is one short again, and k-means at the true count beats the automatic level on three of four;
the draw that found five themes scored lowest.

First run of `articles fresh84` (stop 99, topic code unchanged since stop 60): 15 fine topics (NMI 0.608), 5 themes, coarse
NMI 0.603 (0.603 with 5 themes given); plain k-means at the true count 0.521. Three 80% draws: 5 / 0.615, 4 / 0.553,
4 / 0.578; count exact on two of four (the full sample and a draw), within +-2 on all four, mean coarse NMI 0.587 (k-means
at the true count 0.565). The first of the last four samples whose full sample got the true count; the automatic level
beat k-means at the true count on the full sample by 0.082, and both draws one short scored below the ones that found five.

First run of `articles fresh83` (stop 98, topic code unchanged since stop 60): 14 fine topics (NMI 0.575), 4 themes, coarse
NMI 0.599 (0.619 with 5 themes given); plain k-means at the true count 0.619. Three 80% draws: 4 / 0.688, 4 / 0.634,
5 / 0.670; count exact on one of four (a draw), within +-2 on all four, mean coarse NMI 0.648 (k-means at the true count
0.642). The count is one short on the full sample, as on fresh81 and fresh82; the draw that found five themes scored
0.670, what k-means scores at the true count on that draw.

First run of `articles fresh82` (stop 97, topic code unchanged since stop 60): 12 fine topics (NMI 0.613), 4 themes, coarse
NMI 0.630 (0.609 with 5 themes given); plain k-means at the true count 0.772. Three 80% draws: 4 / 0.663, 4 / 0.697,
4 / 0.726; count exact on none of four, within +-2 on all four, mean coarse NMI 0.679 (k-means at the true count 0.668).
The count is one short on the full sample and on every draw, as on fresh81; k-means at the true count beat the automatic
count by 0.142 on the full sample, the widest gap of the recent samples.

First run of `articles fresh81` (stop 96, topic code unchanged since stop 60): 15 fine topics (NMI 0.518), 4 themes, coarse
NMI 0.561 (0.565 with 5 themes given); plain k-means at the true count 0.585. Three 80% draws: 4 / 0.512, 4 / 0.520,
4 / 0.587; count exact on none of four, within +-2 on all four, mean coarse NMI 0.545 (k-means at the true count 0.556).
The count is one short on the full sample and on every draw.

First run of `articles fresh80` (stop 95, topic code unchanged since stop 60): 12 fine topics (NMI 0.611), 4 themes, coarse
NMI 0.610 (0.563 with 5 themes given); plain k-means at the true count 0.572. Three 80% draws: 4 / 0.582, 4 / 0.538,
5 / 0.651; count exact on one of four, within +-2 on all four, mean coarse NMI 0.595 (k-means at the true count 0.633).
The automatic count beat the true count given on the full sample, not on the draws.

First run of `articles fresh79` (stop 94, topic code unchanged since stop 60): 12 fine topics (NMI 0.511), 4 themes, coarse
NMI 0.509 (0.490 with 5 themes given); plain k-means at the true count 0.490. Three 80% draws: 6 / 0.585, 5 / 0.529,
4 / 0.539; count exact on one of four, within +-2 on all four, mean coarse NMI 0.540 (k-means at the true count 0.518).
Here the automatic count beat the true count given on the full sample and on two draws.

First run of `articles fresh78` (stop 93, topic code unchanged since stop 60): 16 fine topics (NMI 0.564), 4 themes, coarse
NMI 0.532 (0.673 with 5 themes given); plain k-means at the true count 0.673. Three 80% draws: 4 / 0.601, 4 / 0.550,
4 / 0.557; count exact on none of four, within +-2 on all four, mean coarse NMI 0.560 (k-means at the true count 0.626).
The count is one short on the full sample and on every draw; here the true count given would have scored 0.14 higher.

First run of `articles fresh77` (stop 92, topic code unchanged since stop 60): 12 fine topics (NMI 0.535), 6 themes, coarse
NMI 0.559 (0.491 with 5 themes given); plain k-means at the true count 0.428. Three 80% draws: 4 / 0.591, 4 / 0.409,
4 / 0.392; count exact on none of four, within +-2 on all four, mean coarse NMI 0.488 (k-means at the true count 0.454).
The count is one over on the full sample (fresh76 was one short) and one short on every draw.

First run of `articles fresh76` (stop 91, topic code unchanged since stop 60): 10 fine topics (NMI 0.591), 4 themes, coarse
NMI 0.605 (0.534 with 5 themes given); plain k-means at the true count 0.581. Three 80% draws: 4 / 0.627, 4 / 0.588,
4 / 0.611; count exact on none of four, within +-2 on all four, mean coarse NMI 0.608 (k-means at the true count 0.608).
The count is one short on the full sample and on every draw.

First run of `articles fresh75` (stop 90, topic code unchanged since stop 60): 16 fine topics (NMI 0.576), 5 themes, coarse
NMI 0.518 (0.518 with 5 themes given); plain k-means at the true count 0.469. Three 80% draws: 6 / 0.634, 5 / 0.543,
4 / 0.541; count exact on two of four, within +-2 on all four, mean coarse NMI 0.559 (k-means at the true count 0.502).
The count is exact on the full sample, ending the run of eight samples one short.

First run of `articles fresh73` (stop 88, topic code unchanged since stop 60): 13 fine topics (NMI 0.573), 4 themes, coarse
NMI 0.710 (0.669 with 5 themes given); plain k-means at the true count 0.669. Three 80% draws: 4 / 0.658, 4 / 0.732,
4 / 0.676; count exact on none of four, within +-2 on all four, mean coarse NMI 0.694 (k-means at the true count 0.659).
The count is one short on every run again, as for fresh67-69, fresh71 and fresh72.

First run of `articles fresh72` (stop 87, topic code unchanged since stop 60): 10 fine topics (NMI 0.560), 4 themes, coarse
NMI 0.590 (0.432 with 5 themes given); plain k-means at the true count 0.573. Three 80% draws: 4 / 0.561, 4 / 0.653,
4 / 0.576; count exact on none of four, within +-2 on all four, mean coarse NMI 0.595 (k-means at the true count 0.607).
The count is one short on every run, as for fresh67-69 and fresh71.

First run of `articles fresh71` (stop 86, topic code unchanged since stop 60): 20 fine topics (NMI 0.542), 4 themes, coarse
NMI 0.491 (0.475 with 5 themes given); plain k-means at the true count 0.475. Three 80% draws: 4 / 0.553, 4 / 0.592,
4 / 0.582; count exact on none of four, within +-2 on all four, mean coarse NMI 0.554 (k-means at the true count 0.567).
The count is one short on every run, as for fresh67-69; the coarse NMI matches k-means given the true count.

First run of `articles fresh70` (stop 85, topic code unchanged since stop 60): 15 fine topics (NMI 0.544), 5 themes, coarse
NMI 0.573 (0.573 with 5 themes given); plain k-means at the true count 0.573. Three 80% draws: 5 / 0.550, 5 / 0.488,
4 / 0.568; count exact on three of four, within +-2 on all four, mean coarse NMI 0.545 (k-means at the true count 0.524).
The count is right where fresh67-69 got four, but the coarse NMI of these 240 short stories stays far below the issue's 0.85.

First run of `articles fresh69` (stop 84, topic code unchanged since stop 60): 15 fine topics (NMI 0.554), 4 themes, coarse
NMI 0.647 (0.562 with 5 themes given); plain k-means at the true count 0.685. Three 80% draws: 5 / 0.682, 4 / 0.612,
4 / 0.684; count exact on one of four, within +-2 on all four, mean coarse NMI 0.656 (k-means at the true count 0.659).
The full sample again gets four themes for its five sections, as fresh67 and fresh68 did (fresh66 got five).

First run of `articles fresh68` (stop 83, topic code unchanged since stop 60): 12 fine topics (NMI 0.592), 4 themes, coarse
NMI 0.540 (0.524 with 5 themes given); plain k-means at the true count 0.524. Three 80% draws: 4 / 0.595, 4 / 0.537,
4 / 0.611; count exact on none of four, within +-2 on all four, mean coarse NMI 0.571 (k-means at the true count 0.594).
The briefs' trades (boats, shops, circus) cut across the five sections, so every method scores low on this sample.

First run of `articles fresh65` (stop 81, topic code unchanged since stop 60): 11 fine topics (NMI 0.553), 4 themes, coarse
NMI 0.699 (0.644 with 5 themes given); plain k-means at the true count 0.616. Three 80% draws: 6 / 0.692, 4 / 0.724,
4 / 0.733; count exact on none of four, within +-2 on all four, mean coarse NMI 0.712 (k-means at the true count 0.660).

First run of `articles fresh63` (stop 79, topic code unchanged since stop 60): 12 fine topics (NMI 0.566), 4 themes, coarse
NMI 0.709 (0.658 with 5 themes given); plain k-means at the true count 0.599. Three 80% draws: 6 / 0.605, 4 / 0.591,
4 / 0.672; count exact on none of four, within +-2 on all four, mean coarse NMI 0.644 (k-means at the true count 0.635).

First run of `articles fresh60` (stop 76, topic code unchanged since stop 60): 8 fine topics (NMI 0.606), 4 themes, coarse
NMI 0.577 (0.560 with 5 themes given); plain k-means at the true count 0.560. Three 80% draws: 5 / 0.704, 4 / 0.600,
4 / 0.805; count exact on one of four, within +-2 on all four, mean coarse NMI 0.671 (k-means at the true count 0.634).

First run of `articles fresh59` (stop 76, topic code unchanged since stop 60): 9 fine topics (NMI 0.638), 4 themes, coarse
NMI 0.679 (0.629 with 5 themes given); plain k-means at the true count 0.654. Three 80% draws: 5 / 0.680, 4 / 0.657,
4 / 0.635; count exact on one of four, within +-2 on all four, mean coarse NMI 0.663 (k-means at the true count 0.631).

First run of `articles fresh58` (stop 74, topic code unchanged since stop 60): 12 fine topics (NMI 0.612), 5 themes, coarse
NMI 0.764 (0.764 with 5 themes given); plain k-means at the true count 0.764. Three 80% draws: 4 / 0.693, 4 / 0.697,
5 / 0.710; count exact on two of four, within +-2 on all four, mean coarse NMI 0.716 (k-means at the true count 0.719).

First run of `articles fresh57` (stop 73, topic code unchanged since stop 60): 6 fine topics (NMI 0.637), 6 themes (each
fine topic a theme), coarse NMI 0.637 (0.638 with 5 themes given); plain k-means at the true count 0.638. Three 80% draws:
5 / 0.700, 5 / 0.638, 4 / 0.742; count exact on two of four, within +-2 on all four, mean coarse NMI 0.679 (k-means at
the true count 0.692).

First run of `articles fresh56` (stop 72, topic code unchanged since stop 60): 8 fine topics (NMI 0.613), 4 themes, coarse
NMI 0.687 (0.716 with 5 themes given); plain k-means at the true count 0.716. Three 80% draws: 4 / 0.767, 4 / 0.654,
4 / 0.667; count exact on none of four, within +-2 on all four, mean coarse NMI 0.694 (k-means at the true count 0.703).

Stop 60, `TopicParams.small_level_spread` (1.45; with five or six fine topics a cut also needs the merges below it alike,
the costliest at most 1.45 times the cheapest, else each topic is a theme). Set after looking at the 70 runs of the
`articles fresh*` samples and draws that have 4-6 fine topics (fresh43 included): the 35 cuts the jump alone allowed all
had a ramp below them (1.51-2.91), the bundled corpus's cut has 1.35 and the generated nested corpus's 1.01-1.05. Those
70 runs: mean coarse NMI 0.635 -> 0.684 (33 better, 2 worse), count within +-2 68 -> 70, exact 9 -> 10. Unchanged: 24
draws of 150-240 stories of `articles dev` (seeds 100-123; their 5 or 6 fine topics were already themes, or 7+ went to the
knee), `articles heldout`, `articles all`, `articles british`, `short dev`, `short heldout`, and the 42 Reuters
development samples of `bench_topics_dev.py` (15 / 38 / 0.753 exact / within 2 / mean NMI); of its 6 unbalanced samples
one changed, "u-art6 seed3" (6 categories, 6 fine topics: 2 themes / 0.365 -> 6 / 0.602); the 30 held-out samples of
`bench_topics_heldout.py` are unchanged (14 exact, 28 within 2, mean coarse NMI 0.749). The margin on the low side is
thin (a news ramp of 1.51), and the rule only concerns samples small enough for 6 fine topics or fewer.

Stop 56, `TopicParams.small_min_gap` (2.0; a cut of five or six fine topics needs that jump, not 1.5, else each topic is a
theme): on 24 draws of 150-240 stories of `articles dev` (seeds 100-123) count exact 9 -> 9, within +-2 23 -> 24, mean
coarse NMI 0.790 -> 0.808 (min 0.519 -> 0.684). On the 36 `articles fresh*` samples and three 80% draws of each (144 runs,
looked at before the constant was set, so no longer blind for this rule): exact 6 -> 14, within +-2 136 -> 144, mean
coarse NMI 0.629 -> 0.662 (min 0.339 -> 0.477); the 31 runs that changed all had 5 or 6 fine topics (30 better, 1
worse); the 36 whole samples, `articles dev` and the short-item samples have 7 or more fine topics and did not change.

First run of `articles uk` (stop 50, topic code unchanged since stop 30): 19 fine topics (NMI 0.573), 4 themes, coarse NMI
0.737 (0.754 with 5 themes given); plain k-means at the true count 0.672. The four themes are business with technology
(909 of 1,044 business and 942 of 1,044 tech stories), sport (1,043 of 1,044), politics (1,009) and entertainment (992).
The knee's L-method error is smallest at 5 themes (6.17 against 7.80 at 4), but within `knee_tolerance` (0.35) of it,
so the fewer themes win. Replaying the tolerance (stop 50, measured, not changed): 0 / 0.15 / 0.25 / 0.35 give count
exact 14 / 12 / 11 / 11 of the 29 samples above `articles fresh22` (all within 2; mean coarse NMI 0.701 / 0.701 / 0.699 /
0.699, minimum 0.557 / 0.557 / 0.557 / 0.482), and on the 42 Reuters development samples (`bench_topics_dev.py`; count
exact / within 2 / mean NMI) 0: 15/34/0.742, 0.1: 16/35/0.746, 0.2: 16/36/0.747, 0.25: 16/37/0.748, 0.35: 17/38/0.752.
The written samples want a smaller tolerance, the Reuters ones the present one, so it stays. With 5 themes given, business still shares a theme with technology (232 business
stories about technology firms go with the tech theme): the written sections share their vocabulary more than the
count is wrong.

Stop 35, the document space (issue 15). On `articles british` the automatic partition has a lower within-theme sum of
squares than k-means given the count (917.4 against 918.5) but a much lower NMI (0.648 against 0.769): the k-means
objective in this LSA space does not prefer the sections, so no refinement of the grouping can find them. Two spaces
were tried with plain k-means at the true count (mean NMI of 3 seeds; british / all / fresh / short all): LSA of 5 to 100
dimensions (15: 0.737 / 0.886 / 0.643 / 0.826; 30: 0.712 / 0.882 / 0.575 / 0.769; 5: 0.651 / 0.837 / 0.677 / 0.751), and
the same with every capitalised word dropped, so that sections are told by their common words, not their names (15:
0.757 / 0.857 / 0.631 / 0.709). No setting is better on every sample, so the space was left as it is.

Automatic levels are replayed from cached fits (`bench_topics_dev.fit` / `replay`: TF-IDF, LSA and k-means for every k
computed once per sample with `--cache DIR`; the same functions `cluster_topics` runs), so a candidate TopicParams that
only changes the theme rule costs seconds. `--baselines` adds the two given-count fits (slower).

    .venv/bin/python benchmarks/bench_topics_written.py [--only SUBSTRING] [--draws N] [--cache DIR] [--baselines]
        [--set knob=value ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score as nmi

from bench_topics_dev import fit, replay
from bench_topics_heldout import params_from
from helpers import cluster_topics
from helpers.config.topics import TopicParams

HERE = Path(__file__).resolve().parent
ARTICLES_DEV = [HERE / "gold" / f"uknews_{x}.jsonl" for x in "abcd"] + [HERE / "corpora" / f"bbcstyle_{i}.jsonl" for i in (1, 2, 3, 7, 8)]
ARTICLES_HELDOUT = [HERE / "corpora" / f"bbcstyle_{i}.jsonl" for i in (4, 5, 6, 9, 10)]
SHORT_DEV = [HERE / "corpora" / f"shortnews_{i}.jsonl" for i in (1, 3, 4)]
SHORT_HELDOUT = [HERE / "corpora" / f"shortnews_{i}.jsonl" for i in (2, 5, 6)]
UK_SETS = sorted((HERE / "gold").glob("uknews_*.jsonl"), key=lambda f: (len(f.stem), f.stem))
ARTICLES_BRITISH = UK_SETS[4:28]  # e ... ab: never tuned on
ARTICLES_FRESH = UK_SETS[28:31]  # ac, ad, ae: written in stop 35 with wider story choices; first run recorded, never tuned on
ARTICLES_FRESH2 = UK_SETS[31:34]  # af, ag, ah: written in stop 36 the same way; first run recorded, never tuned on
ARTICLES_FRESH3 = UK_SETS[34:37]  # ai, aj, ak: written in stop 37 the same way; first run recorded, never tuned on
ARTICLES_FRESH4 = UK_SETS[37:40]  # al, am, an: written in stop 38 the same way; first run recorded, never tuned on
ARTICLES_FRESH5 = UK_SETS[40:43]  # ao, ap, aq: written in stop 39 the same way; first run recorded, never tuned on
ARTICLES_FRESH6 = UK_SETS[43:46]  # ar, as, at: written in stop 40 the same way; first run recorded, never tuned on
ARTICLES_FRESH7 = UK_SETS[46:49]  # au, av, aw: written in stop 41 the same way; first run recorded, never tuned on
ARTICLES_FRESH8 = UK_SETS[49:52]  # ax, ay, az: written in stop 42 the same way; first run recorded, never tuned on
ARTICLES_FRESH9 = UK_SETS[52:55]  # ba, bb, bc: written in stop 43 the same way; first run recorded, never tuned on
ARTICLES_FRESH10 = UK_SETS[55:58]  # bd, be, bf: written in stop 44 the same way; first run recorded, never tuned on
ARTICLES_FRESH11 = UK_SETS[58:61]  # bg, bh, bi: written in stop 45 the same way; first run recorded, never tuned on
ARTICLES_FRESH12 = UK_SETS[61:64]  # bj, bk, bl: written later in stop 45 the same way; first run recorded, never tuned on
ARTICLES_FRESH13 = UK_SETS[64:67]  # bm, bn, bo: written in stop 46 the same way; first run recorded, never tuned on
ARTICLES_FRESH14 = UK_SETS[67:70]  # bp, bq, br: written in stop 47 the same way; first run recorded, never tuned on
ARTICLES_FRESH15 = UK_SETS[70:73]  # bs, bt, bu: written in stop 48 the same way; first run recorded, never tuned on
ARTICLES_FRESH16 = UK_SETS[73:76]  # bv, bw, bx: written later in stop 48 the same way; first run recorded, never tuned on
ARTICLES_FRESH17 = UK_SETS[76:79]  # by, bz, ca: written last in stop 48 the same way; first run recorded, never tuned on
ARTICLES_FRESH18 = UK_SETS[79:82]  # cb, cc, cd: written in stop 49 the same way; first run recorded, never tuned on
ARTICLES_FRESH19 = UK_SETS[82:85]  # ce, cf, cg: written later in stop 49 the same way; first run recorded, never tuned on
ARTICLES_FRESH20 = UK_SETS[85:88]  # ch, ci, cj: written later in stop 49 the same way; first run recorded, never tuned on
ARTICLES_FRESH21 = UK_SETS[88:91]  # ck, cl, cm: written last in stop 49 the same way; first run recorded, never tuned on
ARTICLES_FRESH22 = UK_SETS[91:94]  # cn, co, cp: written in stop 50 the same way; first run recorded, never tuned on
ARTICLES_FRESH23 = UK_SETS[94:97]  # cq, cr, cs: written later in stop 50 the same way; first run recorded, never tuned on
ARTICLES_FRESH24 = UK_SETS[97:100]  # ct, cu, cv: written in stop 51 the same way; first run recorded, never tuned on
ARTICLES_FRESH25 = UK_SETS[100:103]  # cw, cx, cy: written later in stop 51 the same way; first run recorded, never tuned on
ARTICLES_FRESH26 = UK_SETS[103:106]  # cz, da, db: written last in stop 51 the same way; first run recorded, never tuned on
ARTICLES_FRESH27 = UK_SETS[106:109]  # dc, dd, de: written in stop 52 the same way; first run recorded, never tuned on
ARTICLES_FRESH28 = UK_SETS[109:112]  # df, dg, dh: written later in stop 52 the same way; first run recorded, never tuned on
ARTICLES_FRESH29 = UK_SETS[112:115]  # di, dj, dk: written in stop 53 the same way; first run recorded, never tuned on
ARTICLES_FRESH30 = UK_SETS[115:118]  # dl, dm, dn: written later in stop 53; first run recorded, never tuned on
ARTICLES_FRESH31 = UK_SETS[118:121]  # do, dp, dq: written last in stop 53; first run recorded, never tuned on
ARTICLES_FRESH32 = UK_SETS[121:124]  # dr, ds, dt: written in stop 54; first run recorded, never tuned on
ARTICLES_FRESH33 = UK_SETS[124:127]  # du, dv, dw: written later in stop 54; first run recorded, never tuned on
ARTICLES_FRESH34 = UK_SETS[127:130]  # dx, dy, dz: written in stop 55; first run recorded, never tuned on
ARTICLES_FRESH35 = UK_SETS[130:133]  # ea, eb, ec: written later in stop 55; first run recorded, never tuned on
ARTICLES_FRESH36 = UK_SETS[133:136]  # ed, ee, ef: written in stop 56; first run recorded, never tuned on
ARTICLES_FRESH37 = UK_SETS[136:139]  # eg, eh, ei: written later in stop 56; first run recorded, never tuned on
ARTICLES_FRESH38 = UK_SETS[139:142]  # ej, ek, el: written in stop 57; first run recorded, never tuned on
ARTICLES_FRESH39 = UK_SETS[142:145]  # em, en, eo: written in stop 58; first run recorded, never tuned on
ARTICLES_FRESH40 = UK_SETS[145:148]  # ep, eq, er: written in stop 59; first run recorded, never tuned on
ARTICLES_FRESH41 = UK_SETS[148:151]  # es, et, eu: written later in stop 59; first run recorded, never tuned on
ARTICLES_FRESH42 = UK_SETS[151:154]  # ev, ew, ex: written in stop 60; first run recorded, never tuned on
ARTICLES_FRESH43 = UK_SETS[154:157]  # ey, ez, fa: written later in stop 60; first run recorded, then seen for small_level_spread
ARTICLES_FRESH44 = UK_SETS[157:160]  # fb, fc, fd: written in stop 61; first run recorded, never tuned on
ARTICLES_FRESH45 = UK_SETS[160:163]  # fe, ff, fg: written in stop 62; first run recorded, never tuned on
ARTICLES_FRESH46 = UK_SETS[163:166]  # fh, fi, fj: written later in stop 62; first run recorded, never tuned on
ARTICLES_FRESH47 = UK_SETS[166:169]  # fk, fl, fm: written last in stop 62; first run recorded, never tuned on
ARTICLES_FRESH48 = UK_SETS[169:172]  # fn, fo, fp: written in stop 63; first run recorded, never tuned on
ARTICLES_FRESH49 = UK_SETS[172:175]  # fq, fr, fs: written in stop 64, first run in stop 65; never tuned on
ARTICLES_FRESH50 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ft", "fu", "fv")]  # written in stop 66; first run recorded, never tuned on
ARTICLES_FRESH51 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("fw", "fx", "fy")]  # written in stop 67; first run recorded, never tuned on
ARTICLES_FRESH52 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("fz", "ga", "gb")]  # written in stop 68; first run recorded, never tuned on
ARTICLES_FRESH53 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gc", "gd", "ge")]  # written in stop 69; first run recorded, never tuned on
ARTICLES_FRESH54 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gf", "gg", "gh")]  # written in stop 70; first run recorded, never tuned on
ARTICLES_FRESH55 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gi", "gj", "gk")]  # written in stop 71; first run recorded, never tuned on
ARTICLES_FRESH56 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gm", "gn", "go")]  # written in stop 72; first run recorded, never tuned on
ARTICLES_FRESH57 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gp", "gr")]  # written in stop 73; first run recorded, never tuned on
ARTICLES_FRESH58 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gq", "gs", "gt", "gu")]  # gq of stop 73, the rest of stop 74; first run recorded, never tuned on
ARTICLES_FRESH59 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gv", "gw", "gx")]  # stop 75; first run recorded, never tuned on
ARTICLES_FRESH60 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("gy", "gz", "ha")]  # stop 76; first run recorded, never tuned on
ARTICLES_FRESH61 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hb", "hc", "hd")]  # stop 77; first run recorded, never tuned on
ARTICLES_FRESH62 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("he", "hf", "hg")]  # stop 78; first run recorded, never tuned on
ARTICLES_FRESH63 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hh", "hi", "hj")]  # stop 79; first run recorded, never tuned on
ARTICLES_FRESH64 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hk", "hl", "hm")]  # stop 80; first run recorded, never tuned on
ARTICLES_FRESH65 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hn", "ho", "hp")]  # stop 81; first run recorded, never tuned on
ARTICLES_FRESH66 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hq", "hr", "hs")]  # stop 82; first run recorded, never tuned on
ARTICLES_FRESH67 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ht", "hu", "hv")]  # stop 82; first run recorded, never tuned on
ARTICLES_FRESH68 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("hw", "hx", "hy", "hz")]  # stop 83; first run recorded, never tuned on
ARTICLES_FRESH69 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ia", "ib", "ic", "id")]  # stop 84; first run recorded, never tuned on
ARTICLES_FRESH70 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ie", "if", "ig", "ih")]  # stop 85; first run recorded, never tuned on
ARTICLES_FRESH71 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ii", "ij", "ik", "il")]  # stop 86; first run recorded, never tuned on
ARTICLES_FRESH72 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("im", "in", "io", "ip")]  # stop 87; first run recorded, never tuned on
ARTICLES_FRESH73 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("iq", "ir", "is", "it")]  # stop 88; first run recorded, never tuned on
ARTICLES_FRESH74 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("iu", "iv", "iw", "ix")]  # stop 89; first run recorded, never tuned on
ARTICLES_FRESH75 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("iy", "iz", "ja", "jb")]  # stop 90; first run recorded, never tuned on
ARTICLES_FRESH76 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("jc", "jd", "je", "jf")]  # stop 91; first run recorded, never tuned on
ARTICLES_FRESH77 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("jg", "jh", "ji", "jj")]  # stop 92; first run recorded, never tuned on
ARTICLES_FRESH78 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("jk", "jl", "jm", "jn")]  # stop 93; first run recorded, never tuned on
ARTICLES_FRESH79 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("jo", "jp", "jq", "jr")]  # stop 94; first run recorded, never tuned on
ARTICLES_FRESH80 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("js", "jt", "ju", "jv")]  # stop 95; first run recorded, never tuned on
ARTICLES_FRESH81 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("jw", "jx", "jy", "jz")]  # stop 96; first run recorded, never tuned on
ARTICLES_FRESH82 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ka", "kb", "kc", "kd")]  # stop 97; first run recorded, never tuned on
ARTICLES_FRESH83 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ke", "kf", "kg", "kh")]  # stop 98; first run recorded, never tuned on
ARTICLES_FRESH84 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("ki", "kj", "kk", "kl")]  # stop 99; first run recorded, never tuned on
ARTICLES_FRESH85 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("km", "kn", "ko", "kp")]  # stop 100; first run recorded, never tuned on
ARTICLES_FRESH86 = [HERE / "gold" / f"uknews_{s}.jsonl" for s in ("kq", "kr", "ks", "kt")]  # stop 101; first run recorded, never tuned on
ARTICLES_UK = UK_SETS[4:91]  # e ... cm together: 5,220 stories by 87 writers, about the size of a real section-labelled archive
SAMPLES = {
    "articles dev": ARTICLES_DEV, "articles heldout": ARTICLES_HELDOUT, "articles all": ARTICLES_DEV + ARTICLES_HELDOUT,
    "articles british": ARTICLES_BRITISH, "articles fresh": ARTICLES_FRESH, "articles fresh2": ARTICLES_FRESH2,
    "articles fresh3": ARTICLES_FRESH3, "articles fresh4": ARTICLES_FRESH4,
    "articles fresh5": ARTICLES_FRESH5,
    "articles fresh6": ARTICLES_FRESH6, "articles fresh7": ARTICLES_FRESH7, "articles fresh8": ARTICLES_FRESH8,
    "articles fresh9": ARTICLES_FRESH9, "articles fresh10": ARTICLES_FRESH10, "articles fresh11": ARTICLES_FRESH11,
    "articles fresh12": ARTICLES_FRESH12, "articles fresh13": ARTICLES_FRESH13, "articles fresh14": ARTICLES_FRESH14,
    "articles fresh15": ARTICLES_FRESH15, "articles fresh16": ARTICLES_FRESH16,
    "articles fresh17": ARTICLES_FRESH17, "articles fresh18": ARTICLES_FRESH18, "articles fresh19": ARTICLES_FRESH19,
    "articles fresh20": ARTICLES_FRESH20, "articles fresh21": ARTICLES_FRESH21,
    "articles fresh22": ARTICLES_FRESH22, "articles fresh23": ARTICLES_FRESH23, "articles fresh24": ARTICLES_FRESH24,
    "articles fresh25": ARTICLES_FRESH25, "articles fresh26": ARTICLES_FRESH26,
    "articles fresh27": ARTICLES_FRESH27, "articles fresh28": ARTICLES_FRESH28,
    "articles fresh29": ARTICLES_FRESH29, "articles fresh30": ARTICLES_FRESH30, "articles fresh31": ARTICLES_FRESH31,
    "articles fresh32": ARTICLES_FRESH32, "articles fresh33": ARTICLES_FRESH33,
    "articles fresh34": ARTICLES_FRESH34, "articles fresh35": ARTICLES_FRESH35,
    "articles fresh36": ARTICLES_FRESH36, "articles fresh37": ARTICLES_FRESH37,
    "articles fresh38": ARTICLES_FRESH38,
    "articles fresh39": ARTICLES_FRESH39, "articles fresh40": ARTICLES_FRESH40, "articles fresh41": ARTICLES_FRESH41,
    "articles fresh42": ARTICLES_FRESH42, "articles fresh43": ARTICLES_FRESH43,
    "articles fresh44": ARTICLES_FRESH44, "articles fresh45": ARTICLES_FRESH45, "articles fresh46": ARTICLES_FRESH46,
    "articles fresh47": ARTICLES_FRESH47, "articles fresh48": ARTICLES_FRESH48, "articles fresh49": ARTICLES_FRESH49,
    "articles fresh50": ARTICLES_FRESH50, "articles fresh51": ARTICLES_FRESH51, "articles fresh52": ARTICLES_FRESH52,
    "articles fresh53": ARTICLES_FRESH53, "articles fresh54": ARTICLES_FRESH54, "articles fresh55": ARTICLES_FRESH55,
    "articles fresh56": ARTICLES_FRESH56, "articles fresh57": ARTICLES_FRESH57, "articles fresh58": ARTICLES_FRESH58,
    "articles fresh59": ARTICLES_FRESH59, "articles fresh60": ARTICLES_FRESH60, "articles fresh61": ARTICLES_FRESH61,
    "articles fresh62": ARTICLES_FRESH62, "articles fresh63": ARTICLES_FRESH63,
    "articles fresh64": ARTICLES_FRESH64,
    "articles fresh65": ARTICLES_FRESH65,
    "articles fresh66": ARTICLES_FRESH66,
    "articles fresh67": ARTICLES_FRESH67,
    "articles fresh68": ARTICLES_FRESH68,
    "articles fresh69": ARTICLES_FRESH69,
    "articles fresh70": ARTICLES_FRESH70,
    "articles fresh71": ARTICLES_FRESH71,
    "articles fresh72": ARTICLES_FRESH72,
    "articles fresh73": ARTICLES_FRESH73,
    "articles fresh74": ARTICLES_FRESH74,
    "articles fresh75": ARTICLES_FRESH75,
    "articles fresh76": ARTICLES_FRESH76,
    "articles fresh77": ARTICLES_FRESH77,
    "articles fresh78": ARTICLES_FRESH78,
    "articles fresh79": ARTICLES_FRESH79,
    "articles fresh80": ARTICLES_FRESH80,
    "articles fresh81": ARTICLES_FRESH81,
    "articles fresh82": ARTICLES_FRESH82,
    "articles fresh83": ARTICLES_FRESH83,
    "articles fresh84": ARTICLES_FRESH84,
    "articles fresh85": ARTICLES_FRESH85,
    "articles fresh86": ARTICLES_FRESH86,
    "articles uk": ARTICLES_UK,
    "short dev": SHORT_DEV, "short heldout": SHORT_HELDOUT, "short all": SHORT_DEV + SHORT_HELDOUT,
}


def load(files: list[Path]) -> pd.DataFrame:
    """One row per item: text (title + body for articles, the feed text for short items) and section."""
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    short = all(r["text"].startswith(r["title"]) for r in rows)
    return pd.DataFrame({"text": [r["text"] if short else f"{r['title']}\n\n{r['text']}" for r in rows],
                         "section": [r["section"] for r in rows]})


def score(name: str, df: pd.DataFrame, params: TopicParams, cache: Path | None, baselines: bool) -> dict:
    """Automatic (replayed from the cached fits) and, with `baselines`, given-count figures of one labelled sample."""
    digest = hashlib.sha256("\0".join(df["text"] + "\1" + df["section"]).encode("utf-8")).hexdigest()[:12]
    file = cache / f"{name.replace(' ', '_')}-{digest}.pkl" if cache else None  # a changed file or draw is fitted anew
    t0 = time.perf_counter()
    if file is not None and file.is_file():
        cached = pickle.loads(file.read_bytes())
    else:
        cached = fit(df.rename(columns={"section": "label"}), params.max_topics, params)
        if file is not None:
            file.write_bytes(pickle.dumps(cached))
    got = replay(name, cached, params)
    row = {"sample": name, "texts": len(df), "classes": got["true"], "fine": got["fine_topics"], "fine_nmi": got["nmi_topics"],
           "themes": got["auto"], "coarse_nmi": got["nmi_themes"], "seconds": round(time.perf_counter() - t0, 1)}
    if baselines:
        truth, texts = df["section"].to_numpy(), df["text"].tolist()
        row["nmi_themes_given"] = round(nmi(truth, cluster_topics(texts, n_themes=got["true"], params=params).assignments["theme"]), 3)
        row["kmeans_true_k"] = round(nmi(truth, cluster_topics(texts, n_topics=got["true"], params=params).assignments["topic"]), 3)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="run only samples whose name contains this")
    parser.add_argument("--draws", type=int, default=0, help="also this many 80%% subsamples of each sample")
    parser.add_argument("--cache", default="", help="directory of cached fits (created; reused by later runs)")
    parser.add_argument("--baselines", action="store_true", help="also fit the given-count baselines")
    parser.add_argument("--set", nargs="*", default=[], metavar="KNOB=VALUE", help="TopicParams fields to change")
    args = parser.parse_args()
    params = params_from(args.set)
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, files in SAMPLES.items():
        if args.only not in name:
            continue
        df = load(files)
        samples = [(name, df)] + [(f"{name} draw {s}", df.sample(frac=0.8, random_state=s).reset_index(drop=True))
                                  for s in range(args.draws)]
        for label, sample in samples:
            rows.append(score(label, sample, params, cache, args.baselines))
            print(json.dumps(rows[-1]), flush=True)
    table = pd.DataFrame(rows)
    print(f"params: {params}")
    print(table.to_string(index=False))
    if len(table):
        exact = int((table["themes"] == table["classes"]).sum())
        near = int(((table["themes"] - table["classes"]).abs() <= 2).sum())
        print(f"count exact {exact}/{len(table)}, within +-2 {near}/{len(table)}, mean coarse NMI "
              f"{table['coarse_nmi'].mean():.3f}, min {table['coarse_nmi'].min():.3f}; "
              + (f"mean k-means at the true count {table['kmeans_true_k'].mean():.3f}; " if args.baselines else "")
              + f"{np.round(table['seconds'].sum(), 1)} s")


if __name__ == "__main__":
    main()
