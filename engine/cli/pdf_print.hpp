// SPDX-License-Identifier: Apache-2.0
// `--format pdf`: the HTML rendering printed by WeasyPrint, run as an external program (Debian
// package `weasyprint`). The engine never spawns processes; only the CLI does, here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace netral::cli {

/// The program that prints HTML to PDF, and the Debian package that installs it.
inline constexpr std::string_view kPdfProgram = "weasyprint";
inline constexpr std::string_view kPdfPackage = "weasyprint";

/// The executable file `name` in the first directory of `path` (a PATH value, `:`-separated;
/// an empty entry is the current directory) that holds one; none when `path` is none or no
/// directory does.
std::optional<std::string> find_on_path(std::string_view name,
                                        const std::optional<std::string>& path);

/// Prints the HTML document `html` to the PDF file `pdf_path` with `program` (weasyprint), which
/// reads the document on its standard input. Empty on success; otherwise what went wrong, with
/// the program's own messages. Blocks until the program ends. Thread-safe for distinct paths.
std::string print_pdf(const std::string& program, std::string_view html,
                      const std::string& pdf_path);
/// The same, the PDF returned in `bytes` (through a temporary file) rather than kept in a file.
std::string print_pdf_bytes(const std::string& program, std::string_view html, std::string& bytes);

}  // namespace netral::cli
