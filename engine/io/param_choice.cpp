// SPDX-License-Identifier: Apache-2.0
// Checks a parameter choice against the declared parameters (param_choice.hpp).
#include "io/param_choice.hpp"

#include <algorithm>

#include "base/suggest.hpp"

namespace netral::io {

namespace ir = check::ir;

namespace {

std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

}  // namespace

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + quote(name);
    return out;
}

bool check_param_choice(const ir::Program& program, base::DiagnosticSink& sink,
                        std::string_view code, const std::string& name, base::Span name_span,
                        const std::string& value, base::Span value_span) {
    std::vector<std::string> names;
    const ir::Param* param = nullptr;
    for (const ir::Param& p : program.params) {
        names.push_back(p.name);
        if (p.name == name) param = &p;
    }
    if (param == nullptr) {
        auto& d = sink.error(code, name_span, base::msg(code, quote(name)));
        d.hint = base::did_you_mean(name, names);
        if (d.hint.empty()) d.hint = base::msg("msg.io.parameters_are", quoted_list(names));
        return false;
    }
    std::vector<std::string> values;
    for (const ir::EnumValue& v : program.enums[param->values.index()].values) {
        values.push_back(v.name);
    }
    if (std::find(values.begin(), values.end(), value) != values.end()) return true;
    auto& d =
        sink.error(code, value_span, base::msg("msg.io.not_a_value", quote(value), quote(name)));
    d.hint = base::did_you_mean(value, values);
    if (d.hint.empty()) d.hint = base::msg("msg.io.values_are", quoted_list(values));
    return false;
}

}  // namespace netral::io
