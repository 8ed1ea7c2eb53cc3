#include "places/placesdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace za::places::detail {

QByteArray embeddedFile(QStringView name)
{
    QFile file(u":/za/places/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("za::places: embedded resource %s is missing", qUtf8Printable(file.fileName()));
    return file.readAll();
}

QJsonObject embeddedJson(QStringView name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(embeddedFile(name), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("za::places: %s is not a valid JSON object: %s", qUtf8Printable(name.toString()),
               qUtf8Printable(error.errorString()));
    return doc.object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

bool isBoundaryChar(QChar c)
{
    if (c.isSpace() || c.isPunct() || c.isSymbol() || c.isDigit())
        return true;
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

bool isStopChar(QChar c, QStringView stopChars)
{
    return isBoundaryChar(c) || stopChars.contains(c);
}

void sortLongestFirst(QStringList &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QStringView matchAt(QStringView text, qsizetype pos, const QStringList &list)
{
    const QStringView rest = text.mid(pos);
    if (rest.isEmpty())
        return {};
    for (const QString &entry : list) {
        // The first unit decides for nearly every position: spare the call into startsWith.
        if (!entry.isEmpty() && entry.front() == rest.front() && rest.startsWith(entry))
            return rest.first(entry.size());
    }
    return {};
}

QStringView matchSuffix(QStringView text, const QStringList &list)
{
    for (const QString &entry : list) {
        if (!entry.isEmpty() && text.endsWith(entry))
            return text.last(entry.size());
    }
    return {};
}

PairFilter::PairFilter()
    : m_bits((std::size_t(1) << kLog2Bits) / 64, 0)
{}

void PairFilter::insert(QChar first, QChar second)
{
    const quint32 bit = bitOf(first, second);
    m_bits[bit / 64] |= quint64(1) << (bit % 64);
}

} // namespace za::places::detail
