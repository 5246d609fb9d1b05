"""Trend charts: a Qt-free description (:mod:`.description`) and its one renderer
(:mod:`.render`, pyqtgraph, imported only when a chart is first drawn)."""
