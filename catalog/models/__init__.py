"""SQLAlchemy models of the catalogue; import them from here."""
from .activity import AuditEvent, Notification, NotificationKind
from .allocations import Allocation, AllocationItem, AllocationStatus
from .base import Base, utcnow
from .catalogue import CatalogueChange, CatalogueVersion
from .offers import Batch, Course, FlagDismissal, Opening
from .organisations import ApiToken, Organisation, User
from .profiles import Profile
from .reference import District, Trade, TradeAlias
from .referrals import LIVE_STATUSES, NotSelectedReason, Referral
from .scheduling import (
    FOLLOW_UP_DAYS,
    DigestEntry,
    FollowUp,
    FollowUpOutcome,
    JobRun,
    SchedulerLease,
)
from .schemes import Scheme
from .security import PasswordLink, SignInThrottle, WebSession
from .waiting_list import WaitingListEntry, WaitingStatus

__all__ = [
    "Allocation",
    "AllocationItem",
    "AllocationStatus",
    "ApiToken",
    "AuditEvent",
    "Base",
    "Batch",
    "CatalogueChange",
    "CatalogueVersion",
    "Course",
    "DigestEntry",
    "District",
    "FOLLOW_UP_DAYS",
    "FlagDismissal",
    "FollowUp",
    "FollowUpOutcome",
    "JobRun",
    "LIVE_STATUSES",
    "Notification",
    "NotificationKind",
    "NotSelectedReason",
    "Opening",
    "Organisation",
    "PasswordLink",
    "Profile",
    "Referral",
    "Scheme",
    "SchedulerLease",
    "SignInThrottle",
    "Trade",
    "TradeAlias",
    "User",
    "WaitingListEntry",
    "WaitingStatus",
    "WebSession",
    "utcnow",
]
