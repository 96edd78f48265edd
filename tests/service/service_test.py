#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `netral serve`: a real server on an ephemeral loopback port, driven with
http.client. Each group starts its own server; `service_test.py NETRAL RULES GROUP` runs one.
Every wait is bounded, so a hung server fails the test instead of stalling CTest."""

import hashlib
import http.client
import json
import os
import re
import resource
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

NETRAL, RULES, GROUP = sys.argv[1], sys.argv[2], sys.argv[3]
AS_OF = "2025-02-01"

# An incident of the bundled rules (as examples/c1-10-official-car-to-rally.yaml): heavy.
INCIDENT = {
    "id": "SVC-1",
    "election": "pilkada-2024",
    "decided": "2025-01-30",
    "person": {"status": "pns", "position_class": "pelaksana"},
    "acts": [{"id": "rally-1", "date": "2024-10-05", "kind": "campaign_event",
              "event": "campaign", "role": "audience", "state_facility": "used"}],
}
INCIDENT_YAML = """id: SVC-1
election: pilkada-2024
decided: 2025-01-30
person:
  status: pns
  position_class: pelaksana
acts:
  - id: rally-1
    date: 2024-10-05
    kind: campaign_event
    event: campaign
    role: audience
    state_facility: used
"""


class Server:
    """`netral serve` as a child process; its log lines are collected in `log`."""

    def __init__(self, *extra, rules=RULES, cwd=None, max_files=None, threads=2):
        started = time.monotonic()
        limit = None
        if max_files is not None:
            def limit():
                resource.setrlimit(resource.RLIMIT_NOFILE, (max_files, max_files))
        self.process = subprocess.Popen(
            [NETRAL, "serve", "--listen", "127.0.0.1:0", "--rules", rules, "--threads", str(threads),
             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd,
            preexec_fn=limit)
        ready, _, _ = select.select([self.process.stderr], [], [], 10)
        check(ready, "the server printed nothing within 10 s")
        first = json.loads(self.process.stderr.readline())
        check(first["event"] == "listening", f"first log line is {first}")
        self.host, port = first["address"].rsplit(":", 1)
        self.port = int(port)
        self.first = first
        self.startup = time.monotonic() - started
        self.log = []
        self.reader = threading.Thread(target=self._read_log, daemon=True)
        self.reader.start()

    def _read_log(self):
        for line in self.process.stderr:
            self.log.append(json.loads(line))

    def connection(self, timeout=30):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, connection=None):
        own = connection is None
        connection = connection or self.connection()
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            headers = {"Content-Type": "application/json", **(headers or {})}
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read().decode("utf-8")
        if own:
            connection.close()
        return response, data

    def stop(self, expected=0):
        self.process.send_signal(signal.SIGTERM)
        # A reload compiling when the stop is taken finishes first; compiling the bundled rules
        # under the sanitizers on a busy machine can take several seconds.
        rc = self.process.wait(timeout=60)
        self.reader.join(timeout=5)
        check(rc == expected, f"exit code {rc}, expected {expected}")
        return rc

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


failures = []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def problem(response, data, status, kind):
    check(response.status == status, f"status {response.status}, expected {status}: {data}")
    check(response.getheader("Content-Type") == "application/problem+json",
          f"content type {response.getheader('Content-Type')}")
    body = json.loads(data)
    check(body["type"] == "urn:netral:problem:" + kind, f"type {body['type']}")
    check(body["status"] == status, "status member")
    check(body["title"] and body["detail"], "title and detail")
    check(isinstance(body["diagnostics"], list), "diagnostics")
    return body


def eval_cli(path, *extra):
    result = subprocess.run([NETRAL, "eval", path, "--rules", RULES, "--as-of", AS_OF, *extra],
                            capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"netral eval failed: {result.stderr}")
    return result.stdout


# --- groups ---

def test_evaluate():
    with tempfile.TemporaryDirectory() as tmp, Server() as server:
        # The bundled pack loads in about 0.15 s; the bound leaves room for a loaded machine.
        check(server.startup < 2, f"listening after {server.startup:.2f} s")
        path = os.path.join(tmp, "incident.json")
        with open(path, "w") as out:
            json.dump(INCIDENT, out)
        expected = eval_cli(path, "--format", "json").replace(
            json.dumps(path), json.dumps("<request>"))
        # A bare incident with the options in the query string: what `netral eval` prints.
        response, data = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT)
        check(response.status == 200, f"status {response.status}: {data}")
        check(response.getheader("Content-Type") == "application/json", "json content type")
        check(data == expected, "the body differs from `netral eval --format json`")
        check(response.getheader("X-Request-Id"), "request id header")
        # The same in an envelope, and as YAML.
        response, data = server.request(
            "POST", "/v1/evaluate", {"incident": INCIDENT, "options": {"as_of": AS_OF}})
        # Values now come from other places of the body, so only their origins' lines differ.
        check(response.status == 200, f"envelope: {response.status}")
        for key in ("outcome", "findings", "tracks", "review"):
            check(json.loads(data)[key] == json.loads(expected)[key], f"envelope: same {key}")
        response, data = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT_YAML,
                                        {"Content-Type": "application/yaml"})
        check(response.status == 200 and json.loads(data)["outcome"]["category"] == "heavy",
              f"yaml: {response.status} {data[:200]}")
        # Text, Markdown and HTML follow the format, in the language asked for.
        for fmt, ctype in [("text", "text/plain"), ("markdown", "text/markdown"),
                           ("html", "text/html")]:
            response, data = server.request(
                "POST", f"/v1/evaluate?as_of={AS_OF}&format={fmt}&lang=en", INCIDENT)
            check(response.status == 200, f"{fmt}: {response.status}")
            check(response.getheader("Content-Type").startswith(ctype), f"{fmt} content type")
            shown = "&lt;request&gt;" if fmt == "html" else "<request>"
            expected_text = eval_cli(path, "--format", fmt, "--lang", "en").replace(path, shown)
            check(data == expected_text, f"{fmt} differs from netral eval")
        # Keep-alive: three requests on one connection.
        connection = server.connection()
        for _ in range(3):
            response, data = server.request("GET", "/healthz", connection=connection)
            check(response.status == 200 and json.loads(data) == {"status": "ok"}, "healthz")
            check(not response.will_close, "the connection stays open")
        connection.close()
        response, data = server.request("GET", "/readyz")
        check(response.status == 200 and json.loads(data)["status"] == "ready", "readyz")
        response, data = server.request("GET", "/v1/ruleset")
        ruleset = json.loads(data)
        check(ruleset["digest"] == server.first["digest"], "ruleset digest")
        check(ruleset["rule_count"] > 10 and ruleset["name"] and ruleset["version"], "identity")
        check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", ruleset["loaded_at"]), "loaded_at")
        check(ruleset["reference"].startswith("#") or "Pasal" in ruleset["reference"],
              "the reference")
        # One log line per request with its id; a client's own id is kept.
        response, _ = server.request("GET", "/healthz", headers={"X-Request-Id": "client-7"})
        check(response.getheader("X-Request-Id") == "client-7", "client request id kept")
        server.stop()
        requests = [line for line in server.log if line["event"] == "request"]
        check(any(line["request_id"] == "client-7" for line in requests), "logged with the id")
        check(all({"method", "target", "status", "duration_ms", "remote"} <= line.keys()
                  for line in requests), "log fields")
        check(requests[-1]["remote"] == "127.0.0.1", "the client's address")


def test_errors():
    with Server() as server:
        # Malformed JSON: 400 with the place in the body.
        response, data = server.request("POST", "/v1/evaluate", '{"id": "x",\n  "acts": [}',
                                        {"Content-Type": "application/json"})
        body = problem(response, data, 400, "malformed-request")
        check(body["diagnostics"][0]["code"] == "E6003", "syntax error code")
        check(body["diagnostics"][0]["line"] == 2, "located on line 2")
        check(body["title"] == "Permintaan tidak dapat dibaca", "Indonesian by default")
        # An invalid incident: 422, located in the envelope's body, in English when asked.
        bad = dict(INCIDENT, person={"status": "pns", "position_clas": "pelaksana"})
        text = '{"options": {"lang": "en", "as_of": "%s"},\n "incident": %s}' % (
            AS_OF, json.dumps(bad))
        response, data = server.request("POST", "/v1/evaluate", text,
                                        {"Content-Type": "application/json"})
        body = problem(response, data, 422, "invalid-incident")
        check(body["title"] == "Invalid incident", "English title")
        first = body["diagnostics"][0]
        check(first["code"] == "E6021" and first["line"] == 2, f"located: {first}")
        check(first["column"] == text.split("\n")[1].index('"position_clas"') + 1,
              f"column of the key in the body: {first}")
        # Bad options: 400, from the query string and from the envelope.
        response, data = server.request("POST", "/v1/evaluate?format=pdf", INCIDENT)
        check(problem(response, data, 400, "bad-options")["diagnostics"][0]["code"] == "E7022",
              "E7022")
        response, data = server.request("POST", "/v1/evaluate?as_of=tomorrow", INCIDENT)
        check(problem(response, data, 400, "bad-options")["diagnostics"][0]["code"] == "E7001",
              "E7001")
        response, data = server.request("POST", "/v1/evaluate",
                                        {"incident": INCIDENT, "option": {}})
        check(problem(response, data, 400, "malformed-request")["diagnostics"][0]["code"] ==
              "E7051", "E7051")
        # Media type, route, method.
        response, data = server.request("POST", "/v1/evaluate", "a=b",
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        problem(response, data, 415, "unsupported-media-type")
        response, data = server.request("GET", "/v2/nothing?lang=en")
        check(problem(response, data, 404, "not-found")["title"] == "Not found", "404 in en")
        response, data = server.request("GET", "/v1/evaluate")
        problem(response, data, 405, "method-not-allowed")
        check(response.getheader("Allow") == "POST", "Allow header")
        # The admin routes are off without a token file.
        response, data = server.request("POST", "/v1/admin/reload")
        problem(response, data, 403, "forbidden")
        # A second server on the same address cannot bind: exit 2 with a log line.
        second = subprocess.run([NETRAL, "serve", "--listen", f"{server.host}:{server.port}",
                                 "--rules", RULES], capture_output=True, text=True, timeout=30)
        check(second.returncode == 2, f"bind failure exit code {second.returncode}")
        check(json.loads(second.stderr.splitlines()[-1])["event"] == "bind_failed",
              f"bind failure logged: {second.stderr}")
        server.stop()


def test_limits():
    with Server("--max-body-bytes", "2000", "--request-timeout-ms", "700",
                "--max-connections", "3", "--max-header-bytes", "1024") as server:
        # Over the body limit by Content-Length: refused before the body is read.
        sock = socket.create_connection((server.host, server.port), timeout=10)
        sock.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nContent-Length: 5000000\r\n\r\n")
        reply = sock.recv(65536).decode()
        check(reply.startswith("HTTP/1.1 413"), f"413 before the body: {reply[:80]}")
        sock.close()
        time.sleep(0.1)
        refused = [line for line in server.log if line.get("status") == 413]
        check(refused and refused[0]["method"] == "POST" and
              refused[0]["target"] == "/v1/evaluate", f"refusals are logged too: {refused}")
        response, data = server.request("POST", "/v1/evaluate", "x" * 3000,
                                        {"Content-Type": "application/json"})
        problem(response, data, 413, "body-too-large")
        # A chunked body has no Content-Length: refused once it passes the limit.
        sock = socket.create_connection((server.host, server.port), timeout=10)
        chunk = b"x" * 1500
        sock.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                     b"Content-Type: application/json\r\n\r\n" +
                     (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * 2 + b"0\r\n\r\n")
        reply = sock.recv(65536).decode()
        check(reply.startswith("HTTP/1.1 413"), f"413 for a chunked body: {reply[:80]}")
        sock.close()
        # Bytes that are not HTTP.
        sock = socket.create_connection((server.host, server.port), timeout=10)
        sock.sendall(b"HELLO THERE\r\n\r\n")
        reply = sock.recv(65536).decode()
        check(reply.startswith("HTTP/1.1 400"), f"400 for a bad request line: {reply[:80]}")
        sock.close()
        # Header over the limit.
        response, data = server.request("GET", "/healthz", headers={"X-Big": "y" * 2000})
        problem(response, data, 431, "headers-too-large")
        # A stalled client: 408 once the request time is over.
        sock = socket.create_connection((server.host, server.port), timeout=10)
        sock.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{")
        start = time.monotonic()
        reply = sock.recv(65536).decode()
        check(reply.startswith("HTTP/1.1 408"), f"408: {reply[:80]}")
        check(time.monotonic() - start < 5, "408 within the limit")
        sock.close()
        # Connections over the limit: 503 with Retry-After.
        held = [socket.create_connection((server.host, server.port), timeout=10)
                for _ in range(3)]
        time.sleep(0.2)
        extra = socket.create_connection((server.host, server.port), timeout=10)
        reply = extra.recv(65536).decode()
        check(reply.startswith("HTTP/1.1 503"), f"503: {reply[:80]}")
        check("Retry-After: 1" in reply, "Retry-After")
        for sock in held + [extra]:
            sock.close()
        time.sleep(0.2)
        response, _ = server.request("GET", "/healthz")
        check(response.status == 200, "served again once connections closed")
        server.stop()


def test_batch():
    with Server() as server:
        lines = [json.dumps(INCIDENT), "", "{not json", json.dumps(dict(INCIDENT, id="SVC-2"))]
        response, data = server.request("POST", f"/v1/evaluate/batch?as_of={AS_OF}",
                                        "\n".join(lines) + "\n",
                                        {"Content-Type": "application/x-ndjson"})
        check(response.status == 200, f"batch status {response.status}: {data[:300]}")
        check(response.getheader("Content-Type") == "application/x-ndjson", "ndjson")
        out = [json.loads(line) for line in data.splitlines()]
        check(len(out) == 3, f"three answers for three non-blank lines: {len(out)}")
        check(out[0]["incident"] == "SVC-1" and out[2]["incident"] == "SVC-2", "in order")
        check(out[1]["source"] == "<request>:3" and out[1]["line"] == 3, f"error object {out[1]}")
        check(out[1]["error"]["code"] == "E6003", "syntax error in the line")
        response, data = server.request("POST", "/v1/evaluate/batch?as_of=never", "{}\n",
                                        {"Content-Type": "application/x-ndjson"})
        problem(response, data, 400, "bad-options")
        server.stop()


def test_whatif():
    with Server() as server:
        body = {"incident": INCIDENT, "changes": ["acts[rally-1].state_facility=none"],
                "options": {"as_of": AS_OF}}
        response, data = server.request("POST", "/v1/whatif", body)
        check(response.status == 200, f"whatif {response.status}: {data[:300]}")
        diff = json.loads(data)
        check(diff["outcome"]["changed"] is True, f"outcome changed: {data[:300]}")
        check(diff["outcome"]["before"]["category"] == "heavy", "before: heavy")
        check(diff["changes"] == ["acts[rally-1].state_facility=none"], "changes listed")
        response, data = server.request(
            "POST", "/v1/whatif",
            {"incident": INCIDENT, "changes": [{"path": "acts[rally-1].nope", "value": "x"}],
             "options": {"as_of": AS_OF}})
        problem(response, data, 422, "invalid-incident")
        response, data = server.request("POST", "/v1/whatif",
                                        {"incident": INCIDENT, "changes": "x"})
        check(problem(response, data, 400, "malformed-request")["diagnostics"][0]["code"] ==
              "E7052", "E7052")
        # A scenario with its base incident in the body: the scenario's JSON rendering.
        scenario = ("scenario: \"Without the car\"\nbase: incident.yaml\nas_of: 2025-02-01\n"
                    "variants:\n  - name: no-facility\n"
                    "    set: { \"acts[rally-1].state_facility\": none }\n")
        response, data = server.request("POST", "/v1/whatif",
                                        {"scenario": scenario, "incident": INCIDENT})
        check(response.status == 200, f"scenario {response.status}: {data[:300]}")
        result = json.loads(data)
        check(result["variants"][0]["name"] == "no-facility", f"variant: {data[:300]}")
        check(result["base"]["outcome"]["category"] == "heavy", f"base outcome: {data[:300]}")
        check(result["variants"][0]["outcome"]["category"] != "heavy", "the variant moves it")
        response, text = server.request("POST", "/v1/whatif",
                                        {"scenario": scenario, "incident": INCIDENT,
                                         "options": {"format": "text", "lang": "en"}})
        check(response.status == 200 and "no-facility" in text, f"scenario as text: {text}")
        # A base that is only a path on the server is never read.
        response, data = server.request("POST", "/v1/whatif", {"scenario": scenario})
        check(problem(response, data, 422, "invalid-incident")["diagnostics"][0]["code"] ==
              "E6058", "E6058")
        response, data = server.request("POST", "/v1/whatif",
                                        {"scenario": scenario, "incident": INCIDENT,
                                         "changes": []})
        check(problem(response, data, 400, "malformed-request")["diagnostics"][0]["code"] ==
              "E7051", "changes and a scenario")
        response, data = server.request(
            "POST", "/v1/explore", {"incident": INCIDENT, "budget": 200,
                                    "options": {"as_of": AS_OF}})
        check(response.status == 200, f"explore {response.status}: {data[:300]}")
        check("groups" in json.loads(data), "explore result")
        server.stop()


def test_metrics():
    with Server() as server:
        server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT)
        server.request("GET", "/nothing")
        response, data = server.request("GET", "/metrics")
        check(response.status == 200 and response.getheader("Content-Type").startswith(
            "text/plain"), "metrics content type")
        for expected in [
                'netral_requests_total{route="/v1/evaluate",status="200"} 1',
                'netral_requests_total{route="other",status="404"} 1',
                'netral_decisions_total{category="heavy"} 1',
                'netral_request_duration_seconds_count{route="/v1/evaluate"} 1',
                "netral_reloads_total 0", "netral_reload_failures_total 0",
                "netral_requests_in_flight 1",
                'netral_rule_set_info{digest="%s"} 1' % server.first["digest"]]:
            check(expected in data, f"metrics lack `{expected}`")
        server.stop()


def test_reload():
    with tempfile.TemporaryDirectory() as tmp:
        rules = os.path.join(tmp, "rules")
        shutil.copytree(RULES, rules)
        token = os.path.join(tmp, "token")
        with open(token, "w") as out:
            out.write("# admin\ns3cret-token\n")
        some_file = sorted(f for f in os.listdir(rules) if f.endswith(".rules"))[0]
        with Server("--admin-token-file", token, "--watch", rules=rules) as server:
            old = server.first["digest"]
            admin = {"Authorization": "Bearer s3cret-token"}
            response, data = server.request("POST", "/v1/admin/reload")
            problem(response, data, 401, "unauthorized")
            response, data = server.request("POST", "/v1/admin/reload",
                                            headers={"Authorization": "Bearer wrong"})
            problem(response, data, 401, "unauthorized")
            # A rule set with errors never replaces the good one.
            with open(os.path.join(rules, some_file), "a") as out:
                out.write("\nrule broken (\n")
            response, data = server.request("POST", "/v1/admin/reload?lang=en", headers=admin)
            body = problem(response, data, 422, "reload-failed")
            check(body["diagnostics"] and body["diagnostics"][0]["code"].startswith("E1"),
                  "parse diagnostics")
            _, data = server.request("GET", "/v1/ruleset")
            check(json.loads(data)["digest"] == old, "the old digest is still served")
            response, _ = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT)
            check(response.status == 200, "still serving")
            # A good change is published.
            shutil.copy(os.path.join(RULES, some_file), os.path.join(rules, some_file))
            with open(os.path.join(rules, some_file), "a") as out:
                out.write("\n# reloaded\n")
            response, data = server.request("POST", "/v1/admin/reload", headers=admin)
            check(response.status == 200, f"reload {response.status}: {data}")
            new = json.loads(data)["digest"]
            check(new != old, "a new digest")
            _, data = server.request("GET", "/v1/ruleset")
            check(json.loads(data)["digest"] == new, "the new set is served")
            # SIGHUP reloads too.
            server.process.send_signal(signal.SIGHUP)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not any(
                    line["event"] == "reloaded" and line.get("trigger") == "SIGHUP"
                    for line in server.log):
                time.sleep(0.05)
            check(any(line.get("trigger") == "SIGHUP" for line in server.log), "SIGHUP reload")
            # --watch sees a file change within a few seconds.
            with open(os.path.join(rules, some_file), "a") as out:
                out.write("# watched\n")
            deadline = time.monotonic() + 10
            watched = None
            while time.monotonic() < deadline and watched is None:
                _, data = server.request("GET", "/v1/ruleset")
                if json.loads(data)["digest"] not in (old, new):
                    watched = json.loads(data)["digest"]
                time.sleep(0.1)
            check(watched, "--watch reloaded the changed file")
            _, data = server.request("GET", "/metrics")
            check("netral_reload_failures_total 1" in data, "the failure is counted")
            check("netral_reloads_total 3" in data, f"three reloads counted")
            server.stop()


def test_auth():
    with tempfile.TemporaryDirectory() as tmp:
        keys = os.path.join(tmp, "keys")
        with open(keys, "w") as out:
            out.write("key-one\n\n# a comment\n  key-two  \n")
        with Server("--api-keys-file", keys, "--cors-origin", "https://app.example") as server:
            response, data = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT)
            problem(response, data, 401, "unauthorized")
            check(response.getheader("WWW-Authenticate") == "Bearer", "challenge")
            response, _ = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT,
                                         {"Authorization": "Bearer key-one"})
            check(response.status == 200, "bearer key")
            response, _ = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT,
                                         {"X-API-Key": "key-two"})
            check(response.status == 200, "X-API-Key")
            check(response.getheader("Access-Control-Allow-Origin") == "https://app.example",
                  "CORS origin")
            response, data = server.request("POST", f"/v1/evaluate?as_of={AS_OF}", INCIDENT,
                                            {"X-API-Key": "key-three"})
            problem(response, data, 401, "unauthorized")
            response, _ = server.request("GET", "/healthz")
            check(response.status == 200, "probes stay open")
            response, _ = server.request("OPTIONS", "/v1/evaluate")
            check(response.status == 204 and
                  response.getheader("Access-Control-Allow-Methods") == "POST", "preflight")
            server.stop()
        with Server() as server:
            response, _ = server.request("GET", "/healthz")
            check(response.getheader("Access-Control-Allow-Origin") is None, "CORS off")
            server.stop()


def test_shutdown():
    big = "\n".join(json.dumps(dict(INCIDENT, id=f"S-{i}")) for i in range(300)) + "\n"
    with Server() as server:
        result = {}

        def slow():
            result["response"] = server.request(
                "POST", f"/v1/evaluate/batch?as_of={AS_OF}", big,
                {"Content-Type": "application/x-ndjson"})

        idle = server.connection()
        server.request("GET", "/healthz", connection=idle)  # an idle keep-alive connection
        worker = threading.Thread(target=slow)
        worker.start()
        # Wait until the batch is being handled, then stop the server.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            _, data = server.request("GET", "/metrics")
            if "netral_requests_in_flight 2" in data:
                break
            time.sleep(0.01)
        server.stop()
        worker.join(timeout=30)
        response, data = result["response"]
        check(response.status == 200 and len(data.splitlines()) == 300,
              "the request in flight was finished")
        events = [(line["event"], line.get("target", "")) for line in server.log]
        stopping = events.index(("stopping", ""))
        batch = next(i for i, (event, target) in enumerate(events)
                     if target.startswith("/v1/evaluate/batch"))
        check(stopping < batch, f"the batch was answered after the stop signal: {events}")
        check(events[-1][0] == "stopped", "stopped logged last")
        idle.close()


def test_stop_during_reload():
    """A SIGTERM right after a SIGHUP is taken at once: the reload compiles off the I/O threads
    (even with one of them), so `stopping` is logged before any `reloaded`."""
    with Server(threads=1) as server:
        server.process.send_signal(signal.SIGHUP)
        server.stop()
        events = [line["event"] for line in server.log]
        check("stopping" in events, f"stopping logged: {events}")
        if "reloaded" in events:
            check(events.index("stopping") < events.index("reloaded"),
                  f"the stop waited for the reload: {events}")
        check(events[-1] == "stopped", f"stopped logged last: {events}")


def test_openapi():
    with Server() as server:
        response, data = server.request("GET", "/v1/openapi.json")
        check(response.status == 200, "openapi status")
        document = json.loads(data)
        check(document["openapi"].startswith("3.1"), "OpenAPI 3.1")
        check(document["info"]["title"] and document["info"]["version"], "info")
        routes = {("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/metrics"),
                  ("GET", "/v1/openapi.json"), ("GET", "/v1/ruleset"), ("POST", "/v1/evaluate"),
                  ("POST", "/v1/evaluate/batch"), ("POST", "/v1/whatif"),
                  ("POST", "/v1/explore"), ("POST", "/v1/admin/reload"),
                  ("GET", "/v1/decisions/{id}"), ("POST", "/v1/decisions/{id}/replay")}
        described = {(method.upper(), path) for path, item in document["paths"].items()
                     for method in item}
        check(routes == described, f"documented routes differ: {routes ^ described}")
        for method, path in routes:
            operation = document["paths"][path][method.lower()]
            check(operation["responses"], f"{method} {path} has responses")
            for ref in re.findall(r'"\$ref": "#/components/(\w+)/(\w+)"', json.dumps(operation)):
                check(ref[1] in document["components"][ref[0]], f"dangling $ref {ref}")
            # Every documented route exists: anything but 404 (auth and body errors allowed).
            response, _ = server.request(method, path, "{}" if method == "POST" else None,
                                         {"Content-Type": "application/json"})
            # A route with an id may answer 404 for the id, never the `not-found` of no route.
            served = response.status != 405 and (
                response.status != 404 or
                json.loads(_)["type"] != "urn:netral:problem:not-found")
            check(served, f"{method} {path} served")
        server.stop()


def test_exchanges():
    """Request/response pairs in exchanges/: NAME.request.json (method, target, headers, body or
    body_file from the repository root) against NAME.response (status, the headers that carry
    meaning, body), on the small rule set of the CLI tests so the digest rarely changes. The
    request id is fixed, so every byte is deterministic; UPDATE_GOLDEN=1 rewrites."""
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    folder = os.path.join(here, "exchanges")
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    shown = ["Content-Type", "Allow", "WWW-Authenticate", "Retry-After"]
    names = sorted(f[:-len(".request.json")] for f in os.listdir(folder)
                   if f.endswith(".request.json"))
    check(names, "no exchanges")
    mismatched = []
    # Relative to the repository, so the rule files' paths in the renderings are portable.
    with Server(rules=os.path.join("tests", "cli", "rules", "eval", "rules"), cwd=root) as server:
        for name in names:
            with open(os.path.join(folder, name + ".request.json")) as f:
                case = json.load(f)
            body = case.get("body", "")
            if "body_file" in case:
                with open(os.path.join(root, case["body_file"])) as f:
                    body = f.read()
            headers = dict(case["headers"], **{"X-Request-Id": "golden"})
            response, data = server.request(case["method"], case["target"], body or None,
                                            headers)
            actual = f"HTTP {response.status}\n"
            for header in shown:
                if response.getheader(header) is not None:
                    actual += f"{header}: {response.getheader(header)}\n"
            actual += "\n" + data
            golden = os.path.join(folder, name + ".response")
            if update:
                with open(golden, "w") as f:
                    f.write(actual)
                continue
            expected = open(golden).read() if os.path.exists(golden) else None
            if actual != expected:
                mismatched.append(name)
                print(f"--- {name}: expected\n{expected}\n--- actual\n{actual}")
        server.stop()
    check(not mismatched, f"exchanges differ: {mismatched}")


def test_descriptors():
    """Out of file descriptors, accepting pauses (logged) instead of spinning, and resumes."""
    with Server(max_files=48) as server:
        held = []
        for _ in range(60):
            held.append(socket.create_connection((server.host, server.port), timeout=10))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
                line["event"] == "accept_failed" for line in server.log):
            time.sleep(0.05)
        check(any(line["event"] == "accept_failed" for line in server.log), "accept_failed")
        failures = sum(line["event"] == "accept_failed" for line in server.log)
        time.sleep(0.5)
        later = sum(line["event"] == "accept_failed" for line in server.log)
        check(later - failures < 20, f"a pause between attempts: {later - failures} in 0.5 s")
        for sock in held:
            sock.close()
        response, _ = server.request("GET", "/healthz", connection=server.connection(timeout=10))
        check(response.status == 200, "accepting again once descriptors are free")
        server.stop()


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_decision_log():
    """--log: every decision is logged before it is answered, read back and replayed, across
    a reload to another rule set; without --log the decision routes are 404."""
    with tempfile.TemporaryDirectory() as tmp:
        decision_log_round_trip(tmp, os.path.join(tmp, "decisions.db"))
    with Server() as server:
        response, data = server.request("GET", "/v1/decisions/01900000-0000-7000-8000-000000000000")
        problem(response, data, 404, "no-decision-log")
        response, data = server.request("POST", "/v1/decisions/x/replay")
        problem(response, data, 404, "no-decision-log")
        response, _ = server.request("POST", "/v1/evaluate", INCIDENT)
        check(response.status == 200 and response.getheader("Decision-Id") is None,
              "no Decision-Id without a log")
        server.stop()


def test_decision_log_postgresql():
    """The same round trip on a PostgreSQL log: a fresh database of the throwaway cluster that
    CTest's `postgresql` fixture starts (NETRAL_TEST_POSTGRESQL_SOCKET, NETRAL_TEST_POSTGRESQL_BIN),
    shared as several instances would share it."""
    socket_dir = os.environ["NETRAL_TEST_POSTGRESQL_SOCKET"]
    bindir = os.environ["NETRAL_TEST_POSTGRESQL_BIN"]
    database = "service_log"
    connection = ["-h", socket_dir, "-U", "netral"]
    subprocess.run([os.path.join(bindir, "dropdb"), *connection, "--if-exists", database],
                   check=True, capture_output=True, timeout=60)
    subprocess.run([os.path.join(bindir, "createdb"), *connection, database],
                   check=True, capture_output=True, timeout=60)
    with tempfile.TemporaryDirectory() as tmp:
        decision_log_round_trip(
            tmp, f"postgresql:///{database}?host={socket_dir}&user=netral")


def decision_log_round_trip(tmp, log):
    """Decides, reads back and replays through a server on the decision log `log` (a file or
    a PostgreSQL URI), across a reload; then `netral replay` on the same log."""
    rules = os.path.join(tmp, "rules")
    shutil.copytree(RULES, rules)
    token = os.path.join(tmp, "token")
    with open(token, "w") as out:
        out.write("s3cret-token\n")
    admin = {"Authorization": "Bearer s3cret-token"}
    with Server("--log", log, "--admin-token-file", token, rules=rules) as server:
        digest_a = server.first["digest"]
        # No as_of: the service fixes today's date before deciding, and logs it.
        response, first = server.request("POST", "/v1/evaluate", INCIDENT)
        check(response.status == 200, f"evaluate {response.status}: {first}")
        first_id = response.getheader("Decision-Id")
        check(first_id and UUID.match(first_id), f"Decision-Id {first_id}")
        response, data = server.request("GET", f"/v1/decisions/{first_id}")
        check(response.status == 200, f"entry {response.status}: {data}")
        entry = json.loads(data)
        today = time.strftime("%Y-%m-%d", time.gmtime())
        check(entry["id"] == first_id and entry["digest"] == digest_a, f"entry {entry}")
        check(entry["options"]["as_of"] == today, f"as_of resolved: {entry['options']}")
        check(entry["incident_format"] == "json" and entry["source"] == "<request>", "format")
        check(entry["decision_hash"] == "sha256:" + hashlib.sha256(
            first.encode()).hexdigest(), "the hash of the body sent")
        check("incident" not in entry, "the incident only with the admin token")
        response, data = server.request("GET", f"/v1/decisions/{first_id}", headers=admin)
        check(json.loads(data)["incident"] == json.dumps(INCIDENT), "incident as received")

        # Another rule set: a comment changes the digest, not the decisions.
        some_file = sorted(f for f in os.listdir(rules) if f.endswith(".rules"))[0]
        with open(os.path.join(rules, some_file), "a") as out:
            out.write("\n# reloaded\n")
        response, data = server.request("POST", "/v1/admin/reload", headers=admin)
        check(response.status == 200, f"reload {response.status}: {data}")
        digest_b = json.loads(data)["digest"]
        check(digest_b != digest_a, "a different rule set")
        response, second = server.request("POST", f"/v1/evaluate?as_of={AS_OF}&format=text",
                                          INCIDENT)
        second_id = response.getheader("Decision-Id")
        response, data = server.request("GET", f"/v1/decisions/{second_id}")
        check(json.loads(data)["digest"] == digest_b, "the second entry names rules B")

        # Replays give the body that was sent, byte for byte, each with its own rules.
        for decision_id, body, kind in ((first_id, first, "application/json"),
                                        (second_id, second, "text/plain; charset=utf-8")):
            response, data = server.request("POST", f"/v1/decisions/{decision_id}/replay")
            check(response.status == 200, f"replay {response.status}: {data}")
            check(data == body, f"replay of {decision_id} differs")
            check(response.getheader("Decision-Replay") == "match", "Decision-Replay")
            check(response.getheader("Decision-Id") == decision_id, "Decision-Id")
            check(response.getheader("Content-Type") == kind, "content type as sent")

        # Every decided line of a batch is logged; the ids come in line order.
        lines = json.dumps(INCIDENT) + "\n{not json\n" + json.dumps(
            dict(INCIDENT, id="SVC-2")) + "\n"
        response, data = server.request("POST", f"/v1/evaluate/batch?as_of={AS_OF}", lines,
                                        {"Content-Type": "application/x-ndjson"})
        check(response.status == 200, f"batch {response.status}: {data}")
        ids = response.getheader("Decision-Id").split(", ")
        check(len(ids) == 2 and all(UUID.match(i) for i in ids), f"batch ids {ids}")
        sent = data.splitlines()
        for decision_id, line in ((ids[0], sent[0]), (ids[1], sent[2])):
            response, data = server.request("POST", f"/v1/decisions/{decision_id}/replay")
            check(response.status == 200, f"batch replay {response.status}: {data}")
            check(json.loads(data) == json.loads(line), "a batch line replays as sent")

        # Unknown ids.
        unknown = "01900000-0000-7000-8000-000000000000"
        response, data = server.request("GET", f"/v1/decisions/{unknown}?lang=en")
        body = problem(response, data, 404, "decision-not-found")
        check(unknown in body["detail"], "the detail names the id")
        response, data = server.request("POST", f"/v1/decisions/{unknown}/replay")
        problem(response, data, 404, "decision-not-found")
        server.stop()
    # The CLI replays the service's entries too.
    result = subprocess.run([NETRAL, "replay", first_id, "--log", log],
                            capture_output=True, text=True, timeout=60)
    check(result.returncode == 0 and result.stdout == first, f"netral replay: {result}")


def test_durability():
    """Clients decide concurrently; the server is killed (SIGKILL) under load and restarted on
    the same log: every decision acknowledged with 200 is in the log and replays identically."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "decisions.db")
        acknowledged = []
        lock = threading.Lock()
        with Server("--log", log) as server:
            stop = threading.Event()

            def client(number):
                count = 0
                while not stop.is_set():
                    count += 1
                    incident = dict(INCIDENT, id=f"D-{number}-{count}")
                    try:
                        response, data = server.request("POST", f"/v1/evaluate?as_of={AS_OF}",
                                                        incident)
                    except (OSError, http.client.HTTPException):
                        return  # the server is gone
                    if response.status == 200:
                        with lock:
                            acknowledged.append((response.getheader("Decision-Id"), data))

            clients = [threading.Thread(target=client, args=(n,)) for n in range(6)]
            for thread in clients:
                thread.start()
            time.sleep(1.5)
            server.process.kill()
            server.process.wait(timeout=10)
            stop.set()
            for thread in clients:
                thread.join(timeout=20)
        check(len(acknowledged) >= 6, f"too few decisions under load: {len(acknowledged)}")
        print(f"{len(acknowledged)} decisions acknowledged before the kill")
        with Server("--log", log) as server:
            for decision_id, body in acknowledged:
                response, data = server.request("POST", f"/v1/decisions/{decision_id}/replay")
                check(response.status == 200, f"{decision_id} after the kill: {data}")
                check(data == body, f"{decision_id} replays otherwise")
            server.stop()
        decision_id, body = acknowledged[-1]
        result = subprocess.run([NETRAL, "replay", decision_id, "--log", log],
                                capture_output=True, text=True, timeout=60)
        check(result.returncode == 0 and result.stdout == body, f"netral replay: {result}")


