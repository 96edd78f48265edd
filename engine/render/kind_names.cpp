// SPDX-License-Identifier: Apache-2.0
// The stable string forms of the public kind enums (decision.hpp, whatif.hpp, explore.hpp). They
// are the JSON values and the words the renderings and `expect` blocks use, so a name here never
// changes; a new enum value fails to compile here until it is given one.
#include <string_view>

#include "netral/decision.hpp"
#include "netral/explore.hpp"
#include "netral/whatif.hpp"

namespace netral {

std::string_view to_string(RelationKind kind) {
    switch (kind) {
        case RelationKind::Exception:
            return "exception";
        case RelationKind::Prevails:
            return "prevails";
    }
    return "exception";
}

std::string_view to_string(ReviewKind kind) {
    switch (kind) {
        case ReviewKind::Status:
            return "status";
        case ReviewKind::Rule:
            return "rule";
        case ReviewKind::Missing:
            return "missing";
        case ReviewKind::Conflict:
            return "conflict";
        case ReviewKind::Exception:
            return "exception";
        case ReviewKind::Escalation:
            return "escalation";
        case ReviewKind::Sanction:
            return "sanction";
        case ReviewKind::Provisional:
            return "provisional";
        case ReviewKind::Validity:
            return "validity";
        case ReviewKind::Inexact:
            return "inexact";
    }
    return "rule";
}

std::string_view to_string(StepKind kind) {
    switch (kind) {
        case StepKind::Combine:
            return "combine";
        case StepKind::Escalate:
            return "escalate";
        case StepKind::Ceiling:
            return "ceiling";
        case StepKind::Provisional:
            return "provisional";
    }
    return "combine";
}

std::string_view to_string(FindingChange change) {
    switch (change) {
        case FindingChange::Added:
            return "added";
        case FindingChange::Removed:
            return "removed";
        case FindingChange::Changed:
            return "changed";
    }
    return "changed";
}

std::string_view to_string(ExploreChangeKind kind) {
    switch (kind) {
        case ExploreChangeKind::Set:
            return "set";
        case ExploreChangeKind::Remove:
            return "remove";
        case ExploreChangeKind::Add:
            return "add";
    }
    return "set";
}

std::string_view to_string(ExploreDirection direction) {
    switch (direction) {
        case ExploreDirection::Raise:
            return "raise";
        case ExploreDirection::Lower:
            return "lower";
        case ExploreDirection::Other:
            return "other";
    }
    return "other";
}

}  // namespace netral
