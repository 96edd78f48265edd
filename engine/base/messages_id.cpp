// SPDX-License-Identifier: Apache-2.0
// The Indonesian catalogue of the engine's messages, with the keys and fields of the English
// one (messages_en.cpp); see there for the conventions.
#include "base/message_catalogue.hpp"

namespace netral::base {

std::vector<CatalogueEntry> indonesian_messages() {
    return {
        // Words of the diagnostic rendering itself.
        {"diag.error", "kesalahan"},
        {"diag.hint", "saran"},
        {"diag.note", "catatan"},
        {"diag.warning", "peringatan"},
        // Shared hints.
        {"hint.did_you_mean", "maksud Anda `{0}`?"},
        // --- E1xxx and E9001-E9003: parsing (engine/syntax) ---

        // --- E2xxx-E5xxx, W2xxx-W5xxx: the checker (engine/check) ---

        // --- E6xxx: incident files and changes (engine/io) ---

        // --- E7xxx: the API and the command line (engine/api, engine/cli) ---

        // --- E8xxx: example cases and their expectations (engine/cases) ---

        // --- E9004: limits (engine/base) ---
        {"E9004", "terlalu banyak kesalahan; berhenti setelah {0}"},
        {"E9004.hint", "naikkan batasnya dengan --max-errors"},
    };
}

}  // namespace netral::base
