#include "bulletin/layoutrules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace za::bulletin::rules {
namespace {

// How far into a paragraph the prefix/suffix rules look: enough for any dateline or byline, and it
// keeps a 100 MB single-line "paragraph" cheap.
constexpr qsizetype PrefixWindow = 160;
constexpr qsizetype SuffixWindow = 80;

bool isSentenceFinal(QChar ch)
{
    switch (ch.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'!':
    case u'?':
    case u'…':
    case u'；':
    case u';':
    case u'：':
    case u':':
    case u'.':
    case u'．':
    case u'｡':
        return true;
    default:
        return false;
    }
}

bool isCloser(QChar ch)
{
    switch (ch.unicode()) {
    case u'”':
    case u'’':
    case u'"':
    case u'\'':
    case u'」':
    case u'』':
    case u'》':
    case u'〉':
    case u'）':
    case u')':
    case u'】':
    case u'〕':
    case u']':
        return true;
    default:
        return false;
    }
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar ch : digits) {
        const int d = ch.digitValue();
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

QString normalisePage(QStringView label)
{
    QString out;
    for (const QChar ch : label) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)).toUpper());
        else if (!ch.isSpace())
            out.append(ch.toUpper());
    }
    return out;
}

// Role words that stand before or after names in credits; they are not names themselves.
const QString RolePattern =
    u"(?:特约记者|见习记者|实习记者|首席记者|记者|特约通讯员|通讯员|摄影|摄|撰稿|文|图)"_s;

bool isRoleWord(QStringView token)
{
    static const QRegularExpression re(u"^(?:" + RolePattern + u"|报道|供稿|文/图|图/文)$");
    return re.match(token).hasMatch();
}

bool isNameToken(QStringView token, qsizetype maxChars)
{
    if (token.size() < 2 || token.size() > maxChars)
        return false;
    for (const QChar ch : token) {
        if (!(ch.script() == QChar::Script_Han || ch == u'·' || ch == u'•'))
            return false;
    }
    return true;
}

// Splits a credit ("记者 张三、李四 报道") into names, dropping role words. Returns false when some
// token is neither a role word nor a plausible name.
bool namesFromCredit(QStringView credit, qsizetype maxNameChars, QStringList *names)
{
    static const QRegularExpression separators(u"[\\s、，,/／|｜]+"_s);
    const QString text = credit.toString();
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    QStringList out;
    for (QString token : tokens) {
        if (isRoleWord(token))
            continue;
        // "记者张三" or "张三报道" written without a space.
        static const QRegularExpression rolePrefix(u"^" + RolePattern);
        static const QRegularExpression roleSuffix(u"(?:报道|供稿|摄)$"_s);
        if (const auto m = rolePrefix.match(token); m.hasMatch() && token.size() - m.capturedLength() >= 2)
            token.remove(0, m.capturedLength());
        if (const auto m = roleSuffix.match(token); m.hasMatch() && token.size() - m.capturedLength() >= 2)
            token.chop(m.capturedLength());
        if (!isNameToken(token, maxNameChars))
            return false;
        out.append(token);
    }
    if (out.isEmpty())
        return false;
    if (names)
        *names = out;
    return true;
}

} // namespace

bool isWide(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFFEF) || ch.isSurrogate() || u == u'—' ||
           u == u'…' || u == u'“' || u == u'”' || u == u'‘' || u == u'’' || u == u'·';
}

bool endsSentence(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == 0)
        return true;
    while (end > 0 && isCloser(text.at(end - 1)))
        --end;
    return end > 0 && isSentenceFinal(text.at(end - 1));
}

void appendFragment(QString &text, QStringView fragment)
{
    fragment = fragment.trimmed();
    if (fragment.isEmpty())
        return;
    if (!text.isEmpty()) {
        const QChar last = text.back();
        const QChar first = fragment.front();
        if (!last.isSpace() && !isWide(last) && !isWide(first))
            text.append(u' ');
    }
    text.append(fragment);
}

QString cleanHeading(QStringView text)
{
    text = text.trimmed();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isSpace()) {
            out.append(text.at(i++));
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text.at(j).isSpace())
            ++j;
        if (!(isWide(out.back()) && isWide(text.at(j))))
            out.append(u' ');
        i = j;
    }
    return out;
}

QString cleanSubheading(QStringView text)
{
    return text.toString().simplified();
}

DatelineMatch matchDateline(QStringView paragraph)
{
    DatelineMatch result;
    const QStringView head = paragraph.left(PrefixWindow);
    if (head.isEmpty())
        return result;
    // Cheap filter: every dateline starts with one of these characters.
    const QChar first = head.trimmed().isEmpty() ? QChar() : head.trimmed().front();
    if (first != u'本' && first != u'记' && first != u'通' && first != u'特' && first != u'见' &&
        first != u'实' && first != u'首')
        return result;

    static const QString name = u"[\\p{Han}·]{2,4}?(?=[\\s、，,：:）)]|报道|[0-9０-９]|$)"_s;
    static const QString credit = RolePattern + u"\\s*" + name + u"(?:[\\s、，,]+(?:" + RolePattern +
                                  u"\\s*)?" + name + u")*(?:\\s*报道)?";
    static const QRegularExpression re(u"^\\s*(?:(?:本刊|本报|本网|本台|本站)(?:讯|消息|电)"
                                       u"(?<paren>\\s*[（(][^（）()\\n]{1,60}[)）])?(?<credit>\\s*" +
                                       credit + u")?|(?<bare>" + RolePattern + u"\\s+" + name +
                                       u"(?:[\\s、，,]+(?:" + RolePattern + u"\\s*)?" + name +
                                       u")*(?:\\s*报道)?))[：:]?\\s*");
    const auto m = re.match(head);
    if (!m.hasMatch())
        return result;
    result.length = m.capturedLength();
    result.dateline = m.capturedView().trimmed().toString();
    QStringList names;
    const QStringView paren = m.capturedView(u"paren");
    static const QRegularExpression hasRole(RolePattern);
    if (!paren.isEmpty() && hasRole.match(paren).hasMatch()) {
        const QStringView inner = paren.trimmed().sliced(1).chopped(1);
        if (namesFromCredit(inner, 4, &names))
            result.authors += names;
    }
    for (const auto group : {u"credit", u"bare"}) {
        const QStringView creditText = m.capturedView(QStringView(group));
        if (!creditText.isEmpty() && namesFromCredit(creditText, 4, &names))
            result.authors += names;
    }
    return result;
}

