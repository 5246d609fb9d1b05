"""Open, lock, migrate and back up a workspace file; the one API every change goes through.

Split by job: :mod:`.files` (the file on disk), :mod:`.schema` (revision, triggers),
:mod:`.migrate` (Alembic, imported only when due), :mod:`.core` (opening, transactions,
notifications) and :mod:`.api` (the named operations).
"""

from insatsplan.workspace.api import Workspace
from insatsplan.workspace.core import Change
from insatsplan.workspace.files import default_workspace_path, resolve_workspace_path

__all__ = ["Change", "Workspace", "default_workspace_path", "resolve_workspace_path"]
