// SPDX-License-Identifier: Apache-2.0
// Renderings of a Decision: terminal text, Markdown and HTML in Indonesian or English, and JSON
// (both languages, docs/decision.schema.json). Pure functions of the Decision.
//
// The namespace is `rendering`, not `render` like the folder: the public header evaluate.hpp
// declares the function netral::render(), and C++ forbids a namespace of the same name beside it.
#pragma once

#include <string>
#include <string_view>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"

namespace netral::rendering {

/// Terminal text for legal staff in `language`: the answer first, then each finding's reasoning,
/// the tracks, referrals and the decision record; `detail` Full adds the condition trees. UTF-8,
/// one field per line, every text from the decision made safe (no control characters).
/// Deterministic; thread-safe.
std::string to_text(const Decision& decision, Language language, Detail detail);
/// The same content as a Markdown document for a case file; no HTML. Deterministic; thread-safe.
std::string to_markdown(const Decision& decision, Language language, Detail detail);
/// The same content as one standalone, printable HTML document (A4 print style sheet, page
/// numbers, the decision record in every page's footer; html_document.cpp). Every text from the
/// decision is escaped. Deterministic; thread-safe.
std::string to_html(const Decision& decision, Language language, Detail detail);
/// A rendering that has no HTML form of its own (a what-if diff, an exploration, a scenario):
/// its terminal `text` preformatted in the same standalone document, titled by its first line.
/// Deterministic; thread-safe.
std::string text_as_html(std::string_view text, Language language);
/// JSON with both languages, as docs/decision.schema.json and docs/decision.md describe; the
/// bytes depend only on the decision. Deterministic; thread-safe.
std::string to_json(const Decision& decision);
/// The same JSON on one line without white space between tokens, ending in a new line: one line
/// of JSON Lines (`netral eval --format jsonl`). Deterministic; thread-safe.
std::string to_json_line(const Decision& decision);

}  // namespace netral::rendering
