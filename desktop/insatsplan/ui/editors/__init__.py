"""The right-hand editor panel: one form per kind of thing in a plan.

Editors never change the workspace themselves. Every change a person makes becomes a
:class:`insatsplan.ui.edits.FieldEdit` handed to the window's edit sink, which runs the
workspace operation and records the undo step.
"""
