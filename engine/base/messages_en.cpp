// SPDX-License-Identifier: Apache-2.0
// The English catalogue of the engine's messages: diagnostics (keyed by code, with suffixes for
// the variants of one code, ".hint" and ".note" for their hints and notes), their shared words
// and hints. Templates use fmt's positional fields {0}, {1}, …; the Indonesian catalogue
// (messages_id.cpp) has the same keys with the same fields. Order does not matter: the table is
// sorted on first use, and message_test rejects a key given twice.
#include "base/message_catalogue.hpp"

namespace netral::base {

std::vector<CatalogueEntry> english_messages() {
    return {
        // Words of the diagnostic rendering itself.
        {"diag.error", "error"},
        {"diag.hint", "hint"},
        {"diag.note", "note"},
        {"diag.warning", "warning"},
        // Shared hints.
        {"hint.did_you_mean", "did you mean `{0}`?"},
        // --- E1xxx and E9001-E9003: parsing (engine/syntax) ---

        // --- E2xxx-E5xxx, W2xxx-W5xxx: the checker (engine/check) ---

        // --- E6xxx: incident files and changes (engine/io) ---

        // --- E7xxx: the API and the command line (engine/api, engine/cli) ---

        // --- E8xxx: example cases and their expectations (engine/cases) ---

        // --- E9004: limits (engine/base) ---
        {"E9004", "too many errors; stopped after {0}"},
        {"E9004.hint", "raise the limit with --max-errors"},
    };
}

}  // namespace netral::base
