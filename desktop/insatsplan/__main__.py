"""``python -m insatsplan``: the same as the ``insatsplan`` command."""

import sys

from insatsplan.cli import main

sys.exit(main())
