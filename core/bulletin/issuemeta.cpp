#include "bulletin/issuemeta.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace za::bulletin {
namespace {

// Full-width digits are common in Chinese file names and mastheads; QString::toInt() rejects them.
int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar ch : digits) {
        const int d = ch.digitValue();
        if (d < 0 || value > 100000000)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

QString asciiDigits(QStringView digits)
{
    const int value = digitsValue(digits);
    return value < 0 ? digits.toString() : QString::number(value);
}

// Page labels are compared across pages ("(上接 D1 版)" must find page D1), so full-width letters
// and digits become ASCII and letters upper case.
QString normalisePageLabel(QStringView label)
{
    QString out;
    out.reserve(label.size());
    for (const QChar ch : label) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)).toUpper());
        else if (!ch.isSpace())
            out.append(ch.toUpper());
    }
    return out;
}

const QString Digit = u"[0-9\uFF10-\uFF19]"_s;

const QRegularExpression &dateSeparatedPattern()
{
    static const QRegularExpression re(u"(?<![0-9\uFF10-\uFF19])(" + Digit + u"{4})\\s*[-._/年]\\s*(" +
                                       Digit + u"{1,2})\\s*[-._/月]\\s*(" + Digit +
                                       u"{1,2})\\s*日?(?![0-9\uFF10-\uFF19])");
    return re;
}

const QRegularExpression &dateCompactPattern()
{
    static const QRegularExpression re(u"(?<![0-9])([0-9]{4})([0-9]{2})([0-9]{2})(?![0-9])"_s);
    return re;
}

const QRegularExpression &issuePattern()
{
    static const QRegularExpression re(u"第\\s*(" + Digit + u"+)\\s*期");
    return re;
}

const QRegularExpression &pageNumberPattern()
{
    static const QRegularExpression re(u"第\\s*(" + Digit + u"+)\\s*版");
    return re;
}

QDate dateFrom(const QRegularExpressionMatch &m)
{
    return QDate(digitsValue(m.capturedView(1)), digitsValue(m.capturedView(2)),
                 digitsValue(m.capturedView(3)));
}

// A page label in a masthead must not be the target of a continuation marker such as "(下转第3版)".
bool precededByContinuation(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos - 1; i >= 0 && i >= pos - 4; --i) {
        const QChar ch = text.at(i);
        if (ch == u'接' || ch == u'转')
            return true;
        if (!ch.isSpace() && ch != u'见')
            return false;
    }
    return false;
}

} // namespace

IssueMeta metaFromFileName(const QString &fileName)
{
    IssueMeta meta;
    QString name = fileName;
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    static const QRegularExpression extension(u"\\.[A-Za-z][A-Za-z0-9]{0,5}$"_s);
    name.remove(extension);

    // Each recognised part is blanked out so that the rest can become the bulletin name.
    auto blank = [&name](const QRegularExpressionMatch &m) {
        name.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u'_'));
    };

    if (const auto m = dateSeparatedPattern().match(name); m.hasMatch() && dateFrom(m).isValid()) {
        meta.issueDate = dateFrom(m);
        blank(m);
    } else if (const auto c = dateCompactPattern().match(name); c.hasMatch() && dateFrom(c).isValid()) {
        meta.issueDate = dateFrom(c);
        blank(c);
    }
    if (const auto m = issuePattern().match(name); m.hasMatch()) {
        meta.issueNo = asciiDigits(m.capturedView(1));
        blank(m);
    }
    if (const auto m = pageNumberPattern().match(name); m.hasMatch()) {
        meta.page = asciiDigits(m.capturedView(1));
        blank(m);
    } else {
        // A letter-and-number token such as D2 or A12, standing alone between separators.
        static const QRegularExpression label(
            u"(?:^|[_\\s.\\-])([A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]{1,2}[0-9\uFF10-\uFF19]{1,3})版?(?=$|[_\\s.\\-])"_s);
        if (const auto l = label.match(name); l.hasMatch()) {
            meta.page = normalisePageLabel(l.capturedView(1));
            name.replace(l.capturedStart(1), l.capturedLength(1), QString(l.capturedLength(1), u'_'));
        }
    }

    static const QRegularExpression separators(u"[_\\s.\\-]+"_s);
    const QString rest = name.split(separators, Qt::SkipEmptyParts).join(u' ');
    static const QRegularExpression hasWord(u"[\\p{L}]"_s);
    if (hasWord.match(rest).hasMatch())
        meta.bulletin = rest;
    return meta;
}

IssueMeta metaFromSidecar(const QByteArray &json, QString *errorMessage)
{
    IssueMeta meta;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errorMessage)
            *errorMessage = error.error != QJsonParseError::NoError ? error.errorString()
                                                                    : u"sidecar is not a JSON object"_s;
        return meta;
    }
    const QJsonObject object = doc.object();
    auto text = [&object](QLatin1StringView key) {
        const QJsonValue value = object.value(key);
        if (value.isDouble())
            return QString::number(value.toInteger());
        return value.toString().trimmed();
    };
    meta.bulletin = text("bulletin"_L1);
    const QString date = text("issue_date"_L1);
    if (!date.isEmpty()) {
        meta.issueDate = QDate::fromString(date, Qt::ISODate);
        if (!meta.issueDate.isValid() && errorMessage)
            *errorMessage = u"issue_date is not YYYY-MM-DD: "_s + date;
    }
    QString issueNo = text("issue_no"_L1);
    if (const auto m = issuePattern().match(issueNo); m.hasMatch())
        issueNo = asciiDigits(m.capturedView(1));
    meta.issueNo = issueNo;
    meta.page = normalisePageLabel(text("page"_L1));
    return meta;
}

IssueMeta metaFromMasthead(QStringView text)
{
    constexpr qsizetype MastheadChars = 300;
    const QString head = text.left(MastheadChars).toString();
    IssueMeta meta;
    static const QRegularExpression date(u"(" + Digit + u"{4})\\s*年\\s*(" + Digit + u"{1,2})\\s*月\\s*(" +
                                         Digit + u"{1,2})\\s*日");
    if (const auto m = date.match(head); m.hasMatch() && dateFrom(m).isValid())
        meta.issueDate = dateFrom(m);
    if (const auto m = issuePattern().match(head); m.hasMatch())
        meta.issueNo = asciiDigits(m.capturedView(1));
    auto it = pageNumberPattern().globalMatch(head);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!precededByContinuation(head, m.capturedStart())) {
            meta.page = asciiDigits(m.capturedView(1));
            break;
        }
    }
    return meta;
}

IssueMeta mergeMeta(const IssueMeta &higher, const IssueMeta &lower)
{
    IssueMeta out = higher;
    if (out.bulletin.isEmpty())
        out.bulletin = lower.bulletin;
    if (!out.issueDate.isValid())
        out.issueDate = lower.issueDate;
    if (out.issueNo.isEmpty())
        out.issueNo = lower.issueNo;
    if (out.page.isEmpty())
        out.page = lower.page;
    return out;
}

IssueMeta resolveMeta(const IssueMeta &explicitMeta, const IssueMeta &sidecar, const IssueMeta &fileName,
                      const IssueMeta &masthead)
{
    return mergeMeta(mergeMeta(mergeMeta(explicitMeta, sidecar), fileName), masthead);
}

} // namespace za::bulletin
