"""A test SMTP server on 127.0.0.1 (Debian's aiosmtpd) for the e-mail tests.

    /usr/bin/python3 test_smtp.py PORT FOLDER [--stall-after K [--stall-stored] [--stall-seconds S]] [--hang-up-after K]
        [--refuse TEXT]

Stores each message in FOLDER/new only when its DATA completes, just before the 250 reply. With --stall-after K it
stalls before replying to message K+1 (writing FOLDER/stalling) for up to S seconds (60), then stores and accepts
it; if the client vanishes meanwhile the
message is dropped, never stored (FOLDER/dropped), as a real server must not deliver a message it never acknowledged.
With --stall-stored it stores message K+1 first and keeps it whatever the client does: the server has taken the
message, but the client never learns it (its 250 is lost, or the client dies just after it).
With --hang-up-after K it stores message K+1 and closes the connection instead of replying: the client's connection
fails after the server took the message.
With --refuse TEXT every recipient containing TEXT is refused with 550.
"""
import argparse
import asyncio
import os
import time

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, folder, stall_after, stall_stored, stall_seconds, hang_up_after, refuse):
        self.folder = folder
        self.stall_after = stall_after
        self.stall_stored = stall_stored
        self.stall_seconds = stall_seconds
        self.hang_up_after = hang_up_after
        self.hung_up = False
        self.refuse = refuse
        self.stored = 0
        self.stalled = False
        os.makedirs(os.path.join(folder, "new"), exist_ok=True)
        os.makedirs(os.path.join(folder, "tmp"), exist_ok=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse and self.refuse in address:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.hang_up_after is not None and not self.hung_up and self.stored == self.hang_up_after:
            self.hung_up = True
            self.store(envelope)
            server.transport.abort()
            return "421 4.3.0 Closing"
        if self.stall_after is not None and not self.stalled and self.stored == self.stall_after:
            self.stalled = True
            if self.stall_stored:
                self.store(envelope)
                self.touch("stalling")
                await self.wait_for_client_to_vanish(server)
                return "250 OK"
            self.touch("stalling")
            try:
                deadline = time.monotonic() + self.stall_seconds
                while time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                    if server.transport is None or server.transport.is_closing():
                        self.touch("dropped")
                        return "451 4.3.0 Client went away"
            except asyncio.CancelledError:
                # aiosmtpd cancels the handler when the client's connection ends (EOF or reset).
                self.touch("dropped")
                raise
        self.store(envelope)
        return "250 OK"

    def store(self, envelope):
        self.stored += 1
        name = "%d-%06d.eml" % (os.getpid(), self.stored)
        temporary = os.path.join(self.folder, "tmp", name)
        with open(temporary, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(temporary, os.path.join(self.folder, "new", name))

    async def wait_for_client_to_vanish(self, server):
        # The stored message stays; aiosmtpd cancels this wait when the connection ends.
        deadline = time.monotonic() + self.stall_seconds
        while time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            if server.transport is None or server.transport.is_closing():
                return

    def touch(self, name):
        with open(os.path.join(self.folder, name), "w") as f:
            f.write(str(self.stored))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("folder")
    parser.add_argument("--stall-after", type=int)
    parser.add_argument("--stall-stored", action="store_true")
    parser.add_argument("--stall-seconds", type=float, default=60)
    parser.add_argument("--hang-up-after", type=int)
    parser.add_argument("--refuse")
    args = parser.parse_args()
    controller = Controller(Handler(args.folder, args.stall_after, args.stall_stored, args.stall_seconds, args.hang_up_after, args.refuse), hostname="127.0.0.1", port=args.port)
    controller.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
