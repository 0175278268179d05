"""Broad-section proxy for the automatic coarse level (themes) of helpers.cluster_topics (issue 15, round i).

Why. Issue 15 is judged on held-out corpora of BROAD newspaper sections (business, sport, politics,
entertainment, technology: each section holds many different stories), as whole articles and as short
items (title + one sentence). Reuters categories are narrow (earn and acq are both "business"), so the
earlier families (`bench_topics_dev.py`, `bench_topics_heldout*.py`) ask the coarse level for distinctions
a reader would not call sections. This family groups related Reuters categories into SECTIONS that each
hold several distinct stories, and adds generated nested corpora whose themes have many sub-topics.
Defined and committed before any rule was run on it.

Sections (an item belongs to a section when EVERY one of its Reuters topic codes is in that section, body
of 20+ words; items whose codes span two sections are left out). Fine sections, as a business desk would
file them:
- corporate: earn, acq (results, takeovers);
- energy: crude, nat-gas, fuel, gas, heat, pet-chem, jet, propane, naphtha;
- money: money-fx, interest, money-supply, dlr, yen, reserves, stg, dmk and the other currency codes;
- farm: grain, wheat, corn, barley, rice, sorghum, oat, rye, sugar, coffee, cocoa, tea, oilseed, soybean,
  veg-oil and the other oils and meals, cotton, rubber, livestock, carcass, hog, cattle, orange, potato, wool, lumber;
- trade: trade, ship (trade policy, tariffs, shipping);
- metals: gold, silver, platinum, palladium, copper, iron-steel, alum, tin, zinc, lead, nickel, strategic-metal;
- economy: gnp, cpi, wpi, jobs, ipi, bop, retail, housing, income, lei, inventories, instal-debt, cpu.
Coarser groupings, used ONLY in the held-out half ("other groupings"): finance = money + economy;
commodities = farm + metals; resources = farm + metals + energy.
Samples: at most `PER_SECTION` items per section (metals and economy hold about 375, so samples are
balanced-ish), whole articles, and short items (title + first 30 words of the body, a news-feed item).
Generated nested corpora (`bench_topics.make_nested`): 4-6 themes x 6-8 sub-topics, articles and short
items; some with sub-topic vocabulary stronger than the theme's (a section made of many stories).
- DEVELOPMENT half (rules may be tuned on it): fine sections only, seeds 0-2; nested seeds 30-33.
- HELD-OUT half (scored once, at the end): other combinations, the coarser groupings, seeds 300-304;
  nested shapes and seeds 300-304.
- FRESH HELD-OUT DRAWS (`--half heldout --seed-shift N`): the held-out half with every seed moved by N, for a
  rule chosen after the held-out half was already looked at. Shift 200 (seeds 500-504) was fixed in stop 25 before
  that stop's rules were tried; nobody tuning a rule runs it. Reuters sections with few items (metals, economy)
  repeat most of their items across draws; the nested corpora are new.

First runs (issue 15, round i; count exact / within +-2 / mean / min coarse NMI; the per-sample tables are in
the round's report). With the code before any change (gap rule): development half (13) 3 / 11 / 0.607 / 0.222
(Reuters sections 9: 0 / 7 / 0.544), held-out half (15) 2 / 13 / 0.613 / 0.355 (Reuters sections 10: 0 / 8 /
0.546). The knee rule (`TopicParams.theme_rule`, default since round i; chosen on the development half and
`bench_topics_dev.py` only): development 6 / 12 / 0.692 / 0.463 (sections 3 / 8 / 0.666); held-out, scored once,
3 / 13 / 0.638 / 0.387 (sections 0 / 8 / 0.570). Even k-means given the true count reaches only NMI 0.57-0.79 on six of
the development Reuters sections (their sections share vocabulary: money, economy and trade), so this proxy
scores lower than broad newspaper sections would; the counts it picks overshoot on articles (7-8 for 5).

Scoring: fits are cached per sample as in `bench_topics_dev.py` (`--cache`; TF-IDF, LSA and k-means for
every k are computed once, then each candidate TopicParams only re-picks k and rebuilds the themes, with
the same functions `cluster_topics` uses). For each sample: true and automatic theme count, coarse NMI,
fine count; then count exact, within +-2, mean and min NMI per kind and overall. Reuters is not part of the
project: pass its path with `--reuters` (default `../shared/dev-corpora/reuters21578.jsonl` from the project
root); its samples are skipped politely when it is absent. Slow the first time (about 15 fits): run under `nice`.

    .venv/bin/python benchmarks/bench_topics_sections.py --half dev --cache /tmp/topics-sections [--set knob=value ...]
    .venv/bin/python benchmarks/bench_topics_sections.py --half heldout --cache /tmp/topics-sections
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import time
from pathlib import Path

import pandas as pd

from bench_topics import REUTERS, make_nested
from bench_topics_dev import fit, replay, summary_of
from bench_topics_heldout import ARTICLES, SHORT, params_from, report

PER_SECTION = 400  # items per section at most (whole articles)
PER_SECTION_SHORT = 450  # items per section at most (short items)
SECTIONS = {
    "corporate": "earn acq",
    "energy": "crude nat-gas fuel gas heat pet-chem jet propane naphtha",
    "money": "money-fx interest money-supply dlr yen reserves stg dmk austdlr nzdlr saudriyal can dfl rand lit sfr nkr "
             "peseta ringgit rupiah skr dkr bfr hk",
    "farm": "grain wheat corn barley rice sorghum oat rye sugar coffee cocoa tea oilseed soybean veg-oil soy-meal soy-oil "
            "palm-oil rapeseed sun-oil sunseed rape-oil coconut-oil coconut groundnut groundnut-oil copra-cake palmkernel "
            "cotton-oil linseed lin-oil castor-oil castorseed cornglutenfeed fishmeal sun-meal rape-meal lin-meal corn-oil "
            "cottonseed meal-feed tapioca citruspulp red-bean cotton rubber livestock carcass hog l-cattle f-cattle "
            "pork-belly orange potato wool lumber plywood",
    "trade": "trade ship",
    "metals": "gold silver platinum palladium copper iron-steel alum tin zinc lead nickel strategic-metal",
    "economy": "gnp cpi wpi jobs ipi bop retail housing income lei inventories instal-debt cpu",
}
GROUPS = {"finance": ("money", "economy"), "commodities": ("farm", "metals"), "resources": ("farm", "metals", "energy")}
DEV_SECTIONS = {  # name: (sections, short items?, seeds)
    "art5": (("corporate", "energy", "money", "farm", "trade"), False, (0, 1)),
    "art6": (("corporate", "energy", "money", "farm", "metals", "economy"), False, (0,)),
    "art4": (("energy", "money", "farm", "metals"), False, (1,)),
    "art5b": (("corporate", "money", "farm", "trade", "economy"), False, (2,)),
    "short4": (("corporate", "energy", "money", "farm"), True, (0, 1)),
    "short5": (("energy", "money", "farm", "trade", "metals"), True, (2,)),
    "short4b": (("corporate", "trade", "metals", "economy"), True, (2,)),
}
HELDOUT_SECTIONS = {
    "art5-grouped": (("corporate", "energy", "finance", "commodities", "trade"), False, (300, 301)),
    "art4-grouped": (("corporate", "resources", "finance", "trade"), False, (302,)),
    "art6": (("corporate", "energy", "money", "farm", "trade", "metals"), False, (303,)),
    "art7": (("corporate", "energy", "money", "farm", "trade", "metals", "economy"), False, (304,)),
    "short4-grouped": (("corporate", "commodities", "finance", "energy"), True, (300, 301)),
    "short5-grouped": (("corporate", "energy", "finance", "commodities", "trade"), True, (302,)),
    "short6": (("corporate", "energy", "money", "farm", "trade", "metals"), True, (303,)),
    "short4": (("corporate", "money", "farm", "trade"), True, (304,)),
}
STORIES = dict(theme_share=0.05, sub_share=0.06)  # a section made of many stories: sub-topics outweigh the theme
STORIES_SHORT = dict(theme_share=0.08, sub_share=0.09)
DEV_NESTED = {  # name: (texts, themes, sub-topics, seed, median words, shares)
    "nested art 5x6": (2200, 5, 6, 30, 300, ARTICLES),
    "nested art-stories 5x8": (2200, 5, 8, 31, 300, STORIES),
    "nested short 4x6": (3000, 4, 6, 32, 40, SHORT),
    "nested short-stories 4x7": (3000, 4, 7, 33, 40, STORIES_SHORT),
}
HELDOUT_NESTED = {
    "nested art 5x7": (2200, 5, 7, 300, 300, ARTICLES),
    "nested art-stories 6x6": (2400, 6, 6, 301, 280, STORIES),
    "nested art-stories 4x8": (2000, 4, 8, 302, 320, STORIES),
    "nested short 5x6": (3000, 5, 6, 303, 40, SHORT),
    "nested short-stories 4x8": (3000, 4, 8, 304, 40, STORIES_SHORT),
}


@functools.lru_cache(maxsize=2)
def _items(path: str) -> pd.DataFrame:
    """Reuters items with a body of 20+ words and at least one topic code, with the fine section of their codes."""
    df = pd.read_json(path, lines=True)
    df = df[(df["topics"].map(len) >= 1) & (df["text"].fillna("").str.split().map(len) >= 20)]
    owner = {code: name for name, codes in SECTIONS.items() for code in codes.split()}
    sections = df["topics"].map(lambda ts: {owner.get(t, "?") for t in ts})
    df = df[sections.map(lambda s: len(s) == 1 and "?" not in s)]
    return df.assign(section=sections[df.index].map(lambda s: next(iter(s))))


def section_sample(path: Path, sections: tuple[str, ...], seed: int, short: bool) -> pd.DataFrame | None:
    """At most PER_SECTION(_SHORT) items of each section (a GROUPS name joins its fine sections), label = section."""
    if not Path(path).is_file():
        return None
    df = _items(str(path))
    fine_to = {f: s for s in sections for f in GROUPS.get(s, (s,))}
    df = df[df["section"].isin(fine_to)].assign(label=lambda d: d["section"].map(fine_to))
    if short:
        df = df.assign(text=df["title"].fillna("") + ". " + df["text"].map(lambda t: " ".join(t.split()[:30])))
    cap = PER_SECTION_SHORT if short else PER_SECTION
    df = pd.concat([g.sample(n=min(cap, len(g)), random_state=seed) for _, g in df.groupby("label")])
    return df[["text", "label"]].reset_index(drop=True)


def section_corpora(path: Path, half: str, shift: int = 0) -> list[tuple[str, pd.DataFrame]]:
    """Every sample of one half ("dev" or "heldout"), every seed moved by `shift`: Reuters sections and nested corpora."""
    reuters, nested = (DEV_SECTIONS, DEV_NESTED) if half == "dev" else (HELDOUT_SECTIONS, HELDOUT_NESTED)
    out = []
    if Path(path).is_file():
        for name, (sections, short, seeds) in reuters.items():
            out += [(f"sections {half} {name} seed{s + shift}", section_sample(path, sections, s + shift, short))
                    for s in seeds]
    else:
        print(f"Reuters-21578 not found at {path}: skipping its section samples.")
    for name, (n, themes, subs, seed, words, shares) in nested.items():
        out.append((f"{name} seed{seed + shift}",
                    make_nested(n, themes, subs, seed=seed + shift, median_words=words, **shares)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuters", default=str(REUTERS), help="path of reuters21578.jsonl")
    parser.add_argument("--half", choices=["dev", "heldout"], required=True, help="which half of the family")
    parser.add_argument("--cache", required=True, help="directory of the cached fits (created)")
    parser.add_argument("--kmax", type=int, default=20, help="largest k fitted into the cache")
    parser.add_argument("--only", default="", help="run only samples whose name contains this")
    parser.add_argument("--seed-shift", type=int, default=0,
                        help="add this to every seed: a fresh draw of the same half (see the docstring)")
    parser.add_argument("--set", nargs="*", default=[], metavar="KNOB=VALUE", help="TopicParams fields to change")
    args = parser.parse_args()
    params = params_from(args.set)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, df in section_corpora(Path(args.reuters), args.half, args.seed_shift):
        if args.only not in name:
            continue
        file = cache / (name.replace(" ", "_") + ".pkl")
        if not file.is_file():
            t0 = time.perf_counter()
            file.write_bytes(pickle.dumps(fit(df, args.kmax, params) | {"fit_seconds": round(time.perf_counter() - t0, 1)}))
        cached = pickle.loads(file.read_bytes())
        t0 = time.perf_counter()
        rows.append(replay(name, cached, params) | {"fit_s": cached.get("fit_seconds"),
                                                    "themes_s": round(time.perf_counter() - t0, 2)})
        print(json.dumps(rows[-1]), flush=True)
    table = pd.DataFrame(rows)
    print(f"params: {params}")
    report(table, ("sections", "nested", "sections dev art", "sections dev short", "sections heldout art",
                   "sections heldout short"))
    print(args.half, json.dumps(summary_of(table)))


if __name__ == "__main__":
    main()
