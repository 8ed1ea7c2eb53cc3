#include "search/query.h"

#include "search/ftstokenizer.h"
#include "text/fold.h"

#include <QStringBuilder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace za::search {

namespace {

struct FieldName
{
    QStringView name;
    QueryField field;
};

constexpr FieldName kFields[] = {
    {u"headline", QueryField::Headline}, {u"zone", QueryField::Zone},   {u"city", QueryField::City},
    {u"county", QueryField::County},     {u"theme", QueryField::Theme}, {u"author", QueryField::Author},
    {u"bulletin", QueryField::Bulletin}, {u"issue", QueryField::Issue}, {u"page", QueryField::Page},
    {u"date", QueryField::Date},
};

QString fieldName(QueryField field)
{
    for (const FieldName &f : kFields) {
        if (f.field == field)
            return f.name.toString();
    }
    return {};
}

// Syntax characters are recognised after folding, so full-width （ ） ＂ － ： work like ASCII ones.
char32_t syntaxChar(QChar c)
{
    const char32_t u = c.unicode();
    if (u == 0x201C || u == 0x201D || u == 0x300C || u == 0x300D)
        return U'"'; // “ ” 「 」 are how Chinese text quotes
    return text::foldCodePoint(u);
}

bool isSpace(QChar c)
{
    // Control characters (NUL included: FTS5 would end a string there) separate words like spaces.
    return c.isSpace() || c.unicode() == 0x3000 || c.unicode() < 0x20 || c.unicode() == 0x7F;
}

struct LexToken
{
    enum class Type { Term, LParen, RParen, Or, And, Not } type = Type::Term;
    QueryField field = QueryField::Text;
    QString value;
    bool phrase = false;
};

class Lexer final
{
public:
    Lexer(QStringView text, QStringList &warnings)
        : m_text(text)
        , m_warnings(warnings)
    {}

    QList<LexToken> run()
    {
        QList<LexToken> out;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                break;
            const char32_t c = syntaxChar(m_text[m_pos]);
            if (c == U'(') {
                out.append({LexToken::Type::LParen, QueryField::Text, {}, false});
                ++m_pos;
            } else if (c == U')') {
                out.append({LexToken::Type::RParen, QueryField::Text, {}, false});
                ++m_pos;
            } else if (c == U'"') {
                out.append({LexToken::Type::Term, QueryField::Text, readQuoted(), true});
            } else if (c == U'-' && m_pos + 1 < m_text.size() && !isSpace(m_text[m_pos + 1]) &&
                       syntaxChar(m_text[m_pos + 1]) != U')') {
                out.append({LexToken::Type::Not, QueryField::Text, {}, false});
                ++m_pos;
            } else {
                readWord(out);
            }
        }
        return out;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool atWordEnd() const
    {
        if (m_pos >= m_text.size() || isSpace(m_text[m_pos]))
            return true;
        const char32_t c = syntaxChar(m_text[m_pos]);
        return c == U'(' || c == U')' || c == U'"';
    }

    QString readQuoted()
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && syntaxChar(m_text[m_pos]) != U'"')
            ++m_pos;
        const QString value = m_text.mid(start, m_pos - start).toString();
        if (m_pos < m_text.size())
            ++m_pos;
        else
            m_warnings.append(u"A quotation mark was not closed; the phrase runs to the end of the query."_s);
        return value;
    }

    void readWord(QList<LexToken> &out)
    {
        const qsizetype start = m_pos;
        while (!atWordEnd())
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start).toString();
        if (word == u"OR"_s || word == u"|"_s || word == u"||"_s) {
            out.append({LexToken::Type::Or, QueryField::Text, {}, false});
            return;
        }
        if (word == u"AND"_s || word == u"&&"_s) {
            out.append({LexToken::Type::And, QueryField::Text, {}, false});
            return;
        }
        if (word == u"NOT"_s) {
            out.append({LexToken::Type::Not, QueryField::Text, {}, false});
            return;
        }
        // field:value, field:"a phrase"
        qsizetype colon = -1;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (syntaxChar(word[i]) == U':') {
                colon = i;
                break;
            }
        }
        if (colon > 0) {
            const QString name = text::foldForSearch(QStringView(word).left(colon));
            for (const FieldName &f : kFields) {
                if (name != f.name)
                    continue;
                QString value = word.mid(colon + 1);
                bool phrase = false;
                if (value.isEmpty() && m_pos < m_text.size() && syntaxChar(m_text[m_pos]) == U'"') {
                    value = readQuoted();
                    phrase = true;
                }
                if (value.trimmed().isEmpty()) {
                    m_warnings.append(u"%1: has no value and was ignored."_s.arg(f.name.toString()));
                    return;
                }
                out.append({LexToken::Type::Term, f.field, value, phrase});
                return;
            }
        }
        out.append({LexToken::Type::Term, QueryField::Text, word, false});
    }

    QStringView m_text;
    QStringList &m_warnings;
    qsizetype m_pos = 0;
};

