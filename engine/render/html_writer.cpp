// SPDX-License-Identifier: Apache-2.0
// Implements the body writer and the escaping of html_writer.hpp. Lists are tracked as a stack
// of open `<ul>`/`<ol>` elements, each with one `<li>` open, so an item at any depth closes
// exactly what it must and the output is always well formed.
#include "render/html_writer.hpp"

#include <fmt/format.h>

#include <string>

#include "render/common.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering::html {

std::string escape(std::string_view text) {
    std::string line = one_line(text);
    std::string out;
    out.reserve(line.size());
    for (char c : line) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string code(std::string_view text) { return "<code>" + escape(text) + "</code>"; }

std::string strong(std::string_view html) { return fmt::format("<strong>{}</strong>", html); }

std::string em(std::string_view html) { return fmt::format("<em>{}</em>", html); }

void Writer::close_lists(std::size_t keep) {
    while (lists_.size() > keep) {
        out_ += lists_.back() ? "</li></ol>\n" : "</li></ul>\n";
        lists_.pop_back();
    }
}

void Writer::heading(int level, std::string_view html) {
    close_lists(0);
    out_ += fmt::format("<h{0}>{1}</h{0}>\n", level, html);
}

void Writer::paragraph(std::string_view html, std::string_view css_class) {
    close_lists(0);
    if (css_class.empty()) {
        out_ += fmt::format("<p>{}</p>\n", html);
    } else {
        out_ += fmt::format("<p class=\"{}\">{}</p>\n", css_class, html);
    }
}

void Writer::item(std::size_t depth, std::string_view html, bool ordered) {
    close_lists(depth + 1);
    if (lists_.size() == depth + 1) {
        if (lists_.back() == ordered) {
            out_ += "</li>\n";
        } else {
            close_lists(depth);  // a list of the other kind ends here
        }
    }
    while (lists_.size() < depth + 1) {
        // Only the innermost list takes the kind asked for; levels skipped are bullets.
        bool kind = lists_.size() == depth && ordered;
        out_ += kind ? "<ol>" : "<ul>";
        lists_.push_back(kind);
        if (lists_.size() < depth + 1) out_ += "<li>";
    }
    out_ += "<li>";
    out_ += html;
}

void Writer::field(std::size_t depth, Msg label, std::string_view value) {
    std::string html = strong(text(label) + ":");
    if (!value.empty()) html += fmt::format(" {}", value);
    item(depth, html);
}

void Writer::table(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows) {
    close_lists(0);
    out_ += "<table>\n<thead><tr>";
    for (const std::string& cell : header) out_ += fmt::format("<th>{}</th>", cell);
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& cells : rows) {
        out_ += "<tr>";
        for (const std::string& cell : cells) out_ += fmt::format("<td>{}</td>", cell);
        out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
}

void Writer::none() { paragraph(none_text(*this)); }

void Writer::open_section(std::string_view css_class) {
    close_lists(0);
    out_ += fmt::format("<section class=\"{}\">\n", css_class);
}

void Writer::close_section() {
    close_lists(0);
    out_ += "</section>\n";
}

std::string Writer::take() {
    close_lists(0);
    return std::move(out_);
}

std::string none_text(const Writer& out) { return em(fmt::format("({})", out.text(Msg::None))); }

std::string labelled(const std::string& id, const Text& label, Language language) {
    std::string out = code(id);
    const std::string& text = pick(label, language);
    if (!text.empty() && text != id) out += " — " + escape(text);
    return out;
}

}  // namespace netral::rendering::html
