"""scim2-tester against a real orgbase: see .ci/scim-conformance.

Starts `orgbase serve --ephemeral` with a DNS server of its own (a few
lines below answer every TXT question with the domain's challenge), makes
an organization and the domain `conformance.test` through the API,
verifies it, turns SCIM on, and runs scim2-tester's `check_server` with
the token.
"""

import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import uuid

import httpx2
import scim2_tester.filling
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status
from scim2_tester import check_server

KEY = "phx_scimconformance0123456789abcdefghijklmnop"
DOMAIN = "conformance.test"

# Results that cannot apply to orgbase: (resource type, check title, text
# of the result's reason) and why.
USER_NAME_FIXED = (
    "a user's userName is their orgbase email address, which never changes: "
    "orgbase verifies no new address, and the address is the person's in "
    "every organization they belong to, so one organization's identity "
    "provider cannot move it (400 mutability)"
)
SWITCHED_OFF = [
    ("User", "object_replacement", "userName (the email address) cannot change", USER_NAME_FIXED),
    ("User", "check_replace_attribute", "attribute 'userName'", USER_NAME_FIXED),
    (
        "User",
        "check_remove_attribute",
        "did not remove attribute 'active'",
        "active is whether the user is a member of the organization, so it "
        "is always there: removing it deactivates the user (as in PostHog), "
        "who then reads active: false",
    ),
]


def switched_off(result):
    for resource_type, title, reason, why in SWITCHED_OFF:
        if (result.resource_type, result.title) == (resource_type, title) and reason in (
            result.reason or ""
        ):
            return why
    return None


# The checker fills resources with random values. Two of orgbase's rules
# would refuse them, by design, so those values are drawn within the rules
# and every other attribute stays random:
# - a SCIM user of orgbase is an email address in the domain (another is
#   400 invalidValue): userNames and email addresses are drawn there;
# - an inactive SCIM user is not a member of the organization, and only
#   members can be in a role (a group): users are created active.
random_value = scim2_tester.filling.generate_random_value


def value_in_domain(context, path, mutability=None, required=None):
    value = random_value(context, path, mutability, required)
    name = str(path).split(":")[-1]
    if name == "active" and value is not None:
        return True
    looks_like_email = isinstance(value, str) and "@" in value
    if value is not None and (name == "userName" or looks_like_email):
        address = f"{uuid.uuid4()}@{DOMAIN}"
        value = [address] if isinstance(value, list) else address
    return value


scim2_tester.filling.generate_random_value = value_in_domain


def free_port(kind):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TxtServer(threading.Thread):
    """Answers every TXT question with `self.text` (UDP, one question)."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", port))
        self.text = b""

    def run(self):
        while True:
            query, peer = self.sock.recvfrom(4096)
            end = 12
            while query[end] != 0:
                end += query[end] + 1
            qtype = struct.unpack("!H", query[end + 1 : end + 3])[0]
            question = query[12 : end + 5]
            answers = 1 if qtype == 16 else 0
            header = query[:2] + struct.pack("!HHHHH", 0x8180, 1, answers, 0, 0)
            answer = b""
            if answers:
                rdata = bytes([len(self.text)]) + self.text
                answer = struct.pack("!HHHIH", 0xC00C, 16, 1, 60, len(rdata)) + rdata
            self.sock.sendto(header + question + answer, peer)


def api(base, method, path, body=None):
    request = urllib.request.Request(
        base + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def main(binary):
    dns_port = free_port(socket.SOCK_DGRAM)
    dns = TxtServer(dns_port)
    dns.start()
    port = free_port(socket.SOCK_STREAM)
    base = f"http://127.0.0.1:{port}"
    log = tempfile.NamedTemporaryFile(prefix="orgbase-scim-", suffix=".log", delete=False)
    server = subprocess.Popen(
        [binary, "serve", "--ephemeral", "--bind", f"127.0.0.1:{port}",
         "--dns-resolver", f"127.0.0.1:{dns_port}", "--log-format", "json"],
        env={**os.environ, "ORGBASE_BOOTSTRAP_API_KEY": KEY},
        stderr=log,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/_ready")
                break
            except OSError:
                time.sleep(0.1)
        org = api(base, "POST", "/api/organizations/", {"name": "Conformance"})
        domains = f"/api/organizations/{org['id']}/domains/"
        domain = api(base, "POST", domains, {"domain": DOMAIN})
        dns.text = domain["verification_challenge"].encode()
        domain = api(base, "POST", f"{domains}{domain['id']}/verify/")
        assert domain["is_verified"], domain
        domain = api(base, "PATCH", f"{domains}{domain['id']}/", {"scim_enabled": True})
        token = domain["scim_bearer_token"]
        http = httpx2.Client(
            base_url=domain["scim_base_url"],
            headers={"Authorization": f"Bearer {token}"},
        )
        results = check_server(SyncSCIMClient(http), resource_types=["User", "Group"])
        failures = 0
        for result in results:
            title = result.title or ""
            failing = result.status in (Status.ERROR, Status.CRITICAL)
            why_off = switched_off(result)
            mark = "off" if failing and why_off else result.status.name
            print(f"{mark:10} {result.resource_type or '-':6} {title}")
            if result.reason and result.status != Status.SUCCESS:
                print(f"           {result.reason}")
            if failing and why_off:
                print(f"           switched off: {why_off}")
            elif failing:
                failures += 1
        print(f"scim2-tester: {len(results)} checks, {failures} failed")
        return 1 if failures else 0
    finally:
        server.terminate()
        server.wait()
        print(f"server log: {log.name}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