BylineMatch matchTrailingByline(QStringView paragraph)
{
    BylineMatch result;
    qsizetype end = paragraph.size();
    while (end > 0 && paragraph.at(end - 1).isSpace())
        --end;
    if (end < 3)
        return result;
    const QChar close = paragraph.at(end - 1);
    if (close != u')' && close != u'）')
        return result;
    const qsizetype limit = std::max<qsizetype>(0, end - SuffixWindow);
    qsizetype open = -1;
    for (qsizetype i = end - 2; i >= limit; --i) {
        const QChar ch = paragraph.at(i);
        if (ch == u'(' || ch == u'（') {
            open = i;
            break;
        }
        if (ch == u')' || ch == u'）' || ch == u'\n')
            return result;
    }
    if (open < 0)
        return result;
    // A byline follows the end of a sentence; "(试行)" after a title does not.
    qsizetype before = open;
    while (before > 0 && paragraph.at(before - 1).isSpace())
        --before;
    if (before > 0 && !endsSentence(paragraph.left(before)))
        return result;
    QStringList names;
    if (!namesFromCredit(paragraph.sliced(open + 1, end - open - 2), 8, &names))
        return result;
    result.start = open;
    result.byline = paragraph.sliced(open, end - open).toString();
    result.authors = names;
    return result;
}

bool isNameLine(QStringView line, QStringList *authors)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 24)
        return false;
    if ((line.front() == u'(' || line.front() == u'（') && (line.back() == u')' || line.back() == u'）'))
        line = line.sliced(1).chopped(1);
    QStringList names;
    if (!namesFromCredit(line, 4, &names) || names.size() > 4)
        return false;
    if (authors)
        *authors = names;
    return true;
}

namespace {
const QString PageLabel =
    u"(?<label>[A-Za-zＡ-Ｚａ-ｚ]{0,2}\\s*[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})"_s;
} // namespace

ContinuationMatch matchContinuedFrom(QStringView paragraph)
{
    ContinuationMatch result;
    const QStringView head = paragraph.left(PrefixWindow);
    static const QRegularExpression re(u"^\\s*[（(]\\s*(?:上接|接)\\s*(?:第\\s*)?" + PageLabel +
                                       u"\\s*(?:版|页)?\\s*[)）]");
    const auto m = re.match(head);
    if (!m.hasMatch())
        return result;
    qsizetype start = 0;
    while (head.at(start).isSpace())
        ++start;
    result.start = start;
    result.end = m.capturedEnd();
    result.marker = head.sliced(start, result.end - start).toString();
    result.page = normalisePage(m.capturedView(u"label"));
    return result;
}

ContinuationMatch matchContinuedTo(QStringView paragraph)
{
    ContinuationMatch result;
    const qsizetype offset = std::max<qsizetype>(0, paragraph.size() - SuffixWindow);
    const QStringView tail = paragraph.sliced(offset);
    static const QRegularExpression re(u"[（(]\\s*(?:下转|转)\\s*(?:第\\s*)?" + PageLabel +
                                       u"\\s*(?:版|页)?\\s*[)）]\\s*$");
    const auto m = re.match(tail);
    if (!m.hasMatch())
        return result;
    result.start = offset + m.capturedStart();
    result.end = offset + m.capturedEnd();
    result.marker = m.capturedView().trimmed().toString();
    result.page = normalisePage(m.capturedView(u"label"));
    return result;
}

PartialDate findDate(QStringView paragraph, const QDate &issueDate)
{
    PartialDate date;
    QStringView sentence = paragraph.left(PrefixWindow);
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar ch = sentence.at(i);
        if (ch == u'。' || ch == u'！' || ch == u'？') {
            sentence = sentence.left(i);
            break;
        }
    }
    static const QRegularExpression re(
        u"(?:([0-9０-９]{4})\\s*年\\s*)?(?<![0-9０-９])([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日"_s);
    const auto m = re.match(sentence);
    if (!m.hasMatch())
        return date;
    const int month = digitsValue(m.capturedView(2));
    const int day = digitsValue(m.capturedView(3));
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return date;
    int year = 0;
    if (m.capturedLength(1) > 0)
        year = digitsValue(m.capturedView(1));
    else if (issueDate.isValid())
        year = month > issueDate.month() ? issueDate.year() - 1 : issueDate.year();
    if (year > 0 && !QDate(year, month, day).isValid())
        return date;
    if (year == 0 && !QDate(2000, month, day).isValid()) // 2000 is a leap year: allows 2月29日
        return date;
    date.year = year;
    date.month = month;
    date.day = day;
    return date;
}

} // namespace za::bulletin::rules
