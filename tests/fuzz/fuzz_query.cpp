// Fuzzes the search box: any input must parse (or give a message) without crashing, and every FTS5
// expression built from it must run against a real FTS5 table using the project's tokenizer without
// an SQL error: user text must never be read as FTS5 syntax.
#include "search/ftstokenizer.h"
#include "search/query.h"

#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK)
            std::abort();
        QString error;
        if (!za::search::registerExtensions(handle, &error))
            std::abort();
        const char *setup =
            "CREATE VIRTUAL TABLE article_fts USING fts5(head, body, tokenize='zonearchive');"
            "INSERT INTO article_fts VALUES ('侯马经济开发区', '今年一季度完成3.26亿元，同比增长28.9%。MEMS "
            "D1');"
            "INSERT INTO article_fts VALUES ('臨汾經濟開發區', '招商引资 NEAR \"quoted\" * AND OR NOT');";
        if (sqlite3_exec(handle, setup, nullptr, nullptr, nullptr) != SQLITE_OK)
            std::abort();
        return handle;
    }();
    return db;
}

void runMatch(const QString &match)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(
            database(),
            "SELECT rowid, bm25(article_fts, 5.0, 1.0) FROM article_fts WHERE article_fts MATCH ?", -1,
            &statement, nullptr) != SQLITE_OK)
        std::abort();
    const QByteArray utf8 = match.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "FTS5 rejected %s: %s\n", utf8.constData(), sqlite3_errmsg(database()));
        std::abort();
    }
    sqlite3_finalize(statement);
}

void visitFullText(const za::search::QueryNode &node)
{
    if (node.isFullText()) {
        runMatch(za::search::toFtsMatch(node));
        return;
    }
    for (const za::search::QueryNode &child : node.children)
        visitFullText(child.kind == za::search::QueryNode::Kind::Not ? child.children.first() : child);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    za::search::tokenize(text, za::search::TokenizeMode::Document);
    za::search::tokenize(text, za::search::TokenizeMode::Query);
    const za::search::ParsedQuery parsed = za::search::parseQuery(text);
    if (parsed.ok() && parsed.hasQuery) {
        visitFullText(parsed.root);
        za::search::describe(parsed.root);
    } else if (!parsed.ok() && parsed.error.isEmpty()) {
        std::abort();
    }
    return 0;
}