// Parses date:2023, date:2023-05, date:2023-05-01 (also with '/' or '.'), and ranges A..B.
bool parseDateBound(QStringView s, bool end, QDate *out)
{
    if (s.isEmpty()) {
        *out = QDate();
        return true;
    }
    const QString normalized = text::foldForSearch(s).replace(u'/', u'-').replace(u'.', u'-');
    const QStringList parts = normalized.split(u'-');
    bool ok = true;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || parts.value(0).size() != 4 || parts.size() > 3)
        return false;
    int month = end ? 12 : 1;
    if (parts.size() >= 2) {
        month = parts[1].toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return false;
    }
    QDate first(year, month, 1);
    int day = end ? first.daysInMonth() : 1;
    if (parts.size() == 3) {
        day = parts[2].toInt(&ok);
        if (!ok)
            return false;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    *out = date;
    return true;
}

class Parser final
{
public:
    Parser(QList<LexToken> tokens, ParsedQuery &result)
        : m_tokens(std::move(tokens))
        , m_result(result)
    {}

    std::optional<QueryNode> parseAll()
    {
        QList<QueryNode> parts;
        while (m_pos < m_tokens.size()) {
            if (auto node = parseOr())
                parts.append(std::move(*node));
            if (m_pos < m_tokens.size() && m_tokens[m_pos].type == LexToken::Type::RParen) {
                m_result.warnings.append(u"An unmatched ')' was ignored."_s);
                ++m_pos;
            }
            if (!m_result.error.isEmpty())
                return std::nullopt;
        }
        return combine(QueryNode::Kind::And, std::move(parts));
    }

private:
    bool at(LexToken::Type type) const { return m_pos < m_tokens.size() && m_tokens[m_pos].type == type; }
    bool atEnd() const { return m_pos >= m_tokens.size(); }

    static std::optional<QueryNode> combine(QueryNode::Kind kind, QList<QueryNode> parts)
    {
        if (parts.isEmpty())
            return std::nullopt;
        if (parts.size() == 1)
            return std::move(parts.first());
        QueryNode node;
        node.kind = kind;
        // Flatten a AND (b AND c) so that the FTS5 expression stays shallow.
        for (QueryNode &part : parts) {
            if (part.kind == kind)
                node.children.append(std::move(part.children));
            else
                node.children.append(std::move(part));
        }
        return node;
    }

    std::optional<QueryNode> parseOr()
    {
        QList<QueryNode> parts;
        if (auto first = parseAnd())
            parts.append(std::move(*first));
        while (at(LexToken::Type::Or)) {
            ++m_pos;
            if (atEnd() || at(LexToken::Type::RParen) || at(LexToken::Type::Or)) {
                m_result.warnings.append(u"OR needs a term on both sides; it was ignored."_s);
                continue;
            }
            if (parts.isEmpty())
                m_result.warnings.append(u"OR needs a term on both sides; it was ignored."_s);
            if (auto next = parseAnd())
                parts.append(std::move(*next));
        }
        return combine(QueryNode::Kind::Or, std::move(parts));
    }

    std::optional<QueryNode> parseAnd()
    {
        QList<QueryNode> parts;
        while (!atEnd() && !at(LexToken::Type::RParen) && !at(LexToken::Type::Or)) {
            if (at(LexToken::Type::And)) {
                ++m_pos;
                continue;
            }
            if (auto node = parseUnary())
                parts.append(std::move(*node));
            if (!m_result.error.isEmpty())
                return std::nullopt;
        }
        return combine(QueryNode::Kind::And, std::move(parts));
    }

    std::optional<QueryNode> parseUnary()
    {
        if (at(LexToken::Type::Not)) {
            ++m_pos;
            if (atEnd() || at(LexToken::Type::RParen) || at(LexToken::Type::Or) || at(LexToken::Type::And)) {
                m_result.warnings.append(u"NOT needs a term after it; it was ignored."_s);
                return std::nullopt;
            }
            auto operand = parseUnary();
            if (!operand)
                return std::nullopt;
            if (operand->kind == QueryNode::Kind::Not) // NOT NOT x = x
                return std::move(operand->children.first());
            QueryNode node;
            node.kind = QueryNode::Kind::Not;
            node.children.append(std::move(*operand));
            return node;
        }
        return parsePrimary();
    }

