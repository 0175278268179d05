"""Issue #14, 'nothing lost, nothing leaked': one test per defect of the adversarial pass, on hostile
fixtures generated here (each test failed before its fix)."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest

import helpers
from conftest import GOOD_ARTICLE
from helpers import storage
from helpers.config import paths
from helpers.load import corpus as loader
from helpers.load import files as loader_files
from helpers.load import readers
from helpers.report import render as reports

OTHER_ARTICLE = GOOD_ARTICLE.replace("Doha", "Cairo").replace("Monday", "Tuesday").replace("Qatar", "Jordan")


def problems_of(df: pd.DataFrame, name: str | None = None) -> str:
    probs = df.attrs["problems"]
    if name is not None:
        probs = probs[probs["file"] == name]
    return " / ".join(probs["problem"] + " -> " + probs["action"])


# 1. one file stops the whole corpus

def test_lone_surrogate_in_json_is_a_problem_row_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"title": "Truce \\ud800 holds", "text": "Talks went on \\udfff in Cairo."}\n',
                                        encoding="utf-8")
    (tmp_path / "bad.json").write_text('[{"title": "Alliance \\ud83d talks", "text": "Seoul met Tokyo."}]', encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert "good.txt" in set(df["source_file"])
    assert "surrogate" in problems_of(df, "bad.jsonl") and "surrogate" in problems_of(df, "bad.json")
    for col in ("title", "text"):
        "".join(df[col]).encode("utf-8")  # every cell is valid Unicode, writable as UTF-8
    storage.write_table(df, tmp_path / "out", "articles")


def test_file_name_that_is_not_utf8_is_loaded_and_flagged(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # Latin-1 e-acute, as a Windows zip leaves it
    with open(raw, "wb") as fh:
        fh.write(OTHER_ARTICLE.encode("utf-8"))
    df = helpers.load_corpus(tmp_path, drop_duplicates=False)
    assert len(df) == 2
    named = df[df["source_file"] != "good.txt"].iloc[0]
    named["source_file"].encode("utf-8") and named["doc_id"].encode("utf-8")
    assert "not valid UTF-8" in problems_of(df, named["source_file"])
    storage.write_table(df, tmp_path / "out", "articles")


# 2. spreadsheet formulas in CSV outputs

FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "@SUM(1)", "+1+2", "-2+3", "\tx", "\rx"]


def test_csv_cells_starting_a_formula_are_neutralised_parquet_keeps_them(tmp_path: Path) -> None:
    df = pd.DataFrame({"title": FORMULAS, "n": range(len(FORMULAS)), "tags": [["=A1", "ok"]] * len(FORMULAS)})
    out = storage.write_table(df, tmp_path, "t")
    back = pd.read_csv(out["csv"], keep_default_na=False)
    assert back["title"].tolist() == ["'" + f.replace("\r", "\n") for f in FORMULAS], "a bare CR would split the row"
    assert back["tags"].tolist() == ["'=A1 | ok"] * len(FORMULAS)
    assert back["n"].tolist() == list(range(len(FORMULAS)))
    assert pd.read_parquet(out["parquet"])["title"].tolist() == FORMULAS
    fig, ax = plt.subplots()
    got = storage.save_figure(fig, pd.DataFrame({"outlet": ["@evil"], "n": [-1]}), tmp_path, "fig")
    plt.close(fig)
    assert pd.read_csv(got["csv"])["outlet"].tolist() == ["'@evil"]
    assert pd.read_csv(got["csv"])["n"].tolist() == [-1], "numbers are not text: they keep their sign"


# 3. Parquet decompression bomb

def test_parquet_bomb_is_bounded_before_it_expands(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_TABLE_ROWS", 5_000)
    rows = 60_000
    pd.DataFrame({"title": ["Same title"] * rows, "text": ["The same body. " * 20] * rows}).to_parquet(
        tmp_path / "bomb.parquet", compression="zstd", index=False, row_group_size=rows)
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    df = helpers.load_corpus(tmp_path, drop_duplicates=False)
    assert (df["source_file"] == "bomb.parquet").sum() == 5_000
    assert "60,000 rows" in problems_of(df, "bomb.parquet")


# 4. file symlinks leaving the corpus

def test_file_symlink_outside_the_corpus_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OTHER_ARTICLE.replace("Negotiators", "SECRETWORD negotiators"), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (corpus / "leak.txt").symlink_to(outside / "secret.txt")
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")  # a link inside the corpus is fine
    df = helpers.load_corpus(corpus, drop_duplicates=False)
    assert "SECRETWORD" not in "".join(df["text"])
    assert "leak.txt" not in set(df["source_file"]) and "inside.txt" in set(df["source_file"])
    assert "outside the corpus" in problems_of(df, "leak.txt")


def test_sidecar_symlink_outside_the_corpus_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "meta.csv"
    outside.write_text("file,outlet\ngood.txt,SECRET OUTLET\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (corpus / "metadata.csv").symlink_to(outside)
    df = helpers.load_corpus(corpus)
    assert "SECRET OUTLET" not in set(df["outlet"])
    assert "outside the corpus" in problems_of(df, "metadata.csv")


# 5. entity cache

def test_cache_key_depends_on_the_model_content_not_its_name() -> None:
    import spacy

    from helpers.entities import extract

    a, b = spacy.blank("en"), spacy.blank("en")
    b.add_pipe("sentencizer")
    for nlp in (a, b):
        nlp.meta.update(name="pipeline", version="0.0.0")
    assert extract.cache_key("text", a) != extract.cache_key("text", b)
    c, d = spacy.blank("en"), spacy.blank("en")
    c.add_pipe("ner").add_label("PERSON")
    d.add_pipe("ner").add_label("ORG")
    c.initialize()
    d.initialize()
    assert extract.cache_key("text", c) != extract.cache_key("text", d)
    assert extract.cache_key("text", c) == extract.cache_key("text", c)


@pytest.mark.parametrize("entry", [
    {"ents": [[0, 999, "PERSON"]], "sents": [[0, 24]]},      # offsets past the text
    {"ents": [[5, 2, "PERSON"]], "sents": [[0, 24]]},        # end before start
    {"ents": [[0, 9, "BANANA"]], "sents": [[0, 24]]},        # label the model does not know
    {"ents": [["0", 9, "PERSON"]], "sents": [[0, 24]]},      # offsets not numbers
    {"ents": [[0, 9]], "sents": [[0, 24]]},                  # wrong shape
    {"ents": [], "sents": "all"},                            # sentences not a list
    {"ents": [[0, 9, "PERSON"]], "sents": []},               # text but no sentence
])
def test_malformed_cache_entries_are_rebuilt(tmp_path: Path, entry: dict) -> None:
    from helpers.entities import extract

    arts = pd.DataFrame({"doc_id": ["d0"], "text": ["Joe Biden called Qatar."], "outlet": ["X"]})
    good = extract.extract_entities(arts, cache_dir=tmp_path)
    for f in tmp_path.glob("corpus/*.parquet"):  # the whole-corpus entry would answer first
        f.unlink()
    for f in tmp_path.rglob("*.json"):
        f.write_text(json.dumps(entry), encoding="utf-8")
    again = extract.extract_entities(arts, cache_dir=tmp_path)
    assert again.attrs["n_parsed"] == 1
    pd.testing.assert_frame_equal(good, again)


# 6. REPORTS inside or equal to CORPUS

@pytest.mark.parametrize("where", ["same", "inside", "around"])
def test_reports_overlapping_the_corpus_is_refused(tmp_path: Path, where: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "index.html").write_text("<html>scraped page</html>", encoding="utf-8")
    out = {"same": corpus, "inside": corpus / "reports", "around": tmp_path}[where]
    with pytest.raises(ValueError, match="corpus"):
        reports.build([], corpus, out)
    assert (corpus / "index.html").read_text(encoding="utf-8") == "<html>scraped page</html>"
    assert reports.main(["build", "--corpus", str(corpus), "--out", str(out), "01-x.ipynb"]) == 2


# 7. oversized inputs

def test_oversized_line_and_file_are_cut_with_a_problem_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_LINE_CHARS", 50_000)
    monkeypatch.setattr(loader_files, "MAX_PAGE_BYTES", 400_000)
    (tmp_path / "longline.txt").write_text("Talks\n\n" + "Talks went on in Doha. " * 10_000 + "\n", encoding="utf-8")
    (tmp_path / "bigfile.txt").write_text("Talks went on in Cairo and Doha today.\n" * 30_000, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert "cut to 50,000 characters" in problems_of(df, "longline.txt")
    assert "400,000 bytes" in problems_of(df, "bigfile.txt")
    assert "good.txt" in set(df["source_file"])
    assert df["text"].str.len().max() <= 400_000


def test_oversized_table_cell_is_cut_with_a_problem_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader.tables, "MAX_CELL_CHARS", 10_000)
    body = "Talks went on in Doha. " * 2_000
    (tmp_path / "big.csv").write_text(f'title,text\nBig,"{body}"\nSmall,"Talks in Cairo."\n', encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert len(df) == 2 and df["text"].str.len().max() <= 10_000
    assert "longer than 10,000 characters" in problems_of(df, "big.csv")


def test_dead_max_chars_lookup_is_gone() -> None:
    import inspect

    assert "MAX_CHARS" not in inspect.getsource(loader.clean_text_page)


# 8. Make quoting

def test_make_report_does_not_run_a_command_in_corpus(tmp_path: Path) -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python").write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$ARGS_OUT"\n', encoding="utf-8")
    (fake / "python").chmod(0o755)
    stamp = tmp_path / "stamp"
    stamp.write_text("", encoding="utf-8")
    hostile = "x`touch PWNED`$(touch PWNED2)'\"; touch PWNED3"
    env = dict(os.environ, ARGS_OUT=str(tmp_path / "args"))
    run = subprocess.run([make, "-s", "-C", str(paths.ROOT), "report", f"BIN={fake}", f"STAMP={stamp}",
                          f"CORPUS={hostile}", f"REPORTS={hostile}/out"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    for name in ("PWNED", "PWNED2", "PWNED3"):
        assert not (paths.ROOT / name).exists() and not (tmp_path / name).exists()
    args = (tmp_path / "args").read_text(encoding="utf-8").splitlines()
    assert args[args.index("--corpus") + 1] == hostile and args[args.index("--out") + 1] == hostile + "/out"


# 9. concurrent or interrupted runs

def fake_notebook(factory) -> Path:
    """An existing notebook file outside the test's folder (build checks the paths; build_one is faked)."""
    import nbformat

    nb = factory.mktemp("nb") / "01-x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(), nb)
    return nb


