// SPDX-License-Identifier: Apache-2.0
// netral's runner for the side-by-side peer benchmark (WORKLOAD.md of the shared bench-peers
// folder is the contract): netral embedded through its public API (include/netral/evaluate.hpp)
// and linked against an existing Release build. Built by the benchmark's run.sh with
// NETRAL_RUNNER_SRC=bench/peers_runner.cpp; not part of this project's CMake build.
//
// WHAT THE RULE LANGUAGE CARRIES, WHAT THE HOST DOES
//   * Load (timed): the parsed JSON rule file is translated in memory into netral rule-language
//     text, then netral::compile_rules. A vocabulary module declares the ruleset header, the one
//     regulation every rule cites (a rule without `cite` is an error), one enum per text
//     attribute, a record `incident` with every attribute of the incident (all `required`, so no
//     value is ever unknown in netral's three-valued logic), the list fact `incidents`, the
//     ladder l0 < l1 < ... < l5 and the tracks; rule modules of at most 1,000 rules each follow
//     (netral refuses rule files over 1 MiB), one netral `rule` per JSON rule, e.g.
//         rule R00012 {
//           cite WL 1/2024
//           status verified
//           for x in incidents where x.a0 == 5 and x.b1 == true and x.e1 in {v2, v5}
//           then t3 l3
//           because "R00012"
//         }
//     Enum values come from the incidents and the rules (read before the clock starts).
//   * The max-level combination is done by the language: the decision's outcome category is
//     the heaviest track result in ladder order (l0 when no rule fired), and that is the level.
//     By default each level K has a track tK of its own. NETRAL_TRACKS=one (environment) puts
//     all rules on ONE track (`then level lK`) whose combine block reads
//     `combine level { strategy heaviest  overlaps resolved }`: the declaration says the
//     heaviest strategy settles rules that overlap with different levels, so they are no E5030
//     conflict (without it core has 1 such pair, C03 within C01; syn-100 2; syn-1000 258;
//     syn-10000 5,516). The conflict search is skipped for that track.
//   * The core combination of WORKLOAD.md (recidivism via prior_level, the non_asn referral) is
//     done in host code with core_adjust.
//   * Each incident is the one element of the list `incidents`: only rules over a list (`for x
//     in incidents where ...`) go through netral's rule index; whole-incident rules (top-level
//     facts, `when ...`) are each evaluated for every incident. NETRAL_SHAPE=flat (environment)
//     generates that whole-incident form instead, for comparison.
//
// PER INCIDENT, TIMED: netral::FactsBuilder from the host struct (every attribute), finish(),
// evaluate(), and the extraction of the level (outcome category) and of the fired rules
// (findings, as positions in the rule file, sorted) from the Decision, then core_adjust (core);
// the facts and decision are destroyed inside the timed loop. One builder serves every
// incident: its field handles are resolved once, before the clock starts, and reset() readies
// it for the next incident, reusing its buffers and the storage of the facts just released.
// evaluate() alone and FactsBuilder alone are also timed per incident (three clock reads per
// incident in all): RESULT "internal_s" (the benchmark report's engine-internal column) and
// "engine_per_s" are evaluate() alone, "build_s" the FactsBuilder part.
//
// usage: netral-runner <core|syn> <rules.json> <incidents.jsonl> <out.jsonl> [budget_s] [ids|trail]
//   ids   : EvalOptions describe=false, trail=false (the decision by id, the fastest)  -> "netral"
//   trail : describe=true, trail=true (the full justification trail)               -> "netral-trail"
//        netral-runner dump <core|syn> <rules.json> <incidents.jsonl> <dir>
//   writes the generated rule files under <dir> (for `netral check <dir>`), then compiles them.
// NETRAL_SHOW=text|json (environment): after the timed loop, print the first incident's decision.
#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <set>
#include <unordered_map>

#include <netral/evaluate.hpp>

#include "../common/harness.hpp"
#include "../common/minijson.hpp"

