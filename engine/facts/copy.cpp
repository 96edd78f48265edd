// SPDX-License-Identifier: Apache-2.0
// Copying an incident for what-if edits: instances and lists live in deques and point at each
// other, so the copy rebuilds every pointer through index tables of the original.
#include "facts/copy.hpp"

#include <unordered_map>

namespace netral::facts {

Incident copy_incident(const Incident& incident) {
    Incident copy;
    copy.sources = incident.sources;
    std::unordered_map<const Instance*, Instance*> instances;
    std::unordered_map<const List*, List*> lists;
    instances.reserve(incident.instances.size());
    for (const Instance& instance : incident.instances) {
        Instance& twin = copy.instances.emplace_back(instance);
        twin.serial = static_cast<std::uint32_t>(copy.instances.size() - 1);
        instances.emplace(&instance, &twin);
    }
    for (const List& list : incident.lists) {
        List& twin = copy.lists.emplace_back(list);
        lists.emplace(&list, &twin);
    }
    auto remap = [&](Value& value) {
        if (value.kind == ValueKind::Record && value.record != nullptr) {
            value.record = instances.at(value.record);
        } else if (value.kind == ValueKind::List && value.list != nullptr) {
            value.list = lists.at(value.list);
        }
    };
    copy.facts = incident.facts;
    for (Slot& slot : copy.facts) remap(slot.value);
    for (Instance& instance : copy.instances) {
        for (Slot& slot : instance.slots) remap(slot.value);
    }
    for (List& list : copy.lists) {
        for (const Instance*& item : list.items) item = instances.at(item);
    }
    return copy;
}

}  // namespace netral::facts
