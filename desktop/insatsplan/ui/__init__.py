"""Everything Qt: the desktop editor's models, widgets and dialogs.

Nothing below this package imports Qt; the UI reaches the file only through
:class:`insatsplan.workspace.Workspace` and mirrors it through its change events.
"""
