"""`python -m helpers.report build|refresh ...`: see `helpers.report.render`."""

import sys

from helpers.report.render import main

sys.exit(main())
