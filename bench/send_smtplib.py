#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Postbag authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The smtplib contender of bench_send: sends the listed messages over ONE connection, STARTTLS
# with the given certificate trusted, AUTH with the user and $BENCH_SMTP_PASSWORD, the way a
# Python script that mails a batch does (smtplib does not pipeline). Stops after LIMIT seconds.
#
#   send_smtplib.py HOST PORT USER CAFILE LIST LIMIT
#
# LIST: one message a line, "FILE<TAB>SENDER<TAB>RCPT RCPT...". Prints "<seconds> <sent> <total>",
# timed from before the connection to after QUIT (the interpreter's start-up not counted).
import os
import smtplib
import ssl
import sys
import time


def main():
    host, port, user, cafile, listfile, limit = sys.argv[1:7]
    with open(listfile, encoding="utf-8") as f:
        jobs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    context = ssl.create_default_context(cafile=cafile)
    start = time.perf_counter()
    # local_hostname: without it smtplib asks the resolver for this host's FQDN first.
    smtp = smtplib.SMTP(host, int(port), local_hostname="localhost")
    smtp.starttls(context=context)
    smtp.ehlo()
    smtp.login(user, os.environ["BENCH_SMTP_PASSWORD"])
    sent = 0
    for path, sender, recipients in jobs:
        with open(path, "rb") as message:
            refused = smtp.sendmail(sender, recipients.split(" "), message.read())
        if refused:
            print("refused: %r" % refused, file=sys.stderr)
            return 1
        sent += 1
        if time.perf_counter() - start >= float(limit):
            break
    smtp.quit()
    print("%.6f %d %d" % (time.perf_counter() - start, sent, len(jobs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
