#!/usr/bin/env python3
"""A webhook receiver for the bench scripts: answers 204 to every POST and appends one tab-separated line per delivery
(X-Doorman-Delivery, X-Doorman-Event-Id, the event's type, its data.requestId) to the file named by the second
argument. usage: webhook-receiver.py PORT OUT"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, out = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            event = json.loads(body)
        except ValueError:
            event = {}
        data = event.get("data") if isinstance(event.get("data"), dict) else {}
        line = "\t".join([self.headers.get("X-Doorman-Delivery", ""), self.headers.get("X-Doorman-Event-Id", ""),
                          str(event.get("type", "")), str(data.get("requestId", ""))])
        with lock, open(out, "a", encoding="utf-8") as f:
            f.write(line + "\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    # three relays post up to a batch each at once: the default backlog of 5 would refuse some connections
    request_queue_size = 256
    daemon_threads = True


Server(("127.0.0.1", port), Receiver).serve_forever()
