"""Word documents brought into the plan tree: earlier years' agreements and reports,
whoever wrote them.

Three steps, each its own module, so a document from a new producer needs a change in
one place: reading the package safely into plain paragraphs (:mod:`.reader`), finding
the plan's structure in them (:mod:`.recognise`, with :mod:`.labelled` for an activity's
labelled paragraphs), and bringing the result into the workspace (``Workspace``). The
shared data is :mod:`.model`. Nothing here imports Qt.
"""
