// SPDX-License-Identifier: Apache-2.0
// Fusion adaptations that let X3 fill syntax nodes from sequences. Spans are not adapted: the
// annotation handler writes them after a rule succeeds.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "syntax/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Label, id, en)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::DateLit, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Tail, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Chain, first, rest)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Quantifier, kind, var, collection, where)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::IfExpr, condition, then_branch, else_branch)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Postfix, head, suffixes)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::RegRef, words, number)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Locator, kind, value)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Citation, regulation, locators)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::TypeRef, collection, name)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Field, name, type, required, key, default_value, label)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::WordClause, keyword, value)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::TextClause, keyword, text, en)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::LabelClause, keyword, text)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::ValueClause, name, label)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::InForceClause, from, until, by)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::ForClause, var, collection, where)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::ExprClause, keyword, expr)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::FindingConclusion, track, level)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::SetConclusion, target, value)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::RelationClause, kind, target, doctrine)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::ModuleDecl, name, label)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::RegulationDecl, ref, label, clauses)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::EnumValue, name, label)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::EnumDecl, name, label, values)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::VariantCase, tag, fields)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::VariantPart, tag_field, cases)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::RecordDecl, name, label, fields, variant)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::DeriveParam, name, type)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::DeriveDecl, name, params, type, label, value, clauses)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::TableKey, name, type)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::Cell, column, value)
BOOST_FUSION_ADAPT_STRUCT(netral::syntax::TableRow, keys, cells)