    std::optional<QueryNode> parsePrimary()
    {
        if (at(LexToken::Type::LParen)) {
            ++m_pos;
            if (++m_depth > kMaxQueryDepth) {
                m_result.error = u"The query nests parentheses more than %1 deep."_s.arg(kMaxQueryDepth);
                return std::nullopt;
            }
            auto inner = parseOr();
            --m_depth;
            if (at(LexToken::Type::RParen))
                ++m_pos;
            else if (m_result.error.isEmpty())
                m_result.warnings.append(u"A '(' was not closed; it was closed at the end of the query."_s);
            return inner;
        }
        const LexToken &token = m_tokens[m_pos++];
        return makeTerm(token);
    }

    std::optional<QueryNode> makeTerm(const LexToken &token)
    {
        if (++m_terms > kMaxQueryTerms) {
            m_result.error = u"The query has more than %1 terms; please shorten it."_s.arg(kMaxQueryTerms);
            return std::nullopt;
        }
        QueryNode node;
        node.field = token.field;
        node.value = token.value.trimmed();
        node.phrase = token.phrase;
        if (token.field == QueryField::Date) {
            const qsizetype dots = node.value.indexOf(u".."_s);
            const QStringView v(node.value);
            bool ok = false;
            if (dots >= 0) {
                ok = parseDateBound(v.left(dots), false, &node.from) &&
                     parseDateBound(v.mid(dots + 2), true, &node.to) &&
                     !(node.from.isNull() && node.to.isNull());
            } else {
                ok = parseDateBound(v, false, &node.from) && parseDateBound(v, true, &node.to) &&
                     !node.from.isNull();
            }
            if (!ok || (node.from.isValid() && node.to.isValid() && node.from > node.to)) {
                m_result.error =
                    u"“date:%1” is not a date or range; use date:2023, date:2023-05, date:2023-05-01 or "
                    "date:2023-05-01..2023-06-30."_s.arg(node.value);
                return std::nullopt;
            }
            return node;
        }
        if (token.field == QueryField::Text || token.field == QueryField::Headline) {
            if (tokenize(node.value, TokenizeMode::Query).isEmpty()) {
                m_result.warnings.append(
                    u"“%1” has no letters, digits or characters to search for; it was ignored."_s.arg(
                        node.value));
                return std::nullopt;
            }
            return node;
        }
        if (text::foldForSearch(node.value).trimmed().isEmpty())
            return std::nullopt;
        return node;
    }

    QList<LexToken> m_tokens;
    ParsedQuery &m_result;
    qsizetype m_pos = 0;
    int m_depth = 0;
    int m_terms = 0;
};

void collectPositive(const QueryNode &node, bool negated, QStringList &out)
{
    switch (node.kind) {
    case QueryNode::Kind::Term:
        if (!negated && (node.field == QueryField::Text || node.field == QueryField::Headline))
            out.append(node.value);
        break;
    case QueryNode::Kind::Not:
        collectPositive(node.children.first(), !negated, out);
        break;
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
        for (const QueryNode &child : node.children)
            collectPositive(child, negated, out);
        break;
    }
}

} // namespace

bool QueryNode::isFullText() const
{
    switch (kind) {
    case Kind::Term:
        return field == QueryField::Text || field == QueryField::Headline;
    case Kind::Not:
        return false; // FTS5's NOT is binary: a lone NOT cannot be one expression
    case Kind::Or:
        for (const QueryNode &child : children) {
            if (!child.isFullText())
                return false;
        }
        return true;
    case Kind::And: {
        bool positive = false;
        for (const QueryNode &child : children) {
            const QueryNode &inner = child.kind == Kind::Not ? child.children.first() : child;
            if (!inner.isFullText())
                return false;
            positive = positive || child.kind != Kind::Not;
        }
        return positive;
    }
    }
    return false;
}

QStringList ParsedQuery::positiveTextTerms() const
{
    QStringList out;
    if (hasQuery)
        collectPositive(root, false, out);
    return out;
}

ParsedQuery parseQuery(QStringView text)
{
    ParsedQuery result;
    if (text.size() > kMaxQueryLength) {
        result.error = u"The query is too long (%1 characters; the limit is %2)."_s.arg(text.size())
                           .arg(kMaxQueryLength);
        return result;
    }
    Lexer lexer(text, result.warnings);
    Parser parser(lexer.run(), result);
    std::optional<QueryNode> root = parser.parseAll();
    if (!result.error.isEmpty())
        return result;
    if (root) {
        result.hasQuery = true;
        result.root = std::move(*root);
    } else if (!text.trimmed().isEmpty()) {
        result.error = u"The query has nothing to search for."_s;
    }
    return result;
}

