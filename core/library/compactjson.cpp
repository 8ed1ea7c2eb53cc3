#include "library/compactjson.h"

#include <QString>

namespace za::library {

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

QByteArray jsonStringArray(const QStringList &list)
{
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, list.at(i));
    }
    out += ']';
    return out;
}

QByteArray jsonIntArray(const QList<qsizetype> &list)
{
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(qint64(list.at(i)));
    }
    out += ']';
    return out;
}

} // namespace za::library
