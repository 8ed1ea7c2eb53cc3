#pragma once

#include <QString>
#include <QVariant>

namespace za::library {

// Qt SQL binds a null QString as SQL NULL. Columns that mean "unknown" by an empty string (so that
// UNIQUE constraints hold) must get "" instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The opposite, for nullable columns: empty text becomes SQL NULL.
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace za::library
