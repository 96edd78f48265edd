// SPDX-License-Identifier: Apache-2.0
// The JSON rendering of a decision (docs/decision.schema.json, described in docs/decision.md).
// It mirrors decision.hpp field by field with four changes: every Text is {"id", "en"}; enums
// are lower-case strings; parallel vectors (sanction ids and their labels) become one array of
// {"id", "label"}; and the justification trail (condition trees, validity values, relations,
// track steps) moves out of the findings, referrals and tracks into one top-level `trail` object
// whose arrays are aligned index by index with theirs. Empty strings mean "not given"; a
// location without a file is null. The key order is the order of the writes below, which go
// straight to the text (json_stream.hpp): no tree of values is built.
#include <cstdint>

#include "render/common.hpp"
#include "render/json_stream.hpp"
#include "render/render_decision.hpp"

namespace netral::rendering {

namespace {

/// Version of the JSON shape; bumped on any incompatible change of docs/decision.schema.json.
constexpr std::int64_t kSchemaVersion = 4;

void text(JsonStream& j, const Text& value) {
    j.begin_object();
    j.member("id", value.id);
    j.member("en", value.en.empty() ? value.id : value.en);
    j.end_object();
}

std::string_view truth(Truth value) {
    switch (value) {
        case Truth::True:
            return "true";
        case Truth::False:
            return "false";
        case Truth::Unknown:
            return "unknown";
    }
    return "unknown";
}

std::string_view origin(OriginKind kind) {
    switch (kind) {
        case OriginKind::Given:
            return "given";
        case OriginKind::Default:
            return "default";
        case OriginKind::Absent:
            return "absent";
        case OriginKind::Host:
            return "host";
        case OriginKind::Implied:
            return "implied";
        case OriginKind::Derived:
            return "derived";
        case OriginKind::Table:
            return "table";
        case OriginKind::Parameter:
            return "parameter";
        case OriginKind::AsOf:
            return "as_of";
        case OriginKind::Constant:
            return "constant";
        case OriginKind::Changed:
            return "changed";
    }
    return "given";
}

void location(JsonStream& j, const Location& value) {
    if (value.file.empty()) {
        j.null();
        return;
    }
    j.begin_object();
    j.member("file", value.file);
    j.key("line").number(static_cast<std::uint64_t>(value.line));
    j.key("column").number(static_cast<std::uint64_t>(value.column));
    j.end_object();
}

void strings(JsonStream& j, const std::vector<std::string>& values) {
    j.begin_array();
    for (const std::string& value : values) j.string(value);
    j.end_array();
}

void texts(JsonStream& j, const std::vector<Text>& values) {
    j.begin_array();
    for (const Text& value : values) text(j, value);
    j.end_array();
}

void sanctions(JsonStream& j, const std::vector<std::string>& ids, const std::vector<Text>& labels) {
    j.begin_array();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        j.begin_object();
        j.member("id", ids[i]);
        text(j.key("label"), i < labels.size() ? labels[i] : Text{ids[i], ids[i]});
        j.end_object();
    }
    j.end_array();
}

void citations(JsonStream& j, const std::vector<CitationRef>& values) {
    j.begin_array();
    for (const CitationRef& citation : values) {
        j.begin_object();
        j.member("text", citation.text);
        text(j.key("regulation"), citation.regulation);
        j.member("in_force", citation.in_force);
        // Absent for a provision cited as written; the reason otherwise.
        if (citation.inference) text(j.key("inference"), *citation.inference);
        location(j.key("location"), citation.location);
        j.end_object();
    }
    j.end_array();
}

void rule(JsonStream& j, const RuleRef& value) {
    j.begin_object();
    j.member("id", value.id);
    text(j.key("title"), value.title);
    j.member("status", value.status);
    j.member("row", value.row);
    location(j.key("location"), value.location);
    citations(j.key("citations"), value.citations);
    strings(j.key("author_notes"), value.notes);  // for rule authors, in their words
    j.end_object();
}

void values_seen(JsonStream& j, const std::vector<ValueSeen>& values) {
    j.begin_array();
    for (const ValueSeen& value : values) {
        j.begin_object();
        j.member("name", value.name);
        j.member("value", value.value);
        text(j.key("label"), value.label);
        text(j.key("what"), value.what);
        // Only where the rule pack gives one, so decisions of packs without phrases keep their
        // bytes (an optional key: schema_version unchanged).
        if (!value.phrase.id.empty()) text(j.key("phrase"), value.phrase);
        j.member("origin", origin(value.origin));
        location(j.key("location"), value.location);
        text(j.key("detail"), value.detail);
        j.end_object();
    }
    j.end_array();
}

void conditions(JsonStream& j, const std::vector<ConditionTrace>& nodes) {
    j.begin_array();
    for (const ConditionTrace& node : nodes) {
        j.begin_object();
        j.member("text", node.text);
        j.member("result", truth(node.result));
        values_seen(j.key("values"), node.values);
        texts(j.key("would_hold"), node.would_hold);
        conditions(j.key("parts"), node.parts);
        j.end_object();
    }
    j.end_array();
}

void relations(JsonStream& j, const std::vector<RelationApplied>& values) {
    j.begin_array();
    for (const RelationApplied& relation : values) {
        j.begin_object();
        j.member("kind", to_string(relation.kind));
        j.member("rule", relation.rule);
        j.member("doctrine", relation.doctrine);
        j.member("result", truth(relation.result));
        location(j.key("location"), relation.location);
        j.end_object();
    }
    j.end_array();
}

void outcome(JsonStream& j, const Decision& decision) {
    const Outcome& value = decision.outcome;
    j.begin_object();
    j.member("category", value.category);
    text(j.key("category_label"), value.category_label);
    j.member("track", value.track);
    sanctions(j.key("sanctions"), value.sanctions, value.sanction_labels);
    j.member("recommended", outcome_recommended(decision));
    j.member("review", value.review);
    j.member("provisional", value.provisional);
    sanctions(j.key("possible"), value.possible, value.possible_labels);
    j.end_object();
}

/// The outcome over the days of inexact dates (Decision::inexact).
void inexact(JsonStream& j, const InexactDates& value) {
    j.begin_object();
    strings(j.key("dates"), value.dates);
    j.key("pieces").begin_array();
    for (const DatePiece& piece : value.pieces) {
        j.begin_object();
        strings(j.key("days"), piece.days);
        j.member("category", piece.category);
        text(j.key("category_label"), piece.category_label);
        strings(j.key("tracks"), piece.tracks);
        j.end_object();
    }
    j.end_array();
    text(j.key("decides"), value.decides);
    j.member("policy", value.policy);
    j.member("too_many", value.too_many);
    j.end_object();
}

void tracks(JsonStream& j, const std::vector<TrackResult>& values) {
    j.begin_array();
    for (const TrackResult& track : values) {
        j.begin_object();
        j.member("track", track.track);
        text(j.key("label"), track.label);
        j.member("category", track.category);
        text(j.key("category_label"), track.category_label);
        sanctions(j.key("sanctions"), track.sanctions, track.sanction_labels);
        j.member("recommended", track.recommended);
        j.key("findings").begin_array();
        for (std::size_t index : track.findings) j.number(static_cast<std::uint64_t>(index));
        j.end_array();
        j.member("provisional", track.provisional);
        j.member("absorbed_by", track.absorbed_by);
        text(j.key("absorbed_reason"), track.absorbed_reason);
        sanctions(j.key("possible"), track.possible, track.possible_labels);
        j.end_object();
    }
    j.end_array();
}

void findings(JsonStream& j, const std::vector<Finding>& values) {
    j.begin_array();
    for (const Finding& finding : values) {
        j.begin_object();
        j.member("act", finding.act);
        j.member("binding", finding.binding);
        rule(j.key("rule"), finding.rule);
        j.member("track", finding.track);
        text(j.key("track_label"), finding.track_label);
        j.member("category", finding.category);
        j.member("sanction", finding.sanction);
        text(j.key("level_label"), finding.level_label);
        text(j.key("reason"), finding.reason);
        j.member("applies", truth(finding.applies));
        j.member("displaced", finding.displaced);
        j.member("displaced_by", finding.displaced_by);
        j.key("provisional").begin_array();
        for (const ProvisionalMark& mark : finding.provisional) {
            j.begin_object();
            j.member("rule", mark.rule);
            text(j.key("reason"), mark.reason);
            location(j.key("location"), mark.location);
            j.end_object();
        }
        j.end_array();
        strings(j.key("holds_on"), finding.holds_on);
        j.end_object();
    }
    j.end_array();
}

void referrals(JsonStream& j, const std::vector<Referral>& values) {
    j.begin_array();
    for (const Referral& referral : values) {
        j.begin_object();
        j.member("citation", referral.citation);
        text(j.key("regulation"), referral.regulation);
        j.member("act", referral.act);
        rule(j.key("rule"), referral.rule);
        text(j.key("reason"), referral.reason);
        j.member("applies", truth(referral.applies));
        j.end_object();
    }
    j.end_array();
}

void review(JsonStream& j, const std::vector<ReviewItem>& values) {
    j.begin_array();
    for (const ReviewItem& item : values) {
        j.begin_object();
        j.member("kind", to_string(item.kind));
        text(j.key("message"), item.message);
        j.member("act", item.act);
        j.member("rule", item.rule);
        texts(j.key("needs"), item.needs);
        j.end_object();
    }
    j.end_array();
}

void defaults(JsonStream& j, const std::vector<DefaultUsed>& values) {
    j.begin_array();
    for (const DefaultUsed& used : values) {
        j.begin_object();
        j.member("fact", used.fact);
        j.member("value", used.value);
        location(j.key("declared"), used.declared);
        j.end_object();
    }
    j.end_array();
}

void params(JsonStream& j, const std::vector<ParamUsed>& values) {
    j.begin_array();
    for (const ParamUsed& param : values) {
        j.begin_object();
        j.member("name", param.name);
        j.member("value", param.value);
        j.member("chosen", param.chosen);
        j.member("status", param.status);
        j.end_object();
    }
    j.end_array();
}

/// The trail entry of one finding (or why-not entry): what it rests on.
void finding_trails(JsonStream& j, const std::vector<Finding>& values) {
    j.begin_array();
    for (const Finding& finding : values) {
        j.begin_object();
        j.member("act", finding.act);
        j.member("rule", finding.rule.id);
        conditions(j.key("conditions"), finding.conditions);
        values_seen(j.key("validity"), finding.validity);
        relations(j.key("relations"), finding.relations);
        j.key("provisional").begin_array();
        for (const ProvisionalMark& mark : finding.provisional) {
            j.begin_object();
            j.member("rule", mark.rule);
            conditions(j.key("conditions"), mark.conditions);
            j.end_object();
        }
        j.end_array();
        j.end_object();
    }
    j.end_array();
}

void trail(JsonStream& j, const Decision& decision) {
    j.begin_object();
    finding_trails(j.key("findings"), decision.findings);
    j.key("referrals").begin_array();
    for (const Referral& referral : decision.referrals) {
        j.begin_object();
        j.member("act", referral.act);
        j.member("rule", referral.rule.id);
        conditions(j.key("conditions"), referral.conditions);
        j.end_object();
    }
    j.end_array();
    j.key("tracks").begin_array();
    for (const TrackResult& track : decision.tracks) {
        j.begin_object();
        j.member("track", track.track);
        j.key("steps").begin_array();
        for (const TrackStep& step : track.steps) {
            j.begin_object();
            j.member("kind", to_string(step.kind));
            text(j.key("text"), step.text);
            citations(j.key("citations"), step.citations);
            values_seen(j.key("values"), step.values);
            j.end_object();
        }
        j.end_array();
        j.end_object();
    }
    j.end_array();
    finding_trails(j.key("why_not"), decision.why_not);
    j.end_object();
}

/// The decision as one JSON object, members in the schema's order.
void decision_json(JsonStream& j, const Decision& decision) {
    j.begin_object();
    j.key("schema_version").number(kSchemaVersion);
    j.member("incident", decision.incident);
    j.member("source", decision.source);
    j.member("as_of", decision.as_of);
    j.member("engine_version", decision.engine_version);
    j.key("ruleset").begin_object();
    j.member("name", decision.ruleset.name);
    text(j.key("title"), decision.ruleset.title);
    j.member("version", decision.ruleset.version);
    j.member("digest", decision.ruleset.digest);
    j.end_object();
    outcome(j.key("outcome"), decision);
    tracks(j.key("tracks"), decision.tracks);
    findings(j.key("findings"), decision.findings);
    referrals(j.key("referrals"), decision.referrals);
    review(j.key("review"), decision.review);
    inexact(j.key("inexact"), decision.inexact);
    defaults(j.key("defaults"), decision.defaults);
    params(j.key("params"), decision.params);
    strings(j.key("notes"), decision.notes);
    j.key("why_not").begin_object();
    j.member("target", decision.why_not_target);
    j.member("reached", decision.why_not_reached);
    findings(j.key("findings"), decision.why_not);
    j.end_object();
    trail(j.key("trail"), decision);
    j.end_object();
}

std::string write_decision(const Decision& decision, JsonLayout layout) {
    std::string out;
    JsonStream j(out, layout);
    decision_json(j, decision);
    j.finish();
    return out;
}

}  // namespace

std::string to_json(const Decision& decision) { return write_decision(decision, JsonLayout::Indented); }

std::string to_json_line(const Decision& decision) {
    return write_decision(decision, JsonLayout::Line);
}

}  // namespace netral::rendering