def test_eval_limits():
    """--work-limit and --time-limit-ms bound every evaluation: past them, 422 with E7006."""
    scenario = ("scenario: \"Without the car\"\nbase: incident.yaml\nas_of: 2025-02-01\n"
                "variants:\n  - name: no-facility\n"
                "    set: { \"acts[rally-1].state_facility\": none }\n")
    with Server("--work-limit", "5") as server:
        for path, body in (("/v1/evaluate?lang=en", INCIDENT),
                           ("/v1/whatif", {"incident": INCIDENT, "changes": [
                               "acts[rally-1].state_facility=none"]}),
                           ("/v1/whatif", {"incident": INCIDENT, "scenario": scenario}),
                           ("/v1/explore", {"incident": INCIDENT})):
            response, data = server.request("POST", path, body)
            codes = [d["code"] for d in
                     problem(response, data, 422, "not-evaluated")["diagnostics"]]
            check("E7006" in codes, f"E7006 from {path}: {codes}")
        server.stop()
    with Server("--work-limit", "0", "--time-limit-ms", "0") as server:
        response, data = server.request("POST", "/v1/evaluate", INCIDENT)
        check(response.status == 200, f"no limits: {response.status}")
        server.stop()


GROUPS = {name[len("test_"):]: fn for name, fn in globals().items() if name.startswith("test_")}

if __name__ == "__main__":
    GROUPS[GROUP]()
    print(f"service.{GROUP}: ok")
