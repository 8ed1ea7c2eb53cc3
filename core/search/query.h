#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace za::search {

// Where a query term applies. Text and Headline terms are answered by the FTS5 index; the others are
// structured filters on the article's recognised data.
enum class QueryField { Text, Headline, Zone, City, County, Theme, Author, Bulletin, Issue, Page, Date };

struct QueryNode
{
    enum class Kind { Term, And, Or, Not };

    Kind kind = Kind::Term;
    // Term only:
    QueryField field = QueryField::Text;
    QString value; // as typed (not folded)
    bool phrase = false;
    QDate from; // Date terms: inclusive range; a null end is open
    QDate to;
    // And/Or: two or more children; Not: exactly one.
    QList<QueryNode> children;

    // True when every term below is Text/Headline and no Not stands alone (it can be one FTS5 expression).
    bool isFullText() const;
};

struct ParsedQuery
{
    bool hasQuery = false; // false for an empty query (browse everything)
    QueryNode root;
    QString error;        // a message for the user when the query cannot be run
    QStringList warnings; // input that was repaired or ignored (unbalanced quote, lone NOT, ...)

    bool ok() const { return error.isEmpty(); }
    // Text/Headline terms that are not negated: what snippets highlight.
    QStringList positiveTextTerms() const;
};

// Limits that keep a pasted essay from turning into a pathological FTS5 expression.
inline constexpr qsizetype kMaxQueryLength = 2000;
inline constexpr int kMaxQueryTerms = 64;
inline constexpr int kMaxQueryDepth = 12;

// Parses the search box language: implicit AND, OR, NOT or a leading '-', "phrases", parentheses,
// fields (headline: zone: city: county: theme: author: bulletin: issue: page:) and dates
// (date:2023, date:2023-05, date:2023-05-01, date:A..B with either end optional). Never fails on
// syntax: malformed input is repaired with a warning; only unusable input (bad date, too long,
// nothing searchable) sets error.
ParsedQuery parseQuery(QStringView text);

// FTS5 MATCH expression for a full-text subtree (QueryNode::isFullText()). Every term is a quoted
// string handed to the tokenizer, so no user text is ever read as FTS5 syntax.
QString toFtsMatch(const QueryNode &node);

// One term as an FTS5 string literal: "..." with inner quotes doubled.
QString quoteFts(QStringView text);

// A term or phrase as the FTS5 phrases (ORed by toFtsMatch) that find exactly where it occurs. Usually
// one; a phrase whose Han run ends before more terms may need the run's last character as its unigram
// or as its bigram with the next character (see ftstokenizer.h): up to eight phrases, beyond that such
// characters are asked as prefixes.
QStringList ftsPhrases(const QString &value);

// Canonical text form of a tree (for tests and logging).
QString describe(const QueryNode &node);

} // namespace za::search
