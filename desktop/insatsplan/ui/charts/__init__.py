"""Chart widgets of the editor (pyqtgraph loads when a chart is first shown)."""
