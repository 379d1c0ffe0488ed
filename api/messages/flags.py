"""Screening flags: what the CSR partner should change in an opening for each flag
(`catalog.screening`), worded by its code."""
from __future__ import annotations

from catalog.screening.severity import WAGE_UNDERPAID

from ..labels import N_
from .words import Words, said


def _wage_outlier(w: Words, p: dict) -> str:
    if p.get("floor_inr_month") is not None:
        return w._("Pay at least the statutory minimum: %(wage)s a month is below the national "
                   "floor of %(floor)s (₹176 a day for 26 days); if the work is part-time, say "
                   "so and give the hours.", wage=w.rupees(p.get("wage_inr_month")),
                   floor=w.rupees(p["floor_inr_month"]))
    return w._("Give the real monthly wage: %(wage)s is far above the usual %(typical)s for "
               "this trade, and pay that looks too good is a known lure.",
               wage=w.rupees(p.get("wage_inr_month")), typical=w.rupees(p.get("typical_inr_month")))


_SAID = {  # the flags whose advice takes no parameters
    "fee_charged": N_(
        "Remove any fee, deposit or charge asked of the worker (registration, training, "
        "uniform, processing or an agent's commission): survivors never pay to get a job, and "
        "the employer bears these costs."),
    "documents_retained": N_(
        "Remove any wording about keeping workers' passports, ID cards or certificates: "
        "originals may be seen to verify them and must be handed back the same day; the worker "
        "keeps her own documents."),
    "overseas_travel": N_(
        "Remove work abroad, visas and travel arranged by the employer or an agent: this "
        "service lists work at a named workplace in India or Bangladesh that the survivor "
        "reaches on her own."),
    "entertainment_lure": N_(
        "Remove entertainment and appearance wording (dancer, hostess, bar, massage, escort, "
        "modelling, photographs, 'good looking'): name the trade and describe the duties and "
        "the workplace."),
    "advance_to_family": N_(
        "Remove any advance, loan or payment to the worker's family: wages are paid to the "
        "worker herself, into her own bank account, and never tie her to a debt."),
    "minor_targeted": N_(
        "Remove wording aimed at children or 'young girls' (ages under 18, school girls, "
        "kishori): openings are for adults of 18 or more only."),
    "vague_employer": N_(
        "Name the workplace: give its district and describe the employer and the place of "
        "work; remove phone numbers, WhatsApp contacts and 'location told later' wording, "
        "because applications come through counselors."),
    "unverified_employer": N_(
        "Your organisation is not verified yet. Ask the service's operator to verify it; an "
        "admin reviews this opening meanwhile."),
}
FLAGS = {
    **{code: said(text) for code, text in _SAID.items()},
    WAGE_UNDERPAID: lambda w, p: w._(
        "Survivors placed with this employer reported being paid well under the wage promised; "
        "pay the wage the opening states.") if p.get("reports") or not p.get("withheld") else w._(
        "Pay the whole wage every month: a wage held back to the end of a term, a season or a "
        "bond, or paid in one lump later, keeps the worker from leaving."),
    "wage_outlier": _wage_outlier,
    "no_experience_high_pay": lambda w, p: w._(
        "Match the wage to the work: 'no experience needed' with %(wage)s a month, well above "
        "the usual %(typical)s for this trade, is how lures are worded; give the entry wage, "
        "the training and the duties.", wage=w.rupees(p.get("wage_inr_month")),
        typical=w.rupees(p.get("typical_inr_month"))),
}
