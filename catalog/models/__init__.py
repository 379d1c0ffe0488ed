"""SQLAlchemy models of the catalogue; import them from here."""
from .activity import AuditEvent, Notification
from .base import Base, utcnow
from .offers import Batch, Course, Opening
from .organisations import ApiToken, Organisation, User
from .profiles import Profile
from .reference import District, Trade, TradeAlias
from .referrals import LIVE_STATUSES, Referral

__all__ = [
    "ApiToken",
    "AuditEvent",
    "Base",
    "Batch",
    "Course",
    "District",
    "LIVE_STATUSES",
    "Notification",
    "Opening",
    "Organisation",
    "Profile",
    "Referral",
    "Trade",
    "TradeAlias",
    "User",
    "utcnow",
]