QString quoteFts(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"')
            out.append(u'"');
        // FTS5 reads a string only up to a NUL: control characters become spaces.
        out.append(c.unicode() < 0x20 || c.unicode() == 0x7F ? QChar(u' ') : c);
    }
    out.append(u'"');
    return out;
}

QStringList ftsPhrases(const QString &value)
{
    const QList<Token> tokens = tokenize(value, TokenizeMode::Query);
    if (tokens.size() <= 1)
        return {quoteFts(value)};
    constexpr std::size_t kMaxPhrases = 8;
    std::vector<QStringList> choices; // per token: what may stand at its position
    std::size_t combinations = 1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &text = tokens[i].text;
        const QList<uint> codePoints = text.toUcs4();
        const bool unigram = codePoints.size() == 1 && isIndexedAsHan(codePoints.first());
        if (!unigram) {
            choices.push_back({quoteFts(text)});
        } else if (i + 1 == tokens.size()) {
            // A one-character run ending the phrase: any bigram it begins, or its unigram.
            choices.push_back({quoteFts(text) % u'*'});
        } else {
            const QList<uint> next = tokens[i + 1].text.toUcs4();
            if (!next.isEmpty() && isIndexedAsHan(next.first())) {
                const auto nextCharacter = static_cast<char32_t>(next.first());
                const QString bigram = text + QString::fromUcs4(&nextCharacter, 1);
                choices.push_back({quoteFts(text), quoteFts(bigram)});
                combinations *= 2;
            } else {
                choices.push_back({quoteFts(text)}); // a run ends here in every matching document
            }
        }
    }
    const bool asTyped = std::all_of(choices.begin(), choices.end(), [](const QStringList &choice) {
        return choice.size() == 1 && !choice.first().endsWith(u'*');
    });
    if (asTyped)
        return {quoteFts(value)};
    if (combinations > kMaxPhrases) {
        for (QStringList &choice : choices) {
            if (choice.size() == 2)
                choice = QStringList{choice.first() % u'*'};
        }
    }
    QStringList phrases{QString()};
    for (const QStringList &choice : choices) {
        QStringList longer;
        for (const QString &start : std::as_const(phrases)) {
            for (const QString &part : choice)
                longer.append(start.isEmpty() ? part : start % u" + "_s % part);
        }
        phrases = longer;
    }
    return phrases;
}

QString toFtsMatch(const QueryNode &node)
{
    switch (node.kind) {
    case QueryNode::Kind::Term: {
        const QStringList phrases = ftsPhrases(node.value);
        const QString match =
            phrases.size() == 1 ? phrases.first() : u"("_s % phrases.join(u" OR "_s) % u")"_s;
        if (node.field == QueryField::Headline)
            return u"{head} : "_s % match;
        return match;
    }
    case QueryNode::Kind::Not:
        return {}; // not expressible alone; callers check isFullText()
    case QueryNode::Kind::Or: {
        QStringList parts;
        for (const QueryNode &child : node.children)
            parts.append(toFtsMatch(child));
        return u"("_s % parts.join(u" OR "_s) % u")"_s;
    }
    case QueryNode::Kind::And: {
        QStringList positive;
        QStringList negative;
        for (const QueryNode &child : node.children) {
            if (child.kind == QueryNode::Kind::Not)
                negative.append(toFtsMatch(child.children.first()));
            else
                positive.append(toFtsMatch(child));
        }
        QString expression = u"("_s % positive.join(u" AND "_s) % u")"_s;
        if (!negative.isEmpty())
            expression = u"("_s % expression % u" NOT ("_s % negative.join(u" OR "_s) % u"))"_s;
        return expression;
    }
    }
    return {};
}

QString describe(const QueryNode &node)
{
    switch (node.kind) {
    case QueryNode::Kind::Term: {
        QString value = node.field == QueryField::Date
                            ? node.from.toString(Qt::ISODate) % u".."_s % node.to.toString(Qt::ISODate)
                            : (node.phrase ? quoteFts(node.value) : node.value);
        if (node.field == QueryField::Text)
            return value;
        return fieldName(node.field) % u':' % value;
    }
    case QueryNode::Kind::Not:
        return u"NOT("_s % describe(node.children.first()) % u")"_s;
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or: {
        QStringList parts;
        for (const QueryNode &child : node.children)
            parts.append(describe(child));
        return (node.kind == QueryNode::Kind::And ? u"AND("_s : u"OR("_s) % parts.join(u", "_s) % u")"_s;
    }
    }
    return {};
}

} // namespace za::search
