"""A DNS server on loopback for .ci/schemathesis: every CNAME question is
answered with `elsewhere.invalid.` (so that the server's proxy records
become `erroring`, which `retry/` needs), every other question with no
record. Prints its port, then serves until killed.
"""

import socket
import struct

TARGET = b"".join(
    bytes([len(label)]) + label for label in (b"elsewhere", b"invalid")
) + b"\x00"
CNAME = 5


def answer(query):
    if len(query) < 12:
        return None
    (ident,) = struct.unpack("!H", query[:2])
    at = 12
    while at < len(query) and query[at] != 0:
        at += 1 + query[at]
    question_end = at + 5
    if question_end > len(query):
        return None
    qtype = struct.unpack("!H", query[at + 1 : at + 3])[0]
    question = query[12:question_end]
    answers = []
    if qtype == CNAME:
        answers.append(
            b"\xc0\x0c"
            + struct.pack("!HHIH", CNAME, 1, 60, len(TARGET))
            + TARGET
        )
    header = struct.pack("!HHHHHH", ident, 0x8180, 1, len(answers), 0, 0)
    return header + question + b"".join(answers)


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", 0))
    print(server.getsockname()[1], flush=True)
    while True:
        query, client = server.recvfrom(512)
        reply = answer(query)
        if reply is not None:
            server.sendto(reply, client)


if __name__ == "__main__":
    main()
