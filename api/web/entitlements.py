"""Counselor page of a survivor's entitlements: the government schemes she could claim, grouped
by status, with the benefit, the reasons, the missing documents and the pathway in order.

The view calls `catalog.services.schemes.schemes_for_profile`, as `GET
/api/v1/profiles/{id}/schemes` does, so the page shows the same evaluation and is audited the
same way.
"""
from __future__ import annotations

from flask import Blueprint, render_template

from catalog.models import Profile
from catalog.roles import Role
from catalog.services import schemes as service
from matcher.schemes import Eligibility

from . import errors
from .sessions import load_signed_in, role_required

bp = errors.install(Blueprint("entitlements", __name__))


@bp.get("/profiles/<int:profile_id>/schemes")
@role_required(Role.COUNSELOR)
def schemes(profile_id: int):
    db, user, profile = load_signed_in(Profile, profile_id)
    results = service.schemes_for_profile(db, user, profile)
    db.commit()
    groups = [(status, [result for result in results if result.status is status])
              for status in Eligibility]
    names = {result.code: result.scheme.name for result in results}
    return render_template("counselor/schemes.html", profile=profile, groups=groups,
                           scheme_names=names)
