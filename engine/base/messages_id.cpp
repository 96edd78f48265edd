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
        {"E1001", "seharusnya ada sebuah deklarasi, tetapi ditemukan {0}"},
        {"E1001.hint", "sebuah berkas berisi deklarasi seperti `rule`, `fact`, `enum`, `table` atau `derive`"},
        {"E1002", "seharusnya {0}, tetapi ditemukan {1}"},
        {"E1003", "seharusnya {0}, tetapi ditemukan {1}"},
        {"E1003.note", "string yang dibuka di baris {0}"},
        {"note.syntax.opened_at", "di dalam `{0}` yang dibuka di baris {1}"},
        {"E1004", "UTF-8 tidak sah atau bita NUL dalam berkas aturan"},
        {"E1004.hint", "berkas aturan adalah teks UTF-8; simpan ulang berkas itu sebagai UTF-8"},
        {"E9001", "berkas melebihi batas {0} bita"},
        {"E9001.hint", "pecah berkas itu menjadi beberapa modul, atau naikkan batasnya dengan --max-file-bytes"},
        {"E9002", "susunan bertingkat lebih dari {0} tingkat"},
        {"E9002.hint", "pecah ekspresi itu, atau naikkan batasnya dengan --max-depth"},
        {"word.syntax.end_of_file", "akhir berkas"},
        {"word.syntax.end_of_line", "akhir baris"},
        {"word.syntax.identifier", "pengenal"},
        {"word.syntax.name", "sebuah nama"},
        {"word.syntax.field_name", "nama field"},
        {"word.syntax.escape", "urutan escape (\\\" \\\\ \\n \\t)"},
        {"word.syntax.closing_quote", "penutup `\"` (string berakhir di baris tempat ia dimulai; gunakan \"\"\" untuk beberapa baris)"},
        {"word.syntax.closing_triple", "penutup `\"\"\"`"},
        {"word.syntax.string", "sebuah string"},
        {"word.syntax.label", "sebuah label"},
        {"word.syntax.date", "sebuah tanggal (YYYY-MM-DD)"},
        {"word.syntax.number", "sebuah bilangan"},
        {"word.syntax.bool", "true atau false"},
        {"word.syntax.row_id", "id baris seperti C2.2"},
        {"word.syntax.expression", "sebuah ekspresi"},
        {"word.syntax.not_expression", "sebuah ekspresi setelah `not`"},
        {"word.syntax.value_or_name", "sebuah nilai atau nama"},
        {"word.syntax.paren", "ekspresi dalam tanda kurung"},
        {"word.syntax.quantifier", "any(…), all(…) atau count(…)"},
        {"word.syntax.set", "sebuah himpunan {{…}}"},
        {"word.syntax.suffix", "`.field`, `[key]` atau `(argument)`"},
        {"word.syntax.or_tail", "`or` dan sebuah ekspresi"},
        {"word.syntax.and_tail", "`and` dan sebuah ekspresi"},
        {"word.syntax.comparison", "sebuah perbandingan"},
        {"word.syntax.range_tail", "`..` dan batas akhirnya"},
        {"word.syntax.set_or_unset", "`set` atau `unset`"},
        {"word.syntax.set_items", "anggota himpunan"},
        {"word.syntax.arguments", "argumen"},
        {"word.syntax.regulation_word", "nama jenis peraturan seperti PP"},
        {"word.syntax.regulation_number", "nomor peraturan seperti 94/2021 atau tahun"},
        {"word.syntax.regulation", "peraturan seperti PP 94/2021"},
        {"word.syntax.locator_value", "nilai penunjuk seperti 14, (1), i atau II"},
        {"word.syntax.locator", "penunjuk (Pasal, ayat, huruf, angka, …)"},
        {"word.syntax.citation", "rujukan seperti PP 94/2021 Pasal 5"},
        {"word.syntax.type", "sebuah jenis"},
        {"word.syntax.field", "field `name: type`"},
        {"word.syntax.column", "kolom `name: type`"},
        {"word.syntax.nested_block", "kategori, hasil, atau sanksi"},
        {"word.syntax.clause", "sebuah klausul"},
        {"word.syntax.cite_clause", "`cite` dan sebuah rujukan"},
        {"word.syntax.value_clause", "`value` dan sebuah nama"},
        {"word.syntax.refer", "`refer` dan sebuah rujukan"},
        {"word.syntax.review", "`review` dan sebuah alasan"},
        {"word.syntax.provisional", "`provisional` dan sebuah alasan"},
        {"word.syntax.finding", "jalur dan kategori, seperti `discipline heavy`"},
        {"word.syntax.level", "kategori seperti `heavy`"},
        {"word.syntax.conclusion", "sebuah kesimpulan (`TRACK CATEGORY`, `refer …`, `review \"…\"`, `provisional \"…\"` atau `set … = …`)"},
        {"word.syntax.then_clause", "`then` dan sebuah kesimpulan"},
        {"word.syntax.block_body", "`}}` atau sebuah klausul (cite, status, for, when, then, because, note, …)"},
        {"word.syntax.record_body", "`}}`, field `name: type` atau `variant on …`"},
        {"word.syntax.parameter", "parameter `name: type`"},
        {"word.syntax.row_body", "`}}` atau sel `column = value`"},
        {"word.syntax.table_body", "`}}`, `key`, `column`, `row` atau sebuah klausul"},
        {"word.syntax.declaration", "sebuah deklarasi (module, import, ruleset, regulation, enum, record, fact, derive, table, param, ladder, track, rule, combine atau escalate)"},
        {"word.syntax.block", "sebuah blok"},
        {"word.syntax.row_keys", "kunci baris"},
        {"word.syntax.parameters", "parameter"},
        {"word.syntax.clauses", "klausul"},
        {"word.syntax.enum_value", "sebuah nilai enum"},
        {"word.syntax.variant_case", "kasus varian `tag {{ fields }}`"},
        {"word.syntax.cell", "sel `column = value`"},
        {"word.syntax.enum_body", "`}}` atau sebuah nilai enum"},
        {"word.syntax.relation", "`exception to` atau `prevails over`"},
        {"word.syntax.placeholder_end", "akhir tempat isian `}}`"},

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
