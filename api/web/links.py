"""Where a notification leads its reader: the one place its link is made (the API's `link` and
the notifications page both use it). The counselor's referral and profile pages are
`/referrals/<id>` and `/profiles/<id>`; a liaison's and a partner's referrals are listed on their
home pages."""
from __future__ import annotations

from flask import url_for

from catalog.roles import Role

REFERRAL_PAGE = "/referrals/{}"
PROFILE_PAGE = "/profiles/{}"
# A liaison's or a partner's referrals: the list on her home page.
REFERRALS_LISTED = {Role.ITI_LIAISON: ("liaison.home", "referrals"),
                    Role.CSR_PARTNER: ("partner.home", "candidates")}


def notification_link(item, role: Role) -> str | None:
    """The referral, else the profile, that the reader may see (a
    `catalog.queries.notifications.NotificationItem` carries their ids only if she may); None
    when there is nothing of hers to open."""
    if role is Role.COUNSELOR:
        if item.referral_id is not None:
            return REFERRAL_PAGE.format(item.referral_id)
        return PROFILE_PAGE.format(item.profile_id) if item.profile_id is not None else None
    if role in REFERRALS_LISTED and item.referral_id is not None:
        endpoint, anchor = REFERRALS_LISTED[role]
        return url_for(endpoint, _anchor=anchor)
    return None
