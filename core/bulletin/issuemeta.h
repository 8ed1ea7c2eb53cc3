#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>

namespace za::bulletin {

// Which bulletin, issue and page a page of text belongs to. Empty fields are unknown.
struct IssueMeta
{
    QString bulletin; // e.g. "山西开发区简报"
    QDate issueDate;
    QString issueNo; // the number only: "18" for 第18期
    QString page;    // page label: "D2", "A1", or "3" for 第3版

    bool isEmpty() const
    {
        return bulletin.isEmpty() && !issueDate.isValid() && issueNo.isEmpty() && page.isEmpty();
    }
    friend bool operator==(const IssueMeta &, const IssueMeta &) = default;
};

// From a file name such as "2023-05-25_第18期_D2.md" or "山西开发区简报 2023年5月25日 第18期 第3版.txt".
// Dates may use -, ., _ or 年月日; whatever is not a date, issue or page label becomes the bulletin name.
IssueMeta metaFromFileName(const QString &fileName);

// From a sidecar FILE.json with the keys bulletin, issue_date (YYYY-MM-DD), issue_no, page.
// Invalid JSON yields an empty IssueMeta and, when errorMessage is given, a reason.
IssueMeta metaFromSidecar(const QByteArray &json, QString *errorMessage = nullptr);

// From the masthead printed on a page: 第18期, 2023年5月25日, 第3版. Only the beginning of the text is
// searched, since a masthead sits at the top and dates in articles must not be mistaken for it.
IssueMeta metaFromMasthead(QStringView text);

// Field by field, the first non-empty value in order of precedence.
IssueMeta mergeMeta(const IssueMeta &higher, const IssueMeta &lower);

// Precedence: explicit (CLI flags / import dialog) > sidecar > file name > masthead.
IssueMeta resolveMeta(const IssueMeta &explicitMeta, const IssueMeta &sidecar, const IssueMeta &fileName,
                      const IssueMeta &masthead);

} // namespace za::bulletin
