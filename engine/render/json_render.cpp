// SPDX-License-Identifier: Apache-2.0
// The JSON rendering of a decision (docs/decision.schema.json, described in docs/decision.md).
// It mirrors decision.hpp field by field with four changes: every Text is {"id", "en"}; enums
// are lower-case strings; parallel vectors (sanction ids and their labels) become one array of
// {"id", "label"}; and the justification trail (condition trees, validity values, relations,
// track steps) moves out of the findings, referrals and tracks into one top-level `trail` object
// whose arrays are aligned index by index with theirs. Empty strings mean "not given"; a
// location without a file is null. The key order is fixed by the order of insertion below.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>

#include "render/common.hpp"
#include "render/json_writer.hpp"
#include "render/render_decision.hpp"

namespace netral::rendering {

namespace {

namespace json = boost::json;

/// Version of the JSON shape; bumped on any incompatible change of docs/decision.schema.json.
constexpr std::int64_t kSchemaVersion = 4;

json::value text(const Text& value) {
    json::object out;
    out["id"] = value.id;
    out["en"] = value.en.empty() ? value.id : value.en;
    return out;
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

json::value location(const Location& value) {
    if (value.file.empty()) return nullptr;
    json::object out;
    out["file"] = value.file;
    out["line"] = static_cast<std::uint64_t>(value.line);
    out["column"] = static_cast<std::uint64_t>(value.column);
    return out;
}

json::array strings(const std::vector<std::string>& values) {
    json::array out;
    for (const std::string& value : values) out.emplace_back(value);
    return out;
}

json::array texts(const std::vector<Text>& values) {
    json::array out;
    for (const Text& value : values) out.emplace_back(text(value));
    return out;
}

json::array sanctions(const std::vector<std::string>& ids, const std::vector<Text>& labels) {
    json::array out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        json::object entry;
        entry["id"] = ids[i];
        entry["label"] = text(i < labels.size() ? labels[i] : Text{ids[i], ids[i]});
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array citations(const std::vector<CitationRef>& values) {
    json::array out;
    for (const CitationRef& citation : values) {
        json::object entry;
        entry["text"] = citation.text;
        entry["regulation"] = text(citation.regulation);
        entry["in_force"] = citation.in_force;
        // Absent for a provision cited as written; the reason otherwise.
        if (citation.inference) entry["inference"] = text(*citation.inference);
        entry["location"] = location(citation.location);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::value rule(const RuleRef& value) {
    json::object out;
    out["id"] = value.id;
    out["title"] = text(value.title);
    out["status"] = value.status;
    out["row"] = value.row;
    out["location"] = location(value.location);
    out["citations"] = citations(value.citations);
    out["author_notes"] = strings(value.notes);  // for rule authors, in their words
    return out;
}

json::array values_seen(const std::vector<ValueSeen>& values) {
    json::array out;
    for (const ValueSeen& value : values) {
        json::object entry;
        entry["name"] = value.name;
        entry["value"] = value.value;
        entry["label"] = text(value.label);
        entry["what"] = text(value.what);
        // Only where the rule pack gives one, so decisions of packs without phrases keep their
        // bytes (an optional key: schema_version unchanged).
        if (!value.phrase.id.empty()) entry["phrase"] = text(value.phrase);
        entry["origin"] = origin(value.origin);
        entry["location"] = location(value.location);
        entry["detail"] = text(value.detail);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array conditions(const std::vector<ConditionTrace>& nodes) {
    json::array out;
    for (const ConditionTrace& node : nodes) {
        json::object entry;
        entry["text"] = node.text;
        entry["result"] = truth(node.result);
        entry["values"] = values_seen(node.values);
        entry["would_hold"] = texts(node.would_hold);
        entry["parts"] = conditions(node.parts);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array relations(const std::vector<RelationApplied>& values) {
    json::array out;
    for (const RelationApplied& relation : values) {
        json::object entry;
        entry["kind"] = to_string(relation.kind);
        entry["rule"] = relation.rule;
        entry["doctrine"] = relation.doctrine;
        entry["result"] = truth(relation.result);
        entry["location"] = location(relation.location);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::value outcome(const Decision& decision) {
    const Outcome& value = decision.outcome;
    json::object out;
    out["category"] = value.category;
    out["category_label"] = text(value.category_label);
    out["track"] = value.track;
    out["sanctions"] = sanctions(value.sanctions, value.sanction_labels);
    out["recommended"] = outcome_recommended(decision);
    out["review"] = value.review;
    out["provisional"] = value.provisional;
    out["possible"] = sanctions(value.possible, value.possible_labels);
    return out;
}

/// The outcome over the days of inexact dates (Decision::inexact).
json::object inexact(const InexactDates& value) {
    json::object out;
    out["dates"] = strings(value.dates);
    json::array pieces;
    for (const DatePiece& piece : value.pieces) {
        json::object entry;
        entry["days"] = strings(piece.days);
        entry["category"] = piece.category;
        entry["category_label"] = text(piece.category_label);
        entry["tracks"] = strings(piece.tracks);
        pieces.emplace_back(std::move(entry));
    }
    out["pieces"] = std::move(pieces);
    out["decides"] = text(value.decides);
    out["policy"] = value.policy;
    out["too_many"] = value.too_many;
    return out;
}

json::array tracks(const std::vector<TrackResult>& values) {
    json::array out;
    for (const TrackResult& track : values) {
        json::object entry;
        entry["track"] = track.track;
        entry["label"] = text(track.label);
        entry["category"] = track.category;
        entry["category_label"] = text(track.category_label);
        entry["sanctions"] = sanctions(track.sanctions, track.sanction_labels);
        entry["recommended"] = track.recommended;
        json::array used;
        for (std::size_t index : track.findings)
            used.emplace_back(static_cast<std::uint64_t>(index));
        entry["findings"] = std::move(used);
        entry["provisional"] = track.provisional;
        entry["absorbed_by"] = track.absorbed_by;
        entry["absorbed_reason"] = text(track.absorbed_reason);
        entry["possible"] = sanctions(track.possible, track.possible_labels);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array findings(const std::vector<Finding>& values) {
    json::array out;
    for (const Finding& finding : values) {
        json::object entry;
        entry["act"] = finding.act;
        entry["binding"] = finding.binding;
        entry["rule"] = rule(finding.rule);
        entry["track"] = finding.track;
        entry["track_label"] = text(finding.track_label);
        entry["category"] = finding.category;
        entry["sanction"] = finding.sanction;
        entry["level_label"] = text(finding.level_label);
        entry["reason"] = text(finding.reason);
        entry["applies"] = truth(finding.applies);
        entry["displaced"] = finding.displaced;
        entry["displaced_by"] = finding.displaced_by;
        json::array marks;
        for (const ProvisionalMark& mark : finding.provisional) {
            json::object m;
            m["rule"] = mark.rule;
            m["reason"] = text(mark.reason);
            m["location"] = location(mark.location);
            marks.emplace_back(std::move(m));
        }
        entry["provisional"] = std::move(marks);
        entry["holds_on"] = strings(finding.holds_on);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array referrals(const std::vector<Referral>& values) {
    json::array out;
    for (const Referral& referral : values) {
        json::object entry;
        entry["citation"] = referral.citation;
        entry["regulation"] = text(referral.regulation);
        entry["act"] = referral.act;
        entry["rule"] = rule(referral.rule);
        entry["reason"] = text(referral.reason);
        entry["applies"] = truth(referral.applies);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array review(const std::vector<ReviewItem>& values) {
    json::array out;
    for (const ReviewItem& item : values) {
        json::object entry;
        entry["kind"] = to_string(item.kind);
        entry["message"] = text(item.message);
        entry["act"] = item.act;
        entry["rule"] = item.rule;
        entry["needs"] = texts(item.needs);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array defaults(const std::vector<DefaultUsed>& values) {
    json::array out;
    for (const DefaultUsed& used : values) {
        json::object entry;
        entry["fact"] = used.fact;
        entry["value"] = used.value;
        entry["declared"] = location(used.declared);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::array params(const std::vector<ParamUsed>& values) {
    json::array out;
    for (const ParamUsed& param : values) {
        json::object entry;
        entry["name"] = param.name;
        entry["value"] = param.value;
        entry["chosen"] = param.chosen;
        entry["status"] = param.status;
        out.emplace_back(std::move(entry));
    }
    return out;
}

/// The trail entry of one finding (or why-not entry): what it rests on.
json::array finding_trails(const std::vector<Finding>& values) {
    json::array out;
    for (const Finding& finding : values) {
        json::object entry;
        entry["act"] = finding.act;
        entry["rule"] = finding.rule.id;
        entry["conditions"] = conditions(finding.conditions);
        entry["validity"] = values_seen(finding.validity);
        entry["relations"] = relations(finding.relations);
        json::array marks;
        for (const ProvisionalMark& mark : finding.provisional) {
            json::object m;
            m["rule"] = mark.rule;
            m["conditions"] = conditions(mark.conditions);
            marks.emplace_back(std::move(m));
        }
        entry["provisional"] = std::move(marks);
        out.emplace_back(std::move(entry));
    }
    return out;
}

json::value trail(const Decision& decision) {
    json::object out;
    out["findings"] = finding_trails(decision.findings);
    json::array referral_trails;
    for (const Referral& referral : decision.referrals) {
        json::object entry;
        entry["act"] = referral.act;
        entry["rule"] = referral.rule.id;
        entry["conditions"] = conditions(referral.conditions);
        referral_trails.emplace_back(std::move(entry));
    }
    out["referrals"] = std::move(referral_trails);
    json::array track_trails;
    for (const TrackResult& track : decision.tracks) {
        json::array steps;
        for (const TrackStep& step : track.steps) {
            json::object entry;
            entry["kind"] = to_string(step.kind);
            entry["text"] = text(step.text);
            entry["citations"] = citations(step.citations);
            entry["values"] = values_seen(step.values);
            steps.emplace_back(std::move(entry));
        }
        json::object entry;
        entry["track"] = track.track;
        entry["steps"] = std::move(steps);
        track_trails.emplace_back(std::move(entry));
    }
    out["tracks"] = std::move(track_trails);
    out["why_not"] = finding_trails(decision.why_not);
    return out;
}

/// The decision as one JSON object, members in the schema's order.
json::object decision_json(const Decision& decision) {
    json::object out;
    out["schema_version"] = kSchemaVersion;
    out["incident"] = decision.incident;
    out["source"] = decision.source;
    out["as_of"] = decision.as_of;
    out["engine_version"] = decision.engine_version;
    json::object ruleset;
    ruleset["name"] = decision.ruleset.name;
    ruleset["title"] = text(decision.ruleset.title);
    ruleset["version"] = decision.ruleset.version;
    ruleset["digest"] = decision.ruleset.digest;
    out["ruleset"] = std::move(ruleset);
    out["outcome"] = outcome(decision);
    out["tracks"] = tracks(decision.tracks);
    out["findings"] = findings(decision.findings);
    out["referrals"] = referrals(decision.referrals);
    out["review"] = review(decision.review);
    out["inexact"] = inexact(decision.inexact);
    out["defaults"] = defaults(decision.defaults);
    out["params"] = params(decision.params);
    out["notes"] = strings(decision.notes);
    json::object why_not;
    why_not["target"] = decision.why_not_target;
    why_not["reached"] = decision.why_not_reached;
    why_not["findings"] = findings(decision.why_not);
    out["why_not"] = std::move(why_not);
    out["trail"] = trail(decision);
    return out;
}

}  // namespace

std::string to_json(const Decision& decision) { return write_json(decision_json(decision)); }

std::string to_json_line(const Decision& decision) {
    return write_json(decision_json(decision), JsonLayout::Line);
}

}  // namespace netral::rendering
