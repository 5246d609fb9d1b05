"""The editor's dialogs, one module per job, so each can be built and answered in a test."""

from insatsplan.ui.dialogs.workspace_problems import (
    Choice,
    DamagedWorkspaceDialog,
    LockedWorkspaceDialog,
    NewerWorkspaceDialog,
    WorkspaceErrorDialog,
)

__all__ = [
    "Choice",
    "DamagedWorkspaceDialog",
    "LockedWorkspaceDialog",
    "NewerWorkspaceDialog",
    "WorkspaceErrorDialog",
]
