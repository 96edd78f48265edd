// SPDX-License-Identifier: Apache-2.0
// The full detail of `netral explain`: the rules examined that did not apply, one line each with
// the element and the condition that failed, in the terminal, Markdown and HTML renderings. Read
// from Decision::why_not when no target was asked for (EvalOptions::examine_all).
#pragma once

#include "netral/decision.hpp"
#include "render/html_writer.hpp"
#include "render/markdown_writer.hpp"
#include "render/text_writer.hpp"

namespace netral::rendering {

/// The section in the terminal rendering.
void write_not_applied(text::Writer& out, const Decision& decision);
/// The section in the Markdown rendering.
void write_not_applied(markdown::Writer& out, const Decision& decision);
/// The section in the HTML rendering.
void write_not_applied(html::Writer& out, const Decision& decision);

}  // namespace netral::rendering
