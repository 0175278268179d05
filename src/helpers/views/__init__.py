"""Presentation: one module per notebook; every view returns a figure with its data, or a table.

A view never prints. When there is nothing to draw it returns a sentence saying why in place of
the figure; `save` shows that sentence instead of saving. Notebooks save every figure with
`save(fig, data, name, FIGURES)` and every table with `write_tables({...}, PROCESSED)`.
"""

import matplotlib

from helpers.views.output import finding, save, write_tables
from helpers.views.timelines import plot_actors, plot_coverage, plot_event_timeline

# Labels are data, not TeX: an outlet named "$\foo$ News" prints as written instead of crashing the figure.
matplotlib.rcParams["text.parse_math"] = False

__all__ = ["finding", "plot_actors", "plot_coverage", "plot_event_timeline", "save", "write_tables"]