namespace {

// ---------- schema of the incidents (derived from the input, not timed) ----------

struct Attr {
  enum Kind { Int, Bool, Enum } kind = Int;
  std::string name;
  std::vector<std::string> values;  // Enum: every value seen in the incidents or the rules
};

// One attribute value of a host incident.
struct HostValue {
  long long i = 0;
  bool b = false;
  std::string s;
};

struct HostIncident {
  long long id = 0;
  std::vector<HostValue> values;  // by attribute position
};

bool is_name(const std::string& s) {  // a netral NAME that is not a reserved word
  static const std::set<std::string> reserved = {"and", "or", "not", "in", "if", "then", "else", "any",
                                                 "all", "count", "where", "is", "true", "false"};
  if (s.empty() || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
  for (char c : s)
    if (!(isalnum((unsigned char)c) || c == '_')) return false;
  return !reserved.count(s);
}

// Enum values and record fields begin a line of the generated text, where these words always
// open a new declaration.
bool line_start_ok(const std::string& s) {
  static const std::set<std::string> declaration = {"module", "import", "ruleset", "regulation", "enum",
                                                    "record", "fact", "derive", "table", "param", "ladder",
                                                    "track", "rule", "combine", "escalate"};
  return is_name(s) && !declaration.count(s);
}

[[noreturn]] void die(const std::string& what) {
  fprintf(stderr, "netral-runner: %s\n", what.c_str());
  exit(1);
}

double cpu_s() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// ---------- translation: JSON rule file -> netral rule-language text ----------

struct Translation {
  std::vector<netral::Source> sources;
  std::vector<std::string> ids;  // rule ids in file order
};

std::string constant(const mj::Value& v) {
  if (v.kind == mj::Value::Bool) return v.b ? "true" : "false";
  if (v.kind == mj::Value::Int) return std::to_string(v.i);
  return v.s;  // an enum value
}

Translation translate(const mj::Value& rule_file, const std::vector<Attr>& attrs, bool flat,
                      bool per_level) {
  constexpr size_t kRulesPerFile = 1000;
  Translation out;
  std::string v;
  v += "module peers_vocab\n\n";
  std::string title;  // the rule file's name as a netral string
  for (char c : rule_file["name"].s) {
    if (c == '"' || c == '\\') title += '\\';
    if (c != '\n') title += c;
  }
  v += "ruleset peers \"Peer benchmark: " + title + "\" {\n  version \"1\"\n}\n\n";
  v += "regulation WL 1/2024 \"bench/peers/WORKLOAD.md\"\n\n";
  for (const Attr& a : attrs) {
    if (a.kind != Attr::Enum) continue;
    v += "enum " + a.name + "_values {\n";
    for (const std::string& value : a.values) v += "  " + value + "\n";
    v += "}\n\n";
  }
  auto type_of = [](const Attr& a) {
    return a.kind == Attr::Int ? std::string("int") : a.kind == Attr::Bool ? std::string("bool") : a.name + "_values";
  };
  if (flat) {
    for (const Attr& a : attrs) v += "fact " + a.name + ": " + type_of(a) + " required\n";
  } else {
    v += "record incident {\n";
    for (const Attr& a : attrs) v += "  " + a.name + ": " + type_of(a) + " required\n";
    v += "}\n\nfact incidents: list of incident required\n";
  }
  v += "\nladder levels {\n";
  for (int l = 0; l <= 5; ++l) v += "  category l" + std::to_string(l) + "\n";
  v += "}\n\n";
  if (per_level) {
    for (int l = 1; l <= 5; ++l) v += "track t" + std::to_string(l) + " {\n  cite WL 1/2024\n}\n";
  } else {
    v += "track level {\n  cite WL 1/2024\n}\n\n";
    v += "combine level {\n  strategy heaviest\n  overlaps resolved\n  cite WL 1/2024\n}\n";
  }
  out.sources.push_back({"peers/0-vocab.rules", std::move(v)});

  const auto& rules = rule_file["rules"].arr;
  std::string text;
  for (size_t i = 0; i < rules.size(); ++i) {
    const mj::Value& r = rules[i];
    const std::string& id = r["id"].s;
    if (!is_name(id)) die("rule id is not a netral name: " + id);
    if (i % kRulesPerFile == 0) {
      text = "module peers_rules_" + std::to_string(i / kRulesPerFile) + "\nimport peers_vocab\n";
    }
    std::string cond;
    for (const mj::Value& w : r["when"].arr) {
      const std::string& op = w[1].s;
      std::string lhs = (flat ? "" : "x.") + w[0].s;
      if (!cond.empty()) cond += " and ";
      if (op == "in") {
        cond += lhs + " in {";
        for (size_t k = 0; k < w[2].arr.size(); ++k) cond += (k ? ", " : "") + constant(w[2][k]);
        cond += "}";
      } else if (op == "==" || op == "<" || op == ">=") {
        cond += lhs + " " + op + " " + constant(w[2]);
      } else {
        die("unknown operator " + op);
      }
    }
    if (r["level"].i < 1 || r["level"].i > 5) die("rule " + id + ": level outside 1..5");
    const std::string level = std::to_string(r["level"].i);
    text += "\nrule " + id + " {\n  cite WL 1/2024\n  status verified\n";
    text += flat ? "  when " + cond + "\n" : "  for x in incidents where " + cond + "\n";
    text += per_level ? "  then t" + level + " l" + level + "\n" : "  then level l" + level + "\n";
    text += "  because \"" + id + "\"\n}\n";
    out.ids.push_back(id);
    if (i % kRulesPerFile == kRulesPerFile - 1 || i + 1 == rules.size()) {
      char path[64];
      snprintf(path, sizeof path, "peers/rules-%04zu.rules", i / kRulesPerFile);
      out.sources.push_back({path, std::move(text)});
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool dump = argc > 1 && !strcmp(argv[1], "dump");
  if (dump) { ++argv; --argc; }
  if (argc < 5) {
    fprintf(stderr,
            "usage: %s core|syn rules.json incidents.jsonl out.jsonl [budget_s] [ids|trail]\n"
            "       %s dump core|syn rules.json incidents.jsonl DIR\n", argv[0], argv[0]);
    return 2;
  }
  const bool core = !strcmp(argv[1], "core");
  const double budget = !dump && argc > 5 ? atof(argv[5]) : 1e300;
  const std::string mode = !dump && argc > 6 ? argv[6] : "ids";
  if (mode != "ids" && mode != "trail") die("mode must be ids or trail, not " + mode);
  const char* shape_env = getenv("NETRAL_SHAPE");
  const char* tracks_env = getenv("NETRAL_TRACKS");  // per-level (default) or one
  const bool flat = shape_env && !strcmp(shape_env, "flat");
  const bool per_level = !(tracks_env && !strcmp(tracks_env, "one"));

  // Incidents -> host structs; the schema (attribute kinds, enum values) from the input (not timed).
  std::vector<Attr> attrs;
  std::vector<HostIncident> incs;
  std::vector<std::set<std::string>> seen;  // enum values seen, by attribute
  mj::for_each_jsonl(argv[3], [&](const mj::Value& v) {
    if (attrs.empty()) {
      for (auto& kv : v.obj) {
        Attr a;
        a.name = kv.first;
        if (!line_start_ok(a.name)) die("attribute name is not usable as a netral field: " + a.name);
        a.kind = kv.second.kind == mj::Value::Int ? Attr::Int : kv.second.kind == mj::Value::Bool ? Attr::Bool : Attr::Enum;
        attrs.push_back(a);
      }
      seen.resize(attrs.size());
    }
    HostIncident h;
    h.id = v["id"].i;
    h.values.resize(attrs.size());
    for (size_t k = 0; k < attrs.size(); ++k) {
      const mj::Value& x = v[attrs[k].name];
      if (attrs[k].kind == Attr::Int) h.values[k].i = x.i;
      else if (attrs[k].kind == Attr::Bool) h.values[k].b = x.b;
      else { h.values[k].s = x.s; seen[k].insert(x.s); }
    }
    incs.push_back(std::move(h));
  });
  mj::Value rf = mj::parse(mj::slurp(argv[2]));
  for (auto& r : rf["rules"].arr)  // values only the rules mention belong to the enums too
    for (auto& w : r["when"].arr)
      for (size_t k = 0; k < attrs.size(); ++k) {
        if (attrs[k].name != w[0].s || attrs[k].kind != Attr::Enum) continue;
        if (w[2].kind == mj::Value::Arr) for (auto& e : w[2].arr) seen[k].insert(e.s);
        else seen[k].insert(w[2].s);
      }
  for (size_t k = 0; k < attrs.size(); ++k) {
    attrs[k].values.assign(seen[k].begin(), seen[k].end());
    for (auto& value : attrs[k].values)
      if (!line_start_ok(value)) die("enum value is not usable as a netral enum value: " + value);
  }
  const size_t k_prior = std::find_if(attrs.begin(), attrs.end(), [](auto& a) { return a.name == "prior_level"; }) - attrs.begin();
  const size_t k_status = std::find_if(attrs.begin(), attrs.end(), [](auto& a) { return a.name == "status"; }) - attrs.begin();
  if (core && (k_prior == attrs.size() || k_status == attrs.size())) die("core incidents need prior_level and status");

  if (dump) {  // write the generated files (not timed), then report whether they compile
    Translation tr = translate(rf, attrs, flat, per_level);
    std::string dir = argv[4];
    mkdir(dir.c_str(), 0755);
    mkdir((dir + "/peers").c_str(), 0755);
    size_t bytes = 0;
    for (auto& s : tr.sources) {
      FILE* f = fopen((dir + "/" + s.path).c_str(), "w");
      if (!f) { perror(s.path.c_str()); return 1; }
      fwrite(s.text.data(), 1, s.text.size(), f);
      fclose(f);
      bytes += s.text.size();
    }
    double t = now_s();
    netral::CompileResult c = netral::compile_rules(tr.sources);
    printf("wrote %zu files (%zu bytes, %zu rules) to %s; compile_rules %s in %.1f ms, %zu diagnostic(s)\n",
           tr.sources.size(), bytes, tr.ids.size(), dir.c_str(), c.ok() ? "ok" : "FAILED", (now_s() - t) * 1000,
           c.diagnostics.size());
    return c.ok() ? 0 : 1;
  }

  // Load (timed): generate the rule text, compile it.
  double t0 = now_s(), c0 = cpu_s();
  Translation tr = translate(rf, attrs, flat, per_level);
  netral::CompileResult compiled = netral::compile_rules(tr.sources);
  double load_ms = (now_s() - t0) * 1000, load_cpu_ms = (cpu_s() - c0) * 1000;
  if (!compiled.ok()) die("compile_rules failed:\n" + compiled.text);
  if (!compiled.diagnostics.empty())
    fprintf(stderr, "compile_rules: %zu warning(s):\n%s", compiled.diagnostics.size(), compiled.text.c_str());
  std::shared_ptr<const netral::RuleSet> rules = compiled.rules;

  netral::EvalOptions options;
  options.as_of = "2024-12-01";  // fixed, as netral's own benchmarks (the rules do not read it)
  options.describe = mode == "trail";
  options.trail = mode == "trail";
  if (!netral::check_eval_options(*rules, options).empty()) die("bad EvalOptions");

  // The builder and its field handles, made once.
  netral::FactsBuilder builder(rules);
  const netral::FactsBuilder::Field list_field = builder.field("incidents");
  std::vector<netral::FactsBuilder::Field> fields;
  for (const Attr& a : attrs) fields.push_back(builder.field(flat ? a.name : "incidents." + a.name));
  const size_t total = incs.size();
  std::vector<Result> out(total);
  std::unordered_map<std::string, int> index_of;  // rule id -> position in the rule file (host form)
  index_of.reserve(tr.ids.size() * 2);
  for (size_t i = 0; i < tr.ids.size(); ++i) index_of.emplace(tr.ids[i], (int)i);
  size_t done = 0;
  double eval_only = 0, build_only = 0;  // evaluate() alone, FactsBuilder alone, summed
  t0 = now_s();
  double ta = t0;  // start of the current incident (the end of the previous one)
  while (done < total) {
   {  // the builder, the facts and the decision are destroyed at the end of this block (timed)
    const HostIncident& h = incs[done];
    builder.reset();
    netral::FactsBuilder::Record top = builder.top();
    netral::FactsBuilder::Record rec = flat ? top : top.append(list_field);
    for (size_t k = 0; k < attrs.size(); ++k) {
      const HostValue& x = h.values[k];
      switch (attrs[k].kind) {
        case Attr::Int: rec.integer(fields[k], x.i); break;
        case Attr::Bool: rec.boolean(fields[k], x.b); break;
        case Attr::Enum: rec.value(fields[k], x.s); break;
      }
    }
    netral::IncidentResult facts = builder.finish();
    if (!facts.ok()) die("FactsBuilder rejected incident " + std::to_string(h.id) + ":\n" + facts.text);
    const double tb = now_s();
    netral::EvalResult er = netral::evaluate(*rules, *facts.facts, options);
    const double tc = now_s();
    build_only += tb - ta;
    eval_only += tc - tb;
    if (!er.ok()) die("evaluate failed on incident " + std::to_string(h.id));
    netral::Decision& d = *er.decision;
    Result& r = out[done];
    r.id = h.id;
    const std::string& cat = d.outcome.category;  // "l0" .. "l5": the heaviest track result
    if (cat.size() != 2 || cat[0] != 'l') die("unexpected outcome category " + cat);
    r.level = cat[1] - '0';
    r.fired.reserve(d.findings.size());
    for (const netral::Finding& f : d.findings) {
      if (f.applies != netral::Truth::True || f.displaced) continue;
      auto it = index_of.find(f.rule.id);
      if (it == index_of.end()) die("finding of an unknown rule " + f.rule.id);
      r.fired.push_back(it->second);
    }
    if (!std::is_sorted(r.fired.begin(), r.fired.end())) std::sort(r.fired.begin(), r.fired.end());
    // WORKLOAD.md core combination in host code
    if (core) core_adjust(r, (int)h.values[k_prior].i, h.values[k_status].s == "non_asn");
   }
    ++done;
    ta = now_s();
    if (ta - t0 > budget) break;
  }
  double eval_s = now_s() - t0;
  out.resize(done);
  if (getenv("NETRAL_SHOW") && total > 0) {  // not timed: the first incident's decision, rendered
    builder.reset();
    netral::FactsBuilder::Record top = builder.top();
    netral::FactsBuilder::Record rec = flat ? top : top.append(list_field);
    for (size_t k = 0; k < attrs.size(); ++k) {
      if (attrs[k].kind == Attr::Int) rec.integer(attrs[k].name, incs[0].values[k].i);
      else if (attrs[k].kind == Attr::Bool) rec.boolean(attrs[k].name, incs[0].values[k].b);
      else rec.value(attrs[k].name, incs[0].values[k].s);
    }
    netral::EvalResult er = netral::evaluate(*rules, *builder.finish().facts, options);
    fputs(netral::render(*er.decision, !strcmp(getenv("NETRAL_SHOW"), "json") ? netral::Format::Json
                                                                                : netral::Format::Text,
                         netral::Language::English).c_str(), stderr);
  }
  write_results(argv[4], out, tr.ids);

  std::string version = std::string(netral::version()) + " " + mode + (flat ? " flat" : "") + (per_level ? "" : " one-track");
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double rss_mb = ru.ru_maxrss / 1024.0, per_s = done / eval_s, engine_per_s = done / eval_only;
  const char* engine = mode == "trail" ? "netral-trail" : "netral";
  printf("%s %s: %zu rules loaded in %.1f ms (%.1f ms CPU); %zu/%zu incidents in %.3f s = %.0f incidents/s "
         "(FactsBuilder + evaluate + extraction); evaluate() alone %.3f s = %.0f incidents/s; FactsBuilder alone "
         "%.3f s; peak RSS %.1f MB\n",
         engine, version.c_str(), tr.ids.size(), load_ms, load_cpu_ms, done, total, eval_s, per_s, eval_only,
         engine_per_s, build_only, rss_mb);
  printf("RESULT {\"engine\":\"%s\",\"version\":\"%s\",\"rules\":%zu,\"n\":%zu,\"total\":%zu,\"load_ms\":%.3f,"
         "\"eval_s\":%.6f,\"rss_mb\":%.2f,\"per_s\":%.1f,\"internal_s\":%.6f,\"engine_per_s\":%.1f,"
         "\"build_s\":%.6f,\"load_cpu_ms\":%.3f}\n",
         engine, version.c_str(), tr.ids.size(), done, total, load_ms, eval_s, rss_mb, per_s, eval_only,
         engine_per_s, build_only, load_cpu_ms);
  return 0;
}
