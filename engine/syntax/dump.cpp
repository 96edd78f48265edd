// SPDX-License-Identifier: Apache-2.0
// The syntax-tree dump: one visit overload per node type, each writing one line and recursing.
#include "syntax/dump.hpp"

#include <boost/variant/apply_visitor.hpp>

#include "base/text.hpp"

namespace netral::syntax {
namespace {

class Dumper {
public:
    std::string out;  ///< the dump so far

    void line(int depth, const std::string& text, const Node* node = nullptr) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        if (node != nullptr) {
            out += " @" + std::to_string(node->span.begin) + ".." + std::to_string(node->span.end);
        }
        out += '\n';
    }

    void label(int depth, const std::optional<Label>& l) {
        if (!l) return;
        std::string en = l->en ? " en " + base::quoted_literal(l->en->value) : "";
        line(depth, "label " + base::quoted_literal(l->id.value) + en, &*l);
    }

    void operand(int depth, const Operand& o) {
        boost::apply_visitor([&](const auto& v) { this->visit(depth, v); }, o);
    }
    void visit(int depth, const BoolLit& v) { line(depth, v.value ? "true" : "false", &v); }
    void visit(int depth, const IntLit& v) { line(depth, "int " + std::to_string(v.value), &v); }
    void visit(int depth, const DateLit& v) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "date %04d-%02d-%02d", v.year, v.month, v.day);
        line(depth, buffer, &v);
    }
    void visit(int depth, const StringLit& v) {
        line(depth, "string " + base::quoted_literal(v.value), &v);
    }
    void visit(int depth, const x3::forward_ast<Postfix>& f) { postfix(depth, f.get()); }
    void visit(int depth, const x3::forward_ast<Chain>& f) { chain(depth, f.get()); }
    void visit(int depth, const x3::forward_ast<NotExpr>& f) {
        line(depth, "not", &f.get());
        operand(depth + 1, f.get().operand);
    }
    void visit(int depth, const x3::forward_ast<Quantifier>& f) {
        const Quantifier& q = f.get();
        line(depth, q.kind + " " + q.var.name, &q);
        chain(depth + 1, q.collection);
        if (q.where) {
            line(depth + 1, "where");
            chain(depth + 2, *q.where);
        }
    }
    void visit(int depth, const x3::forward_ast<IfExpr>& f) {
        const IfExpr& e = f.get();
        line(depth, "if", &e);
        chain(depth + 1, e.condition);
        line(depth, "then");
        chain(depth + 1, e.then_branch);
        line(depth, "else");
        chain(depth + 1, e.else_branch);
    }
    void visit(int depth, const x3::forward_ast<SetLit>& f) {
        line(depth, "set", &f.get());
        for (const Chain& item : f.get().items) chain(depth + 1, item);
    }

    /// Chains without operators are transparent: only their operand is printed.
    void chain(int depth, const Chain& c) {
        if (c.rest.empty()) {
            operand(depth, c.first);
            return;
        }
        line(depth, "chain", &c);
        operand(depth + 1, c.first);
        for (const Tail& tail : c.rest) {
            line(depth + 1, "op " + tail.op, &tail);
            if (tail.op != "is set" && tail.op != "is unset") operand(depth + 2, tail.rhs);
        }
    }

    void postfix(int depth, const Postfix& p) {
        line(depth, "name " + p.head.name, &p);
        for (const Suffix& s : p.suffixes) {
            if (s.kind == '.') {
                line(depth + 1, "." + s.member.name, &s);
            } else {
                line(depth + 1, std::string(1, s.kind) + " args", &s);
                for (const Chain& a : s.args) chain(depth + 2, a);
            }
        }
    }

    void citation(int depth, const Citation& c) {
        std::string text;
        for (const std::string& w : c.regulation.words) text += w + " ";
        text += c.regulation.number;
        for (const Locator& l : c.locators) text += " | " + l.kind + (l.value.empty() ? "" : " " + l.value);
        line(depth, "citation " + text, &c);
    }

    void type(int depth, const TypeRef& t) {
        line(depth, "type " + (t.collection.empty() ? "" : t.collection + " of ") + t.name.name,
             &t);
    }

    void field(int depth, const Field& f) {
        line(depth, "field " + f.name.name + (f.required ? " required" : "") + (f.key ? " key" : ""), &f);
        type(depth + 1, f.type);
        if (f.default_value) {
            line(depth + 1, "default");
            chain(depth + 2, *f.default_value);
        }
        label(depth + 1, f.label);
    }

    void clause(int depth, const Clause& c) {
        boost::apply_visitor([&](const auto& v) { this->clause_item(depth, v); }, c);
    }
    void clause_item(int depth, const CiteClause& c) {
        citation(depth, c.citation);
        if (c.inferred) {
            line(depth + 1, "inferred", &*c.inferred);
            label(depth + 2, c.inferred);
        }
    }
    void clause_item(int depth, const WordClause& c) {
        line(depth, c.keyword + " " + c.value.name, &c);
    }
    void clause_item(int depth, const TextClause& c) {
        std::string en = c.en ? " en " + base::quoted_literal(c.en->value) : std::string();
        line(depth, c.keyword + " " + base::quoted_literal(c.text.value) + en, &c);
    }
    void clause_item(int depth, const LabelClause& c) {
        line(depth, c.keyword, &c);
        label(depth + 1, std::optional<Label>{c.text});
    }
    void clause_item(int depth, const ValueClause& c) {
        line(depth, "value " + c.name.name, &c);
        label(depth + 1, c.label);
    }
    void clause_item(int depth, const InForceClause& c) {
        line(depth, "in force", &c);
        if (c.from) visit(depth + 1, *c.from);
        if (c.until) visit(depth + 1, *c.until);
        if (c.by) {
            line(depth + 1, "by");
            chain(depth + 2, *c.by);
        }
    }
    void clause_item(int depth, const ForClause& c) {
        line(depth, "for " + c.var.name, &c);
        chain(depth + 1, c.collection);
        if (c.where) {
            line(depth + 1, "where");
            chain(depth + 2, *c.where);
        }
    }
    void clause_item(int depth, const ExprClause& c) {
        line(depth, c.keyword, &c);
        chain(depth + 1, c.expr);
    }
    void clause_item(int depth, const ThenClause& c) {
        line(depth, "then", &c);
        boost::apply_visitor([&](const auto& v) { this->conclusion(depth + 1, v); }, c.conclusion);
    }
    void conclusion(int depth, const FindingConclusion& f) {
        line(depth, "finding " + f.track.name, &f);
        postfix(depth + 1, f.level);
    }
    void conclusion(int depth, const ReferConclusion& r) {
        line(depth, "refer", &r);
        citation(depth + 1, r.citation);
    }
    void conclusion(int depth, const ReviewConclusion& r) {
        const Label& reason = r.reason;
        std::string en =
            reason.en ? " en " + base::quoted_literal(reason.en->value) : std::string();
        line(depth, "review " + base::quoted_literal(reason.id.value) + en, &r);
    }
    void conclusion(int depth, const ProvisionalConclusion& p) {
        line(depth, "provisional", &p);
        label(depth + 1, p.reason);
    }
    void conclusion(int depth, const SetConclusion& s) {
        line(depth, "set", &s);
        postfix(depth + 1, s.target);
        chain(depth + 1, s.value);
    }
    void clause_item(int depth, const RelationClause& c) {
        line(depth, c.kind + " " + c.target.name + (c.doctrine ? " as " + c.doctrine->name : ""),
             &c);
    }
    void clause_item(int depth, const x3::forward_ast<Block>& b) { block(depth, b.get()); }

    void block(int depth, const Block& b) {
        line(depth, b.keyword + " " + b.name.name + (b.has_body ? " {}" : ""), &b);
        label(depth + 1, b.label);
        for (const Clause& c : b.clauses) clause(depth + 1, c);
    }

    void declaration(const Declaration& d) {
        boost::apply_visitor([&](const auto& v) { this->decl(v); }, d);
    }
    void decl(const ModuleDecl& m) {
        line(0, "module " + m.name.name, &m);
        label(1, m.label);
    }
    void decl(const ImportDecl& i) { line(0, "import " + i.name.name, &i); }
    void decl(const RegulationDecl& r) {
        std::string words;
        for (const std::string& w : r.ref.words) words += w + " ";
        line(0, "regulation " + words + r.ref.number, &r);
        label(1, r.label);
        for (const Clause& c : r.clauses) clause(1, c);
    }
    void decl(const EnumDecl& e) {
        line(0, "enum " + e.name.name, &e);
        label(1, e.label);
        for (const EnumValue& v : e.values) {
            line(1, "value " + v.name.name, &v);
            label(2, v.label);
        }
    }
    void decl(const RecordDecl& r) {
        line(0, "record " + r.name.name, &r);
        label(1, r.label);
        for (const Field& f : r.fields) field(1, f);
        if (r.variant) {
            line(1, "variant on " + r.variant->tag_field.name, &*r.variant);
            for (const VariantCase& c : r.variant->cases) {
                line(2, "case " + c.tag.name, &c);
                for (const Field& f : c.fields) field(3, f);
            }
        }
    }
    void decl(const FactDecl& f) {
        line(0, "fact", &f);
        field(1, f.field);
    }
    void decl(const DeriveDecl& d) {
        line(0, "derive " + d.name.name, &d);
        for (const DeriveParam& p : d.params) {
            line(1, "param " + p.name.name, &p);
            type(2, p.type);
        }
        type(1, d.type);
        label(1, d.label);
        if (d.value) {
            line(1, "=");
            chain(2, *d.value);
        }
        for (const Clause& c : d.clauses) clause(1, c);
    }
    void decl(const TableDecl& t) {
        line(0, "table " + t.name.name, &t);
        label(1, t.label);
        for (const TableKey& k : t.keys) {
            line(1, "key " + k.name.name, &k);
            type(2, k.type);
        }
        for (const Field& c : t.columns) field(1, c);
        for (const TableRow& r : t.rows) {
            std::string keys;
            for (const Ident& k : r.keys) keys += " " + k.name;
            line(1, "row" + keys, &r);
            for (const Cell& c : r.cells) {
                line(2, "cell " + c.column.name, &c);
                chain(3, c.value);
            }
        }
        for (const Clause& c : t.clauses) clause(1, c);
    }
    void decl(const Block& b) { block(0, b); }
};

}  // namespace

std::string dump(const Module& module) {
    Dumper dumper;
    for (const Declaration& d : module.declarations) dumper.declaration(d);
    return dumper.out;
}

}  // namespace netral::syntax
