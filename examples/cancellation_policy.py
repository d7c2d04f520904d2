"""Read the cancellation policies that apply: the user's own and the organization's."""

from __future__ import annotations

from simplymeet_client import SimplyMeet
from simplymeet_client.models import CancellationPolicyDTO

from _env import client_from_env


def describe(policy: CancellationPolicyDTO) -> str:
    if not policy.enabled:
        return "off"
    hours = f"{policy.period / 60:g} h" if policy.period is not None else "no period"
    overrides = ", overrides personal policies" if policy.overwrite_personal else ""
    return f"{policy.label or 'unnamed'} ({hours} before start{overrides})"


def run(sm: SimplyMeet) -> tuple[CancellationPolicyDTO, CancellationPolicyDTO]:
    user = sm.cancellation_policies.get_user()
    organization = sm.cancellation_policies.get_organization()
    print(f"  user:         {describe(user)}")
    print(f"  organization: {describe(organization)}")
    return user, organization


if __name__ == "__main__":
    run(client_from_env())
