"""Great-circle distance between coordinates, and the box of latitudes and longitudes around a
point that a radius can reach (for the grid index of offers)."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM / 180.0
_DIAMETER_KM = 2.0 * EARTH_RADIUS_KM


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    return haversine_radians(
        phi1, math.radians(lon1), math.cos(phi1), phi2, math.radians(lon2), math.cos(phi2)
    )


def haversine_radians(
    phi1: float, lambda1: float, cos_phi1: float, phi2: float, lambda2: float, cos_phi2: float
) -> float:
    """The same distance from radians and precomputed cosines of the latitudes (the index keeps
    them per offer, so the engine and `haversine_km` agree to the last bit)."""
    half_dphi = math.sin((phi2 - phi1) / 2.0)
    half_dlambda = math.sin((lambda2 - lambda1) / 2.0)
    a = half_dphi * half_dphi + cos_phi1 * cos_phi2 * half_dlambda * half_dlambda
    return _DIAMETER_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(south, north, west, east) in degrees enclosing every point within `radius_km`.

    Generous on purpose: it may include points further away, never exclude a point within reach.
    Near the poles or across the antimeridian it widens to the whole range of longitudes.
    """
    dlat = 1.01 * radius_km / KM_PER_DEGREE_LATITUDE + 1e-6
    south, north = max(-90.0, lat - dlat), min(90.0, lat + dlat)
    widest = max(abs(south), abs(north))
    if widest >= 89.0:
        return south, north, -180.0, 180.0
    dlon = dlat / math.cos(math.radians(widest))
    if dlon >= 180.0 or lon - dlon < -180.0 or lon + dlon > 180.0:
        return south, north, -180.0, 180.0
    return south, north, lon - dlon, lon + dlon
