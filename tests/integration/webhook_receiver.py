"""A webhook receiver for the webhook tests, verifying every delivery with
the Standard Webhooks reference library (`standardwebhooks` from PyPI,
pinned in .ci/run).

Usage: webhook_receiver.py CONFIG LOG [PORT]

Serves on 127.0.0.1 (PORT, or one the system picks), and prints
`PORT <n>` once listening. Every POST is answered as CONFIG (a JSON file,
read at each request, so a test changes it by rewriting it) says for its
path: {"/a": {"secrets": ["whsec_..."], "behaviour": "ok"}}. Behaviours:
ok (204), fail (500), refuse (400), gone (410), throttle (429 with
Retry-After: 120), redirect (302 to /elsewhere), hang (no answer for 30 s),
close (the connection closed without an answer), long (200 with a 5,000
byte body). Each request is appended to LOG as one JSON line, before it
is answered: its path, headers, parsed body, arrival time, and the indexes
of the configured secrets that verify it.
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook

CONFIG, LOG = sys.argv[1], sys.argv[2]
PORT = int(sys.argv[3]) if len(sys.argv) > 3 else 0
WRITING = threading.Lock()


def config_for(path):
    try:
        with open(CONFIG) as file:
            return json.load(file).get(path, {})
    except (OSError, ValueError):
        return {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        config = config_for(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        verified = []
        for at, secret in enumerate(config.get("secrets", [])):
            try:
                Webhook(secret).verify(body, headers)
                verified.append(at)
            except Exception:
                pass
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        line = json.dumps(
            {
                "path": self.path,
                "id": headers.get("webhook-id"),
                "timestamp": headers.get("webhook-timestamp"),
                "signature": headers.get("webhook-signature"),
                "verified": verified,
                "body": parsed,
                "at": time.time(),
            }
        )
        with WRITING, open(LOG, "a") as log:
            log.write(line + "\n")
            log.flush()
        behaviour = config.get("behaviour", "ok")
        if behaviour == "hang":
            time.sleep(30)
            self.answer(204)
        elif behaviour == "close":
            self.close_connection = True
        elif behaviour == "fail":
            self.answer(500, b"failing on purpose")
        elif behaviour == "refuse":
            self.answer(400, b"not for me")
        elif behaviour == "gone":
            self.answer(410)
        elif behaviour == "throttle":
            self.answer(429, headers={"Retry-After": "120"})
        elif behaviour == "redirect":
            self.answer(302, headers={"Location": "/elsewhere"})
        elif behaviour == "long":
            self.answer(200, b"x" * 5000)
        else:
            self.answer(204)

    def answer(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that went away (orgbase gave up waiting) is expected.
        pass


server = Server(("127.0.0.1", PORT), Handler)
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