def test_interrupted_build_keeps_the_old_reports_and_leaves_no_temp(tmp_path: Path, tmp_path_factory, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "reports"
    reports.build([], corpus, out)
    (out / "screenshots").mkdir()
    before = (out / "index.html").read_text(encoding="utf-8")

    def killed(path, out_dir, params, **_):
        storage.write_text("half", out_dir / "01-x.html")
        raise KeyboardInterrupt

    monkeypatch.setattr(reports, "build_one", killed)
    with pytest.raises(KeyboardInterrupt):
        reports.build([fake_notebook(tmp_path_factory)], corpus, out)
    assert (out / "index.html").read_text(encoding="utf-8") == before and not (out / "01-x.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "reports"], "no temporary folder left"
    assert (out / "screenshots").is_dir(), "what the build does not make is left alone"


def test_a_build_writes_outputs_of_one_run_only(tmp_path: Path, tmp_path_factory, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "reports"
    seen: list[Path] = []

    def fake(path, out_dir, params, **_):
        seen.append(out_dir)
        assert Path(params["FIGURES"]).parent == out_dir and out_dir != out
        storage.write_text("page", out_dir / "01-x.html")
        return reports.Report("01-x.ipynb", "01-x.html", "T", "s", ok=True)

    monkeypatch.setattr(reports, "build_one", fake)
    reports.build([fake_notebook(tmp_path_factory)], corpus, out)
    assert seen and seen[0].parent == out.parent and not seen[0].exists()
    assert sorted(p.name for p in out.iterdir()) == ["01-x.html", "index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "reports"]


# 10. mathtext in labels

def test_mathtext_in_labels_does_not_crash_any_figure(tmp_path: Path) -> None:
    import networkx as nx
    import seaborn as sns

    import helpers.views  # noqa: F401  (sets text.parse_math off for every figure)

    bad = r"$\foo$ News"
    fig, ax = plt.subplots()
    sns.heatmap(pd.DataFrame([[1, 2]], index=[bad], columns=[bad, "$x^$"]), ax=ax, annot=True)
    ax.set_title(bad)
    graph = nx.Graph()
    graph.add_edge(bad, r"$\bar")
    nx.draw_networkx(graph, ax=ax, labels={n: n for n in graph})
    fig.savefig(io.BytesIO(), format="png")
    plt.close(fig)


# 11. non-characters in text

def test_noncharacters_never_reach_the_gexf(tmp_path: Path) -> None:
    import networkx as nx
    from xml.etree import ElementTree

    (tmp_path / "a.txt").write_text(GOOD_ARTICLE.replace("Qatar", "Qa\ufffetar\uffff"), encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert not df["text"].str.contains("[\ufffe\uffff]").any()
    graph = nx.Graph()
    graph.add_node("Ben\ufffe\x0c", label="PERSON\uffff")
    graph.add_edge("Ben\ufffe\x0c", "Kim")
    target = storage.write_graph(graph, tmp_path / "g.gexf")
    ElementTree.parse(target)  # valid XML


# 12. umask

def test_outputs_honour_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        storage.write_text("x", tmp_path / "a.txt")
        storage.write_table(pd.DataFrame({"a": [1]}), tmp_path, "t")
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
        reports.build([], corpus, tmp_path / "reports")
    finally:
        os.umask(old)
    for p in [tmp_path / "a.txt", tmp_path / "t.csv", tmp_path / "t.parquet", tmp_path / "reports" / "index.html"]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p
    assert stat.S_IMODE((tmp_path / "reports").stat().st_mode) == 0o755


# 13. encodings

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_non_latin_wide_text_without_bom_is_decoded(encoding: str) -> None:
    text = ("Переговоры в Дохе продолжились в понедельник, сообщили два чиновника.\n"
            "Премьер-министр заявил, что делегация получила четкие указания.\n") * 3
    got = readers.decode_bytes(text.encode(encoding))
    assert got.text == text
    assert any("without byte-order mark" in p for p, _ in got.notes)


def test_chinese_utf16_without_bom_is_decoded() -> None:
    text = "以色列和哈马斯在多哈恢复间接谈判。\n卡塔尔和埃及的调解人推动停火协议。\n"
    assert readers.decode_bytes(text.encode("utf-16-le")).text == text


def test_file_mixing_utf8_and_cp1252_is_decoded_line_by_line() -> None:
    data = "Café talks in Doha — “no deal” yet.\n".encode("utf-8") + "Réunion à Séoul on Friday.\n".encode("cp1252")
    got = readers.decode_bytes(data)
    assert got.text == "Café talks in Doha — “no deal” yet.\nRéunion à Séoul on Friday.\n"
    assert any("mix" in p and "line by line" in a for p, a in got.notes)


# 14. terminal escapes and bidi controls

def test_ansi_codes_are_stripped_from_stopped_early_messages() -> None:
    err = "\x1b[0;31mValueError\x1b[0m: bad \x1b]0;title\x07thing\x1b[1m"
    items = [reports.Report("01-a-b.ipynb", "01-a-b.html", "T", "s", ok=False, error=reports.plain_error(err))]
    page = reports.render_index(items, {"path": "c", "articles": "1", "dates": "-"})
    assert "\x1b" not in page and "[0;31m" not in page and "ValueError: bad thing" in page


def test_bidi_override_in_a_file_name_is_flagged_and_kept_out_of_doc_id(tmp_path: Path) -> None:
    name = "report\u202etxt.exe.txt"
    (tmp_path / name).write_text(GOOD_ARTICLE, encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert len(df) == 1 and "\u202e" not in df["doc_id"].iloc[0]
    assert "U+202E" in problems_of(df)


def test_a_build_removes_what_an_earlier_build_made_and_it_did_not(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "reports"
    for name in ("processed", "figures", "screenshots"):
        (out / name).mkdir(parents=True)
    (out / "processed" / "articles.csv").write_text("other corpus", encoding="utf-8")
    (out / "05-old.html").write_text("old", encoding="utf-8")
    reports.build([], corpus, out)
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "screenshots"]


def test_reports_name_the_final_folder_not_the_temporary_one() -> None:
    nb = reports.inject_parameters(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]),
                                   {"FIGURES": "/r/.reports.build-1-ab/figures"})
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", text="wrote .reports.build-1-ab/figures/a.png")]
    reports.relabel_outputs(nb, ".reports.build-1-ab", "reports")
    assert "/r/reports/figures" in nb.cells[0].source and nb.cells[1].outputs[0]["text"] == "wrote reports/figures/a.png"
