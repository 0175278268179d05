"""Time axes, heatmap widths and corpus caveats of the views, on small frames written here."""

from __future__ import annotations

import re
import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers.views import entities, topics
from helpers.views.periods import period_for, period_labels


def test_three_weeks_are_labelled_by_week_not_by_two_months() -> None:
    dates = pd.Series(pd.date_range("1987-02-26", "1987-03-19", freq="D"))
    labels, unit = period_labels(dates, finest="week")
    assert unit == "week"
    assert sorted(labels.unique()) == ["1987-02-23", "1987-03-02", "1987-03-09", "1987-03-16"]


def test_a_long_span_moves_up_to_months_and_missing_dates_stay_missing() -> None:
    dates = pd.Series(list(pd.date_range("2020-01-01", "2021-12-31", freq="7D")) + [pd.NaT])
    labels, unit = period_labels(dates, max_periods=40, finest="week")
    assert unit == "month" and labels.iloc[0] == "2020-01" and pd.isna(labels.iloc[-1])
    assert labels.nunique() <= 40


def test_span_counts_empty_periods_and_a_date_axis_does_not() -> None:
    dates = pd.Series(pd.to_datetime(["2018-09-11", "2020-01-05", "2023-11-29", "2025-07-11"]))
    assert period_for(dates, finest="day") == ("D", "day")  # four dots on a date axis
    assert period_for(dates, finest="week", span=True) == ("Q", "quarter")  # 28 quarters from first to last


def test_one_column_heatmap_of_long_names_lays_out_without_warning() -> None:
    matrix = pd.DataFrame({"(unknown)": [6, 5]}, index=["Organisation of Petroleum Exporting Countries", "Reuters"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = entities.heatmap(matrix, "Mentions of the top actors per outlet")
    assert fig.get_figwidth() >= 0.075 * len(matrix.index[0])
    plt.close(fig)


def test_case_caveat_counts_texts_in_one_case() -> None:
    shouted = pd.DataFrame({"text": ["CCC ACCEPTS BONUS BID ON WHEAT", "aba decides against licence", "Kim met Trump.", "123"]})
    caveat = entities.case_caveat(shouted)
    assert "1 in capitals only and 1 in lower case only of the 3 texts" in caveat
    assert entities.case_caveat(pd.DataFrame({"text": ["Kim met Trump in Hanoi."] * 20 + ["OK GO"]})) == ""


def test_time_finding_warns_only_about_small_periods() -> None:
    rows = pd.DataFrame({"theme": [0, 1] * 40, "theme_label": ["a", "b"] * 40,
                         "published": pd.to_datetime(["2024-01-03"] * 70 + ["2024-01-10"] * 10)})
    rows = rows.assign(topic=rows["theme"], label=rows["theme_label"])
    text = topics.time_finding(rows).data
    assert "(80 dated texts in 2 periods)" in text and "peaks in the week of 2024-01-" in text
    assert "1 of the 2 periods hold fewer than 30 texts" in text


@pytest.mark.parametrize("n", [1, 5000])
def test_period_labels_never_exceed_the_cap(n: int) -> None:
    dates = pd.Series(pd.date_range("1990-01-01", periods=n, freq="3D"))
    assert period_labels(dates)[0].nunique() <= 40


def test_quotes_per_outlet_sentence_names_at_most_eight_outlets() -> None:
    from helpers.views import quotes

    rows = [(f"outlet{i}", f"Speaker {i}") for i in range(30) for _ in range(i + 1)]
    table = pd.DataFrame(rows, columns=["outlet", "speaker"])
    text = quotes.outlet_finding(table).data
    assert text.startswith("Most quoted speaker in the 8 outlets quoting named speakers most — outlet29: Speaker 29 (30);")
    assert len(re.findall(r"outlet\d+:", text)) == 8 and "(22 smaller outlets are in the chart.)" in text
    few = quotes.outlet_finding(table[table["outlet"].isin(["outlet1", "outlet2"])]).data
    assert few == "Most quoted speaker per outlet — outlet2: Speaker 2 (3); outlet1: Speaker 1 (2)."
